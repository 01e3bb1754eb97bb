"""A newcomer's walk (issue 21): forgiving input, a way back everywhere, the whole story; on every platform."""

from __future__ import annotations

import pytest

from bot.core.i18n import match_locale
from bot.core.service import PetitionService
from bot.core.text_match import fold_place
from bot.translation.hant import convert_text, target_path
from tests.chat import Chat, ConsoleChat
from tests.conftest import make_service

READINGS = {
    "とうきょう": "13", "トウキョウ": "13", "とうきょうと": "13", "おおさか": "27", "おおさかふ": "27", "Tōkyō": "13",
    "Tokyo": "13", "Toukyou": "13", "Hokkaidō": "01", "hokkaidou": "01", "Kōchi": "39", "Kochi": "39",
    "ほっかいどう": "01", "Oosaka": "27", "Kyōto-fu": "26",
}


@pytest.mark.parametrize(("typed", "code"), READINGS.items())
def test_prefecture_readings_in_kana_and_romaji(service: PetitionService, typed: str, code: str) -> None:
    assert service.places[fold_place(typed)] == code


async def test_a_kana_prefecture_is_understood_where_the_kanji_is(chat: Chat) -> None:
    await chat.open()
    await chat.press("日本語")
    await chat.press("署名する")
    await chat.press("同意する")
    await chat.say("山田 花子")
    await chat.say("おおさかふ")
    chat.expect("お知らせ")
    chat.expect_not("見つかりません")


async def test_typed_labels_and_cancel_leave_signing_keeping_nothing(chat: Chat) -> None:
    await chat.open()
    await chat.press("English")
    await chat.press("Sign")
    await chat.say("hmm")
    chat.expect("choose one of the buttons")
    chat.expect_not("What we collect")  # the privacy text is shown once, not for every stray message
    await chat.press("I agree")
    await chat.say("Cancel")  # the label on screen is the button, never a name
    chat.expect("kept nothing")
    await chat.press("Sign")
    await chat.press("I agree")
    await chat.say("Why do you need my name?")
    chat.expect("Your name is your signature", "the Minister of Justice")
    await chat.say("Hanako Yamada")
    chat.expect("Which prefecture")
    await chat.say("/cancel")
    chat.expect("kept nothing")
    await chat.press("Sign")
    await chat.press("I agree")
    chat.expect("type your name")  # a new draft: nothing of the old one was kept
    await chat.say("Hanako Yamada")
    await chat.say("cancel")
    chat.expect("kept nothing")
    chat.expect_not("could not find that prefecture")


async def test_everyday_words_are_understood(chat: Chat, service: PetitionService) -> None:
    await chat.open()
    await chat.say("English")  # a language's name typed at the language menu
    chat.expect("The petition")
    await chat.say("thanks!")
    chat.expect("Thank you for your support")
    await chat.say("hello")
    chat.expect("Hello!")
    await chat.say("how can I share this?")
    chat.expect_not("did not understand")
    await chat.say("こんにちは")
    chat.expect_not("did not understand")
    await chat.say("blorp")
    chat.expect("did not understand", "choose one of the buttons")


async def test_a_signer_never_falls_back_into_reading_loops(chat: Chat) -> None:
    await chat.open()
    await chat.press("English")
    await chat.press("Sign")
    await chat.press("I agree")
    await chat.say("Hanako Yamada")
    await chat.say("Tōkyō")
    await chat.press("No, thanks")
    await chat.press("Confirm and sign")
    chat.expect("So far one person has signed", "What would you like to do?")
    chat.expect_not("signer no.")
    await chat.press("Read the petition")
    await chat.press("The 5 concerns")
    chat.expect("1/5")
    assert "Sign" not in chat.buttons()
    await chat.say("/status")
    chat.expect("Name: Hanako Yamada")
    chat.expect_not("1/5")
    await chat.say("hello")
    chat.expect_not("1/5")


async def test_more_background_from_the_source_page(chat: Chat) -> None:
    await chat.open()
    await chat.press("English")
    await chat.press("Background")
    chat.expect("inhumane")
    await chat.press("More background")
    chat.expect("withdrawn in 2021", "video", "Ukraine", "Myanmar", "deportation evaders", "no one is left behind")


async def test_an_unreviewed_translation_says_so_once_in_its_language(chat: Chat) -> None:
    await chat.open()
    await chat.press(chat.buttons()[-1])  # more languages
    await chat.press("Bahasa Indonesia")
    chat.expect("belum diperiksa oleh penutur asli")
    await chat.say("/status")
    chat.expect_not("belum diperiksa")


async def test_the_language_menu_keeps_one_order(chat: Chat) -> None:
    await chat.open()
    first = chat.buttons()
    assert first[:7] == ["English", "日本語", "やさしい日本語", "简体中文", "繁體中文", "Tiếng Việt", "한국어"] or \
        first[:7] == ["日本語", "やさしい日本語", "English", "简体中文", "繁體中文", "Tiếng Việt", "한국어"]
    await chat.press("Tiếng Việt")
    await chat.say("/language")
    assert chat.buttons()[:-1] == first[:-1]  # the same languages in the same places; only "more" is translated
    await chat.press(chat.buttons()[-1])
    assert chat.buttons()[-1] != first[-1]  # the last page leads back to the first, not to "more languages"
    assert "Bahasa Indonesia" in chat.buttons()


async def test_help_lists_every_command_and_line_names_words(service: PetitionService) -> None:
    chat = ConsoleChat(service)
    await chat.open()
    await chat.press("English")
    await chat.say("/help")
    chat.expect("/menu", "/paper", "/cancel")


async def test_help_on_line_names_words_not_slash_commands(chat: Chat) -> None:
    await chat.open()
    await chat.press("English")
    await chat.say("help")
    on_line = type(chat).__name__ == "LineUser"
    if on_line:
        chat.expect('"paper form"', '"cancel"')
        chat.expect_not("/withdraw")
    else:
        chat.expect("/withdraw", "/cancel")
    await chat.say("privacy")
    chat.expect("to see what we hold")
    if on_line:
        chat.expect('"status"', '"withdraw"')
        chat.expect_not("/status", "/withdraw")
    else:
        chat.expect("/status", "/withdraw")
    await chat.say("言語")
    await chat.press("日本語")
    await chat.say("プライバシー")
    chat.expect("「状況」 で登録内容の確認" if on_line else "/status で登録内容の確認")


async def test_a_pending_withdrawal_resumes_after_coming_back(service: PetitionService) -> None:
    chat = ConsoleChat(service)
    await chat.open()
    await chat.press("English")
    await chat.press("Sign")
    await chat.press("I agree")
    await chat.say("Hanako Yamada")
    await chat.say("skip")
    await chat.press("No, thanks")
    await chat.press("Confirm and sign")
    await chat.say("/withdraw")
    chat.expect("Delete your signature?")
    await chat.open()  # quit and come back
    chat.expect("Here is where you stopped", "Delete your signature?")
    await chat.press("No, keep it")
    assert (await service.repo.totals()).signatures == 1


def test_traditional_chinese_is_offered_for_taiwan_and_hong_kong() -> None:
    locales = ["ja", "en", "zh-Hans", "zh-Hant"]
    assert match_locale("zh-TW", locales) == "zh-Hant"
    assert match_locale("zh-HK", locales) == "zh-Hant"
    assert match_locale("zh-hant", locales) == "zh-Hant"  # Telegram's language_code
    assert match_locale("zh-CN", locales) == "zh-Hans"
    assert match_locale("zh-hans", locales) == "zh-Hans"


def test_the_conversion_script_writes_traditional_chinese(tmp_path: object) -> None:
    from pathlib import Path

    assert convert_text("language-name = 简体中文\npetition = 签名 请愿 难民\n") == (
        "language-name = 繁體中文\npetition = 簽名 請願 難民\n"
    )
    assert target_path(Path("locales/zh-Hans/polish.ftl")) == Path("locales/zh-Hant/polish.ftl")


async def test_consent_and_paper_form_say_the_same_campaign_facts(db_url: str) -> None:
    from dataclasses import replace

    from bot.core.render import Renderer
    from bot.core.types import Text

    service = await make_service(db_url)
    try:
        campaign = service.campaign
        plain = Renderer(service.i18n, campaign)
        for text in (plain.text(Text("privacy"), "en"), plain.text(Text("paper-form"), "en")):
            assert "Diet" not in text and "by hand" not in text and "submitted" not in text
        assert "Download the form from the link" in plain.text(Text("paper-form"), "en")
        told = {locale: dict(values) for locale, values in campaign.texts.items()}
        told["en"]["delivery"] = "The organizers hand the signatures over in person."
        set_up = Renderer(service.i18n, replace(campaign, texts=told))
        for message in ("privacy", "paper-form"):
            assert "The organizers hand the signatures over in person. " in set_up.text(Text(message), "en")
    finally:
        await service.repo.close()


async def test_unblocking_on_line_mid_signature_goes_on_where_one_stopped(service: PetitionService) -> None:
    from testkit.line_api import line_platform

    async with line_platform(service) as line:
        user = line.user()
        await user.open()
        await user.press("English")
        await user.press("Sign")
        await user.press("I agree")
        await user.unfollow()
        await user.follow(unblocked=True)
        user.expect("Here is where you stopped", "type your name")
        user.expect_not("Which language")

"""Sharing and the person's own id: Telegram's share sheet and profile texts, `/whoami`, and no dead ends.

On Telegram a signer's share button opens `t.me/share/url` with their personal deep link, after signing
and in their menu; the profile texts are set for every offered language by `run_bot.py setup --apply`.
On every platform `/whoami` (or a word for it) tells a person their id, and `/paper`, `/share` and `/sign`
by a signer always leave something to press.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.app.platform_check import OK, WARN, check_platforms
from bot.channels.telegram.profile import MAX_DESCRIPTION, MAX_SHORT_DESCRIPTION
from bot.core.config import load_settings
from bot.core.service import PetitionService
from bot.core.types import Text
from testkit.telegram_api import FakeTelegram, TelegramPerson, running_bot
from tests.chat import PLATFORMS, chat_on

SHEET = "https://t.me/share/url?"


@pytest.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeTelegram]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    telegram = FakeTelegram()
    await telegram.start()
    try:
        yield telegram
    finally:
        await telegram.close()


async def sign(person: TelegramPerson) -> None:
    await person.open()
    await person.press("English")
    await person.press("Sign")
    await person.press("I agree")
    await person.say("Hanako Yamada")
    await person.press("Osaka")
    await person.press("No, thanks")
    await person.press("Confirm and sign")


def share_sheets(person: TelegramPerson) -> list[dict[str, list[str]]]:
    """The share-sheet buttons of the last answer, their query read."""
    urls = [b["url"] for m in person.answers for b in m.buttons() if b.get("url", "").startswith(SHEET)]
    return [parse_qs(urlsplit(url).query) for url in urls]


async def test_the_share_button_carries_the_signer_s_deep_link(fake: FakeTelegram, service: PetitionService) -> None:
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 1001)
        await sign(person)
        async with service.repo.transaction() as tx:
            record = await tx.get_person("telegram", "1001")
            assert record is not None and record.id is not None
            signature = await tx.get_signature(record.id)
        assert signature is not None and signature.referral_code
        link = f"https://t.me/{fake.username}?start={signature.referral_code}"
        sheets = share_sheets(person)
        assert sheets and all(sheet["url"] == [link] for sheet in sheets)
        assert "Please sign too" in sheets[0]["text"][0]
        await person.say("/menu")
        assert [sheet["url"] for sheet in share_sheets(person)] == [[link]], "the menu's Share opens the sheet"
        friend = TelegramPerson(fake, 1002)
        await friend.say(f"/start {signature.referral_code}")
        await friend.press("English")
        await friend.press("Sign")
        await friend.press("I agree")
        await friend.say("Taro Sato")
        await friend.press("Tokyo")
        await friend.press("No, thanks")
        await friend.press("Confirm and sign")
        await person.say("/status")
        person.expect("People who signed through your link: 1")


async def test_someone_who_has_not_signed_gets_no_share_sheet(fake: FakeTelegram, service: PetitionService) -> None:
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 1003)
        await person.open()
        await person.press("English")
        await person.say("/share")
        person.expect("Once you have signed", "The second way")
        assert share_sheets(person) == [] and "Sign" in person.buttons()


async def test_the_descriptions_are_set_for_every_offered_language(
    fake: FakeTelegram, service: PetitionService
) -> None:
    settings = load_settings({"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_URL": fake.url,
                              "DATABASE_URL": "sqlite://"}, env_file=None)
    before = await check_platforms(settings)
    assert before[-1].level == WARN and fake.descriptions == {}
    applied = await check_platforms(settings, apply=True)
    assert applied[-1].level == OK, applied
    codes = {locale.split("-")[0] for locale in service.i18n.locales}
    assert set(fake.descriptions) == set(fake.short_descriptions) == {*codes, None}
    for code in codes:
        locale = service.i18n.match(code)
        assert locale is not None
        assert fake.descriptions[code] == service.renderer.text(Text("telegram-description"), locale)
        assert fake.short_descriptions[code] == service.renderer.text(Text("telegram-short-description"), locale)
    assert fake.descriptions[None] == fake.descriptions["en"]
    assert all(len(text) <= MAX_DESCRIPTION for text in fake.descriptions.values())
    assert all(len(text) <= MAX_SHORT_DESCRIPTION for text in fake.short_descriptions.values())
    calls = len(fake.called("setMyDescription"))
    again = await check_platforms(settings, apply=True)
    assert again[-1].level == OK and len(fake.called("setMyDescription")) == calls, "a second run changes nothing"


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_whoami_tells_the_person_their_id_in_their_language(platform: str, service: PetitionService) -> None:
    async with chat_on(platform, service) as chat:
        await chat.open()
        await chat.press("日本語")
        await chat.say("自分のID")
        chat.expect("ID")
        assert chat.buttons(), "a next step is offered"
        await chat.say("/whoami")
        chat.expect("ID")


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_no_dead_end_after_signing(platform: str, service: PetitionService) -> None:
    async with chat_on(platform, service) as chat:
        await chat.open()
        await chat.press("English")
        await chat.say("/paper")
        chat.expect("Friends and family can sign on paper too")
        assert "Sign" in chat.buttons() and "Menu" in chat.buttons()
        await chat.say("/sign")
        await chat.press("I agree")
        await chat.say("Hanako Yamada")
        await chat.say("Osaka")
        await chat.press("No, thanks")
        await chat.press("Confirm and sign")
        chat.expect("Invite your friends")
        for command in ("/paper", "/sign", "/share"):
            await chat.say(command)
            assert "Menu" in chat.buttons() or "My signature" in chat.buttons(), f"{command} on {platform}: a dead end"
        await chat.say("/sign")
        chat.expect("You have already signed")
        if platform != "telegram":  # there Share opens the share sheet: a link, not a button to press
            assert "Share" in chat.buttons()

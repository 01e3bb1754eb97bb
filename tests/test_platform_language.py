"""Opening in the language the platform told us (issue 21): no picker when LINE or Telegram names a language
the bot speaks, a visible Language button to change it; the picker for no language or an unknown one."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.core.service import PetitionService
from testkit.line_api import LinePlatform, line_platform
from testkit.telegram_api import FakeTelegram, TelegramPerson, running_bot


@pytest.fixture
async def line(service: PetitionService, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[LinePlatform]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    async with line_platform(service, rich_menus=True) as platform:
        yield platform


async def telegram_person(fake: FakeTelegram, language_code: str | None) -> TelegramPerson:
    """A newcomer whose Telegram app is set to `language_code` (None: Telegram does not say)."""
    return TelegramPerson(fake, 2002, language_code=language_code)


async def test_telegram_vietnamese_opens_in_vietnamese_with_a_language_button(
    fake: FakeTelegram, service: PetitionService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    async with running_bot(fake, service):
        person = await telegram_person(fake, "vi")
        await person.open()
        person.expect("Xin chào!", "📝 Bản kiến nghị", "“🌐 Ngôn ngữ”")
        person.expect_not("Bạn muốn dùng ngôn ngữ nào?")
        assert "🌐 Ngôn ngữ" in person.buttons() and "Ký tên" in person.buttons()
        await person.press("🌐 Ngôn ngữ")
        person.expect("Bạn muốn dùng ngôn ngữ nào?")
        await person.press("English")
        person.expect("The petition")
    async with service.repo.transaction() as tx:
        funnel = await tx.dashboard.funnel()
    assert funnel == {("telegram", "vi", "started"): 1, ("telegram", "vi", "language"): 1}  # given counts as chosen


async def test_line_japanese_profile_opens_in_japanese_with_the_japanese_menu(line: LinePlatform) -> None:
    user = line.user()
    line.api.profiles[user.user_id] = {"displayName": "花子", "language": "ja"}
    await user.open()
    user.expect("ようこそ。", "📝 署名の内容", "「言語 / Language」")
    user.expect_not("使う言語を選んでください。")
    _, locale, variant, _ = user.menu()["name"].split(":")
    assert (locale, variant) == ("ja", "unsigned")
    await user.press("言語 / Language")
    user.expect("使う言語を選んでください。")
    await user.press("日本語")  # keeping the language goes on where the person was: the petition
    await user.press("署名する")
    user.expect("同意")


@pytest.mark.parametrize("code", ["xx", None])
async def test_an_unknown_or_missing_platform_language_gets_the_picker(
    fake: FakeTelegram, service: PetitionService, monkeypatch: pytest.MonkeyPatch, code: str | None
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    async with running_bot(fake, service):
        person = await telegram_person(fake, code)
        await person.open()
        person.expect("Welcome!", "Which language would you like to use?")
        assert "English" in person.buttons() and "日本語" in person.buttons()


async def test_a_line_profile_language_the_bot_does_not_speak_gets_the_picker(line: LinePlatform) -> None:
    user = line.user()
    line.api.profiles[user.user_id] = {"displayName": "Hanako", "language": "xx"}
    await user.open()
    user.expect("使う言語を選んでください。")  # in the default language, with every language on offer
    assert "English" in user.buttons() and "日本語" in user.buttons()

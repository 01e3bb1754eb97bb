"""Every locale signs the whole way through: in the console, on LINE and on Telegram.

One parametrized run per locale directory, whatever locales exist. Buttons are found by the labels
the service renders for that locale, never by hard-coded words; the only language data here are
sample names, typed as a person of that language would (any new locale falls back to a Latin one).
Each run also checks that the scripts arrive intact: NFC, no isolation marks, the typed name read
back unchanged, and the date and numbers formatted the locale's CLDR way.
"""

from __future__ import annotations

import unicodedata
from collections.abc import AsyncIterator

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal

from bot.core.campaign import load_campaign
from bot.core.i18n import I18n, cldr_locale
from bot.core.service import PetitionService
from bot.core.types import Text
from testkit.line_api import LinePlatform, line_platform
from testkit.telegram_api import FakeTelegram, TelegramPerson, running_bot
from tests.chat import Chat, ConsoleChat

CAMPAIGN = load_campaign()
LOCALES = I18n(CAMPAIGN.default_language).locales
SAMPLE_NAMES = {
    "ja": "山田 花子", "ja-easy": "やまだ はなこ", "zh-Hans": "王小红", "ko": "김민지", "vi": "Nguyễn Thị Lan",
    "ne": "राम बहादुर थापा", "my": "အောင်အောင်", "si": "නිමල් පෙරේරා", "tr": "Ayşe Yılmaz", "pt-BR": "João da Silva",
}
DEFAULT_NAME = "Maria Santos"
ISOLATION_MARKS = "\u2066\u2067\u2068\u2069"


def sample_name(locale: str) -> str:
    return SAMPLE_NAMES.get(locale, DEFAULT_NAME)


def say(service: PetitionService, locale: str, message_id: str, **args: int | str) -> str:
    """Render one message exactly as the service would for this locale."""
    return service.renderer.text(Text(message_id, args), locale)


def expect(chat: Chat, *fragments: str) -> None:
    """The last answer shows every fragment, and its scripts arrive intact: NFC, no isolation marks."""
    chat.expect(*fragments)
    assert unicodedata.is_normalized("NFC", chat.screen), "an answer is not NFC"
    assert not any(mark in chat.screen for mark in ISOLATION_MARKS), "an answer carries isolation marks"


async def choose_language(chat: Chat, service: PetitionService, locale: str) -> None:
    """Press the locale's own name in the language menu, turning its pages as needed."""
    names = {loc: service.i18n.format(loc, "language-name") for loc in service.i18n.locales}
    for _ in range(len(names)):
        shown = chat.buttons()
        assert 0 < len(shown) <= 10, shown  # nine languages and "more": within LINE's 13 quick replies
        if names[locale] in shown:
            await chat.press(names[locale])
            return
        more = [label for label in shown if label not in names.values()]
        assert len(more) == 1, f"one 'more languages' button expected, got {shown}"
        await chat.press(more[0])
    raise AssertionError(f"{names[locale]} is on no page of the language menu")


async def sign(chat: Chat, service: PetitionService, locale: str, *, type_place: bool) -> None:
    """From the petition to the thanks: consent, name, prefecture, updates, read-back, confirmation."""
    def label(message_id: str) -> str:
        return say(service, locale, message_id)

    name = sample_name(locale)
    place = service.i18n.format(locale, "pref-27" if type_place else "pref-13")
    await chat.press(label("button-sign"))
    retention = format_date(CAMPAIGN.retention_until, "long", locale=cldr_locale(locale))
    withdraw = service.i18n.words("keywords-withdraw")[locale][0]  # LINE names the word, not /withdraw
    expect(chat, retention, withdraw if type(chat).__name__ == "LineUser" else "/withdraw")
    await chat.press(label("button-agree"))
    expect(chat, say(service, locale, "ask-name"))
    await chat.say(unicodedata.normalize("NFD", name))  # decomposed as some keyboards send it
    expect(chat, say(service, locale, "ask-prefecture"))
    await (chat.say(place) if type_place else chat.press(place))
    await chat.press(label("button-updates-yes"))
    expect(chat, name, place, say(service, locale, "updates-chosen-yes"))
    await chat.press(label("button-confirm"))
    thanks = say(service, locale, "signed-thanks", number=1, total=1)
    goal = format_decimal(CAMPAIGN.signature_goal, locale=cldr_locale(locale))
    expect(chat, thanks, goal, "〒110-0005 東京都台東区上野1-12-6 3F")


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_whole_signing_flow_in_the_console(service: PetitionService, locale: str) -> None:
    chat = ConsoleChat(service)
    await chat.open()
    await choose_language(chat, service, locale)
    expect(chat, say(service, locale, "petition"))
    await chat.press(say(service, locale, "button-read-concerns"))
    for position in range(1, 6):
        expect(chat, say(service, locale, f"concern-{position}", position=position, total=5))
        if position < 5:
            await chat.press(say(service, locale, "button-next"))
    await chat.press(say(service, locale, "button-background"))
    expect(chat, say(service, locale, "background"), "2014", "2021")
    await sign(chat, service, locale, type_place=True)
    await chat.say(service.i18n.words("keywords-status")[locale][0])
    expect(chat, sample_name(locale), service.i18n.format(locale, "language-name"))
    await chat.say("/withdraw")
    await chat.press(say(service, locale, "button-withdraw-yes"))
    expect(chat, say(service, locale, "withdraw-done"))
    assert (await service.repo.totals()).signatures == 0


@pytest.fixture
async def line(service: PetitionService, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[LinePlatform]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")  # the SDK's client honours proxy settings
    async with line_platform(service) as platform:
        yield platform
        assert platform.api.billable == [], "a conversation must never push"


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_whole_signing_flow_on_line(line: LinePlatform, service: PetitionService, locale: str) -> None:
    user = line.user()
    line.api.profiles[user.user_id] = {"displayName": "tester", "language": locale}  # LINE writes zh-Hans, pt-BR
    await user.open()  # LINE names a language the bot speaks: no picker, the petition in it at once
    expect(user, say(service, locale, "welcome-hinted"), say(service, locale, "petition").splitlines()[0])
    assert say(service, locale, "button-language") in user.buttons()  # the way to another language
    await sign(user, service, locale, type_place=False)
    await user.press(say(service, locale, "button-status"))
    expect(user, sample_name(locale))
    assert (await service.repo.totals()).signatures == 1


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    server = FakeTelegram()
    await server.start()
    yield server
    await server.close()


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_whole_signing_flow_on_telegram(
    telegram: FakeTelegram, service: PetitionService, locale: str
) -> None:
    async with running_bot(telegram, service):
        person = TelegramPerson(telegram, 5000, first_name="tester", language_code=locale.lower())
        await person.open()  # the app's language is one the bot speaks: no picker
        expect(person, say(service, locale, "welcome-hinted"), say(service, locale, "petition"))
        assert say(service, locale, "button-language") in person.buttons()
        await sign(person, service, locale, type_place=True)
        await person.press(say(service, locale, "button-status"))
        expect(person, sample_name(locale))
    assert (await service.repo.totals()).signatures == 1
    assert all(call.status == 200 for call in telegram.calls)  # no label, text or keyboard refused

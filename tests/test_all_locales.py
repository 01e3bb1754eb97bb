"""Every locale signs the whole way through: in the console, on LINE and on Telegram.

One parametrized run per locale directory, whatever locales exist. Buttons are found by the labels
the service renders for that locale, never by hard-coded words; the only language data here are
sample names, typed as a person of that language would (any new locale falls back to a Latin one).
Each run also checks that the scripts arrive intact: NFC, no isolation marks, the typed name read
back unchanged, and the date and numbers formatted the locale's CLDR way.
"""

from __future__ import annotations

import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal

from bot.core.campaign import load_campaign
from bot.core.i18n import I18n, cldr_locale
from bot.core.service import PetitionService
from bot.core.types import Text
from testkit.line_api import LinePlatform, line_platform
from testkit.telegram_api import FakeTelegram, TelegramPerson, running_bot
from tests.chat import ConsoleChat

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


@dataclass
class Driver:
    """What a test needs of a chat, whichever the channel: press, type, look."""

    press: Callable[[str], Awaitable[object]]
    type: Callable[[str], Awaitable[object]]
    buttons: Callable[[], list[str]]
    screen: Callable[[], str]

    def expect(self, *fragments: str) -> None:
        screen = self.screen()
        for fragment in fragments:
            assert fragment in screen, f"expected {fragment!r} in:\n{screen}"
        assert unicodedata.is_normalized("NFC", screen), "an answer is not NFC"
        assert not any(mark in screen for mark in ISOLATION_MARKS), "an answer carries isolation marks"


async def choose_language(driver: Driver, service: PetitionService, locale: str) -> None:
    """Press the locale's own name in the language menu, turning its pages as needed."""
    names = {loc: service.i18n.format(loc, "language-name") for loc in service.i18n.locales}
    for _ in range(len(names)):
        shown = driver.buttons()
        assert 0 < len(shown) <= 8, shown
        if names[locale] in shown:
            await driver.press(names[locale])
            return
        more = [label for label in shown if label not in names.values()]
        assert len(more) == 1, f"one 'more languages' button expected, got {shown}"
        await driver.press(more[0])
    raise AssertionError(f"{names[locale]} is on no page of the language menu")


async def sign(driver: Driver, service: PetitionService, locale: str, *, type_place: bool) -> None:
    """From the petition to the thanks: consent, name, prefecture, updates, read-back, confirmation."""
    def label(message_id: str) -> str:
        return say(service, locale, message_id)

    name = sample_name(locale)
    place = service.i18n.format(locale, "pref-27" if type_place else "pref-13")
    await driver.press(label("button-sign"))
    retention = format_date(CAMPAIGN.retention_until, "long", locale=cldr_locale(locale))
    driver.expect(retention, "/withdraw")
    await driver.press(label("button-agree"))
    driver.expect(say(service, locale, "ask-name"))
    await driver.type(unicodedata.normalize("NFD", name))  # decomposed as some keyboards send it
    driver.expect(say(service, locale, "ask-prefecture"))
    await (driver.type(place) if type_place else driver.press(place))
    await driver.press(label("button-updates-yes"))
    driver.expect(name, place, say(service, locale, "updates-chosen-yes"))
    await driver.press(label("button-confirm"))
    thanks = say(service, locale, "signed-thanks", number=1, total=1)
    goal = format_decimal(CAMPAIGN.signature_goal, locale=cldr_locale(locale))
    driver.expect(thanks, goal, "〒110-0005 東京都台東区上野1-12-6 3F")


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_whole_signing_flow_in_the_console(service: PetitionService, locale: str) -> None:
    chat = ConsoleChat(service)
    driver = Driver(chat.press, chat.push, chat.buttons, lambda: chat.screen)
    await chat.open()
    await choose_language(driver, service, locale)
    driver.expect(say(service, locale, "petition"))
    await chat.press(say(service, locale, "button-read-concerns"))
    for position in range(1, 6):
        driver.expect(say(service, locale, f"concern-{position}", position=position, total=5))
        if position < 5:
            await chat.press(say(service, locale, "button-next"))
    await chat.press(say(service, locale, "button-background"))
    driver.expect(say(service, locale, "background"), "2014", "2021")
    await sign(driver, service, locale, type_place=True)
    await chat.push(service.i18n.words("keywords-status")[locale][0])
    driver.expect(sample_name(locale), service.i18n.format(locale, "language-name"))
    await chat.push("/withdraw")
    await chat.press(say(service, locale, "button-withdraw-yes"))
    driver.expect(say(service, locale, "withdraw-done"))
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
    driver = Driver(user.press, user.say, user.buttons, lambda: user.screen)
    await user.follow()
    driver.expect(say(service, locale, "language-prompt"))  # the welcome comes in the app's language
    assert user.buttons()[0] == service.i18n.format(locale, "language-name")
    await choose_language(driver, service, locale)
    driver.expect(say(service, locale, "petition").splitlines()[0])
    await sign(driver, service, locale, type_place=False)
    await user.press(say(service, locale, "button-status"))
    driver.expect(sample_name(locale))
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
        driver = Driver(person.press, person.say, person.buttons, lambda: person.screen)
        await person.say("/start")
        suggested = service.i18n.match(locale.lower()) or "en"
        driver.expect(say(service, suggested, "language-prompt"))
        await choose_language(driver, service, locale)
        driver.expect(say(service, locale, "petition"))
        await sign(driver, service, locale, type_place=True)
        await person.press(say(service, locale, "button-status"))
        driver.expect(sample_name(locale))
    assert (await service.repo.totals()).signatures == 1
    assert all(call.status == 200 for call in telegram.calls)  # no label, text or keyboard refused

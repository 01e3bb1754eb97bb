"""Every stage and command as a table: a session and an event in, the next step and replies out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

import handlers
from bot.app.assembly import build_service
from bot.core.campaign import load_campaign
from bot.core.i18n import I18n
from bot.core.payload import Action, Payload
from bot.core.service import PetitionService
from bot.core.types import (
    DeleteSignature,
    Draft,
    Event,
    EventKind,
    Fact,
    Outcome,
    RecordSignature,
    Session,
    Signed,
    Step,
)
from storage.sqlite.repository import SqliteRepository
from tests.conftest import FIXED_NOW

SIGNED = Signed(7, "Hanako Yamada", "13", FIXED_NOW, "1/en/abc")
READY = Draft(name="Hanako Yamada", prefecture="13", updates=True, consent_version="1/en/abc", consented_at=FIXED_NOW)


def s(step: Step, **changes: Any) -> Session:
    return Session("test", "u1", language="en", step=step).but(**changes)


def text(typed: str) -> Event:
    return Event("test", "u1", EventKind.TEXT, text=typed)


def press(action: Action, value: str = "") -> Event:
    return Event("test", "u1", EventKind.BUTTON, payload=Payload(action, value))


def kind(k: EventKind, **extra: Any) -> Event:
    return Event("test", "u1", k, **extra)


@dataclass
class Row:
    name: str
    session: Session
    event: Event
    step: Step
    replies: tuple[str, ...]  # the Fluent ids of the replies, in order
    effects: tuple[type, ...] = ()
    check: dict[str, Any] = field(default_factory=dict)  # session attributes after the step


ROWS = [
    Row("first words greet", Session("test", "u1"), text("hello"), Step.LANGUAGE, ("welcome",)),
    Row("start greets", s(Step.NEW), text("/start"), Step.LANGUAGE, ("welcome",)),
    Row("a language hint the bot speaks opens in it", Session("test", "u1"),
        kind(EventKind.TEXT, text="/start", language_hint="en-GB"), Step.READING, ("welcome-hinted", "petition"),
        check={"language": "en"}),
    Row("an unknown language hint gets the picker", Session("test", "u1"),
        kind(EventKind.TEXT, text="/start", language_hint="xx"), Step.LANGUAGE, ("welcome",)),
    Row("choose language", s(Step.LANGUAGE), press(Action.LANGUAGE, "ja"), Step.READING, ("petition",),
        check={"language": "ja"}),
    Row("unknown language asks again", s(Step.LANGUAGE), press(Action.LANGUAGE, "xx"), Step.LANGUAGE,
        ("language-prompt",)),
    Row("read the first concern", s(Step.READING), press(Action.READ, "1"), Step.READING, ("concern-1",),
        check={"position": 1}),
    Row("a bad position shows the petition", s(Step.READING, position=5), press(Action.READ, "9"), Step.READING,
        ("petition",)),
    Row("background keeps the position", s(Step.READING, position=3), press(Action.BACKGROUND), Step.BACKGROUND,
        ("background",), check={"position": 3}),
    Row("sign asks consent first", s(Step.READING, position=2), press(Action.SIGN), Step.CONSENT, ("consent",)),
    Row("signers see their status instead, and what to do next", s(Step.MENU, signature=SIGNED), text("/sign"),
        Step.MENU, ("already-signed", "status-signed")),
    Row("sign again mid-signing resumes", s(Step.NAME), press(Action.SIGN), Step.NAME, ("ask-name",)),
    Row("agree records the consent version", s(Step.CONSENT), press(Action.CONSENT, "yes"), Step.NAME, ("ask-name",)),
    Row("not now leaves signing", s(Step.CONSENT), press(Action.CONSENT, "no"), Step.MENU, ("consent-declined",)),
    Row("a valid name", s(Step.NAME), text("  Hanako  Yamada "), Step.PREFECTURE, ("ask-prefecture",),
        check={"draft.name": "Hanako Yamada"}),
    Row("an invalid name", s(Step.NAME), text("Hanako 😀"), Step.NAME, ("name-error-symbols", "ask-name")),
    Row("pick a prefecture", s(Step.PREFECTURE), press(Action.PREFECTURE, "13"), Step.UPDATES, ("ask-updates",),
        check={"draft.prefecture": "13"}),
    Row("type a prefecture in Japanese", s(Step.PREFECTURE), text("大阪府"), Step.UPDATES, ("ask-updates",),
        check={"draft.prefecture": "27"}),
    Row("type a prefecture without suffix", s(Step.PREFECTURE), text("kyoto prefecture"), Step.UPDATES,
        ("ask-updates",), check={"draft.prefecture": "26"}),
    Row("type outside Japan", s(Step.PREFECTURE), text("海外"), Step.UPDATES, ("ask-updates",),
        check={"draft.prefecture": "abroad"}),
    Row("skip the prefecture", s(Step.PREFECTURE), press(Action.PREFECTURE, "skip"), Step.UPDATES,
        ("ask-updates",), check={"draft.prefecture": None}),
    Row("an unknown place", s(Step.PREFECTURE), text("Atlantis"), Step.PREFECTURE,
        ("prefecture-unknown", "ask-prefecture")),
    Row("a forged prefecture code", s(Step.PREFECTURE), press(Action.PREFECTURE, "99"), Step.PREFECTURE,
        ("ask-prefecture",)),
    Row("say yes to updates", s(Step.UPDATES, draft=READY), press(Action.UPDATES_CHOICE, "yes"), Step.CONFIRM,
        ("confirm-signature",), check={"draft.updates": True}),
    Row("type no to updates", s(Step.UPDATES, draft=READY), text("No"), Step.CONFIRM, ("confirm-signature",),
        check={"draft.updates": False}),
    Row("confirm records the signature", s(Step.CONFIRM, draft=READY), press(Action.CONFIRM, "yes"), Step.MENU,
        ("signed-thanks", "paper-form", "share", "menu"), (RecordSignature,),
        check={"updates": True, "draft": Draft()}),
    Row("change starts the name again", s(Step.CONFIRM, draft=READY), press(Action.CONFIRM, "change"), Step.NAME,
        ("ask-name",)),
    Row("an old button gets the current step", s(Step.CONFIRM, draft=READY), press(Action.CONSENT, "yes"),
        Step.CONFIRM, ("old-button", "confirm-signature")),
    Row("a payload nobody knows", s(Step.MENU), kind(EventKind.BUTTON), Step.MENU, ("old-button", "menu")),
    Row("status in the menu", s(Step.MENU, signature=SIGNED), text("/status"), Step.MENU, ("status-signed", "menu")),
    Row("status keyword mid-flow", s(Step.READING, position=2), text("状況"), Step.READING,
        ("status-not-signed", "nudge")),
    Row("status while signing says what the draft holds", s(Step.PREFECTURE, draft=READY), text("/status"),
        Step.PREFECTURE, ("status-signing", "ask-prefecture")),
    Row("withdraw asks first", s(Step.MENU, signature=SIGNED), text("/withdraw"), Step.WITHDRAW,
        ("withdraw-confirm",)),
    Row("withdraw deletes", s(Step.WITHDRAW, signature=SIGNED, updates=True), press(Action.WITHDRAW, "yes"),
        Step.MENU, ("withdraw-done",), (DeleteSignature,), check={"updates": False, "signature": None}),
    Row("withdraw kept", s(Step.WITHDRAW, signature=SIGNED), press(Action.WITHDRAW, "no"), Step.MENU,
        ("withdraw-kept",)),
    Row("nothing to withdraw", s(Step.MENU), text("/withdraw"), Step.MENU, ("withdraw-nothing",), (DeleteSignature,)),
    Row("withdraw while typing the prefecture deletes the draft", s(Step.PREFECTURE, draft=READY, referred_by="abc"),
        text("/withdraw"), Step.MENU, ("withdraw-draft-deleted",), (DeleteSignature,),
        check={"draft": Draft(), "referred_by": None, "updates": False}),
    Row("withdraw at the read-back deletes the draft", s(Step.CONFIRM, draft=READY), text("/withdraw"), Step.MENU,
        ("withdraw-draft-deleted",), (DeleteSignature,), check={"draft": Draft()}),
    Row("withdraw forgets the referrer too", s(Step.WITHDRAW, signature=SIGNED, referred_by="abc"),
        press(Action.WITHDRAW, "yes"), Step.MENU, ("withdraw-done",), (DeleteSignature,),
        check={"referred_by": None, "draft": Draft()}),
    Row("updates are off", s(Step.MENU), text("/updates"), Step.MENU, ("updates-are-off",)),
    Row("turn updates on", s(Step.MENU), press(Action.UPDATES, "on"), Step.MENU, ("updates-now-on", "menu"),
        check={"updates": True}),
    Row("turn updates off", s(Step.MENU, updates=True), press(Action.UPDATES, "off"), Step.MENU,
        ("updates-now-off", "menu"), check={"updates": False}),
    Row("privacy", s(Step.MENU), text("/privacy"), Step.MENU, ("privacy",)),
    Row("help", s(Step.NAME), text("/help"), Step.NAME, ("help",)),
    Row("menu", s(Step.READING), text("/menu"), Step.MENU, ("menu",)),
    Row("paper form from a menu button", s(Step.MENU), press(Action.COMMAND, "paper"), Step.MENU,
        ("paper-form", "menu")),
    Row("language menu", s(Step.NAME), text("/language"), Step.NAME, ("language-prompt",)),
    Row("change language mid-signing", s(Step.NAME), press(Action.LANGUAGE, "ja"), Step.NAME,
        ("language-set", "ask-name"), check={"language": "ja"}),
    Row("a sticker mid-signing", s(Step.NAME), kind(EventKind.MEDIA), Step.NAME, ("media-not-understood", "ask-name")),
    Row("an unknown command", s(Step.MENU), text("/bogus"), Step.MENU, ("unknown-command", "menu")),
    Row("free text while reading", s(Step.READING, position=4), text("what?"), Step.READING,
        ("not-understood", "nudge")),
    Row("cancel from the prefecture step", s(Step.PREFECTURE, draft=READY), text("/cancel"), Step.MENU,
        ("cancelled",), check={"draft": Draft()}),
    Row("a cancel word at the name step", s(Step.NAME, draft=READY), text("stop"), Step.MENU, ("cancelled",),
        check={"draft": Draft()}),
    Row("the Cancel label at the name step is the button", s(Step.NAME, draft=READY), text("Cancel"), Step.MENU,
        ("cancelled",), check={"draft": Draft()}),
    Row("a question at the name step", s(Step.NAME, draft=READY), text("Why do you need my name?"), Step.NAME,
        ("name-why", "ask-name"), check={"draft.name": READY.name}),
    Row("a stray message at the consent step", s(Step.CONSENT), text("hmm"), Step.CONSENT, ("nudge",)),
    Row("thanks", s(Step.MENU), text("thanks!"), Step.MENU, ("reply-thanks", "menu")),
    Row("hello in Japanese", s(Step.READING), text("こんにちは"), Step.READING, ("reply-hello", "nudge")),
    Row("a language's name at the language menu", s(Step.LANGUAGE), text("English"), Step.READING,
        ("petition",), check={"language": "en"}),
    Row("follow greets", s(Step.NEW, reachable=False), kind(EventKind.FOLLOW), Step.LANGUAGE, ("welcome",),
        check={"reachable": True}),
    Row("unfollow silences", s(Step.MENU), kind(EventKind.UNFOLLOW), Step.MENU, (), check={"reachable": False}),
    Row("returning signer", s(Step.MENU, signature=SIGNED), text("/start"), Step.MENU,
        ("welcome-back", "status-signed", "menu")),
    Row("reopen mid-signing resumes", s(Step.NAME), kind(EventKind.OPEN), Step.NAME, ("welcome-continue", "ask-name")),
    Row("a referral code is kept", s(Step.NEW), text("/start abcDEF12"), Step.LANGUAGE, ("welcome",),
        check={"referred_by": "abcDEF12"}),
    Row("a malformed referral code is ignored", s(Step.NEW), text("/start <script>"), Step.LANGUAGE, ("welcome",),
        check={"referred_by": None}),
]


@pytest.fixture(scope="module")
def service() -> PetitionService:
    """A service whose repository is never opened: steps are pure and need no database."""
    campaign = load_campaign()
    return build_service(SqliteRepository("sqlite://"), I18n(campaign.default_language, strict=True), campaign)


def run(service: PetitionService, session: Session, event: Event) -> Outcome:
    return handlers.handle(session, service.context(event, FIXED_NOW))


@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_step(service: PetitionService, row: Row) -> None:
    outcome = run(service, row.session, row.event)
    assert outcome.session.step is row.step
    assert tuple(reply.text.id for reply in outcome.replies) == row.replies
    assert tuple(type(effect) for effect in outcome.effects) == row.effects
    for path, expected in row.check.items():
        value: Any = outcome.session
        for part in path.split("."):
            value = getattr(value, part)
        assert value == expected, path


def test_consent_is_recorded_with_version_and_time(service: PetitionService) -> None:
    outcome = run(service, s(Step.CONSENT), press(Action.CONSENT, "yes"))
    assert outcome.session.draft.consented_at == FIXED_NOW
    version = outcome.session.draft.consent_version or ""
    assert version.startswith("1/en/") and version == service.consent_versions["en"]
    assert service.consent_versions["en"] != service.consent_versions["ja"]


def test_every_reply_renders_in_every_locale(service: PetitionService) -> None:
    for row in ROWS:
        outcome = run(service, row.session, row.event)
        for locale in service.i18n.locales:
            facts: dict[Fact, int | str] = {fact: 1 for fact in Fact}
            for message in service.renderer.replies(outcome.replies, locale, facts):
                assert message.text and "\u2068" not in message.text and "\u2069" not in message.text

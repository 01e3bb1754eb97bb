"""Every LINE message of every locale fits LINE's limits, so a translation can never break a button.

The walk runs the pure handlers from a new person (an organizer, to reach their steps too) through
every step, pressing every kind of button (every language and menu page too) and typing every kind
of text, then renders each distinct answer in every locale and lays it out for LINE. Which language
a person chose does not change which answers exist, only their words, so the walk does not repeat
itself per language: that keeps it fast however many locales there are.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import unquote

import handlers
from bot.channels.line.render import MAX_URI, SHARE_URL, LineRenderer
from bot.core.i18n import LOCALES_DIR
from bot.core.payload import Action, Payload
from bot.core.service import PetitionService
from bot.core.types import Event, EventKind, Fact, OutMessage, RecordSignature, Reply, Session, Signed, Step
from bot.translation.check import catalog
from handlers.common import COMMANDS
from handlers.organizer_state import broadcast_draft
from handlers.signing import SIGNING_STEPS
from testkit.line_api import MAX_LABEL, message_problems
from tests.conftest import FIXED_NOW

LONG_NAME = "A" * 100  # the longest name accepted
TYPED = (
    "hello", "山田 花子", LONG_NAME, "A" * 101, "   ", "A\u200bB", "www.example.com", "🙂", "123", "東京", "atlantis",
    "はい", "いいえ", "yes", "no", "/nonsense", "/start", "status", "/broadcast", "/stats", "/stop_broadcast",
    "https://example.org/update", "お知らせです。" * 200,
)  # the other commands come as menu buttons below
PAYLOADS = (
    None, *(Payload(Action.READ, str(n)) for n in range(6)), Payload(Action.BACKGROUND), Payload(Action.SIGN),
    Payload(Action.CONSENT, "yes"), Payload(Action.CONSENT, "no"), Payload(Action.PREFECTURE, "13"),
    Payload(Action.PREFECTURE, "abroad"), Payload(Action.PREFECTURE, "skip"), Payload(Action.UPDATES_CHOICE, "yes"),
    Payload(Action.UPDATES_CHOICE, "no"), Payload(Action.CONFIRM, "yes"), Payload(Action.CONFIRM, "change"),
    Payload(Action.WITHDRAW, "yes"), Payload(Action.WITHDRAW, "no"), Payload(Action.UPDATES, "on"),
    Payload(Action.UPDATES, "off"), Payload(Action.LANGUAGE, "2"), Payload(Action.LANGUAGE, "3"),
    *(Payload(Action.COMMAND, command) for command in COMMANDS),
    *(Payload(Action.ORGANIZER, v) for v in ("skip", "nolink", "aud-subscribers", "aud-signers", "aud-lang-en")),
    Payload(Action.ORGANIZER, "send"),
)
FACTS: dict[Fact, int | str | bytes] = {
    Fact.SIGNER_NUMBER: 1234567, Fact.TOTAL: 1234567, Fact.AUDIENCE_TELEGRAM: 1234567, Fact.AUDIENCE_LINE: 1234567,
    Fact.LINE_QUOTA_LEFT: 1234567, Fact.BROADCAST_ID: 12345, Fact.STATS_REPORT: "統計 12,345\n" * 100,
    Fact.STATS_CHART: b"\x89PNG", Fact.BROADCAST_PLAN: "vi: 12,345人(LINE 12,000人、Telegram 345人)\n" * 13,
    Fact.BROADCAST_PROBLEMS: "",
}


def events(locales: list[str]) -> Iterator[Event]:
    def event(kind: EventKind, **fields: Any) -> Event:
        return Event("line", "Uwalker", kind, **fields)

    yield from (event(EventKind.TEXT, text=text) for text in TYPED)
    yield from (event(EventKind.BUTTON, payload=payload) for payload in PAYLOADS)
    yield from (event(EventKind.BUTTON, payload=Payload(Action.LANGUAGE, locale)) for locale in locales)
    yield event(EventKind.MEDIA)
    yield event(EventKind.FOLLOW, language_hint="en")
    yield event(EventKind.FOLLOW, returning=True)
    yield event(EventKind.UNFOLLOW)


def after_effects(session: Session, effects: tuple[object, ...], now: datetime) -> Session:
    """Load the signature a recorded effect would give the next event, as the service does."""
    for effect in effects:
        if isinstance(effect, RecordSignature):
            signed = Signed(1234567, effect.name, effect.prefecture, now, effect.consent_version, "abcdefgh", 99999)
            session = session.but(signature=signed)
    return session


def shape(session: Session) -> tuple[object, ...]:
    """What decides which messages and buttons a session can produce (not the exact name or place)."""
    d, b = session.draft, broadcast_draft(session)
    reading = session.step in (Step.READING, Step.BACKGROUND)
    signing = session.step in SIGNING_STEPS
    organizing = session.step.value.startswith("org_")
    return (
        session.step, session.position if reading else None, session.updates,
        session.signature is None, (d.name is None, d.prefecture is None, d.updates) if signing else None,
        (tuple(sorted(b.texts)), b.link is None, b.audience) if organizing else None,
    )


def walk(service: PetitionService) -> Iterator[tuple[str, list[OutMessage]]]:
    """Yield every answer reachable from a new person, rendered in every locale."""
    facts = {**FACTS, Fact.SHARE_LINK: service.share_link("line", "abcdefgh")}
    start = Session("line", "Uwalker")
    seen, todo = {shape(start)}, deque([start])
    answers: dict[str, tuple[Reply, ...]] = {}
    while todo:
        session = todo.popleft()
        for event in events(service.i18n.locales):
            outcome = handlers.handle(session, replace(service.context(event, FIXED_NOW), is_organizer=True))
            answers.setdefault(repr(outcome.replies), outcome.replies)
            following = after_effects(outcome.session, outcome.effects, FIXED_NOW)
            if shape(following) not in seen:
                seen.add(shape(following))
                todo.append(following)
    for replies in answers.values():
        for locale in service.i18n.locales:
            yield locale, service.renderer.replies(replies, locale, facts)


def test_every_answer_of_every_locale_fits_in_one_line_reply_with_all_its_buttons(service: PetitionService) -> None:
    renderer = LineRenderer(service.i18n, replace(service.campaign, line_friend_url="https://lin.ee/AbCdEfGhIj"))
    produced: dict[str, set[str]] = {}
    for locale, messages in walk(service):
        produced.setdefault(locale, set()).update(m.message_id for m in messages)
        laid = renderer.messages(messages, locale)
        ids = [m.message_id for m in messages]
        if messages:
            assert message_problems(laid) == [], ids
        offered = {b.data for m in messages for b in m.buttons if b.data}
        assert offered == {a["data"] for a in _actions(laid) if a["type"] == "postback"}, ids
        for message, out in zip(laid, messages, strict=False):
            if out.message_id.startswith("concern-") or out.message_id in ("petition", "background", "share"):
                assert message["type"] == "flex" and message["altText"].strip(), ids
    steps = (
        "welcome", "language-prompt", "language-set", "petition", "background", "consent", "ask-name",
        "confirm-signature", "signed-thanks", "share",
        "broadcast-ask-audience", "broadcast-text", "broadcast-plan-confirm", "stats-report",
    )
    for locale in service.i18n.locales:
        concerns = {f"concern-{n}" for n in range(1, 6)}
        assert {*steps, *concerns, "status-signed", "withdraw-done", "media-not-understood"} <= produced[locale]


def _actions(node: object) -> Iterator[dict[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "action" and isinstance(value, dict):
                yield value
            else:
                yield from _actions(value)
    elif isinstance(node, list):
        for item in node:
            yield from _actions(item)


def test_every_button_label_of_every_locale_is_at_most_20_characters(service: PetitionService) -> None:
    names = {locale: service.i18n.format(locale, "language-short-name") for locale in service.i18n.locales}
    for locale in service.i18n.locales:
        variables = catalog(LOCALES_DIR / locale).variables
        labels = [i for i in variables if i.startswith(("button-", "line-button-", "pref-")) or i == "place-abroad"]
        assert len(labels) > 70
        for label_id in [*labels, "language-name"]:
            # A label with a variable gets the longest short language name, the only variable labels use.
            args = {name: max(names.values(), key=len) for name in variables[label_id]}
            label = service.i18n.format(locale, label_id, args)
            assert 1 <= len(label) <= MAX_LABEL, f"{locale}: {label_id} = {label!r}"


def test_the_share_link_fits_every_locale_even_with_a_long_friend_link(service: PetitionService) -> None:
    friend = "https://line.me/R/ti/p/%40" + "x" * 40
    renderer = LineRenderer(service.i18n, replace(service.campaign, line_friend_url=friend))
    for locale in service.i18n.locales:
        url = renderer.share_url(locale)
        assert url.startswith(SHARE_URL) and len(url) <= MAX_URI
        assert unquote(url[len(SHARE_URL) :]) == service.i18n.format(locale, "line-share-text", {"link": friend})


def test_without_a_friend_link_the_share_and_group_messages_use_the_campaign_links(service: PetitionService) -> None:
    renderer = LineRenderer(service.i18n, service.campaign)
    assert service.campaign.share_url in unquote(renderer.share_url("ja"))
    assert "https://" not in renderer.group_pointer("ja")["text"]


def test_line_texts_have_the_same_ids_and_variables_in_every_locale() -> None:
    line_ids = {
        locale: {k: v for k, v in catalog(LOCALES_DIR / locale).variables.items() if k.startswith("line-")}
        for locale in ("ja", "en")
    }
    assert line_ids["ja"] == line_ids["en"]
    assert line_ids["ja"]["line-share-text"] == {"link"}


def test_a_long_answer_is_joined_to_fit_five_messages(service: PetitionService) -> None:
    renderer = LineRenderer(service.i18n, service.campaign)
    many = [OutMessage(f"text {n}", message_id="menu") for n in range(8)]
    laid = renderer.messages(many, "en")
    assert len(laid) == 5 and message_problems(laid) == []
    assert "text 0" in laid[0]["text"] and "text 7" in laid[-1]["text"]

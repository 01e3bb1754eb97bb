"""Neutral types shared by the handlers, the service and every channel.

Nothing here knows about a platform: an `Event` is what a person did, a `Reply` is what the bot
says back (a Fluent message id with arguments, plus buttons, and its kind, by which a channel lays
it out), and an `Outcome` is what a handler step returns. Channels translate platform updates into
events and rendered replies into messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum, StrEnum
from typing import Any, Self, TypeAlias

from bot.core.payload import Payload


class EventKind(StrEnum):
    TEXT = "text"  # typed text, including "/commands"
    BUTTON = "button"  # a pressed button carrying a payload
    MEDIA = "media"  # a sticker, image, audio, location...
    FOLLOW = "follow"  # the person added or unblocked the bot
    UNFOLLOW = "unfollow"  # the person blocked or removed the bot
    OPEN = "open"  # a chat window opened (the console): greet a newcomer, resume anyone else


@dataclass(frozen=True)
class Event:
    platform: str
    user_id: str
    kind: EventKind
    text: str = ""
    payload: Payload | None = None
    language_hint: str | None = None  # e.g. Telegram's language_code
    event_id: str | None = None  # platform id used to apply each event at most once
    returning: bool = False  # FOLLOW after an unblock
    hint_is_fallback: bool = False  # the channel put its default in `language_hint`: the platform named no locale


class StepName(StrEnum):
    """Where a person is in the conversation: `Step` names the petition's steps, and a feature with steps
    of its own (the organizers') names them in another subclass. Stored by value, so values stay unique."""


class Step(StepName):
    """The petition's steps: reading, signing, the menu."""

    NEW = "new"
    LANGUAGE = "language"
    READING = "reading"  # the petition (position 0) and concerns 1..5
    BACKGROUND = "background"
    CONSENT = "consent"
    NAME = "name"
    PREFECTURE = "prefecture"
    UPDATES = "updates"
    CONFIRM = "confirm"
    MENU = "menu"
    WITHDRAW = "withdraw"


class FeatureDraft:
    """A feature's own draft (an organizer's broadcast), kept in the session's Draft and cleared with it.

    Stored beside the signature draft's fields, as the flat JSON keys `to_json` gives (so they must
    not clash with those fields); `from_json` gives None when the stored draft holds none of its keys.
    """

    def to_json(self) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self | None:
        raise NotImplementedError


@dataclass(frozen=True)
class Draft:
    """A signature being written, or a feature's draft; cleared when it is recorded or abandoned."""

    name: str | None = None
    prefecture: str | None = None  # a code "01".."47", "abroad", or None (skipped)
    updates: bool | None = None
    consent_version: str | None = None
    consented_at: datetime | None = None
    feature: FeatureDraft | None = None


@dataclass(frozen=True)
class Signed:
    """A recorded signature, as the person may see it under status."""

    number: int
    name: str
    prefecture: str | None
    signed_at: datetime
    consent_version: str
    referral_code: str | None = None
    referrals: int = 0  # signatures that came through this signer's personal link


@dataclass(frozen=True)
class Session:
    platform: str
    user_id: str
    language: str | None = None
    step: StepName = Step.NEW
    position: int = 0  # the petition (0) or the concern being read (1..5)
    draft: Draft = field(default_factory=Draft)
    updates: bool = False  # nobody receives updates without saying yes
    reachable: bool = True
    referred_by: str | None = None  # the referral code of the link that brought this person
    signature: Signed | None = None

    def to(self, step: StepName, **changes: object) -> Session:
        return replace(self, step=step, **changes)  # type: ignore[arg-type]

    def but(self, **changes: object) -> Session:
        return replace(self, **changes)  # type: ignore[arg-type]


class Fact(Enum):
    """A reply argument only known once the step's effects are committed."""

    SIGNER_NUMBER = "signer_number"
    TOTAL = "total"
    SHARE_LINK = "share_link"  # the person's link to the bot on their platform, with their code once signed
    AUDIENCE_TELEGRAM = "audience_telegram"  # recipients of the organizer's draft broadcast
    AUDIENCE_LINE = "audience_line"
    LINE_QUOTA_LEFT = "line_quota_left"  # -1 when LINE sets no limit or it is not known
    BROADCAST_ID = "broadcast_id"  # 0 when none was started or stopped, -2 when the plan refused it
    BROADCAST_PLAN = "broadcast_plan"  # the draft's plan in words (bot.organizing.plan), in the organizer's language
    BROADCAST_PROBLEMS = "broadcast_problems"  # why the plan refused to send, in words ("" when it did not)
    STATS_REPORT = "stats_report"
    STATS_CHART = "stats_chart"  # PNG bytes
    DASHBOARD_LINK = "dashboard_link"  # a one-time sign-in address of the organizers' dashboard


Arg: TypeAlias = "str | int | datetime | Fact | Text"  # a Text argument is formatted first


@dataclass(frozen=True)
class Text:
    """A Fluent message id with its arguments, optionally in a fixed locale."""

    id: str
    args: Mapping[str, Arg] = field(default_factory=dict)
    locale: str | None = None


@dataclass(frozen=True)
class Button:
    label: Text
    payload: Payload


@dataclass(frozen=True)
class LinkButton:
    label: Text
    url: str


AnyButton: TypeAlias = Button | LinkButton


class ReplyKind(StrEnum):
    """What a reply is, set by the handler: channels lay replies out by kind, never by message id."""

    PLAIN = "plain"
    ESSENTIAL = "essential"  # plain, and worth a billed push when the free reply cannot be sent
    SHARE = "share"  # asks the signer to share: a platform may offer its own share screen instead
    PREVIEW = "preview"  # an organizer's broadcast preview: laid out as the broadcast itself goes out
    PETITION = "petition"  # the reading cards (title, text and buttons kept together), named by subject
    CONCERN = "concern"
    BACKGROUND = "background"
    PAPER_FORM = "paper_form"
    TABLE = "table"  # text aligned in columns (a report): a platform shows it in a fixed-width font
    PRIVACY = "privacy"  # the privacy statement (and the consent): a heading, then details that may fold away

    @property
    def is_card(self) -> bool:
        return self in _CARDS


_CARDS = frozenset({ReplyKind.PETITION, ReplyKind.CONCERN, ReplyKind.BACKGROUND, ReplyKind.PAPER_FORM})


@dataclass(frozen=True)
class Reply:
    text: Text
    buttons: tuple[AnyButton, ...] = ()
    image: Fact | None = None  # a picture known once effects are applied (the stats chart)
    kind: ReplyKind = ReplyKind.PLAIN


@dataclass(frozen=True)
class RecordSignature:
    name: str
    prefecture: str | None
    consent_version: str
    consented_at: datetime
    referred_by: str | None = None


@dataclass(frozen=True)
class DeleteSignature:
    pass


@dataclass(frozen=True)
class DeniedOrganizerCommand:
    """Someone who is not an organizer tried an organizer command: it is logged."""

    command: str


@dataclass(frozen=True)
class CountAudience:
    audience: str
    texts: Mapping[str, str] = field(default_factory=dict)  # the draft, so that the plan says who gets which text
    link: str | None = None


@dataclass(frozen=True)
class StartBroadcast:
    texts: Mapping[str, str]
    link: str | None
    audience: str


@dataclass(frozen=True)
class StopBroadcast:
    pass


@dataclass(frozen=True)
class ShowStats:
    pass


@dataclass(frozen=True)
class MakeDashboardLink:
    """An organizer asked for a one-time sign-in link to the dashboard."""


Effect: TypeAlias = (
    RecordSignature | DeleteSignature | DeniedOrganizerCommand | CountAudience | StartBroadcast | StopBroadcast
    | ShowStats | MakeDashboardLink
)


@dataclass(frozen=True)
class Outcome:
    session: Session
    replies: tuple[Reply, ...] = ()
    effects: tuple[Effect, ...] = ()
    reprompt: bool = False  # after these replies, repeat what the session's step needs
    full_prompt: bool = False  # repeat a long prompt in full (after a language change), not as a short nudge


@dataclass(frozen=True)
class OutButton:
    """A rendered button: either a payload to send back or a link to open."""

    label: str
    data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class OutMessage:
    """A rendered reply, ready for a channel: text in the person's language and buttons."""

    text: str
    buttons: tuple[OutButton, ...] = ()
    message_id: str = ""  # the Fluent id it came from, for tests and logs: channels lay out by `kind`
    image: bytes | None = None  # a PNG to send with the text (the stats chart, a broadcast's picture)
    kind: ReplyKind = ReplyKind.PLAIN
    image_url: str = ""  # where LINE fetches `image` from (a broadcast's picture), and its preview
    preview_url: str = ""
    tag: str = ""  # LINE's custom aggregation unit for a broadcast, so its opens and clicks can be read

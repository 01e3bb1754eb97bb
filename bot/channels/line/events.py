"""Read LINE webhook events as the JSON they are, into the few fields the LINE channel uses.

line-bot-sdk's webhook models validate every field of every event with pydantic, which was a large
share of the bot's CPU per LINE event; the channel needs a dozen fields. Those are read here with the types
the Messaging API documents. An event without what every event has (type, mode, webhookEventId,
deliveryContext), or with a field the channel uses of the wrong type, is skipped (None).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

JSON = dict[str, Any]
KNOWN = frozenset({"message", "follow", "unfollow", "postback", "join", "leave", "memberJoined", "memberLeft",
                   "beacon", "accountLink", "things", "unsend", "videoPlayComplete", "activated", "deactivated",
                   "botSuspended", "botResumed", "module", "delivery", "pnpDelivery", "membership"})


class Malformed(Exception):
    """A field is missing or not of the type LINE gives it."""


@dataclass(frozen=True)
class LineEvent:
    type: str
    mode: str  # "active", or "standby" while another module answers the chat
    event_id: str  # webhookEventId
    redelivery: bool
    source: str | None = None  # "user", "group" or "room"
    user_id: str | None = None  # of a one-on-one chat's person (or of a group member, when LINE gives it)
    reply_token: str | None = None
    unblocked: bool = False  # a follow that is an unblock
    postback: str | None = None  # a postback's data
    message: str | None = None  # a message's type: "text", "sticker", "image"...
    text: str | None = None
    mentions_me: bool = False  # a text message that mentions this bot
    timestamp: int | None = None  # when the event happened, in milliseconds since 1970 (covered by the signature)


def _field(data: JSON, key: str, kind: type, *, required: bool = False) -> Any:
    value = data.get(key)
    if value is None:
        if required:
            raise Malformed(key)
        return None
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise Malformed(key)
    return value


def _mentions_me(message: JSON) -> bool:
    mention = _field(message, "mention", dict)
    mentionees = _field(mention, "mentionees", list) if mention else None
    return any(isinstance(m, dict) and m.get("isSelf") is True for m in mentionees or ())


def _read(raw: JSON) -> LineEvent:
    kind = _field(raw, "type", str, required=True)
    if kind not in KNOWN:
        raise Malformed("type")
    context = _field(raw, "deliveryContext", dict, required=True)
    source = _field(raw, "source", dict) or {}
    message = _field(raw, "message", dict) if kind == "message" else None
    postback = _field(raw, "postback", dict, required=True) if kind == "postback" else None
    follow = _field(raw, "follow", dict) if kind == "follow" else None
    if kind == "message" and (message is None or (message.get("type") == "text" and "text" not in message)):
        raise Malformed("message")
    return LineEvent(
        type=kind,
        mode=_field(raw, "mode", str, required=True),
        event_id=_field(raw, "webhookEventId", str, required=True),
        redelivery=_field(context, "isRedelivery", bool, required=True),
        source=_field(source, "type", str),
        user_id=_field(source, "userId", str),
        reply_token=_field(raw, "replyToken", str),
        unblocked=bool(follow and _field(follow, "isUnblocked", bool)),
        postback=_field(postback, "data", str, required=True) if postback is not None else None,
        message=_field(message, "type", str, required=True) if message is not None else None,
        text=_field(message, "text", str) if message is not None else None,
        mentions_me=_mentions_me(message) if message is not None else False,
        timestamp=_field(raw, "timestamp", int),
    )


def parse_event(raw: object) -> LineEvent | None:
    """Read one webhook event; None for an event of an unknown kind or not of LINE's shape."""
    if not isinstance(raw, dict):
        return None
    try:
        return _read(raw)
    except Malformed:
        return None

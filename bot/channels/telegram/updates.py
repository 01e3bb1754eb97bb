"""Read a Bot API update as the JSON it is, into the few fields the Telegram channel uses.

PTB's `Update.de_json` builds an object for every part of an update, and a button press carries the
whole pressed message with its keyboard: that was a large share of the bot's CPU on Telegram.
The channel needs a dozen fields, read here with their types checked. An update whose fields are
not of the Bot API's shape is refused (None), as de_json would fail on it; an update of a kind the
bot does not handle is read with nothing in it, and ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.constants import MessageAttachmentType

ATTACHMENTS = frozenset(kind.value for kind in MessageAttachmentType)
JSON = dict[str, Any]


class Malformed(Exception):
    """A field is missing or not of the type the Bot API gives it."""


@dataclass(frozen=True)
class Pressed:
    """The message whose button was pressed, with its keyboard (absent when it is too old to read)."""

    message_id: int
    reply_markup: JSON | None
    data: str | None = None  # the pressed button's callback data
    text: str = ""  # the message's text and its formatting, to show the choice under it when it is retired
    entities: tuple[JSON, ...] = ()


@dataclass(frozen=True)
class Incoming:
    update_id: int
    chat_id: int | None = None
    chat_type: str | None = None
    user_id: int | None = None
    language_code: str | None = None
    text: str | None = None  # a new message's text
    media: bool = False  # a new message with a photo, a sticker, a file...
    message: JSON | None = None  # the new message as sent, for reading a group's mentions
    query_id: str | None = None  # a button press...
    data: str | None = None  # ...its callback data
    pressed: Pressed | None = None  # ...and the message it was pressed on
    member_status: str | None = None  # my_chat_member: the bot's new status in the chat


def _field(data: JSON, key: str, kind: type | tuple[type, ...], *, required: bool = False) -> Any:
    value = data.get(key)
    if value is None:
        if required:
            raise Malformed(key)
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise Malformed(key)
    return value


def _user(data: JSON) -> tuple[int, str | None]:
    user = _field(data, "from", dict, required=True)
    return _field(user, "id", int, required=True), _field(user, "language_code", str)


def _chat(data: JSON) -> tuple[int, str]:
    chat = _field(data, "chat", dict, required=True)
    return _field(chat, "id", int, required=True), _field(chat, "type", str, required=True)


def _message(update_id: int, message: JSON) -> Incoming:
    chat_id, chat_type = _chat(message)
    _field(message, "message_id", int, required=True)
    user_id, language = _user(message) if "from" in message else (None, None)
    return Incoming(update_id, chat_id, chat_type, user_id, language, text=_field(message, "text", str),
                    media=any(key in message for key in ATTACHMENTS), message=message)


def _query(update_id: int, query: JSON) -> Incoming:
    user_id, language = _user(query)
    query_id = _field(query, "id", str, required=True)
    data = _field(query, "data", str)
    message = _field(query, "message", dict)
    if message is None:  # pressed on an inline message: no chat to answer in
        return Incoming(update_id, None, None, user_id, language, query_id=query_id, data=data)
    chat_id, chat_type = _chat(message)
    entities = _field(message, "entities", list) or []
    pressed = Pressed(
        _field(message, "message_id", int, required=True), _field(message, "reply_markup", dict), data,
        _field(message, "text", str) or "", tuple(e for e in entities if isinstance(e, dict)),
    )
    return Incoming(update_id, chat_id, chat_type, user_id, language, query_id=query_id, data=data, pressed=pressed)


def _member(update_id: int, change: JSON) -> Incoming:
    chat_id, chat_type = _chat(change)
    user_id, language = _user(change)
    status = _field(_field(change, "new_chat_member", dict, required=True), "status", str, required=True)
    return Incoming(update_id, chat_id, chat_type, user_id, language, member_status=status)


def read_update(data: object) -> Incoming | None:
    """Read an update's kind and fields; None when it is not a Bot API update."""
    if not isinstance(data, dict):
        return None
    try:
        update_id = _field(data, "update_id", int, required=True)
        if (message := _field(data, "message", dict)) is not None:
            return _message(update_id, message)
        if (query := _field(data, "callback_query", dict)) is not None:
            return _query(update_id, query)
        if (change := _field(data, "my_chat_member", dict)) is not None:
            return _member(update_id, change)
    except Malformed:
        return None
    return Incoming(update_id)  # another kind of update: nothing to do

"""Sending to Telegram: long texts split, inline keyboards kept current, limits and failures handled.

Every Bot API call goes through `Sender.call`, which waits out 429 answers (`retry_after`) and
retries network errors and 5xx answers with backoff. Only calls are retried, never the handling of
an update, so a retry can never repeat a signature. A message is not sent again when Telegram may
have sent it already (the Bot API has no way to accept a message only once): after a timeout or a
connection lost once the request was on its way, the message is given up instead, with one log line.

Only the keyboards of a chat's latest answer can be pressed: when new messages go out, the
buttons of the previous ones are removed, keeping their links (a paper form link stays useful).
"""

from __future__ import annotations

import asyncio
import logging
import random
import warnings
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from functools import partial
from typing import Any, TypeVar

import aiohttp
import httpx
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.channels.telegram.api import BotApi
from bot.channels.telegram.formatting import chosen, html, link_preview
from bot.channels.telegram.updates import Pressed
from bot.core.types import OutButton, OutMessage, ReplyKind

log = logging.getLogger(__name__)
T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
Keyboard = dict[str, Any]  # an InlineKeyboardMarkup as the Bot API reads it

MAX_TEXT = 4096
ATTEMPTS = 5
MAX_FLOOD_WAIT = 60.0  # a longer retry_after drops the call rather than stall the chat that long
MAX_TRACKED_CHATS = 10_000
SHORT_LABEL = 16  # labels up to this length sit two to a row when a message has many buttons


class Blocked(Exception):
    """The person blocked the bot, or the bot may no longer write in the chat (403 Forbidden)."""


def utf16_len(text: str) -> int:
    """Count UTF-16 code units, the strictest reading of Telegram's 4096 limit (emoji count twice)."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut a text into pieces of at most `limit` UTF-16 units at paragraph, then line, then word breaks."""
    return [piece.strip() for piece in _split(text, limit, ("\n\n", "\n", " ")) if piece.strip()]


def _split(text: str, limit: int, separators: tuple[str, ...]) -> list[str]:
    """Pack the parts between the first separator greedily, splitting oversized parts more finely."""
    if utf16_len(text) <= limit:
        return [text]
    if not separators:
        return _cut(text, limit)
    separator, finer = separators[0], separators[1:]
    pieces: list[str] = []
    current = ""
    for part in text.split(separator):
        joined = f"{current}{separator}{part}" if current else part
        if utf16_len(joined) <= limit:
            current = joined
            continue
        if current:
            pieces.append(current)
        smaller = _split(part, limit, finer)
        pieces.extend(smaller[:-1])
        current = smaller[-1]
    pieces.append(current)
    return pieces


def _cut(text: str, limit: int) -> list[str]:
    """Cut a text with no break in it, never inside a surrogate pair."""
    pieces, current, units = [], "", 0
    for char in text:
        size = 2 if ord(char) > 0xFFFF else 1
        if units + size > limit:
            pieces.append(current)
            current, units = "", 0
        current += char
        units += size
    pieces.append(current)
    return pieces


def keyboard(buttons: Sequence[OutButton]) -> Keyboard | None:
    """Lay out buttons as an inline keyboard, two to a row when there are many short ones."""
    keys = [
        {"text": b.label, "url": b.url} if b.url else {"text": b.label, "callback_data": b.data}
        for b in buttons
        if b.url or b.data
    ]
    if not keys:
        return None
    width = 2 if len(keys) > 3 and all(len(b.label) <= SHORT_LABEL for b in buttons) else 1
    return {"inline_keyboard": [keys[i : i + width] for i in range(0, len(keys), width)]}


def _keys(markup: Keyboard | None) -> list[list[dict[str, Any]]]:
    """The rows of a keyboard, as far as they have the Bot API's shape (a pressed one comes from an update)."""
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if not isinstance(rows, list):
        return []
    return [[key for key in row if isinstance(key, dict)] for row in rows if isinstance(row, list)]


def links_only(markup: Keyboard | None) -> Keyboard | None:
    """Keep only the link buttons of a keyboard whose step has passed."""
    rows = [[{"text": str(key.get("text", "")), "url": key["url"]} for key in row if isinstance(key.get("url"), str)]
            for row in _keys(markup)]
    rows = [row for row in rows if row]
    return {"inline_keyboard": rows} if rows else None


def pressable(markup: Keyboard | None) -> bool:
    """Tell whether a keyboard has buttons that send something back."""
    return any(key.get("callback_data") for row in _keys(markup) for key in row)


def pressed_label(pressed: Pressed, markup: Keyboard | None) -> str | None:
    """The label of the button pressed, to show under its message; None when it cannot be shown."""
    if not pressed.text or utf16_len(pressed.text + chosen("")) >= MAX_TEXT:
        return None
    labels = [key.get("text") for row in _keys(markup) for key in row if key.get("callback_data") == pressed.data]
    label = labels[0] if labels else None
    fits = isinstance(label, str) and utf16_len(pressed.text + chosen(label)) <= MAX_TEXT
    return label if fits and isinstance(label, str) else None


def retry_after(error: RetryAfter) -> float:
    """Read retry_after in seconds, whichever type this PTB version returns."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB 22 warns that the attribute will become a timedelta
        value: Any = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def surely_not_acted_on(error: NetworkError) -> bool:
    """Tell whether the Bot API certainly ignored a failed call: it answered (a 5xx), or no connection
    was made. A timeout or a connection lost after the request went out leaves it unknown."""
    cause = error.__cause__
    if cause is None or isinstance(cause, TelegramError):  # an error answer from the Bot API
        return True
    return isinstance(cause, _NO_CONNECTION)


_NO_CONNECTION = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError, httpx.ConnectError,
                  httpx.ConnectTimeout, httpx.PoolTimeout)


def backoff(attempt: int) -> float:
    """Wait 0.5 s, 1 s, 2 s... (at most 30 s) with jitter, so many chats do not retry in step."""
    return float(min(30.0, 0.5 * 2 ** (attempt - 1)) * random.uniform(0.8, 1.2))


class Sender:
    def __init__(self, api: BotApi, sleep: Sleep = asyncio.sleep) -> None:
        self.api = api
        self.sleep = sleep
        # chat id -> (message id, keyboard) of the latest answer's messages that have buttons to press
        self.live: OrderedDict[int, list[tuple[int, Keyboard]]] = OrderedDict()

    async def call(self, request: Callable[[], Awaitable[T]], *, repeatable: bool = True) -> T:
        """Make one Bot API call, waiting out flood limits and retrying network errors and 5xx.

        A call that is not `repeatable` (sending a message) is retried only when Telegram surely did
        not act on it: a 429, a 5xx answer, or no connection at all.
        """
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return await request()
            except RetryAfter as error:
                wait = retry_after(error)
                if wait > MAX_FLOOD_WAIT or attempt == ATTEMPTS:
                    raise
                log.warning("Bot API flood limit, waiting %.0f s", wait)
            except BadRequest:  # a NetworkError subclass in PTB, but never worth repeating
                raise
            except NetworkError as error:
                if attempt == ATTEMPTS or not (repeatable or surely_not_acted_on(error)):
                    raise
                wait = backoff(attempt)
                log.warning("Bot API call failed (%s), retry %d in %.1f s", type(error).__name__, attempt, wait)
            await self.sleep(wait)
        raise AssertionError("unreachable")

    async def deliver(
        self, chat_id: int, messages: Sequence[OutMessage], *,
        pressed: Pressed | None = None, reply_to: int | None = None,
    ) -> None:
        """Send messages in order, then retire the keyboards they replace; raise Blocked on 403."""
        sent: list[tuple[int, Keyboard]] = []
        for message in messages:
            if message.image:  # the stats chart, shown before its text
                await self.photo(chat_id, message.image)
            markup = keyboard(message.buttons)
            pieces = split_text(message.text)
            for number, piece in enumerate(pieces, 1):
                last = number == len(pieces)
                reply = {"message_id": reply_to, "allow_sending_without_reply": True} if reply_to else None
                try:
                    out = await self.call(partial(
                        self.api.call, "sendMessage", chat_id=chat_id, text=html(piece, message.kind, number == 1),
                        parse_mode="HTML", link_preview_options=link_preview(message.kind),
                        reply_markup=markup if last else None, reply_parameters=reply,
                    ), repeatable=False)
                except Forbidden:
                    raise Blocked from None
                except BadRequest as error:
                    log.error("message %s refused: %s", message.message_id, error.message)
                    break
                reply_to = None
                if last and markup is not None and pressable(markup):  # links alone need no retiring
                    sent.append((int(out["message_id"]), markup))
        await self.retire(chat_id, pressed)
        if sent:
            self.live[chat_id] = sent
            self.live.move_to_end(chat_id)
            while len(self.live) > MAX_TRACKED_CHATS:
                self.live.popitem(last=False)

    async def photo(self, chat_id: int, image: bytes) -> None:
        """Send a picture (through PTB's own method: it uploads the file)."""
        try:
            await self.call(partial(self.api.bot.send_photo, chat_id, image), repeatable=False)
        except Forbidden:
            raise Blocked from None
        except BadRequest as error:
            log.error("photo refused: %s", error.message)

    async def retire(self, chat_id: int, pressed: Pressed | None = None) -> None:
        """Remove the pressable buttons of a chat's previous answer and of the message just pressed."""
        old: dict[int, Keyboard | None] = dict(self.live.pop(chat_id, []))
        if pressed is not None and pressed.message_id not in old:
            old[pressed.message_id] = pressed.reply_markup  # absent when the message is too old to read
        for message_id, markup in old.items():
            label = pressed_label(pressed, markup) if pressed and pressed.message_id == message_id else None
            try:
                if label is not None and pressed is not None:
                    await self.call(partial(
                        self.api.call, "editMessageText", chat_id=chat_id, message_id=message_id,
                        text=pressed.text + chosen(label), entities=list(pressed.entities),
                        link_preview_options=link_preview(ReplyKind.PLAIN), reply_markup=links_only(markup),
                    ))
                else:
                    await self.call(partial(
                        self.api.call, "editMessageReplyMarkup", chat_id=chat_id, message_id=message_id,
                        reply_markup=links_only(markup),
                    ))
            except TelegramError as error:  # already edited, deleted, too old to edit, or unreachable
                log.debug("keyboard not retired: %s", type(error).__name__)

    async def answer(self, query_id: str) -> None:
        """Answer a callback query so the app stops its spinner (too late or twice is harmless)."""
        try:
            await self.call(partial(self.api.call, "answerCallbackQuery", callback_query_id=query_id))
        except TelegramError as error:
            log.debug("callback query not answered: %s", type(error).__name__)

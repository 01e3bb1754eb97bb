"""The test fakes of LINE and Telegram (testkit/), with what a benchmark needs on top.

Nothing of the fakes' behaviour changes: they still check tokens, limits, reply tokens and rates.
The subclasses only record when answers arrive (to time event-to-reply), index messages so that a
long run stays linear, and forget old calls so that memory stays bounded.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from testkit.line_api import FakeLineApi
from testkit.telegram_api import ApiError, FakeTelegram, Sent

KEEP = 2_000  # recorded calls kept for inspection; older ones are dropped


class BenchLine(FakeLineApi):
    def __init__(self) -> None:
        super().__init__()
        self.reply_at: dict[str, tuple[float, int]] = {}  # reply token -> (arrival, status)
        self.multicasts: list[tuple[float, int, int]] = []  # (arrival, status, recipients)
        self.kinds: Counter[str] = Counter()  # (kind, status) counts of every call
        self.app.middlewares.append(self._record)

    @web.middleware
    async def _record(self, request: web.Request, handler: Callable[[web.Request], Awaitable[Any]]) -> Any:
        arrived = time.monotonic()
        before = len(self.calls)
        response = await handler(request)
        if len(self.calls) > before:  # the handler appended its call last, with no await after it
            call = self.calls[-1]
            self.kinds[f"{call.kind}:{call.status}"] += 1
            if call.kind == "reply" and isinstance(call.body, dict):
                self.reply_at[str(call.body.get("replyToken"))] = (arrived, call.status)
            elif call.kind == "multicast":
                to = call.body.get("to") if isinstance(call.body, dict) else None
                self.multicasts.append((arrived, call.status, len(to) if isinstance(to, list) else 0))
            if len(self.calls) > 2 * KEEP:
                del self.calls[:-KEEP]
        return response

    def billable_calls(self) -> int:
        return sum(n for key, n in self.kinds.items() if key.split(":")[0] in ("push", "multicast", "broadcast",
                                                                               "narrowcast"))


class BenchTelegram(FakeTelegram):
    def __init__(self) -> None:
        super().__init__()
        self.reply_waiters: dict[int, asyncio.Future[float]] = {}  # chat id -> first send after an update
        self.keyboards: dict[int, Sent] = {}  # chat id -> the bot's latest message with buttons to press
        self.by_chat: dict[int, dict[int, Sent]] = {}  # chat id -> message id -> the bot's message
        self.sends: Counter[str] = Counter()  # sendMessage outcomes: ok, 429, 403
        self.watch: set[int] = set()  # chats whose sends are timed (broadcast recipients)
        self.watched: list[float] = []  # arrival of each successful send to a watched chat
        self.methods: Counter[str] = Counter()

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        self.methods[request.match_info.get("method", "")] += 1
        response = await super()._serve(request)
        if len(self.calls) > 2 * KEEP:
            del self.calls[:-KEEP]
        if len(self.messages) > 4 * KEEP:
            del self.messages[:-KEEP]
        return response

    def _check_rate(self) -> None:
        try:
            super()._check_rate()
        except ApiError:
            self.sends["429"] += 1
            raise

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        arrived = time.monotonic()
        result = await super()._api_sendMessage(params)
        self.sends["ok"] += 1
        sent = self.messages[-1]
        self.by_chat.setdefault(sent.chat_id, {})[sent.message_id] = sent
        if sent.markup and any("callback_data" in b for b in sent.buttons()):
            self.keyboards[sent.chat_id] = sent
        if sent.chat_id in self.watch:
            self.watched.append(arrived)
        waiter = self.reply_waiters.pop(sent.chat_id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(arrived)
        return result

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        """The fake's own checks, with a look-up by id instead of a scan of every message."""
        chat_id, message_id = int(params.get("chat_id", 0)), int(params.get("message_id", 0))
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        found = self.by_chat.get(chat_id, {}).get(message_id)
        if found is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        markup = self._check_markup(params.get("reply_markup"))
        if markup == found.markup or (not markup and not found.markup):
            raise ApiError(400, "Bad Request: message is not modified")
        found.markup = markup
        if self.keyboards.get(chat_id) is found and not any("callback_data" in b for b in found.buttons()):
            del self.keyboards[chat_id]
        return self.message_json(found)

    def forget_chat(self, chat_id: int) -> None:
        """Drop what is kept about a chat whose conversation is over."""
        self.keyboards.pop(chat_id, None)
        self.by_chat.pop(chat_id, None)

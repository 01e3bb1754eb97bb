"""Calls to LINE's Messaging API through line-bot-sdk's async client, with careful retries.

A 5xx answer, a timeout or a dropped connection is retried with backoff: a reply token is single-use,
so a repeated reply can never show twice, and a push carries an X-Line-Retry-Key so LINE accepts it
once. A 4xx is logged with LINE's own error message and never retried. Nothing about the person, the
messages or the access token is logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import aiohttp
from linebot.v3.messaging import (
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    PushMessageRequest,
    ReplyMessageRequest,
)
from linebot.v3.messaging.exceptions import ApiException

from bot.channels.line_render import LineMessage

log = logging.getLogger(__name__)
# The SDK logs every response body at DEBUG, profiles (names) included: keep that out of our logs.
logging.getLogger("linebot.v3.messaging.async_rest").setLevel(logging.INFO)

RETRY_DELAYS = (0.5, 1.0, 2.0)  # seconds before each retry; a reply token stays valid about a minute
REQUEST_TIMEOUT = 5.0
PROFILE_TIMEOUT = 1.0  # the profile is optional, and LINE waits at most 2 s for the webhook's answer


class Delivery(Enum):
    """How a reply ended."""

    SENT = "sent"
    TOKEN_REJECTED = "token_rejected"  # LINE refused the reply token (expired or used) and sent nothing
    FAILED = "failed"


@dataclass(frozen=True)
class CallResult:
    """The outcome of one API call, after its retries."""

    ok: bool
    status: int | None = None  # LINE's HTTP status of the last attempt, None when there was no answer
    message: str = ""  # LINE's error message


def line_error(error: ApiException) -> str:
    """Read LINE's error message and details (field names and rules, never content) from an answer."""
    try:
        data = json.loads(error.body or b"{}")
    except (ValueError, TypeError):
        return str(error.reason or "")
    if not isinstance(data, dict):
        return str(error.reason or "")
    details = [
        f"{d.get('property', '')}: {d.get('message', '')}" for d in data.get("details") or [] if isinstance(d, dict)
    ]
    return str(data.get("message", "")) + (f" ({'; '.join(details)})" if details else "")


class LineSender:
    """Reply, push and read profiles; built inside the running event loop, closed on shutdown."""

    def __init__(
        self, api_url: str, access_token: str, retry_delays: Sequence[float] = RETRY_DELAYS,
        timeout: float = REQUEST_TIMEOUT,
    ) -> None:
        self._client = AsyncApiClient(Configuration(host=api_url, access_token=access_token))
        self._api = AsyncMessagingApi(self._client)
        self.retry_delays = tuple(retry_delays)
        self.timeout = timeout

    async def close(self) -> None:
        await self._client.close()

    async def reply(self, reply_token: str, messages: list[LineMessage]) -> Delivery:
        """Answer an event with its reply token: free of charge, at most five messages."""
        try:
            request = ReplyMessageRequest.from_dict({"replyToken": reply_token, "messages": messages})
        except ValueError as error:  # its text may quote the messages: log only its kind
            log.error("LINE reply not built: the messages break the SDK's rules (%s)", type(error).__name__)
            return Delivery.FAILED
        result = await self._call("reply", lambda: self._api.reply_message(request, _request_timeout=self.timeout))
        if result.ok:
            return Delivery.SENT
        if result.status == 400 and "reply token" in result.message.lower():
            return Delivery.TOKEN_REJECTED
        return Delivery.FAILED

    async def push(self, user_id: str, messages: list[LineMessage]) -> bool:
        """Push messages to one person: billed, so only for an essential answer that could not be replied."""
        try:
            request = PushMessageRequest.from_dict({"to": user_id, "messages": messages})
        except ValueError as error:
            log.error("LINE push not built: the messages break the SDK's rules (%s)", type(error).__name__)
            return False
        retry_key = str(uuid.uuid4())  # the same key on every attempt: LINE accepts the push once
        result = await self._call(
            "push", lambda: self._api.push_message(request, x_line_retry_key=retry_key, _request_timeout=self.timeout)
        )
        return result.ok or result.status == 409  # 409: an earlier attempt was accepted

    async def profile_language(self, user_id: str) -> str | None:
        """Ask for a person's LINE language, quickly; None when LINE does not say."""
        try:
            profile = await self._api.get_profile(user_id, _request_timeout=PROFILE_TIMEOUT)
        except ApiException as error:
            log.info("LINE profile not read: status=%s %s", error.status, line_error(error))
            return None
        except (TimeoutError, aiohttp.ClientError):
            log.info("LINE profile not read: no answer in time")
            return None
        language = getattr(profile, "language", None)
        return language if isinstance(language, str) else None

    async def _call(self, what: str, send: Callable[[], Awaitable[Any]]) -> CallResult:
        """Send once, retrying 5xx answers, timeouts and dropped connections with backoff."""
        for attempt, delay in enumerate((0.0, *self.retry_delays)):
            if delay:
                await asyncio.sleep(delay)
            try:
                await send()
                return CallResult(True, 200)
            except ApiException as error:
                status, message = error.status, line_error(error)
                if not status or status < 500:
                    log.warning("LINE %s refused: status=%s %s", what, status, message)
                    return CallResult(False, status, message)
                log.warning("LINE %s failed: status=%s %s (attempt %d)", what, status, message, attempt + 1)
            except (TimeoutError, aiohttp.ClientError) as error:
                log.warning("LINE %s failed: %s (attempt %d)", what, type(error).__name__, attempt + 1)
        log.error("LINE %s given up after %d attempts", what, len(self.retry_delays) + 1)
        return CallResult(False)

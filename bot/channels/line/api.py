"""Calls to LINE's Messaging API over aiohttp, with careful retries.

A 5xx answer, a timeout or a dropped connection is retried with backoff: a reply token is single-use,
so a repeated reply can never show twice (and when the retry finds the token used up, the attempt that
got no answer is taken to have got through: no push then), and a push carries an X-Line-Retry-Key so
LINE accepts it once. A 4xx is logged with LINE's own error message and never retried. Nothing about
the person, the messages or the access token is logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from importlib.metadata import version
from typing import Any
from urllib.parse import quote

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from yarl import URL

from bot.channels.line.render import LineMessage

log = logging.getLogger(__name__)
# The SDK logs every response body at DEBUG, profiles (names) included: keep that out of our logs.
logging.getLogger("linebot.v3.messaging.async_rest").setLevel(logging.INFO)

USER_AGENT = f"line-bot-sdk-python/{version('line-bot-sdk')}"
RETRY_DELAYS = (0.5, 1.0, 2.0)  # seconds before each retry; a reply token stays valid about a minute
REQUEST_TIMEOUT = 5.0
PROFILE_TIMEOUT = 1.0  # the profile is optional, and LINE waits at most 2 s for the webhook's answer


class Delivery(Enum):
    """How a reply ended."""

    SENT = "sent"
    TOKEN_REJECTED = "token_rejected"  # LINE refused the reply token (expired or used) and sent nothing
    UNSURE = "unsure"  # the token was refused after an attempt that got no answer: that one most likely got through
    FAILED = "failed"


@dataclass(frozen=True)
class CallResult:
    """The outcome of one API call, after its retries."""

    ok: bool
    status: int | None = None  # LINE's HTTP status of the last attempt, None when there was no answer
    message: str = ""  # LINE's error message
    unsure: bool = False  # an earlier attempt timed out, lost its connection or got a 5xx: it may have got through


class ApiException(Exception):
    """An error answer of the Messaging API, with the fields of the SDK's ApiException read here.

    Requests go out as plain JSON (replies as LineRenderer made them): the SDK's models would validate and
    re-serialize every message, costing CPU on every reply, and importing them is slow.
    """

    def __init__(self, status: int | None = None, reason: str | None = None, body: bytes | None = None) -> None:
        super().__init__(f"({status}) {reason}")
        self.status, self.reason, self.body = status, reason, body


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
        self._url = api_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {access_token}", "Content-Type": "application/json",
                         "User-Agent": USER_AGENT}
        self._session: aiohttp.ClientSession | None = None
        # The proxy settings of the environment, read once: aiohttp's trust_env would also read ~/.netrc
        # in a worker thread on every request, which a busy event loop pays for in GIL waits.
        try:
            self._proxy: URL | None = get_env_proxy_for_url(URL(self._url))[0]
        except LookupError:
            self._proxy = None
        self.retry_delays = tuple(retry_delays)
        self.timeout = timeout

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def request(self, method: str, path: str, body: dict[str, Any] | None = None,
                      headers: dict[str, str] | None = None, timeout: float | None = None) -> bytes:
        """Make one call; return the answer's body, or raise ApiException for an error answer, as the SDK does."""
        if self._session is None:
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100))
        data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
        async with self._session.request(
            method, f"{self._url}{path}", data=data, headers={**self._headers, **(headers or {})},
            timeout=aiohttp.ClientTimeout(total=timeout or self.timeout), proxy=self._proxy,
        ) as response:
            answer = await response.read()
            if response.status >= 300:
                raise ApiException(response.status, response.reason, answer)
            return answer

    async def reply(self, reply_token: str, messages: list[LineMessage]) -> Delivery:
        """Answer an event with its reply token: free of charge, at most five messages."""
        body = {"replyToken": reply_token, "messages": messages}
        result = await self._call("reply", lambda: self.request("POST", "/v2/bot/message/reply", body))
        if result.ok:
            return Delivery.SENT
        if result.status == 400 and "reply token" in result.message.lower():
            return Delivery.UNSURE if result.unsure else Delivery.TOKEN_REJECTED
        return Delivery.FAILED

    async def push(self, user_id: str, messages: list[LineMessage]) -> bool:
        """Push messages to one person: billed, so only for an essential answer that could not be replied."""
        body = {"to": user_id, "messages": messages}
        retry_key = str(uuid.uuid4())  # the same key on every attempt: LINE accepts the push once
        result = await self._call(
            "push", lambda: self.request("POST", "/v2/bot/message/push", body, {"X-Line-Retry-Key": retry_key})
        )
        return result.ok or result.status == 409  # 409: an earlier attempt was accepted

    async def profile_language(self, user_id: str) -> str | None:
        """Ask for a person's LINE language, quickly; None when LINE does not say."""
        try:
            answer = await self.request("GET", f"/v2/bot/profile/{quote(user_id, safe='')}", timeout=PROFILE_TIMEOUT)
            profile = json.loads(answer)
        except ApiException as error:
            log.info("LINE profile not read: status=%s %s", error.status, line_error(error))
            return None
        except (TimeoutError, aiohttp.ClientError):
            log.info("LINE profile not read: no answer in time")
            return None
        except ValueError:
            log.info("LINE profile not read: the answer is not JSON")
            return None
        language = profile.get("language") if isinstance(profile, dict) else None
        return language if isinstance(language, str) else None

    async def basic_id(self) -> str:
        """The account's LINE ID (@...), from GET /v2/bot/info: signers' links and the one-on-one chat link
        open a chat with it; "" when LINE does not say."""
        try:
            info = json.loads(await self.request("GET", "/v2/bot/info", timeout=PROFILE_TIMEOUT))
        except ApiException as error:
            log.warning("LINE bot info not read: status=%s %s", error.status, line_error(error))
            return ""
        except (TimeoutError, aiohttp.ClientError, ValueError) as error:
            log.warning("LINE bot info not read: %s", type(error).__name__)
            return ""
        basic = info.get("basicId") if isinstance(info, dict) else None
        return basic if isinstance(basic, str) and basic.startswith("@") else ""

    async def _call(self, what: str, send: Callable[[], Awaitable[Any]]) -> CallResult:
        """Send once, retrying 5xx answers, timeouts and dropped connections with backoff."""
        unsure = False
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
                    return CallResult(False, status, message, unsure)
                log.warning("LINE %s failed: status=%s %s (attempt %d)", what, status, message, attempt + 1)
            except (TimeoutError, aiohttp.ClientError) as error:
                log.warning("LINE %s failed: %s (attempt %d)", what, type(error).__name__, attempt + 1)
            unsure = True
        log.error("LINE %s given up after %d attempts", what, len(self.retry_delays) + 1)
        return CallResult(False)

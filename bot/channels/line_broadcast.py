"""Broadcast updates to LINE: multicast batches with their retry keys, and the monthly quota.

The broadcast engine paces the requests and retries; this adapter only translates one multicast and
its answer. A 409 means LINE already accepted a request with this retry key: the batch went out once.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

import aiohttp
from linebot.v3.messaging import AsyncApiClient, AsyncMessagingApi, Configuration, MulticastRequest
from linebot.v3.messaging.exceptions import ApiException

from bot.broadcast import SendResult, Sent
from bot.channels.line_render import MAX_TEXT, clip_utf16
from bot.config import Settings
from bot.types import OutMessage

TIMEOUT = 10.0


def _message(message: OutMessage) -> dict[str, str]:
    """One text message; a link goes on its own line, where LINE makes it tappable."""
    links = "\n".join(b.url for b in message.buttons if b.url)
    return {"type": "text", "text": clip_utf16(f"{message.text}\n{links}" if links else message.text, MAX_TEXT)}


def _is_quota(error: ApiException) -> bool:
    try:
        text = str(json.loads(error.body or b"{}").get("message", ""))
    except (ValueError, AttributeError):
        text = ""
    return "monthly limit" in text.lower()


class LineBroadcaster:
    def __init__(self, api: AsyncMessagingApi) -> None:
        self.api = api

    async def multicast(self, user_ids: Sequence[str], message: OutMessage, retry_key: str) -> SendResult:
        """Send one batch of at most 500 people, once, under its retry key."""
        request = MulticastRequest.from_dict({"to": list(user_ids), "messages": [_message(message)]})
        try:
            await self.api.multicast(request, x_line_retry_key=retry_key, _request_timeout=TIMEOUT)
        except ApiException as error:
            if error.status == 409:
                return SendResult(Sent.OK, detail="already accepted")
            if error.status == 429:
                return SendResult(Sent.QUOTA) if _is_quota(error) else SendResult(Sent.RATE_LIMITED, retry_after=1.0)
            if error.status and error.status >= 500:
                return SendResult(Sent.RETRY, detail=f"status {error.status}")
            return SendResult(Sent.FAILED, detail=f"status {error.status}")
        except (TimeoutError, aiohttp.ClientError) as error:
            return SendResult(Sent.RETRY, detail=type(error).__name__)
        return SendResult(Sent.OK)

    async def quota(self) -> tuple[int | None, int]:
        """This month's message limit (None: no limit) and the messages used so far."""
        limit = await self.api.get_message_quota(_request_timeout=TIMEOUT)
        used = await self.api.get_message_quota_consumption(_request_timeout=TIMEOUT)
        value = limit.value if getattr(limit.type, "value", limit.type) == "limited" else None
        return value, int(used.total_usage or 0)


@asynccontextmanager
async def line_broadcaster(settings: Settings) -> AsyncIterator[LineBroadcaster]:
    """Open a Messaging API client inside the running loop for broadcasting, and close it."""
    client = AsyncApiClient(Configuration(host=settings.line_api_url, access_token=settings.line_channel_access_token))
    try:
        yield LineBroadcaster(AsyncMessagingApi(client))
    finally:
        await client.close()

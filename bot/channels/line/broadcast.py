"""Broadcast updates to LINE: multicast batches with their retry keys, and the monthly quota.

The broadcast engine paces the requests and retries; this adapter only translates one multicast and
its answer. A 409 means LINE already accepted a request with this retry key: the batch went out once.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from bot.channels.line.render import MAX_TEXT, clip_utf16
from bot.core.config import Settings
from bot.core.types import OutMessage
from bot.organizing.sending import SendResult, Sent

# The HTTP client is imported where it is used, so that the command-line tools importing this module
# (stats, export...) do not wait for aiohttp to load.
if TYPE_CHECKING:
    from bot.channels.line.api import ApiException, LineSender

TIMEOUT = 10.0


def _messages(message: OutMessage) -> list[dict[str, str]]:
    """The picture (if any), then one text message; a link goes on its own line, where LINE makes it tappable."""
    links = "\n".join(b.url for b in message.buttons if b.url)
    text = {"type": "text", "text": clip_utf16(f"{message.text}\n{links}" if links else message.text, MAX_TEXT)}
    if not message.image_url:
        return [text]
    return [{"type": "image", "originalContentUrl": message.image_url, "previewImageUrl": message.preview_url}, text]


def _is_quota(error: ApiException) -> bool:
    try:
        text = str(json.loads(error.body or b"{}").get("message", ""))
    except (ValueError, AttributeError):
        text = ""
    return "monthly limit" in text.lower()


class LineBroadcaster:
    def __init__(self, api: LineSender) -> None:
        self.api = api  # plain JSON requests, as for replies (see line_send.py)

    async def multicast(self, user_ids: Sequence[str], message: OutMessage, retry_key: str) -> SendResult:
        """Send one batch of at most 500 people, once, under its retry key."""
        import aiohttp

        from bot.channels.line.api import ApiException

        body: dict[str, object] = {"to": list(user_ids), "messages": _messages(message)}
        if message.tag:  # LINE counts this batch's opens and clicks under the job's aggregation unit
            body["customAggregationUnits"] = [message.tag]
        try:
            await self.api.request("POST", "/v2/bot/message/multicast", body, {"X-Line-Retry-Key": retry_key},
                                   timeout=TIMEOUT)
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
        limit = json.loads(await self.api.request("GET", "/v2/bot/message/quota", timeout=TIMEOUT))
        used = json.loads(await self.api.request("GET", "/v2/bot/message/quota/consumption", timeout=TIMEOUT))
        value = limit.get("value") if limit.get("type") == "limited" else None
        return (int(value) if value is not None else None), int(used.get("totalUsage") or 0)


@asynccontextmanager
async def line_broadcaster(settings: Settings) -> AsyncIterator[LineBroadcaster]:
    """Open a Messaging API client inside the running loop for broadcasting, and close it."""
    from bot.channels.line.api import LineSender

    client = LineSender(settings.line_api_url, settings.line_channel_access_token, timeout=TIMEOUT)
    try:
        yield LineBroadcaster(client)
    finally:
        await client.close()

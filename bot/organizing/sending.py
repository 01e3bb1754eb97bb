"""What the broadcast engine and the platforms' senders say to each other: results, progress, protocols."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from bot.core.types import OutMessage


class Sent(Enum):
    OK = "ok"  # accepted (LINE 409 for a retry key already accepted counts as OK)
    UNREACHABLE = "unreachable"  # blocked the bot
    RATE_LIMITED = "rate_limited"  # wait `retry_after`, then the same request again
    QUOTA = "quota"  # LINE monthly message quota exhausted: stop the job
    RETRY = "retry"  # network error or 5xx: the same request again, later
    FAILED = "failed"  # refused (4xx): never retried blindly


@dataclass(frozen=True)
class SendResult:
    status: Sent
    retry_after: float = 0.0
    detail: str = ""


class LineMulticaster(Protocol):
    async def multicast(self, user_ids: Sequence[str], message: OutMessage, retry_key: str) -> SendResult: ...

    async def quota(self) -> tuple[int | None, int]:
        """The monthly message limit (None: unlimited) and how many were used this month."""


class TelegramSender(Protocol):
    async def send_update(self, user_id: str, message: OutMessage) -> SendResult: ...


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


__all__ = ["LineMulticaster", "Progress", "SendResult", "Sent", "TelegramSender"]

"""One sending budget per platform, shared through the database by every job in every process.

Each sender reserves its sending slots in the `send_budget` table (storage.organizer_store.reserve) a small
block at a time, then spaces its sends over the slots it holds. Slots are never handed out twice, so two
jobs, the CLI and the serving process, or two instances on two machines, send at the platform's rate
together, not each at the full rate. Instances on different machines need their clocks in step (NTP).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque

from storage.base import Repository

log = logging.getLogger(__name__)
BLOCK_TIME = 0.1  # seconds of sending reserved at once: the database is asked about ten times a second


class SharedBudget:
    """Space out calls so that all senders of one platform together stay at `rate` per second."""

    def __init__(self, repo: Repository, platform: str, rate: float) -> None:
        self.repo, self.platform = repo, platform
        self.interval = 1.0 / rate
        self.block = max(1, int(rate * BLOCK_TIME))
        self._slots: deque[float] = deque()
        self._lock = asyncio.Lock()

    async def _refill(self) -> None:
        async with self.repo.transaction() as tx:
            first = await tx.organizing.reserve(self.platform, self.block, self.interval, time.time())
        self._slots.extend(first + i * self.interval for i in range(self.block))

    async def wait(self) -> None:
        """Wait for this sender's next slot (reserving more when it has none left)."""
        async with self._lock:
            while self._slots and self._slots[0] < time.time() - 1.0:
                self._slots.popleft()  # slots long past (the sender was idle): sending on them would burst
            if not self._slots:
                await self._refill()
            slot = self._slots.popleft()
        delay = slot - time.time()
        if delay > 0:
            await asyncio.sleep(delay)

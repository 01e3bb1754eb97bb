"""Upkeep in the serving process: abandoned drafts deleted, old event ids forgotten.

Once at start and then every quarter of an hour, the serving process clears the drafts of people who
began signing and then said nothing for the campaign's `abandoned_draft_days` (a typed name, a consent),
and forgets the ids of events applied more than `EVENT_MEMORY` (3 days) ago: longer than LINE and Telegram
redeliver (Telegram keeps an update 24 hours), so the table stays small, and Telegram's update ids, which
may restart from a random number after a week without updates, are long forgotten by then. A LINE event
older than `REPLAY_WINDOW` (2 days) is refused by the channel, so forgetting its id lets no replay in.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

from bot.app.background import running
from bot.core.clock import utc_now
from bot.core.config import EVENT_MEMORY
from storage.base import Repository
from storage.people import Tidied

log = logging.getLogger(__name__)
UPKEEP_EVERY = 900.0  # seconds


async def tidy_once(repo: Repository, draft_days: int, now: datetime) -> Tidied:
    """Clear the drafts abandoned for `draft_days` and forget event ids older than EVENT_MEMORY."""
    done = await repo.tidy(now - timedelta(days=draft_days), now - EVENT_MEMORY)
    if done.drafts or done.events:
        log.info("upkeep: %s abandoned drafts deleted, %s old event ids forgotten", done.drafts, done.events)
    return done


async def tidy_forever(
    repo: Repository, draft_days: int, every: float = UPKEEP_EVERY, clock: Callable[[], datetime] = utc_now
) -> None:
    """Run upkeep now and then every `every` seconds; a failure is logged and tried again next time."""
    while True:
        try:
            await tidy_once(repo, draft_days, clock())
        except Exception:
            log.exception("upkeep failed; trying again later")
        await asyncio.sleep(every)


@asynccontextmanager
async def upkeeping(repo: Repository, draft_days: int, every: float = UPKEEP_EVERY) -> AsyncIterator[None]:
    """Keep upkeep running while the context is open."""
    async with running(tidy_forever(repo, draft_days, every)):
        yield

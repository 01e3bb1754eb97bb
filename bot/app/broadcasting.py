"""Wire broadcasting into the serving process: senders from the channels, and a resume loop.

Every few seconds the worker looks for broadcasts still marked as sending whose worker is gone
(its lease ran out, or its process on this machine died) and finishes them, so a crash or a killed
`run_bot.py broadcast` never leaves an update half sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from bot.core.clock import utc_now
from bot.core.config import Settings
from bot.core.service import PetitionService
from bot.organizing.broadcast import BroadcastEngine

log = logging.getLogger(__name__)
RESUME_EVERY = 15.0


@asynccontextmanager
async def broadcasting(settings: Settings, service: PetitionService) -> AsyncIterator[BroadcastEngine | None]:
    """Give the service an engine for the configured platforms, and keep resuming unfinished jobs."""
    if not (settings.line_enabled or settings.telegram_enabled):
        yield None
        return
    from bot.channels.line.broadcast import line_broadcaster
    from bot.channels.telegram.broadcast import telegram_broadcaster

    async with AsyncExitStack() as stack:
        line = await stack.enter_async_context(line_broadcaster(settings)) if settings.line_enabled else None
        telegram = (
            await stack.enter_async_context(telegram_broadcaster(settings)) if settings.telegram_enabled else None
        )
        engine = BroadcastEngine(service.repo, service.i18n, utc_now, line, telegram,
                                 line_rate=settings.line_multicast_rate, telegram_rate=settings.telegram_broadcast_rate)
        service.desk.engine = engine
        service.desk.line_quota = line.quota if line else None
        task = asyncio.create_task(resume_forever(service, engine))
        try:
            yield engine
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            for running in list(service.desk.running.values()):
                running.cancel()  # its recipients stay pending or in flight; the next start resumes them


async def resume_forever(service: PetitionService, engine: BroadcastEngine, every: float = RESUME_EVERY) -> None:
    while True:
        try:
            async with service.repo.transaction() as tx:
                for job_id in await tx.broadcasts.abandon_unprepared(utc_now()):
                    log.warning("broadcast %s was interrupted while being prepared: stopped, nothing sent", job_id)
                job_ids = await tx.broadcasts.unfinished()
            for job_id in job_ids:
                if job_id not in service.desk.running:
                    await engine.run(job_id)  # returns at once while a live worker holds the job
        except Exception:
            log.exception("resuming broadcasts failed; trying again later")
        await asyncio.sleep(every)

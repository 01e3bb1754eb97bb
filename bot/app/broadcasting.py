"""Keep broadcasting going in the serving process: a loop that resumes unfinished jobs.

Every few seconds (BROADCAST_CHECK_SECONDS) the worker starts the scheduled broadcasts whose time has come
(`broadcast --at`), and looks for broadcasts still marked as sending whose worker is gone (its lease ran out,
or its process on this machine died) and finishes them, so a crash or a killed `run_bot.py broadcast` never
leaves an update half sent. The engine itself is built by the composition root (`bot.app.assembly`) and given
to the organizer desk there.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.app.background import running
from bot.core.clock import utc_now
from bot.organizing.broadcast import BroadcastEngine
from bot.organizing.desk import OrganizerDesk
from storage.base import Repository

log = logging.getLogger(__name__)
RESUME_EVERY = 15.0


@asynccontextmanager
async def broadcasting(
    repo: Repository, desk: OrganizerDesk, engine: BroadcastEngine | None, every: float = RESUME_EVERY
) -> AsyncIterator[None]:
    """Start due jobs and resume unfinished ones every `every` seconds; on exit, stop the loop and the
    broadcasts under way (resumed next start)."""
    if engine is None:
        yield
        return
    try:
        async with running(resume_forever(repo, desk, engine, every)):
            yield
    finally:
        for job in list(desk.running.values()):
            job.cancel()  # its recipients stay pending or in flight; the next start resumes them


async def resume_forever(
    repo: Repository, desk: OrganizerDesk, engine: BroadcastEngine, every: float = RESUME_EVERY
) -> None:
    while True:
        try:
            async with repo.transaction() as tx:
                for job_id in await tx.broadcasts.abandon_unprepared(utc_now()):
                    log.warning("broadcast %s was interrupted while being prepared: stopped, nothing sent", job_id)
            for job_id in await engine.start_due():  # scheduled jobs whose time has come: listed now, sent below
                log.info("scheduled broadcast %s started", job_id)
            async with repo.transaction() as tx:
                job_ids = await tx.broadcasts.unfinished()
            for job_id in job_ids:
                if job_id not in desk.running:
                    await engine.run(job_id)  # returns at once while a live worker holds the job
        except Exception:
            log.exception("resuming broadcasts failed; trying again later")
        await asyncio.sleep(every)

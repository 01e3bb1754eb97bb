"""Broadcast updates as persisted jobs, within each platform's limits, resumable after a crash.

LINE: recipients are grouped into multicast batches of at most 500 per language; each batch's
`X-Line-Retry-Key` is stored before the first attempt, so a batch resent after a crash is accepted
once or answered 409 (already accepted) and counted as sent: nobody on LINE gets an update twice.
Telegram: recipients are marked in flight a chunk at a time before sending; after a crash only those
may be sent again, and the report counts them as uncertain. A job is held by one worker at a time
through a lease, so two processes never send the same job.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from functools import partial

from bot.core.i18n import I18n
from bot.core.types import OutButton, OutMessage
from bot.organizing.budget import SharedBudget
from bot.organizing.media import media_url, store_image
from bot.organizing.sending import LineMulticaster, Progress, SendResult, Sent, TelegramSender
from storage.base import Repository, Transaction
from storage.broadcasts import LineBatching
from storage.organizer_store import Media

log = logging.getLogger(__name__)
PREPARE_CHUNK = 200  # recipients listed per transaction when a job is created
IN_FLIGHT = 16  # requests waiting on the network at once, per platform; more only queue in the client
# LINE batches under way at once: each reads its recipients, waits its turn, is sent and settled; with only
# IN_FLIGHT of them, two slow COMMITs in that cycle left the rate limiter idle.
LINE_IN_FLIGHT = 2 * IN_FLIGHT
ANSWER_TIME = 0.05  # seconds: at high rates, enough requests in flight to keep the pace while answers take this
LEASE = timedelta(seconds=60)
RENEW_EVERY = 1.0  # seconds between lease renewals (and checks for a cancel) while LINE batches go out
MAX_ATTEMPTS = 5
MAX_FLOOD_WAITS = 60  # 429s waited out for one send before it counts as failed


def in_flight_for(rate: float) -> int:
    """Requests on their way at once to keep up `rate` a second (at least IN_FLIGHT): a fixed number would need
    answers back sooner at high rates than a busy event loop gives them."""
    return max(IN_FLIGHT, int(rate * ANSWER_TIME))


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def _dead_here(owner: str) -> bool:
    """True when a worker ran on this machine and its process no longer exists."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class BroadcastEngine:
    def __init__(
        self, repo: Repository, i18n: I18n, clock: Callable[[], datetime],
        line: LineMulticaster | None = None, telegram: TelegramSender | None = None,
        line_rate: float = 200.0, telegram_rate: float = 30.0, telegram_chunk: int | None = None,
        public_base_url: str = "",
    ) -> None:
        self.repo, self.i18n, self.clock, self.public_base_url = repo, i18n, clock, public_base_url
        self.line, self.telegram = line, telegram
        # One budget per platform in the database, shared by every job of every process (bot.organizing.budget).
        self.line_limit = SharedBudget(repo, "line", line_rate)
        self.telegram_limit = SharedBudget(repo, "telegram", telegram_rate)
        self.in_flight = asyncio.Semaphore(in_flight_for(max(line_rate, telegram_rate)))
        # Telegram recipients marked in flight at once, the most a crash repeats: a quarter second's worth,
        # so that the bookkeeping between chunks holds the event loop a millisecond or two, not ten.
        self.telegram_chunk = telegram_chunk or max(1, min(250, int(telegram_rate / 4)))
        self.worker = worker_name()

    def message(self, texts: dict[str, str], link: str | None, locale: str, media: Media | None = None,
                tag: str = "") -> OutMessage:
        """Build exactly what a recipient in this locale sees (with the job's picture and LINE tag, if any)."""
        text = texts.get(locale) or texts[self.i18n.default_locale]
        buttons = (OutButton(self.i18n.format(locale, "broadcast-link"), url=link),) if link else ()
        if media is None:
            return OutMessage(text, buttons, "broadcast", tag=tag)
        return OutMessage(text, buttons, "broadcast", image=media.data, image_url=media_url(self.public_base_url,
                          media.token), preview_url=media_url(self.public_base_url, media.token, preview=True), tag=tag)

    async def create(self, texts: dict[str, str], link: str | None, audience: str, created_by: str, *,
                     image: bytes | None = None, partial: bool = False, at: datetime | None = None) -> int:
        """Store a job with its recipients and LINE batches, and write it to the audit trail; with `at`,
        store it as scheduled: the serving process lists its recipients and sends it then (`start_due`).

        The recipients are listed PREPARE_CHUNK people per transaction, so that people signing meanwhile
        wait milliseconds, not the second that listing 100,000 at once holds the database. The job is
        sent only once complete; one whose listing was interrupted is stopped with nothing sent.
        """
        default = self.i18n.default_locale
        if not texts.get(default):
            raise ValueError(f"a text in the default language ({default}) is required")
        now = self.clock()
        async with self.repo.transaction() as tx:
            job_id = await tx.broadcasts.start_job(texts, link, audience, created_by, now, self.worker, now + LEASE)
            media_id = await store_image(tx, image) if image else None
            await tx.organizing.set_extras(job_id, media_id, f"broadcast_{job_id}", partial)
            if at is not None:
                await tx.organizing.schedule(job_id, at)
        when = f", scheduled for {at.isoformat(timespec='minutes')}" if at else ""
        detail = f"job {job_id}, audience {audience}, languages {','.join(sorted(texts))}{when}"
        if at is not None:
            await self.repo.add_audit(now, created_by, "schedule", detail, 0)
            return job_id
        total = await self._list_recipients(job_id, texts, audience)
        await self.repo.add_audit(now, created_by, "broadcast", detail, total)
        return job_id

    async def start_due(self) -> list[int]:
        """List the recipients of every scheduled job that is due (now, as it is sent); return their ids."""
        started: list[int] = []
        while True:
            now = self.clock()
            async with self.repo.transaction() as tx:
                job_id = await tx.organizing.take_due(now, self.worker, now + LEASE)
                job = await tx.broadcasts.get_job(job_id) if job_id else None
            if job is None:
                return started
            total = await self._list_recipients(job.id, job.texts, job.audience)
            await self.repo.add_audit(now, job.created_by, "broadcast", f"job {job.id}, scheduled, started", total)
            started.append(job.id)

    async def _list_recipients(self, job_id: int, texts: dict[str, str], audience: str) -> int:
        """List a prepared job's recipients a chunk at a time, then hand it to the workers; return how many."""
        default = self.i18n.default_locale
        batching = LineBatching()  # LINE recipients join their locale's batch (of up to 500) as they are listed
        after, total = 0, 0
        while True:
            async with self.repo.transaction() as tx:
                added = await tx.broadcasts.add_recipients(job_id, audience, tuple(texts), default, after,
                                                           PREPARE_CHUNK, self.clock() + LEASE, batching)
                if not added:
                    if not await tx.broadcasts.open_job(job_id):
                        raise RuntimeError(f"broadcast {job_id} was stopped while being prepared")
                    break
            after, total = added[-1][0], total + len(added)
        return total

    async def cancel(self, job_id: int) -> bool:
        """Cancel a scheduled job, or stop one being sent; False if it is neither."""
        async with self.repo.transaction() as tx:
            return await tx.organizing.cancel(job_id, self.clock())

    async def _still_sending(self, job_id: int) -> bool:
        """Renew this worker's lease; False once the job was cancelled or taken over."""
        async with self.repo.transaction() as tx:
            return await self._renew(tx, job_id)

    async def _renew(self, tx: Transaction, job_id: int) -> bool:
        """`_still_sending` inside a transaction the caller holds."""
        now = self.clock()
        owner = await tx.broadcasts.owner(job_id)
        if owner and owner != self.worker and _dead_here(owner):
            await tx.broadcasts.release(job_id, owner)  # its process on this machine is gone
        return await tx.broadcasts.claim_job(self.worker, now, now + LEASE, job_id) is not None

    async def run(self, job_id: int, progress: Callable[[Progress], None] | None = None) -> dict[str, dict[str, int]]:
        """Send a job to the end (or until cancelled or stopped) and return its report."""
        if not await self._still_sending(job_id):
            return await self.report(job_id)
        async with self.repo.reading_broadcasts() as broadcasts:
            job = await broadcasts.get_job(job_id)
        assert job is not None
        async with self.repo.transaction() as tx:
            media, tag = await tx.organizing.extras(job_id)
        counter = _Counter(await self.report(job_id), progress)
        line_message = partial(self.message, job.texts, job.link, media=media, tag=tag)
        stopped = await self._send_line(job_id, line_message, counter) if self.line else None
        if self.telegram:  # LINE's quota running out leaves Telegram's recipients to be reached
            await self._send_telegram(job_id, partial(self.message, job.texts, job.link, media=media), counter)
        async with self.repo.transaction() as tx:
            await tx.broadcasts.finish_job(job_id, "stopped" if stopped else "done", self.clock(), stopped or "",
                                           worker=self.worker)  # not if another worker took the job over
        return await self.report(job_id)

    async def report(self, job_id: int) -> dict[str, dict[str, int]]:
        async with self.repo.reading_broadcasts() as broadcasts:
            return await broadcasts.report(job_id)

    async def _send_line(self, job_id: int, message: Callable[[str], OutMessage], counter: _Counter) -> str | None:
        """Send every pending LINE batch; return why the job stopped, if it did.

        Up to LINE_IN_FLIGHT batches are on their way at once (the rate limiter spaces them): one at a time,
        each request's round trip and bookkeeping kept sending well under LINE's 200 requests a second.
        A batch resent after a crash carries its stored retry key, so overlapping changes nothing there.
        """
        line = self.line
        assert line is not None
        async with self.repo.reading_broadcasts() as broadcasts:
            batches = await broadcasts.pending_line_batches(job_id)
        stopped: list[str] = []

        async def one(batch_id: int, locale: str, key: str) -> None:
            async with self.repo.reading_broadcasts() as broadcasts:
                users = await broadcasts.batch_users(batch_id)
            result = await self._attempt(partial(line.multicast, users, message(locale), key),
                                         self.line_limit)
            if result.status is Sent.QUOTA:
                log.warning("broadcast %s stopped: LINE monthly quota reached", job_id)
                stopped.append("LINE monthly message quota reached")
                return
            state = "sent" if result.status is Sent.OK else "failed"
            if state == "failed":
                log.warning("broadcast %s: LINE batch %s failed: %s", job_id, batch_id, result.detail)
            async with self.repo.transaction() as tx:
                await tx.broadcasts.settle_batch(batch_id, state)
                if state == "sent":
                    await tx.bump_counter("line_broadcast_messages", len(users))
            counter.add(len(users))

        sending: set[asyncio.Task[None]] = set()
        loop = asyncio.get_running_loop()
        renewed = loop.time()
        try:
            for batch in batches:
                while len(sending) >= LINE_IN_FLIGHT:
                    done, _ = await asyncio.wait(sending, return_when=asyncio.FIRST_COMPLETED)
                    sending -= done
                    for task in done:
                        task.result()  # a failure stops the job, as it did when batches went one by one
                if stopped:
                    break
                if loop.time() - renewed >= RENEW_EVERY:  # the lease, and whether the job was cancelled
                    if not await self._still_sending(job_id):
                        break
                    renewed = loop.time()
                sending.add(asyncio.create_task(one(*batch)))
            if sending:
                await asyncio.gather(*sending)
        finally:
            for task in sending:
                task.cancel()  # only if something failed: the batch stays pending with its retry key
        return stopped[0] if stopped else None

    async def _send_telegram(self, job_id: int, message: Callable[[str], OutMessage], counter: _Counter) -> None:
        """Send to every Telegram recipient, with about a chunk (a quarter second's worth) marked in flight at a time.

        When only half a chunk is still on its way, one transaction settles the sends that ended,
        renews the lease and marks the next ones in flight (leaving out those still being sent), so the
        sending does not stop for the bookkeeping between chunks; a crash still repeats about a chunk.
        """
        assert self.telegram is not None
        running: dict[asyncio.Task[tuple[int, str]], int] = {}  # send -> person id
        # Sends report here as they end: waiting with asyncio.wait on hundreds of sends at a time would
        # add and remove a callback on every one of them each time one ends.
        ending: asyncio.Queue[asyncio.Task[tuple[int, str]]] = asyncio.Queue()
        ended: list[tuple[int, str]] = []
        try:
            while True:
                async with self.repo.transaction() as tx:
                    if ended:
                        await tx.broadcasts.settle_recipients(job_id, ended)
                    still = await self._renew(tx, job_id)
                    taken = await tx.broadcasts.take_telegram_chunk(job_id, self.telegram_chunk) if still else []
                counter.add(len(ended))
                ended = []
                in_hand = set(running.values())
                fresh = [recipient for recipient in taken if recipient[0] not in in_hand]
                for recipient in fresh:
                    task = asyncio.create_task(self._one_telegram(recipient, message))
                    task.add_done_callback(ending.put_nowait)
                    running[task] = recipient[0]
                if not running:
                    return
                left = self.telegram_chunk // 2 if fresh else 0  # nothing new: finish what is on its way
                while len(running) > left:
                    task = await ending.get()
                    del running[task]
                    ended.append(task.result())
        finally:
            for task in running:
                task.cancel()  # only if something failed: these stay in flight, and are resent as uncertain

    async def _one_telegram(self, recipient: tuple[int, str, str, bool],
                            message: Callable[[str], OutMessage]) -> tuple[int, str]:
        person_id, user_id, locale, was_in_flight = recipient
        telegram = self.telegram
        assert telegram is not None
        result = await self._attempt(partial(telegram.send_update, user_id, message(locale)), self.telegram_limit)
        if result.status is Sent.OK:
            return person_id, "uncertain" if was_in_flight else "sent"
        return person_id, "unreachable" if result.status is Sent.UNREACHABLE else "failed"

    async def _attempt(self, send: Callable[[], Awaitable[SendResult]], limiter: SharedBudget) -> SendResult:
        """Send within the rate limit; wait out 429s and retry network errors with backoff."""
        result = SendResult(Sent.FAILED, detail="not attempted")
        failures = waits = 0
        while failures < MAX_ATTEMPTS and waits < MAX_FLOOD_WAITS:
            async with self.in_flight:
                await limiter.wait()
                result = await send()
            if result.status is Sent.RATE_LIMITED:  # the platform asks to wait, not to give up
                waits += 1
                await asyncio.sleep(result.retry_after or 1.0)
            elif result.status is Sent.RETRY:
                failures += 1
                await asyncio.sleep(min(0.2 * 2**failures, 5.0))
            else:
                return result
        return SendResult(Sent.FAILED, detail=f"gave up after {failures + waits} attempts: {result.detail}")


class _Counter:
    def __init__(self, report: dict[str, dict[str, int]], progress: Callable[[Progress], None] | None) -> None:
        self.total = sum(sum(states.values()) for states in report.values())
        self.done = self.total - sum(states.get("pending", 0) + states.get("inflight", 0) for states in report.values())
        self.progress = progress

    def add(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(Progress(self.done, self.total))

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
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from functools import partial
from typing import Protocol

from bot.core.i18n import I18n
from bot.core.types import OutButton, OutMessage
from storage.base import Repository, Transaction
from storage.broadcasts import LineBatching

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


class RateLimiter:
    """Space out calls to at most `rate` per second."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        async with self._lock:
            now = asyncio.get_running_loop().time()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            await asyncio.sleep(delay)


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
    ) -> None:
        self.repo, self.i18n, self.clock = repo, i18n, clock
        self.line, self.telegram = line, telegram
        self.line_limit, self.telegram_limit = RateLimiter(line_rate), RateLimiter(telegram_rate)
        self.in_flight = asyncio.Semaphore(in_flight_for(max(line_rate, telegram_rate)))
        # Telegram recipients marked in flight at once, the most a crash repeats: a quarter second's worth,
        # so that the bookkeeping between chunks holds the event loop a millisecond or two, not ten.
        self.telegram_chunk = telegram_chunk or max(1, min(250, int(telegram_rate / 4)))
        self.worker = worker_name()

    def message(self, texts: dict[str, str], link: str | None, locale: str) -> OutMessage:
        """Build exactly what a recipient in this locale sees."""
        text = texts.get(locale) or texts[self.i18n.default_locale]
        buttons = (OutButton(self.i18n.format(locale, "broadcast-link"), url=link),) if link else ()
        return OutMessage(text, buttons, "broadcast")

    async def create(self, texts: dict[str, str], link: str | None, audience: str, created_by: str) -> int:
        """Store a job with its recipients and LINE batches, and write it to the audit trail.

        The recipients are listed PREPARE_CHUNK people per transaction, so that people signing meanwhile
        wait milliseconds, not the second that listing 100,000 at once holds the database. The job is
        sent only once complete; one whose listing was interrupted is stopped with nothing sent.
        """
        default = self.i18n.default_locale
        if default not in texts:
            raise ValueError(f"a text in the default language ({default}) is required")
        now = self.clock()
        async with self.repo.transaction() as tx:
            job_id = await tx.broadcasts.start_job(texts, link, audience, created_by, now, self.worker, now + LEASE)
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
        detail = f"job {job_id}, audience {audience}, languages {','.join(sorted(texts))}"
        await self.repo.add_audit(now, created_by, "broadcast", detail, total)
        return job_id

    async def cancel(self, job_id: int) -> bool:
        async with self.repo.transaction() as tx:
            return await tx.broadcasts.cancel_job(job_id, self.clock())

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
        counter = _Counter(await self.report(job_id), progress)
        stopped = await self._send_line(job_id, job.texts, job.link, counter) if self.line else None
        if stopped is None and self.telegram:
            await self._send_telegram(job_id, job.texts, job.link, counter)
        async with self.repo.transaction() as tx:
            await tx.broadcasts.finish_job(job_id, "stopped" if stopped else "done", self.clock(), stopped or "",
                                           worker=self.worker)  # not if another worker took the job over
        return await self.report(job_id)

    async def report(self, job_id: int) -> dict[str, dict[str, int]]:
        async with self.repo.reading_broadcasts() as broadcasts:
            return await broadcasts.report(job_id)

    async def _send_line(self, job_id: int, texts: dict[str, str], link: str | None, counter: _Counter) -> str | None:
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
            result = await self._attempt(partial(line.multicast, users, self.message(texts, link, locale), key),
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

    async def _send_telegram(self, job_id: int, texts: dict[str, str], link: str | None, counter: _Counter) -> None:
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
                    task = asyncio.create_task(self._one_telegram(recipient, texts, link))
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

    async def _one_telegram(self, recipient: tuple[int, str, str, bool], texts: dict[str, str],
                            link: str | None) -> tuple[int, str]:
        person_id, user_id, locale, was_in_flight = recipient
        telegram = self.telegram
        assert telegram is not None
        message = self.message(texts, link, locale)
        result = await self._attempt(partial(telegram.send_update, user_id, message), self.telegram_limit)
        if result.status is Sent.OK:
            return person_id, "uncertain" if was_in_flight else "sent"
        return person_id, "unreachable" if result.status is Sent.UNREACHABLE else "failed"

    async def _attempt(self, send: Callable[[], Awaitable[SendResult]], limiter: RateLimiter) -> SendResult:
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

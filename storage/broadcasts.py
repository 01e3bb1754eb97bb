"""Broadcast jobs: the audience, the recipients, LINE batches and their states, on either backend.

Every method runs inside a repository transaction (reads also through `reading_broadcasts`), through
its `Sql` interface. A job is held by one worker at a time: claiming it locks its row (PostgreSQL: FOR
UPDATE SKIP LOCKED), so two instances never both take it; a worker that dies leaves a lease that runs
out, and another worker takes over.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from storage.sql import Sql

# Who may receive an update: reachable people who said yes to updates, narrowed by the audience.
_REACHABLE = "p.updates = TRUE AND p.reachable = TRUE"
_AUDIENCE = {
    "subscribers": _REACHABLE,
    "signers": f"{_REACHABLE} AND EXISTS (SELECT 1 FROM signatures s WHERE s.person_id = p.id)",
    "lang": f"{_REACHABLE} AND p.language = ?",
}


@dataclass(frozen=True)
class Job:
    id: int
    texts: dict[str, str]
    link: str | None
    audience: str
    state: str
    created_by: str
    note: str


LINE_MULTICAST = 500  # LINE's most recipients in one multicast request


@dataclass
class LineBatching:
    """The LINE batches being filled while a job's recipients are listed: per locale, (batch id, members)."""

    size: int = LINE_MULTICAST
    open: dict[str, tuple[int, int]] = field(default_factory=dict)


def audience_filter(audience: str) -> tuple[str, tuple[str, ...]]:
    """SQL condition on people `p` for an audience: subscribers, signers or lang:<locale>."""
    if audience.startswith("lang:"):
        return _AUDIENCE["lang"], (audience.split(":", 1)[1],)
    if audience not in ("subscribers", "signers"):
        raise ValueError(f"unknown audience {audience!r}: use subscribers, signers or lang:<locale>")
    return _AUDIENCE[audience], ()


def _job(row: Sequence[Any]) -> Job:
    job_id, texts, link, audience, state, created_by, note = row
    return Job(int(job_id), json.loads(texts), link or None, str(audience), str(state), str(created_by), str(note))


_JOB_COLUMNS = "id, texts, link, audience, state, created_by, note"


class Broadcasts:
    """Broadcast storage bound to the transaction it runs in."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    async def count_audience(self, audience: str) -> dict[tuple[str, str], int]:
        """Count recipients per (platform, language) for an audience."""
        condition, params = audience_filter(audience)
        rows = await self.sql.fetch(
            f"SELECT p.platform, coalesce(p.language, ''), count(*) FROM people p WHERE {condition}"
            " GROUP BY p.platform, p.language",
            *params,
        )
        return {(str(platform), str(lang)): int(n) for platform, lang, n in rows}

    async def create_job(
        self,
        texts: dict[str, str],
        link: str | None,
        audience: str,
        default_locale: str,
        created_by: str,
        now: datetime,
        line_batch: int = LINE_MULTICAST,
    ) -> int:
        """Store a job and all its recipients at once (the engine lists them a chunk at a time instead)."""
        job_id = await self.start_job(texts, link, audience, created_by, now)
        await self.add_recipients(job_id, audience, tuple(texts), default_locale, batching=LineBatching(line_batch))
        await self.open_job(job_id)
        return job_id

    async def start_job(
        self, texts: dict[str, str], link: str | None, audience: str, created_by: str, now: datetime,
        worker: str | None = None, lease_until: datetime | None = None,
    ) -> int:
        """Store a job still being prepared: no worker sends it until `open_job`."""
        audience_filter(audience)  # refuses an unknown audience before anything is stored
        return await self.sql.insert(
            "INSERT INTO broadcasts (created_at, created_by, texts, link, audience, state, owner, lease_until)"
            " VALUES (?, ?, ?, ?, ?, 'preparing', ?, ?)",
            now, created_by, json.dumps(texts, ensure_ascii=False), link, audience, worker, lease_until,
        )

    async def add_recipients(
        self, job_id: int, audience: str, languages: tuple[str, ...], default_locale: str,
        after: int = 0, limit: int | None = None, lease_until: datetime | None = None,
        batching: LineBatching | None = None,
    ) -> list[tuple[int, str, str]]:
        """Add the audience's people with an id above `after` (up to `limit` of them), each with the
        locale of their update (their language if it has a text, else the default) and, on LINE, in a
        batch of that locale: pass the same `batching` to every chunk of one job, or its batches start anew.
        Return who was added, in id order: (person id, platform, locale). `lease_until` extends the
        preparing worker's lease."""
        if lease_until is not None:
            await self.sql.execute("UPDATE broadcasts SET lease_until = ? WHERE id = ?", lease_until, job_id)
        condition, params = audience_filter(audience)
        query = (f"SELECT p.id, p.platform, p.user_id, p.language FROM people p"
                 f" WHERE p.platform != 'console' AND {condition} AND p.id > ? ORDER BY p.id")
        args: tuple[Any, ...] = (*params, after)
        if limit is not None:
            query, args = f"{query} LIMIT ?", (*args, limit)
        batching = batching or LineBatching()
        rows = []
        for person_id, platform, user_id, language in await self.sql.fetch(query, *args):
            locale = language if language in languages else default_locale
            batch = await self._line_batch(job_id, locale, batching) if platform == "line" else None
            rows.append((job_id, int(person_id), str(platform), str(user_id), locale, batch))
        await self.sql.executemany(  # with their batch at once: setting it afterwards cost 10 µs a person
            "INSERT INTO broadcast_recipients (broadcast_id, person_id, platform, user_id, locale, batch_id)"
            " VALUES (?, ?, ?, ?, ?, ?)", rows,
        )
        return [(person_id, platform, locale) for _, person_id, platform, _, locale, _ in rows]

    async def _line_batch(self, job_id: int, locale: str, batching: LineBatching) -> int:
        """The batch the next LINE recipient in this locale joins: the open one, or a new one when it is full."""
        batch_id, members = batching.open.get(locale, (0, batching.size))
        if members >= batching.size:
            batch_id, members = await self._new_line_batch(job_id, locale), 0
        batching.open[locale] = (batch_id, members + 1)
        return batch_id

    async def _new_line_batch(self, job_id: int, locale: str) -> int:
        """Store an empty LINE multicast batch with its retry key, fixed before any attempt to send it."""
        return await self.sql.insert(
            "INSERT INTO broadcast_batches (broadcast_id, platform, locale, retry_key) VALUES (?, 'line', ?, ?)",
            job_id, locale, str(uuid.uuid4()),
        )

    async def open_job(self, job_id: int) -> bool:
        """Hand a prepared job to the workers; False if it was meanwhile stopped as interrupted."""
        changed = await self.sql.execute(
            "UPDATE broadcasts SET state = 'sending', owner = NULL, lease_until = NULL"
            " WHERE id = ? AND state = 'preparing'", job_id
        )
        return changed == 1

    async def abandon_unprepared(self, now: datetime) -> list[int]:
        """Stop the jobs whose preparation was interrupted (their lease ran out): nothing of them was sent."""
        rows = await self.sql.fetch(
            "SELECT id FROM broadcasts WHERE state = 'preparing' AND (lease_until IS NULL OR lease_until < ?)", now
        )
        for (job_id,) in rows:
            await self.sql.execute(
                "UPDATE broadcasts SET state = 'stopped', finished_at = ?, owner = NULL,"
                " note = 'interrupted while its recipients were listed; nothing was sent' WHERE id = ?",
                now, job_id,
            )
        return [int(job_id) for (job_id,) in rows]

    async def get_job(self, job_id: int) -> Job | None:
        row = await self.sql.fetchrow(f"SELECT {_JOB_COLUMNS} FROM broadcasts WHERE id = ?", job_id)
        return _job(row) if row else None

    async def claim_job(
        self, worker: str, now: datetime, lease_until: datetime, job_id: int | None = None
    ) -> Job | None:
        """Take a sending job that no live worker holds (or renew this worker's lease).

        The row is locked while claimed, and a job another transaction is claiming is skipped, so two
        workers never take the same job."""
        only = "AND id = ?" if job_id is not None else ""
        row = await self.sql.fetchrow(
            f"SELECT {_JOB_COLUMNS} FROM broadcasts WHERE state = 'sending'"
            f" AND (owner IS NULL OR owner = ? OR lease_until < ?) {only} ORDER BY id LIMIT 1{self.sql.skip_locked}",
            worker, now, *((job_id,) if job_id is not None else ()),
        )
        if row is None:
            return None
        job = _job(row)
        await self.sql.execute(
            "UPDATE broadcasts SET owner = ?, lease_until = ? WHERE id = ?", worker, lease_until, job.id
        )
        return job

    async def finish_job(
        self, job_id: int, state: str, now: datetime, note: str = "", worker: str | None = None
    ) -> None:
        """Close a job; with `worker`, only while that worker still holds it (not after a takeover)."""
        held = " AND owner = ?" if worker is not None else ""
        await self.sql.execute(
            "UPDATE broadcasts SET state = ?, finished_at = ?, owner = NULL, note = ?"
            " WHERE id = ? AND state = 'sending'" + held,
            state, now, note, job_id, *((worker,) if worker is not None else ()),
        )

    async def cancel_job(self, job_id: int, now: datetime) -> bool:
        changed = await self.sql.execute(
            "UPDATE broadcasts SET state = 'cancelled', finished_at = ? WHERE id = ? AND state = 'sending'", now, job_id
        )
        return changed == 1

    async def owner(self, job_id: int) -> str | None:
        row = await self.sql.fetchrow("SELECT owner FROM broadcasts WHERE id = ?", job_id)
        return str(row[0]) if row and row[0] else None

    async def release(self, job_id: int, owner: str) -> None:
        """Free a job from a worker known to be dead."""
        await self.sql.execute("UPDATE broadcasts SET owner = NULL WHERE id = ? AND owner = ?", job_id, owner)

    async def unfinished(self) -> list[int]:
        """Jobs still marked as sending, oldest first."""
        rows = await self.sql.fetch("SELECT id FROM broadcasts WHERE state = 'sending' ORDER BY id")
        return [int(row[0]) for row in rows]

    async def latest_sending(self) -> int:
        """The newest job still being sent, or 0."""
        row = await self.sql.fetchrow("SELECT max(id) FROM broadcasts WHERE state = 'sending'")
        return int(row[0]) if row and row[0] is not None else 0

    async def pending_line_batches(self, job_id: int) -> list[tuple[int, str, str]]:
        """Each unsent LINE batch: (id, locale, retry key)."""
        rows = await self.sql.fetch(
            "SELECT id, locale, retry_key FROM broadcast_batches WHERE broadcast_id = ? AND state = 'pending'"
            " ORDER BY id",
            job_id,
        )
        return [(int(batch_id), str(locale), str(key)) for batch_id, locale, key in rows]

    async def batch_users(self, batch_id: int) -> list[str]:
        """The LINE user ids of one batch, read as it is sent (a job's 100,000 at once held the database)."""
        rows = await self.sql.fetch(
            "SELECT user_id FROM broadcast_recipients WHERE batch_id = ? ORDER BY person_id", batch_id
        )
        return [str(user_id) for (user_id,) in rows]

    async def settle_batch(self, batch_id: int, state: str) -> None:
        """Mark a LINE batch and its recipients sent or failed."""
        await self.sql.execute("UPDATE broadcast_batches SET state = ? WHERE id = ?", state, batch_id)
        await self.sql.execute("UPDATE broadcast_recipients SET state = ? WHERE batch_id = ?", state, batch_id)

    async def take_telegram_chunk(self, job_id: int, size: int) -> list[tuple[int, str, str, bool]]:
        """Mark up to `size` Telegram recipients in flight: (person id, user id, locale, was already in flight)."""
        found: list[Any] = []
        for state in ("inflight", "pending"):  # those in flight at a crash first; each in index order
            if len(found) < size:
                found += await self.sql.fetch(
                    f"SELECT person_id, user_id, locale, state FROM {self.sql.recipients_by_state} WHERE"
                    " broadcast_id = ? AND platform = 'telegram' AND state = ? ORDER BY person_id LIMIT ?",
                    job_id, state, size - len(found),
                )
        rows = [(int(p), str(u), str(loc), state == "inflight") for p, u, loc, state in found]
        await self.sql.executemany(
            "UPDATE broadcast_recipients SET state = 'inflight' WHERE broadcast_id = ? AND person_id = ?",
            [(job_id, person_id) for person_id, _, _, _ in rows],
        )
        return rows

    async def settle_recipients(self, job_id: int, results: list[tuple[int, str]]) -> None:
        """Record each recipient's final state; an unreachable one stops receiving anything."""
        await self.sql.executemany(
            "UPDATE broadcast_recipients SET state = ? WHERE broadcast_id = ? AND person_id = ?",
            [(state, job_id, person_id) for person_id, state in results],
        )
        await self.sql.executemany(  # in id order, so two writers lock people rows in the same order
            "UPDATE people SET reachable = FALSE WHERE id = ?",
            [(person_id,) for person_id in sorted(p for p, state in results if state == "unreachable")],
        )

    async def report(self, job_id: int) -> dict[str, dict[str, int]]:
        """Recipients per platform per state."""
        rows = await self.sql.fetch(
            "SELECT platform, state, count(*) FROM broadcast_recipients WHERE broadcast_id = ?"
            " GROUP BY platform, state",
            job_id,
        )
        counts: dict[str, dict[str, int]] = {}
        for platform, state, n in rows:
            counts.setdefault(str(platform), {})[str(state)] = int(n)
        return counts

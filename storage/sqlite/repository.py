"""The repository on SQLite through aiosqlite.

One connection, shared by every task, so one asyncio lock serializes transactions (a shared
connection shares its transaction). Writes use BEGIN IMMEDIATE, the journal is WAL, and commits
are synchronous=FULL so an acknowledged signature survives a power cut, not only a crash.
The database file is created readable by its owner only.

For speed under load, an event's short statements run on the loop's thread and transactions that
finish together share one COMMIT, awaited before `transaction()` returns (storage/sqlite/group.py).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

import aiosqlite

from storage import people, reports
from storage.base import Totals
from storage.broadcasts import Broadcasts
from storage.sql import SqliteSql
from storage.sqlite.group import BUSY_TIMEOUT_MS, Direct, GroupCommit, raw_connection
from storage.sqlite.migrate import migrate
from storage.sqlite.scrub import PRAGMAS, Scrubber
from storage.transaction import SqlTransaction, purge_signatures

MEMORY = ":memory:"
# aiosqlite logs every statement with its parameters (names included) at DEBUG: keep that out.
logging.getLogger("aiosqlite").setLevel(logging.INFO)


def sqlite_path(url: str) -> str:
    """Turn sqlite:///relative.db or sqlite:////absolute.db into a path (sqlite:// is in memory)."""
    if not url.startswith("sqlite://"):
        raise ValueError("a SQLite URL starts with sqlite:///")
    rest = url[len("sqlite://") :]
    if rest in ("", "/", "/:memory:"):
        return MEMORY
    if not rest.startswith("/"):
        raise ValueError("a SQLite URL is sqlite:///relative/path.db or sqlite:////absolute/path.db")
    return rest[1:]


async def _scalar(db: aiosqlite.Connection | Direct, sql: str) -> int:
    cursor = await db.execute(sql)
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


class SqliteRepository:
    def __init__(self, url: str) -> None:
        self.path = sqlite_path(url)
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._commits = GroupCommit(self._lock, lambda: self._db)
        self._scrubber = Scrubber()

    async def open(self) -> None:
        if self.path != MEMORY:
            self._create_private_file(Path(self.path))
        # Used from aiosqlite's thread and, under the lock, from the loop's (never both at once).
        self._db = await aiosqlite.connect(self.path, isolation_level=None, check_same_thread=False)
        for pragma in (*PRAGMAS, f"busy_timeout = {BUSY_TIMEOUT_MS}"):
            await self._db.execute(f"PRAGMA {pragma}")
        await migrate(self._db)

    @staticmethod
    def _create_private_file(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)

    async def close(self) -> None:
        if self._db is not None:
            async with self._lock:
                self._commits.commit()
                await self._db.close()
                self._db = None

    @property
    def db(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("the repository is not open")
        return self._db

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqlTransaction]:
        """One unit of work, applied completely or not at all; returns once it is committed (durable)."""
        async with self._lock:
            db = self.db
            group = await self._commits.join(db)
            try:
                yield SqlTransaction(SqliteSql(Direct(raw_connection(db))), self._scrubber)
            except BaseException as error:
                self._commits.undo(db, error)
                raise
            self._commits.done(db)
        await asyncio.shield(group)
        if self._scrubber.due:
            await self.scrub()

    async def scrub(self) -> None:
        """Wipe deleted data from the files now: commit, then checkpoint the WAL into the database and truncate it."""
        async with self._lock:
            if self._db is not None:
                self._commits.commit()
                await self._scrubber.run(self._db)

    @asynccontextmanager
    async def reading_broadcasts(self) -> AsyncIterator[Broadcasts]:
        """Reads on the loop's thread under the lock, beside the open group: they see its changes at once
        (committed a moment later) and need not wait for its COMMIT, as a transaction of their own would."""
        async with self._lock:
            yield Broadcasts(SqliteSql(Direct(raw_connection(self.db))))

    async def totals(self) -> Totals:
        async with self._lock:
            self._commits.commit()
            return Totals(
                signatures=await _scalar(self.db, "SELECT count(*) FROM signatures"),
                people=await _scalar(self.db, "SELECT count(*) FROM people"),
                withdrawals=await people.withdrawals(SqliteSql(self.db)),
            )

    async def stats(self) -> reports.Stats:
        async with self._lock:
            self._commits.commit()
            return await reports.collect_stats(SqliteSql(self.db))

    async def export_rows(self) -> AsyncIterator[reports.ExportRow]:
        """Yield every standing signature; other tasks wait until the export is read to the end."""
        async with self._lock:
            self._commits.commit()
            async for row in reports.export_rows(SqliteSql(self.db)):
                yield row

    async def add_audit(self, at: datetime, actor: str, action: str, detail: str, count: int) -> None:
        async with self.transaction():
            await reports.add_audit(SqliteSql(self.db), at, actor, action, detail, count)

    async def audit(self, limit: int = 200) -> list[reports.AuditEntry]:
        async with self._lock:
            self._commits.commit()
            return await reports.audit_entries(SqliteSql(self.db), limit)

    async def integrity_check(self) -> list[str]:
        """SQLite's own check of every page and index; ['ok'] when sound."""
        async with self._lock:
            self._commits.commit()
            cursor = await self.db.execute("PRAGMA integrity_check")
            return [str(row[0]) for row in await cursor.fetchall()]

    async def backup(self, target: Path) -> None:
        """Copy the live database consistently into `target` (owner-only), with SQLite's backup API."""
        self._create_private_file(target)
        async with self._lock:
            self._commits.commit()
            destination = await aiosqlite.connect(target)
            try:
                await self.db.backup(destination)
            finally:
                await destination.close()

    async def tidy(self, drafts_idle_since: datetime, events_before: datetime) -> people.Tidied:
        """Clear abandoned drafts and forget old event ids; wipe what was cleared from the files."""
        async with self.transaction():
            done = await people.tidy(SqliteSql(self.db), drafts_idle_since, events_before)
            self._scrubber.due = self._scrubber.due or done.drafts > 0 or self._scrubber.retry
        return done

    async def compact(self) -> str:
        """Rebuild the database file without free pages, and leave the WAL empty."""
        await self.scrub()
        async with self._lock:
            await self.db.execute("VACUUM")
            await self._scrubber.run(self.db)
        return "SQLite: the database file was rebuilt and its write-ahead log emptied."

    async def purge_before(self, cutoff: datetime, dry_run: bool) -> int:
        """Delete the signatures (names, prefectures, links to accounts) made before `cutoff`."""
        async with self.transaction() as tx:
            count = await purge_signatures(tx.sql, cutoff, dry_run)
            if count and not dry_run:
                self._scrubber.deleted()
            return count

    async def schema_version(self) -> int:
        async with self._lock:
            self._commits.commit()
            return await _scalar(self.db, "PRAGMA user_version")



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
import json
import logging
import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import aiosqlite

from storage import reports
from storage.base import PersonRecord, SignatureRecord, Totals
from storage.broadcasts import Broadcasts
from storage.dashboard import Dashboard
from storage.migrations import load_migrations
from storage.organizer_store import OrganizerStore
from storage.sql import SqliteSql
from storage.sqlite.group import BUSY_TIMEOUT_MS, Direct, GroupCommit, raw_connection

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


def _ts(at: datetime) -> str:
    return at.isoformat()


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


class SqliteTransaction:
    def __init__(self, db: aiosqlite.Connection, conn: sqlite3.Connection | None = None) -> None:
        self._db: aiosqlite.Connection | Direct = Direct(conn) if conn is not None else db
        self.broadcasts = Broadcasts(SqliteSql(self._db))
        self.dashboard = Dashboard(SqliteSql(self._db))
        self.organizing = OrganizerStore(self.broadcasts.sql)

    async def claim_event(self, platform: str, event_id: str, at: datetime) -> bool:
        cursor = await self._db.execute(
            "INSERT OR IGNORE INTO processed_events (platform, event_id, processed_at) VALUES (?, ?, ?)",
            (platform, event_id, _ts(at)),
        )
        return cursor.rowcount == 1

    async def get_person(self, platform: str, user_id: str) -> PersonRecord | None:
        cursor = await self._db.execute(
            "SELECT id, platform, user_id, language, step, position, draft, updates, reachable, referred_by"
            " FROM people WHERE platform = ? AND user_id = ?",
            (platform, user_id),
        )
        row = await cursor.fetchone()
        if row is None:
            return None
        return PersonRecord(
            id=row[0], platform=row[1], user_id=row[2], language=row[3], step=row[4], position=row[5],
            draft=json.loads(row[6]), updates=bool(row[7]), reachable=bool(row[8]), referred_by=row[9],
        )

    async def save_person(self, person: PersonRecord, at: datetime) -> PersonRecord:
        values = (
            person.language, person.step, person.position, json.dumps(person.draft, ensure_ascii=False),
            int(person.updates), int(person.reachable), person.referred_by, _ts(at),
        )
        if person.id is not None:
            await self._db.execute(
                "UPDATE people SET language = ?, step = ?, position = ?, draft = ?, updates = ?,"
                " reachable = ?, referred_by = ?, updated_at = ? WHERE id = ?",
                (*values, person.id),
            )
            return person
        cursor = await self._db.execute(
            "INSERT INTO people (language, step, position, draft, updates, reachable, referred_by, updated_at,"
            " platform, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, person.platform, person.user_id, _ts(at)),
        )
        return replace(person, id=cursor.lastrowid)

    async def _signature_where(self, condition: str, value: object) -> SignatureRecord | None:
        cursor = await self._db.execute(
            "SELECT number, person_id, name, prefecture, consent_version, consented_at, signed_at,"
            f" referral_code, referred_by FROM signatures WHERE {condition} = ?",
            (value,),
        )
        row = await cursor.fetchone()
        if row is None:
            return None
        return SignatureRecord(row[0], row[1], row[2], row[3], row[4], _dt(row[5]), _dt(row[6]), row[7], row[8])

    async def get_signature(self, person_id: int) -> SignatureRecord | None:
        return await self._signature_where("person_id", person_id)

    async def signature_by_code(self, referral_code: str) -> SignatureRecord | None:
        return await self._signature_where("referral_code", referral_code)

    async def count_referrals(self, referral_code: str) -> int:
        cursor = await self._db.execute("SELECT count(*) FROM signatures WHERE referred_by = ?", (referral_code,))
        row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def set_reachable(self, platform: str, user_id: str, reachable: bool, at: datetime) -> bool:
        cursor = await self._db.execute(
            "UPDATE people SET reachable = ?, updated_at = ? WHERE platform = ? AND user_id = ?",
            (int(reachable), _ts(at), platform, user_id),
        )
        return cursor.rowcount == 1

    async def bump_counter(self, name: str, by: int = 1) -> int:
        await self._db.execute(
            "INSERT INTO counters (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
            (name, by),
        )
        return await self.counter(name)

    async def counter(self, name: str) -> int:
        cursor = await self._db.execute("SELECT value FROM counters WHERE name = ?", (name,))
        row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def add_signature(
        self, person_id: int, name: str, prefecture: str | None, consent_version: str,
        consented_at: datetime, signed_at: datetime, referral_code: str, referred_by: str | None,
    ) -> int:
        cursor = await self._db.execute(
            "INSERT INTO signatures (person_id, name, prefecture, consent_version, consented_at, signed_at,"
            " referral_code, referred_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (person_id, name, prefecture, consent_version, _ts(consented_at), _ts(signed_at), referral_code,
             referred_by),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def delete_signature(self, person_id: int, platform: str, at: datetime) -> bool:
        cursor = await self._db.execute("DELETE FROM signatures WHERE person_id = ?", (person_id,))
        if cursor.rowcount != 1:
            return False
        await self._db.execute(
            "INSERT INTO withdrawals (platform, withdrawn_at) VALUES (?, ?)", (platform, _ts(at))
        )
        return True

    async def count_signatures(self) -> int:
        return await _scalar(self._db, "SELECT count(*) FROM signatures")


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

    async def open(self) -> None:
        if self.path != MEMORY:
            self._create_private_file(Path(self.path))
        # Used from aiosqlite's thread and, under the lock, from the loop's (never both at once).
        self._db = await aiosqlite.connect(self.path, isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                       f"busy_timeout = {BUSY_TIMEOUT_MS}"):
            await self._db.execute(f"PRAGMA {pragma}")
        await self._migrate(self._db)

    @staticmethod
    def _create_private_file(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)

    async def _migrate(self, db: aiosqlite.Connection) -> None:
        current = await _scalar(db, "PRAGMA user_version")
        for migration in load_migrations("sqlite"):
            if migration.version <= current:
                continue
            await db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(migration.sql):
                    await db.execute(statement)
                await db.execute(f"PRAGMA user_version = {migration.version}")
                await db.execute("COMMIT")
            except BaseException:
                await db.execute("ROLLBACK")
                raise

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
    async def transaction(self) -> AsyncIterator[SqliteTransaction]:
        """One unit of work, applied completely or not at all; returns once it is committed (durable)."""
        async with self._lock:
            db = self.db
            group = await self._commits.join(db)
            try:
                yield SqliteTransaction(db, raw_connection(db))
            except BaseException as error:
                self._commits.undo(db, error)
                raise
            self._commits.done(db)
        await asyncio.shield(group)

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
                withdrawals=await _scalar(self.db, "SELECT count(*) FROM withdrawals"),
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

    async def purge_before(self, cutoff: datetime, dry_run: bool) -> int:
        """Delete the signatures (names, prefectures, links to accounts) made before `cutoff`."""
        async with self.transaction():
            count = await _scalar_args(self.db, "SELECT count(*) FROM signatures WHERE signed_at < ?", cutoff)
            if not dry_run and count:
                await self.db.execute("DELETE FROM signatures WHERE signed_at < ?", (_ts(cutoff),))
                await self.db.execute(
                    "INSERT INTO counters (name, value) VALUES ('purged_signatures', ?)"
                    " ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
                    (count,),
                )
            return count

    async def schema_version(self) -> int:
        async with self._lock:
            self._commits.commit()
            return await _scalar(self.db, "PRAGMA user_version")


async def _scalar_args(db: aiosqlite.Connection, sql: str, at: datetime) -> int:
    cursor = await db.execute(sql, (_ts(at),))
    row = await cursor.fetchone()
    return int(row[0]) if row else 0


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, each complete as SQLite reads it (a trigger's body holds several)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        if not current and line.strip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [*statements, current.strip()] if current.strip() else statements

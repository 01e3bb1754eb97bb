"""The repository on PostgreSQL through asyncpg: for hosts without a lasting disk, or several instances.

A pool of connections; every transaction takes one (READ COMMITTED). What SQLite gets from having
one writer at a time, this gets from the database, so that any number of bot processes can share it:

- an event id is claimed with INSERT ... ON CONFLICT DO NOTHING inside the event's transaction: a
  second claim of the same id, by any process, waits for the first transaction and then finds it;
- `get_person` first takes a transaction-scoped advisory lock on the person (known or not yet), so
  two processes never interleave one person's steps, nor both create the same person;
- a broadcast job is claimed with FOR UPDATE SKIP LOCKED (storage.broadcasts);
- signer numbers come from an identity sequence: unique across processes, never reused;
- migrations run under an advisory lock, so instances starting together apply each one once.

Connection failures, a read-only or full server become StorageUnavailable: nothing was committed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg

from storage import reports
from storage.base import PersonRecord, SignatureRecord, StorageUnavailable, Totals
from storage.broadcasts import Broadcasts
from storage.dashboard import Dashboard
from storage.migrations import load_migrations
from storage.organizer_store import OrganizerStore
from storage.sql import PostgresSql, rows_changed

SCHEMES = ("postgresql://", "postgres://")
POOL_SIZE = 10  # connections per process; each serves one transaction at a time
# Errors meaning "the database cannot take this now", as opposed to a bug or a broken constraint.
UNAVAILABLE: tuple[type[BaseException], ...] = (
    OSError,  # refused, reset, timed out (TimeoutError is an OSError)
    asyncpg.PostgresConnectionError,
    asyncpg.OperatorInterventionError,  # shutting down, starting up, crashed
    asyncpg.InsufficientResourcesError,  # disk full, out of memory, too many connections
    asyncpg.ReadOnlySQLTransactionError,  # a standby, or default_transaction_read_only
    asyncpg.InvalidAuthorizationSpecificationError,  # wrong user or password
    asyncpg.InvalidCatalogNameError,  # no such database
)


def lock_key(text: str) -> int:
    """A stable 64-bit advisory lock key for a name (the same in every process and Python version)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


MIGRATION_LOCK = lock_key("petition-bot:migrations")


def describe(url: str) -> str:
    """Name a database for messages without its password: host:port/database."""
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or '/'}"


def _person(row: Any) -> PersonRecord:
    return PersonRecord(
        id=row[0], platform=row[1], user_id=row[2], language=row[3], step=row[4], position=row[5],
        draft=json.loads(row[6]), updates=row[7], reachable=row[8], referred_by=row[9],
    )


class PostgresTransaction:
    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.broadcasts = Broadcasts(PostgresSql(conn))
        self.dashboard = Dashboard(PostgresSql(conn))
        self.organizing = OrganizerStore(self.broadcasts.sql)

    async def claim_event(self, platform: str, event_id: str, at: datetime) -> bool:
        status = await self._conn.execute(
            "INSERT INTO processed_events (platform, event_id, processed_at) VALUES ($1, $2, $3)"
            " ON CONFLICT DO NOTHING",
            platform, event_id, at,
        )
        return rows_changed(status) == 1

    async def _hold(self, platform: str, user_id: str) -> None:
        """Wait for and hold the person's lock until this transaction ends."""
        await self._conn.execute("SELECT pg_advisory_xact_lock($1)", lock_key(f"person:{platform}:{user_id}"))

    async def get_person(self, platform: str, user_id: str) -> PersonRecord | None:
        # The lock is its own statement: a READ COMMITTED statement reads the data as of its start,
        # so the SELECT below, begun after the lock is granted, sees what the previous holder committed.
        await self._hold(platform, user_id)
        row = await self._conn.fetchrow(
            "SELECT id, platform, user_id, language, step, position, draft, updates, reachable, referred_by"
            " FROM people WHERE platform = $1 AND user_id = $2",
            platform, user_id,
        )
        return _person(row) if row is not None else None

    async def save_person(self, person: PersonRecord, at: datetime) -> PersonRecord:
        values = (
            person.language, person.step, person.position, json.dumps(person.draft, ensure_ascii=False),
            person.updates, person.reachable, person.referred_by, at,
        )
        if person.id is not None:
            await self._conn.execute(
                "UPDATE people SET language = $1, step = $2, position = $3, draft = $4, updates = $5,"
                " reachable = $6, referred_by = $7, updated_at = $8 WHERE id = $9",
                *values, person.id,
            )
            return person
        new_id = await self._conn.fetchval(
            "INSERT INTO people (language, step, position, draft, updates, reachable, referred_by, updated_at,"
            " platform, user_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $8) RETURNING id",
            *values, person.platform, person.user_id,
        )
        return replace(person, id=int(new_id))

    async def _signature_where(self, condition: str, value: object) -> SignatureRecord | None:
        row = await self._conn.fetchrow(
            "SELECT number, person_id, name, prefecture, consent_version, consented_at, signed_at,"
            f" referral_code, referred_by FROM signatures WHERE {condition} = $1",
            value,
        )
        return SignatureRecord(*row) if row is not None else None

    async def get_signature(self, person_id: int) -> SignatureRecord | None:
        return await self._signature_where("person_id", person_id)

    async def signature_by_code(self, referral_code: str) -> SignatureRecord | None:
        return await self._signature_where("referral_code", referral_code)

    async def count_referrals(self, referral_code: str) -> int:
        return int(await self._conn.fetchval("SELECT count(*) FROM signatures WHERE referred_by = $1", referral_code))

    async def set_reachable(self, platform: str, user_id: str, reachable: bool, at: datetime) -> bool:
        await self._hold(platform, user_id)  # not between another transaction's read and write of the person
        status = await self._conn.execute(
            "UPDATE people SET reachable = $1, updated_at = $2 WHERE platform = $3 AND user_id = $4",
            reachable, at, platform, user_id,
        )
        return rows_changed(status) == 1

    async def bump_counter(self, name: str, by: int = 1) -> int:
        value = await self._conn.fetchval(
            "INSERT INTO counters (name, value) VALUES ($1, $2)"
            " ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value RETURNING value",
            name, by,
        )
        return int(value)

    async def counter(self, name: str) -> int:
        value = await self._conn.fetchval("SELECT value FROM counters WHERE name = $1", name)
        return int(value) if value is not None else 0

    async def add_signature(
        self, person_id: int, name: str, prefecture: str | None, consent_version: str,
        consented_at: datetime, signed_at: datetime, referral_code: str, referred_by: str | None,
    ) -> int:
        number = await self._conn.fetchval(
            "INSERT INTO signatures (person_id, name, prefecture, consent_version, consented_at, signed_at,"
            " referral_code, referred_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING number",
            person_id, name, prefecture, consent_version, consented_at, signed_at, referral_code, referred_by,
        )
        return int(number)

    async def delete_signature(self, person_id: int, platform: str, at: datetime) -> bool:
        status = await self._conn.execute("DELETE FROM signatures WHERE person_id = $1", person_id)
        if rows_changed(status) != 1:
            return False
        await self._conn.execute("INSERT INTO withdrawals (platform, withdrawn_at) VALUES ($1, $2)", platform, at)
        return True

    async def count_signatures(self) -> int:
        return int(await self._conn.fetchval("SELECT count(*) FROM signatures"))


class PostgresRepository:
    def __init__(self, url: str, pool_size: int = POOL_SIZE) -> None:
        if not url.startswith(SCHEMES):
            raise ValueError("a PostgreSQL URL starts with postgresql://")
        self.url = url
        self.pool_size = pool_size
        self.applied: list[str] = []  # migrations applied by the last open()
        self._pool: Any = None

    def __repr__(self) -> str:
        return f"PostgresRepository({describe(self.url)})"

    async def open(self) -> None:
        try:
            self._pool = await asyncpg.create_pool(
                self.url, min_size=1, max_size=self.pool_size, command_timeout=60,
                server_settings={"application_name": "petition-bot"},
            )
        except UNAVAILABLE as error:
            raise StorageUnavailable(f"PostgreSQL at {describe(self.url)} cannot be used: {error}") from error
        try:
            await self._migrate()
        except BaseException:
            await self.close()
            raise

    async def _migrate(self) -> None:
        known = load_migrations("postgres")
        async with self._connection() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
            if not await conn.fetchval("SELECT to_regclass('schema_migrations') IS NOT NULL"):
                await conn.execute(
                    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
                )
            current = int(await conn.fetchval("SELECT coalesce(max(version), 0) FROM schema_migrations"))
            if current > len(known):
                raise ValueError(f"the database schema is at version {current}, newer than this bot knows "
                                 f"({len(known)}): update the bot before starting it")
            self.applied = []
            for migration in known[current:]:
                await conn.execute(migration.sql)
                await conn.execute("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                                   migration.version, migration.name)
                self.applied.append(migration.name)

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[Any]:
        """A connection from the pool; failures to reach the server become StorageUnavailable."""
        if self._pool is None:
            raise RuntimeError("the repository is not open")
        try:
            async with self._pool.acquire() as conn:
                yield conn
        except StorageUnavailable:
            raise
        except UNAVAILABLE as error:
            raise StorageUnavailable(f"PostgreSQL at {describe(self.url)}: {error}") from error

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PostgresTransaction]:
        async with self._connection() as conn, conn.transaction():
            yield PostgresTransaction(conn)

    @asynccontextmanager
    async def _snapshot(self) -> AsyncIterator[PostgresSql]:
        """A read-only transaction seeing one consistent snapshot, for reports."""
        async with self._connection() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
            yield PostgresSql(conn)

    @asynccontextmanager
    async def reading_broadcasts(self) -> AsyncIterator[Broadcasts]:
        async with self._snapshot() as sql:
            yield Broadcasts(sql)

    async def totals(self) -> Totals:
        async with self._snapshot() as sql:
            row = await sql.fetchrow(
                "SELECT (SELECT count(*) FROM signatures), (SELECT count(*) FROM people),"
                " (SELECT count(*) FROM withdrawals)"
            )
        assert row is not None
        return Totals(signatures=int(row[0]), people=int(row[1]), withdrawals=int(row[2]))

    async def stats(self) -> reports.Stats:
        async with self._snapshot() as sql:
            return await reports.collect_stats(sql)

    async def export_rows(self) -> AsyncIterator[reports.ExportRow]:
        """Yield every standing signature, from one snapshot (others keep writing meanwhile)."""
        async with self._snapshot() as sql:
            async for row in reports.export_rows(sql):
                yield row

    async def add_audit(self, at: datetime, actor: str, action: str, detail: str, count: int) -> None:
        async with self._connection() as conn, conn.transaction():
            await reports.add_audit(PostgresSql(conn), at, actor, action, detail, count)

    async def audit(self, limit: int = 200) -> list[reports.AuditEntry]:
        async with self._snapshot() as sql:
            return await reports.audit_entries(sql, limit)

    async def integrity_check(self) -> list[str]:
        """PostgreSQL checks its own pages; this checks that the server answers and the schema is complete."""
        version, known = await self.schema_version(), len(load_migrations("postgres"))
        if version != known:
            return [f"schema version {version}, expected {known}"]
        async with self._snapshot() as sql:
            await sql.fetch("SELECT count(*) FROM people")
        return ["ok"]

    async def backup(self, target: Path) -> None:
        raise ValueError(
            "run_bot.py backup copies a SQLite database; for PostgreSQL use pg_dump, for example "
            f"pg_dump --format=custom --file={target} \"$DATABASE_URL\" (restore with pg_restore)"
        )

    async def purge_before(self, cutoff: datetime, dry_run: bool) -> int:
        """Delete the signatures (names, prefectures, links to accounts) made before `cutoff`."""
        async with self._connection() as conn, conn.transaction():
            count = int(await conn.fetchval("SELECT count(*) FROM signatures WHERE signed_at < $1", cutoff))
            if not dry_run and count:
                await conn.execute("DELETE FROM signatures WHERE signed_at < $1", cutoff)
                await conn.execute(
                    "INSERT INTO counters (name, value) VALUES ('purged_signatures', $1)"
                    " ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value",
                    count,
                )
            return count

    async def schema_version(self) -> int:
        async with self._connection() as conn:
            exists = await conn.fetchval("SELECT to_regclass('schema_migrations') IS NOT NULL")
            if not exists:
                return 0
            return int(await conn.fetchval("SELECT coalesce(max(version), 0) FROM schema_migrations"))

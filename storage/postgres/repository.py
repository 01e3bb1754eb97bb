"""The repository on PostgreSQL through asyncpg: for hosts without a lasting disk, or several instances.

A pool of connections; every transaction takes one (READ COMMITTED). What SQLite gets from having
one writer at a time, this gets from the database, so that any number of bot processes can share it:

- an event id is claimed with INSERT ... ON CONFLICT DO NOTHING inside the event's transaction: a
  second claim of the same id, by any process, waits for the first transaction and then finds it;
- `get_person` first takes a transaction-scoped advisory lock on the person (known or not yet), so
  two processes never interleave one person's steps, nor both create the same person;
- an event is read without a lock and written in one message with its claim, which checks under the
  same lock that the person is unchanged (storage/postgres/optimistic.py): two round trips, and a
  connection goes back to the pool without asyncpg's reset query (`PlainConnection`);
- a broadcast job is claimed with FOR UPDATE SKIP LOCKED (storage.broadcasts);
- signer numbers come from an identity sequence: unique across processes, never reused;
- migrations run under an advisory lock, so instances starting together apply each one once.

Connection failures, a read-only or full server become StorageUnavailable: nothing was committed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import asyncpg

from storage import people, reports
from storage.base import StorageUnavailable, Totals
from storage.broadcasts import Broadcasts
from storage.migrations import load_migrations
from storage.postgres.compact import COMPACT_LOCK_WAIT, compact_tables
from storage.postgres.connection import MIGRATION_LOCK, SCHEMES, UNAVAILABLE, PlainConnection, describe
from storage.postgres.optimistic import OptimisticSql
from storage.postgres.transaction import PostgresTransaction
from storage.sql import PostgresSql
from storage.transaction import purge_signatures

POOL_SIZE = 10  # connections per process by default (DATABASE_POOL_SIZE); each serves one transaction at a time


class PostgresRepository:
    def __init__(self, url: str, pool_size: int = POOL_SIZE) -> None:
        if not url.startswith(SCHEMES):
            raise ValueError("a PostgreSQL URL starts with postgresql://")
        self.url = url
        self.pool_size = pool_size
        self.applied: list[str] = []  # migrations applied by the last open()
        self._pool: Any = None
        self._erased = people.Erased()  # personal data deleted by this process and not yet compacted away

    def __repr__(self) -> str:
        return f"PostgresRepository({describe(self.url)})"

    async def open(self) -> None:
        try:
            self._pool = await asyncpg.create_pool(
                self.url, min_size=1, max_size=self.pool_size, command_timeout=60, connection_class=PlainConnection,
                server_settings={"application_name": "petition-bot",
                                 "standard_conforming_strings": "on"},  # storage/postgres/literals.py
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
        """A transaction that begins when a statement must answer (storage/postgres/optimistic.py)."""
        async with self._connection() as conn:
            sql = OptimisticSql(conn)
            try:
                yield PostgresTransaction(sql, self._erased)
            except BaseException as failure:
                await sql.end(failure)
                raise
            await sql.end(None)

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
                " (SELECT coalesce(sum(n), 0) FROM withdrawal_days)"
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

    async def tidy(self, drafts_idle_since: datetime, events_before: datetime) -> people.Tidied:
        """Clear abandoned drafts, forget old event ids; compact if this process deleted personal data."""
        async with self._connection() as conn, conn.transaction():
            done = await people.tidy(PostgresSql(conn), drafts_idle_since, events_before)
        if done.drafts:
            self._erased.deleted()
        if self._erased.due:
            await self.compact(lock_timeout=COMPACT_LOCK_WAIT)
        return done

    async def compact(self, lock_timeout: float | None = None) -> str:
        """Rewrite the personal tables without their dead rows, then checkpoint (storage/postgres/compact.py)."""
        async with self._connection() as conn:
            report = await compact_tables(conn, lock_timeout)
        if report is not None:
            self._erased.due = max(0, self._erased.due - 1)
        return report or "PostgreSQL: the personal tables are in use; nothing was compacted, try again later."

    async def purge_before(self, cutoff: datetime, dry_run: bool) -> int:
        """Delete the signatures (names, prefectures, links to accounts) made before `cutoff`."""
        async with self.transaction() as tx:
            count = await purge_signatures(tx.sql, cutoff, dry_run)
        if count and not dry_run:
            self._erased.deleted()
        return count

    async def schema_version(self) -> int:
        async with self._connection() as conn:
            exists = await conn.fetchval("SELECT to_regclass('schema_migrations') IS NOT NULL")
            if not exists:
                return 0
            return int(await conn.fetchval("SELECT coalesce(max(version), 0) FROM schema_migrations"))

"""One small query interface over both backends, so broadcast and report SQL is written once.

Queries use `?` placeholders; the PostgreSQL side numbers them ($1, $2, ...). Timestamps go in as
aware datetimes (SQLite stores them as ISO text, PostgreSQL as timestamptz) and come out through
`as_datetime`. Booleans are compared with TRUE and FALSE, which SQLite (3.23+) reads as 1 and 0.
What differs beyond that is named here: row locking, and reading recipients through an index.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, Protocol

import aiosqlite

from storage.sqlite.group import Direct

Row = Sequence[Any]


class Sql(Protocol):
    dialect: str  # "sqlite" or "postgres"
    skip_locked: str  # appended to a SELECT that claims rows: other transactions skip them instead of waiting
    recipients_by_state: str  # FROM clause: broadcast recipients, read through their (job, platform, state) index

    async def fetch(self, query: str, *args: Any) -> list[Row]: ...

    async def fetchrow(self, query: str, *args: Any) -> Row | None: ...

    async def execute(self, query: str, *args: Any) -> int:
        """Run a statement; return how many rows it changed."""

    async def write(self, query: str, *args: Any) -> None:
        """Run a statement whose outcome nobody reads (PostgreSQL may send it with the commit)."""

    async def insert(self, query: str, *args: Any, key: str = "id") -> int:
        """Run an INSERT into a table whose integer primary key is `key`; return the new row's key."""

    async def hold(self, name: str) -> None:
        """Wait for and hold a lock on `name` until the transaction ends (SQLite: one writer already)."""

    async def executemany(self, query: str, rows: Iterable[Sequence[Any]]) -> None: ...

    def stream(self, query: str, *args: Any, chunk: int = 5000) -> AsyncIterator[Row]:
        """Yield the rows of a large result a chunk at a time."""


def as_datetime(value: str | datetime) -> datetime:
    """A stored timestamp as a datetime (SQLite keeps ISO text)."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


async def scalar(sql: Sql, query: str, *args: Any) -> int:
    """The first column of the first row as an int (0 for no row or NULL)."""
    row = await sql.fetchrow(query, *args)
    return int(row[0]) if row and row[0] is not None else 0


def lock_key(text: str) -> int:
    """A stable 64-bit advisory lock key for a name (the same in every process and Python version)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


def _sqlite_args(args: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(arg.isoformat() if isinstance(arg, datetime) else arg for arg in args)


class SqliteSql:
    """The interface on an aiosqlite connection (inside the repository's lock)."""

    dialect = "sqlite"
    skip_locked = ""  # SQLite has one writer at a time: a claim is already exclusive
    # Without statistics SQLite reads a job's recipients by primary key to avoid sorting by person id,
    # filtering 100,000 rows for the next 500 pending ones; the state index already gives them in order.
    recipients_by_state = "broadcast_recipients INDEXED BY broadcast_recipients_state"

    def __init__(self, db: aiosqlite.Connection | Direct) -> None:
        self.db = db

    async def fetch(self, query: str, *args: Any) -> list[Row]:
        cursor = await self.db.execute(query, _sqlite_args(args))
        return list(await cursor.fetchall())

    async def fetchrow(self, query: str, *args: Any) -> Row | None:
        cursor = await self.db.execute(query, _sqlite_args(args))
        row = await cursor.fetchone()
        return tuple(row) if row is not None else None

    async def execute(self, query: str, *args: Any) -> int:
        cursor = await self.db.execute(query, _sqlite_args(args))
        return cursor.rowcount

    async def write(self, query: str, *args: Any) -> None:
        await self.db.execute(query, _sqlite_args(args))

    async def insert(self, query: str, *args: Any, key: str = "id") -> int:
        cursor = await self.db.execute(query, _sqlite_args(args))  # `key` is the rowid's alias
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    async def hold(self, name: str) -> None:
        return None

    async def executemany(self, query: str, rows: Iterable[Sequence[Any]]) -> None:
        await self.db.executemany(query, [_sqlite_args(row) for row in rows])

    async def stream(self, query: str, *args: Any, chunk: int = 5000) -> AsyncIterator[Row]:
        cursor = await self.db.execute(query, _sqlite_args(args))
        while rows := await cursor.fetchmany(chunk):
            for row in rows:
                yield tuple(row)


@lru_cache(maxsize=512)
def numbered(query: str) -> str:
    """Turn `?` placeholders into PostgreSQL's $1, $2, ... (the queries here hold no `?` in strings)."""
    parts = query.split("?")
    return "".join(part + (f"${n}" if n < len(parts) else "") for n, part in enumerate(parts, start=1))


def rows_changed(status: str) -> int:
    """The row count at the end of a PostgreSQL command status such as 'UPDATE 3' or 'INSERT 0 1'."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class PostgresSql:
    """The interface on an asyncpg connection, inside a transaction."""

    dialect = "postgres"
    skip_locked = " FOR UPDATE SKIP LOCKED"
    recipients_by_state = "broadcast_recipients"

    def __init__(self, conn: Any) -> None:  # asyncpg.Connection (or a pool's proxy of one)
        self.conn = conn

    async def fetch(self, query: str, *args: Any) -> list[Row]:
        return list(await self.conn.fetch(numbered(query), *args))

    async def fetchrow(self, query: str, *args: Any) -> Row | None:
        row = await self.conn.fetchrow(numbered(query), *args)
        return tuple(row) if row is not None else None

    async def execute(self, query: str, *args: Any) -> int:
        return rows_changed(await self.conn.execute(numbered(query), *args))

    async def write(self, query: str, *args: Any) -> None:
        await self.conn.execute(numbered(query), *args)

    async def insert(self, query: str, *args: Any, key: str = "id") -> int:
        return int(await self.conn.fetchval(numbered(f"{query} RETURNING {key}"), *args))

    async def hold(self, name: str) -> None:
        # Its own statement: a READ COMMITTED statement reads the data as of its start, so the next
        # one, begun after the lock is granted, sees what the previous holder committed.
        await self.conn.execute("SELECT pg_advisory_xact_lock($1)", lock_key(name))

    async def executemany(self, query: str, rows: Iterable[Sequence[Any]]) -> None:
        batch = [tuple(row) for row in rows]
        if batch:
            await self.conn.executemany(numbered(query), batch)

    async def stream(self, query: str, *args: Any, chunk: int = 5000) -> AsyncIterator[Row]:
        async for row in self.conn.cursor(numbered(query), *args, prefetch=chunk):
            yield tuple(row)

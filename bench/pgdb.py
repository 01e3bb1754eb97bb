"""PostgreSQL for the benchmark: a throwaway database per scenario on the local server, and its counts.

The server is `BENCH_POSTGRES_URL` (default postgresql://postgres@127.0.0.1:5432/postgres, trust
auth, as the tests use). Each database is made empty, named after the run, and dropped at the end.
The counts mirror what bench/run.py reads from SQLite, so both backends are checked the same way.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg

ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _url(name: str) -> str:
    parts = urlsplit(ADMIN_URL)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


async def _admin(statement: str) -> None:
    conn = await asyncpg.connect(ADMIN_URL, timeout=10)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


@contextmanager
def database(label: str) -> Iterator[str]:
    """An empty database for one scenario; its URL. Dropped afterwards (connections closed first)."""
    name = f"bench_{label}_{secrets.token_hex(4)}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    try:
        yield _url(name)
    finally:
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def _fetchval(url: str, query: str, *args: Any) -> Any:
    conn = await asyncpg.connect(url, timeout=10)
    try:
        return await conn.fetchval(query, *args)
    finally:
        await conn.close()


def fetchval(url: str, query: str, *args: Any) -> Any:
    """One value from the database at `url` (a short connection of its own)."""
    return asyncio.run(_fetchval(url, query, *args))


def line_signed(url: str, prefix: str) -> int:
    """Signatures of the LINE people whose user ids start with U + prefix."""
    return int(fetchval(url, "SELECT count(*) FROM signatures s JOIN people p ON p.id = s.person_id"
                             " WHERE p.platform = 'line' AND p.user_id LIKE $1", f"U{prefix}%"))


def telegram_signed(url: str, first: int, span: int = 10_000_000) -> int:
    """Signatures of the Telegram people with ids from `first` to `first + span`."""
    return int(fetchval(url, "SELECT count(*) FROM signatures s JOIN people p ON p.id = s.person_id"
                             " WHERE p.platform = 'telegram' AND p.user_id::bigint BETWEEN $1 AND $2",
                        first, first + span))


def duplicates(url: str) -> int:
    """People with more than one signature (0 while the unique constraint holds; checked anyway)."""
    return int(fetchval(url, "SELECT count(*) FROM (SELECT person_id FROM signatures GROUP BY person_id"
                             " HAVING count(*) > 1) d"))


def seed_from_sqlite(sqlite_db: Path, url: str) -> None:
    """Copy a seeded SQLite database into the empty PostgreSQL one, as `run_bot.py copy-db` does."""
    from storage.postgres.copy import copy_database

    asyncio.run(copy_database(f"sqlite:///{sqlite_db}", url, say=lambda line: None))

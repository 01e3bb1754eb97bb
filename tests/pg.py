"""PostgreSQL for tests: a throwaway database on the server at 127.0.0.1, made per test run, dropped after.

The server is `TEST_POSTGRES_URL` (default postgresql://postgres@127.0.0.1:5432/postgres, trust auth),
which `.ci/run` starts when it is down. When it cannot be reached, the tests that need it are skipped
with the reason, except in CI (CI=true), where they fail: CI must run them.

`pg_url` gives each test an empty database (its schema dropped and made again), so every test
starts from migration 0001.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
T = TypeVar("T")


def run_sync(make: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to the end from sync code, even while the test's event loop is running."""

    async def main() -> T:
        return await make()

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result()


def database_url(name: str) -> str:
    parts = urlsplit(ADMIN_URL)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


async def _admin(*statements: str) -> None:
    conn = await asyncpg.connect(ADMIN_URL, timeout=5)
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


async def _sql(url: str, *statements: str) -> None:
    conn = await asyncpg.connect(url, timeout=5)
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


@dataclass
class PgServer:
    databases: list[str] = field(default_factory=list)

    def new_database(self) -> str:
        """Create an empty throwaway database and return its URL (dropped at the end of the run)."""
        name = f"petition_test_{os.getpid()}_{secrets.token_hex(4)}"
        run_sync(lambda: _admin(f'CREATE DATABASE "{name}"'))
        self.databases.append(name)
        return database_url(name)

    def drop_all(self) -> None:
        for name in self.databases:
            run_sync(lambda name=name: _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))  # type: ignore[misc]
        self.databases.clear()


def _unreachable() -> str | None:
    try:
        run_sync(lambda: _admin("SELECT 1"))
    except Exception as error:  # refused, no such user, wrong password...
        return f"{type(error).__name__}: {error}"
    return None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    problem = _unreachable()
    if problem is not None:
        parts = urlsplit(ADMIN_URL)
        where = f"{parts.hostname}:{parts.port or 5432}"  # never the password
        reason = (f"PostgreSQL at {where} is not reachable ({problem}); start it with "
                  "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` or set TEST_POSTGRES_URL")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
        pytest.skip(reason)
    server = PgServer()
    try:
        yield server
    finally:
        server.drop_all()


@pytest.fixture(scope="session")
def pg_database(pg_server: PgServer) -> str:
    """The run's throwaway database."""
    return pg_server.new_database()


@pytest.fixture
def pg_url(pg_database: str) -> str:
    """The run's throwaway database, emptied for this test."""
    run_sync(lambda: _sql(pg_database, "SET default_transaction_read_only = off",
                          "DROP SCHEMA public CASCADE", "CREATE SCHEMA public"))
    return pg_database

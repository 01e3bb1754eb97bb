"""Storage behind a small repository interface: SQLite (aiosqlite) or PostgreSQL (asyncpg)."""

from __future__ import annotations

from storage.base import PersonRecord, Repository, SignatureRecord, StorageUnavailable, Totals, Transaction
from storage.sqlite.repository import SqliteRepository

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_repository(url: str, pool_size: int = 10) -> Repository:
    """Make the repository a DATABASE_URL names (not yet opened); `pool_size` is for PostgreSQL."""
    if url.startswith("sqlite:"):
        return SqliteRepository(url)
    if url.startswith(POSTGRES_SCHEMES):
        from storage.postgres.repository import PostgresRepository  # asyncpg is loaded only when PostgreSQL is used

        return PostgresRepository(url, pool_size)
    raise ValueError(
        f"unsupported DATABASE_URL scheme: {url.split(':', 1)[0]!r} (use sqlite:///path.db or postgresql://…)"
    )


__all__ = [
    "PersonRecord", "Repository", "SignatureRecord", "SqliteRepository", "StorageUnavailable", "Totals",
    "Transaction", "open_repository",
]

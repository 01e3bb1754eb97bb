"""Storage behind a small repository interface; SQLite (aiosqlite) is the implementation."""

from __future__ import annotations

from storage.base import PersonRecord, Repository, SignatureRecord, Totals, Transaction
from storage.sqlite import SqliteRepository


def open_repository(url: str) -> SqliteRepository:
    """Make the repository a DATABASE_URL names (not yet opened)."""
    if url.startswith("sqlite:"):
        return SqliteRepository(url)
    raise ValueError(f"unsupported DATABASE_URL scheme: {url.split(':', 1)[0]!r} (use sqlite:///path.db)")


__all__ = [
    "PersonRecord", "Repository", "SignatureRecord", "SqliteRepository", "Totals", "Transaction", "open_repository",
]

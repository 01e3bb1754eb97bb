"""Connecting to PostgreSQL: which errors mean "unavailable", pooled connections, the migration lock, names.

Used by the repository (storage/postgres/repository.py) and by copying a campaign over (copy.py).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import asyncpg

from storage.sql import lock_key

SCHEMES = ("postgresql://", "postgres://")
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


class PlainConnection(asyncpg.Connection):  # type: ignore[misc]
    """A pooled connection returned without a reset query (one round trip less per transaction).

    asyncpg resets a released connection (unlock advisory locks, close cursors, unlisten, reset
    settings); this bot leaves none of these behind: its locks and cursors live in transactions,
    which end before release (asyncpg still rolls back one left open), and it sets and listens to nothing.
    """

    def get_reset_query(self) -> str:
        return ""


MIGRATION_LOCK = lock_key("petition-bot:migrations")


def describe(url: str) -> str:
    """Name a database for messages without its password: host:port/database."""
    parts = urlsplit(url)
    return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path or '/'}"

"""Deleted personal data leaves the SQLite files at once, not hundreds of events later.

Every connection sets `secure_delete`, so SQLite overwrites deleted content with zeros in the pages it
writes (whatever the library's build default). Those pages go to the write-ahead log first, while older
copies of them (holding the deleted name) stay in the log until a checkpoint; so after a withdrawal,
abandoned drafts cleared or a purge, the repository checkpoints the log into the database file and
truncates it to nothing (`PRAGMA wal_checkpoint(TRUNCATE)`), right after the commit.
"""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)

# Set on every connection that writes: the journal, durable commits, foreign keys, zeroed deletions.
PRAGMAS = ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "secure_delete = ON")


class Executes(Protocol):
    async def execute(self, sql: str) -> object: ...


class Scrubber:
    """Remembers that personal data was deleted, and wipes the log once the deletion is committed."""

    def __init__(self) -> None:
        self.due = False

    async def run(self, db: Executes) -> bool:
        """Checkpoint and truncate the write-ahead log; False if a reader kept part of it (tried again later)."""
        cursor = await db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        row = await cursor.fetchone()  # type: ignore[attr-defined]
        busy = bool(row and row[0])
        self.due = busy
        if busy:
            log.warning("the write-ahead log could not be emptied now (a reader holds it); trying again later")
        return not busy

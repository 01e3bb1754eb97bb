"""Deleted personal data leaves the SQLite files at once, not hundreds of events later.

Every connection sets `secure_delete`, so SQLite overwrites deleted content with zeros in the pages it
writes (whatever the library's build default). Those pages go to the write-ahead log first, while older
copies of them (holding the deleted name) stay in the log until a checkpoint; so after a withdrawal,
abandoned drafts cleared or a purge, the repository checkpoints the log into the database file and
truncates it to nothing (`PRAGMA wal_checkpoint(TRUNCATE)`), right after the commit. While another process
reads the database (an export, a backup), that cannot finish: the serving process's upkeep tries again.
"""

from __future__ import annotations

import logging
from typing import Protocol

from storage.sqlite.group import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)

# Set on every connection that writes: the journal, durable commits, foreign keys, zeroed deletions.
PRAGMAS = ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "secure_delete = ON")
CHECKPOINT_WAIT_MS = 200


class Executes(Protocol):
    async def execute(self, sql: str) -> object: ...


async def _pragma(db: Executes, pragma: str) -> list[tuple[int, ...]]:
    """Run a pragma and read its rows to the end, so that no statement stays in progress (VACUUM needs none)."""
    cursor = await db.execute(f"PRAGMA {pragma}")
    return list(await cursor.fetchall())  # type: ignore[attr-defined]


class Scrubber:
    """Remembers that personal data was deleted, and wipes the log once the deletion is committed."""

    def __init__(self) -> None:
        self.due = False  # wipe after the current commit
        self.retry = False  # a reader (another process) held the log: upkeep tries again

    def deleted(self) -> None:
        """Personal data was deleted: wipe the log once the deletion is committed."""
        self.due = True

    async def run(self, db: Executes) -> bool:
        """Checkpoint and truncate the write-ahead log; False if a reader held part of it (upkeep tries again).
        It waits for readers briefly only: the bot's other events are waiting meanwhile."""
        await _pragma(db, f"busy_timeout = {CHECKPOINT_WAIT_MS}")
        try:
            rows = await _pragma(db, "wal_checkpoint(TRUNCATE)")
        finally:
            await _pragma(db, f"busy_timeout = {BUSY_TIMEOUT_MS}")
        busy = bool(rows and rows[0][0])
        self.due, self.retry = False, busy
        if busy:
            log.warning("the write-ahead log could not be emptied now (a reader holds it); trying again later")
        return not busy

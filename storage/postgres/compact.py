"""PostgreSQL keeps deleted rows in the tables' files until a vacuum rewrites them: compact the personal tables.

A DELETE or UPDATE leaves the old row version (a "dead tuple", with the name in it) in the table's file;
plain VACUUM (autovacuum) only marks its space reusable, so the bytes stay until overwritten. VACUUM FULL
writes each table anew without them and drops the old files; CHECKPOINT then writes out what is in memory.
The write-ahead log (pg_wal) still holds the old rows until its segments are recycled and overwritten, and
any WAL archive, replica or dump holds them as long as it is kept: docs/security.md says so.
"""

from __future__ import annotations

import logging
from typing import Any

import asyncpg

from storage.people import PERSONAL_TABLES

log = logging.getLogger(__name__)
COMPACT_LOCK_WAIT = 2.0  # seconds the serving process's VACUUM FULL waits for a table's lock, then tries later


async def compact_tables(conn: Any, lock_timeout: float | None = None) -> str | None:
    """VACUUM FULL the personal tables and CHECKPOINT; None if a lock was not granted within `lock_timeout`."""
    try:
        if lock_timeout is not None:
            await conn.execute(f"SET lock_timeout = '{int(lock_timeout * 1000)}ms'")
        await conn.execute(f"VACUUM FULL {', '.join(PERSONAL_TABLES)}")  # the names come from a constant
    except asyncpg.LockNotAvailableError:
        log.warning("compacting the personal tables waited too long for a lock; trying again later")
        return None
    finally:
        await conn.execute("RESET lock_timeout")
    try:
        await conn.execute("CHECKPOINT")
    except asyncpg.InsufficientPrivilegeError:
        return ("PostgreSQL: the personal tables were rewritten (VACUUM FULL); CHECKPOINT needs a superuser or "
                "the pg_checkpoint role: ask the database's administrator to run it.")
    return "PostgreSQL: the personal tables were rewritten (VACUUM FULL) and a checkpoint written."

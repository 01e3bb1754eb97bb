"""Group commit and direct statements for the SQLite repository (see storage/sqlite/repository.py).

Under load the event loop is busy, and every trip of a statement to aiosqlite's thread then waits for
the GIL and for the loop's turn (milliseconds each) while the repository's lock is held: a handful of
such trips per event made SQLite, not the CPU, the limit. So an event's short, indexed statements
run directly on the loop's thread (`Direct`; every statement inside a transaction does, so that a
task cancelled inside one never leaves a statement running in the other thread while its savepoint
is rolled back), and transactions that finish close together share one
COMMIT: each runs in its own SAVEPOINT inside one BEGIN IMMEDIATE, and its caller resumes only once
the COMMIT that includes it is done, so nothing is acknowledged before it is durable. A member that
fails rolls back to its savepoint alone; a COMMIT that fails fails every member of its group.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import aiosqlite

BUSY_TIMEOUT_MS = 5000


class Direct:
    """aiosqlite's `execute` and cursor calls, done at once on the calling thread."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, parameters: tuple[object, ...] = ()) -> DirectCursor:
        return DirectCursor(self._conn.execute(sql, parameters))

    async def executemany(self, sql: str, parameters: Iterable[Sequence[object]]) -> DirectCursor:
        return DirectCursor(self._conn.executemany(sql, parameters))


class DirectCursor:
    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount
        self.lastrowid = cursor.lastrowid

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def fetchmany(self, size: int) -> list[Any]:
        return self._cursor.fetchmany(size)


def raw_connection(db: aiosqlite.Connection) -> sqlite3.Connection:
    """The sqlite3 connection inside aiosqlite's (opened with check_same_thread=False)."""
    conn: sqlite3.Connection = db._conn
    return conn


class GroupCommit:
    """The open transaction shared by the members of one group, and its COMMIT. Used under the lock."""

    def __init__(self, lock: asyncio.Lock, connection: Callable[[], aiosqlite.Connection | None]) -> None:
        self._lock = lock
        self._connection = connection
        self._group: asyncio.Future[None] | None = None  # resolved by the COMMIT of the open transaction
        self._task: asyncio.Task[None] | None = None

    async def join(self, db: aiosqlite.Connection) -> asyncio.Future[None]:
        """Start a member: open the group's transaction if needed, then the member's savepoint."""
        conn = raw_connection(db)
        if self._group is None or not conn.in_transaction:
            await self._begin(db, conn)
            self._group = asyncio.get_running_loop().create_future()
            self._group.add_done_callback(_retrieve)
        group = self._group
        conn.execute("SAVEPOINT tx")
        return group

    @staticmethod
    async def _begin(db: aiosqlite.Connection, conn: sqlite3.Connection) -> None:
        """BEGIN IMMEDIATE at once if no other process writes; else wait for it in aiosqlite's thread."""
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if getattr(error, "sqlite_errorcode", None) != sqlite3.SQLITE_BUSY:
                raise
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await db.execute("BEGIN IMMEDIATE")

    def done(self, db: aiosqlite.Connection) -> None:
        """The member succeeded: keep its changes, and commit soon."""
        raw_connection(db).execute("RELEASE tx")
        self._schedule()

    def undo(self, db: aiosqlite.Connection, error: BaseException) -> None:
        """Roll back one member; if SQLite already rolled back the whole transaction, fail its group."""
        conn = raw_connection(db)
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO tx")
                conn.execute("RELEASE tx")
                self._schedule()
                return
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        group, self._group = self._group, None
        if group is not None and not group.done():
            failure = error if isinstance(error, sqlite3.Error) else sqlite3.OperationalError("rolled back")
            group.set_exception(failure)

    def _schedule(self) -> None:
        """Commit soon: transactions that run before then (waiting for the lock, or ready now) join in."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._commit_soon())

    async def _commit_soon(self) -> None:
        """COMMIT in aiosqlite's thread: the loop goes on with other work while the disk syncs."""
        async with self._lock:
            group, self._group = self._group, None
            db = self._connection()
            if group is None or db is None:
                return
            conn = raw_connection(db)
            try:
                if conn.in_transaction:
                    await db.execute("COMMIT")
            except sqlite3.Error as error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if not group.done():
                    group.set_exception(error)
            finally:
                if not group.done():
                    if conn.in_transaction:  # cancelled before the COMMIT ran
                        conn.execute("ROLLBACK")
                        group.set_exception(sqlite3.OperationalError("not committed"))
                    else:
                        group.set_result(None)

    def commit(self) -> None:
        """COMMIT the open transaction, if any (the lock is held), and tell its members how it went."""
        group, self._group = self._group, None
        db = self._connection()
        if group is None or db is None:
            return
        conn = raw_connection(db)
        try:
            if conn.in_transaction:
                conn.execute("COMMIT")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if not group.done():
                group.set_exception(error)
            return
        if not group.done():
            group.set_result(None)


def _retrieve(group: asyncio.Future[None]) -> None:
    """Mark a group's failure as seen even when no member is left to await it."""
    if not group.cancelled():
        group.exception()

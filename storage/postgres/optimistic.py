"""One event's transaction on PostgreSQL in two round trips: a read, then the writes with the claim, committed.

The first round trip reads the person outside any transaction (petition_peek, migration 0011), with
their row's version (`xmin`, which every UPDATE changes). The step is computed, and the writes whose
outcome nobody reads (`Sql.write`: the person's new state, the funnel counts) wait. At the end they go
in one simple-query message behind a call of petition_claim_verify, which PostgreSQL runs as one
implicit transaction: the call claims the event id, takes the person's lock and row lock, and checks
that the row is still the version read. If it is not, it raises and nothing is written (StaleRead: the
service runs the step once more, holding the person from the read on); if the event was applied before,
DuplicateEvent.
The writes' values are written into the script as literals (storage/postgres/literals.py), because
asyncpg binds parameters for one statement at a time.

A statement that must answer (a new row's id, a count, any read) first starts a real transaction:
BEGIN, then the same claim and check with the waiting writes in one message, then the statement, and
COMMIT at the end. A signature, a newcomer's first row and every organizer command take this path,
locked as before.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import datetime
from typing import Any

import asyncpg

from storage.base import DuplicateEvent, StaleRead
from storage.postgres.literals import inline
from storage.sql import PostgresSql, Row

_VERIFY = "SELECT petition_claim_verify(?, ?, ?, ?, ?, ?)"
_APPLIED_BEFORE, _CHANGED = "PB001", "PB002"  # SQLSTATEs raised by petition_claim_verify


def _translated(error: Exception) -> Exception:
    state: str | None = getattr(error, "sqlstate", None)
    if state == _APPLIED_BEFORE:
        return DuplicateEvent(str(error))
    if state == _CHANGED:
        return StaleRead(str(error))
    return error


class OptimisticSql(PostgresSql):
    """`Sql` on a pooled connection that begins a transaction only when a statement must answer."""

    def __init__(self, conn: Any) -> None:
        super().__init__(conn)
        self._claim: tuple[Any, ...] | None = None  # petition_claim_verify's arguments, until sent
        self._waiting: list[str] = []  # writes to send with the claim
        self._transaction: Any = None  # asyncpg's Transaction, once begun

    def expect(self, lock: int, platform: str, user_id: str, event_id: str, at: datetime, version: str | None) -> None:
        """Claim this event with the writes, provided the person's row is still at `version` (None: no row)."""
        self._claim = (lock, platform, user_id, event_id, at, version)

    async def begin(self) -> None:
        """Start the real transaction (once): the claim and check with the writes that waited, in one message."""
        if self._transaction is not None:
            return
        self._transaction = self.conn.transaction()
        await self._transaction.__aenter__()
        script = self._script()
        try:
            if script:
                await self.conn.execute(script)
        except asyncpg.PostgresError as error:
            raise _translated(error) from error

    def _script(self) -> str:
        """The claim and the waiting writes as one simple-query script ("" if none); they are sent once."""
        script = [inline(_VERIFY, self._claim)] if self._claim is not None else []
        script += self._waiting
        self._claim, self._waiting = None, []
        return ";\n".join(script)

    async def end(self, failure: BaseException | None) -> None:
        """Finish as asyncpg's `async with` would; not begun: send the claim and the writes, or drop them."""
        if self._transaction is not None:
            await self._transaction.__aexit__(type(failure) if failure else None, failure,
                                              failure.__traceback__ if failure else None)
            return
        script = self._script()
        if script and failure is None:
            try:
                await self.conn.execute(script)
            except asyncpg.PostgresError as error:
                raise _translated(error) from error

    async def write(self, query: str, *args: Any) -> None:
        if self._transaction is not None:
            await super().execute(query, *args)
        else:
            self._waiting.append(inline(query, args))

    async def fetch(self, query: str, *args: Any) -> list[Row]:
        await self.begin()
        return await super().fetch(query, *args)

    async def fetchrow(self, query: str, *args: Any) -> Row | None:
        await self.begin()
        return await super().fetchrow(query, *args)

    async def execute(self, query: str, *args: Any) -> int:
        await self.begin()
        return await super().execute(query, *args)

    async def insert(self, query: str, *args: Any, key: str = "id") -> int:
        await self.begin()
        return await super().insert(query, *args, key=key)

    async def hold(self, name: str) -> None:
        await self.begin()
        await super().hold(name)

    async def executemany(self, query: str, rows: Iterable[Sequence[Any]]) -> None:
        await self.begin()
        await super().executemany(query, rows)

    async def stream(self, query: str, *args: Any, chunk: int = 5000) -> AsyncIterator[Row]:
        await self.begin()
        async for row in super().stream(query, *args, chunk=chunk):
            yield row

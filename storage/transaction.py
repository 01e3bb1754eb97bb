"""One event's unit of work, written once for both backends: events claimed, people, signatures, counters.

Each repository opens its own kind of transaction (SQLite: a savepoint in a group commit; PostgreSQL: a
pooled connection's transaction) and hands this class a `Sql` over it. What the dialects do differently
is named on `Sql`: placeholders, booleans and timestamps on the way in and out, and `hold`, the lock
that keeps two transactions from interleaving one person's steps (an advisory lock on PostgreSQL;
nothing on SQLite, which has one writer at a time).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from storage import people
from storage.base import PersonRecord, SignatureRecord
from storage.broadcasts import Broadcasts
from storage.dashboard import Dashboard
from storage.organizer_store import OrganizerStore
from storage.sql import Row, Sql, as_datetime, scalar

_PERSON = (
    "SELECT id, platform, user_id, language, step, position, draft, updates, reachable, referred_by, funnel"
    " FROM people WHERE platform = ? AND user_id = ?"
)
_SIGNATURE = (
    "SELECT number, person_id, name, prefecture, consent_version, consented_at, signed_at, referral_code,"
    " referred_by FROM signatures WHERE "
)


def person_from_row(row: Row) -> PersonRecord:
    """A person from the columns of `_PERSON`, in that order."""
    return PersonRecord(
        id=row[0], platform=row[1], user_id=row[2], language=row[3], step=row[4], position=row[5],
        draft=json.loads(row[6]), updates=bool(row[7]), reachable=bool(row[8]), referred_by=row[9],
        funnel=int(row[10]),
    )


def _signature(row: Row) -> SignatureRecord:
    return SignatureRecord(
        row[0], row[1], row[2], row[3], row[4], as_datetime(row[5]), as_datetime(row[6]), row[7], row[8]
    )


class Erasures(Protocol):
    def deleted(self) -> None:
        """Personal data was deleted: once committed, wipe what the files still hold of it."""


class SqlTransaction:
    """The repository's `Transaction` over one backend's `Sql`."""

    def __init__(self, sql: Sql, erasures: Erasures) -> None:
        self.sql = sql
        self.broadcasts = Broadcasts(sql)
        self.dashboard = Dashboard(sql)
        self.organizing = OrganizerStore(sql)
        self._erasures = erasures

    async def claim_event(self, platform: str, event_id: str, at: datetime) -> bool:
        """Record an event id; True only for the first transaction that claims it."""
        return await self.sql.execute(
            "INSERT INTO processed_events (platform, event_id, processed_at) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            platform, event_id, at,
        ) == 1

    async def claim_and_get_person(
        self, platform: str, event_id: str, at: datetime, user_id: str, *, hold: bool = False
    ) -> tuple[bool, PersonRecord | None]:
        """`claim_event`, then (if the event is new) `get_person`, which holds the person (`hold` or not)."""
        if not await self.claim_event(platform, event_id, at):
            return False, None
        return True, await self.get_person(platform, user_id)

    async def get_person(self, platform: str, user_id: str) -> PersonRecord | None:
        """Hold the person until this transaction ends, then read them (None if new)."""
        await self.sql.hold(f"person:{platform}:{user_id}")
        row = await self.sql.fetchrow(_PERSON, platform, user_id)
        return person_from_row(row) if row is not None else None

    async def save_person(self, person: PersonRecord, at: datetime) -> PersonRecord:
        """Store a person's conversation state; a new person gets an id."""
        values = (
            person.language, person.step, person.position, json.dumps(person.draft, ensure_ascii=False),
            person.updates, person.reachable, person.referred_by, person.funnel, people.activity_day(at),
        )
        if person.id is not None:
            await self.sql.write(
                "UPDATE people SET language = ?, step = ?, position = ?, draft = ?, updates = ?,"
                " reachable = ?, referred_by = ?, funnel = ?, updated_at = ? WHERE id = ?",
                *values, person.id,
            )
            return person
        new_id = await self.sql.insert(
            "INSERT INTO people (language, step, position, draft, updates, reachable, referred_by, funnel,"
            " updated_at, platform, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            *values, person.platform, person.user_id, values[-1],
        )
        return replace(person, id=new_id)

    async def get_signature(self, person_id: int) -> SignatureRecord | None:
        row = await self.sql.fetchrow(_SIGNATURE + "person_id = ?", person_id)
        return _signature(row) if row is not None else None

    async def signature_by_code(self, referral_code: str) -> SignatureRecord | None:
        row = await self.sql.fetchrow(_SIGNATURE + "referral_code = ?", referral_code)
        return _signature(row) if row is not None else None

    async def count_referrals(self, referral_code: str) -> int:
        return await scalar(self.sql, "SELECT count(*) FROM signatures WHERE referred_by = ?", referral_code)

    async def set_reachable(self, platform: str, user_id: str, reachable: bool, at: datetime) -> bool:
        """Mark whether messages reach a person; False if the bot never met them."""
        await self.sql.hold(f"person:{platform}:{user_id}")  # not between another's read and write of them
        return await self.sql.execute(
            "UPDATE people SET reachable = ?, updated_at = ? WHERE platform = ? AND user_id = ?",
            reachable, people.activity_day(at), platform, user_id,
        ) == 1

    async def bump_counter(self, name: str, by: int = 1) -> int:
        """Add to a named counter and return its new value."""
        return await scalar(
            self.sql,
            "INSERT INTO counters (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value RETURNING value",
            name, by,
        )

    async def counter(self, name: str) -> int:
        return await scalar(self.sql, "SELECT value FROM counters WHERE name = ?", name)

    async def add_signature(
        self, person_id: int, name: str, prefecture: str | None, consent_version: str,
        consented_at: datetime, signed_at: datetime, referral_code: str, referred_by: str | None,
    ) -> int:
        """Store a signature; return its signer number."""
        return await self.sql.insert(
            "INSERT INTO signatures (person_id, name, prefecture, consent_version, consented_at, signed_at,"
            " referral_code, referred_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            person_id, name, prefecture, consent_version, consented_at, signed_at, referral_code, referred_by,
            key="number",
        )

    async def delete_signature(self, person_id: int, platform: str, at: datetime) -> bool:
        """Delete a person's signature and every trace of it (storage/people.py); False if they had none."""
        self._erasures.deleted()
        return await people.withdraw(self.sql, person_id, platform, at)

    async def count_signatures(self) -> int:
        return await scalar(self.sql, "SELECT count(*) FROM signatures")


async def purge_signatures(sql: Sql, cutoff: datetime, dry_run: bool) -> int:
    """Delete the signatures (names, prefectures, links to accounts) made before `cutoff`; return how many."""
    count = await scalar(sql, "SELECT count(*) FROM signatures WHERE signed_at < ?", cutoff)
    if not dry_run and count:
        await sql.execute("DELETE FROM signatures WHERE signed_at < ?", cutoff)
        await sql.execute("DELETE FROM signature_tallies WHERE n <= 0")
        await sql.execute(
            "INSERT INTO counters (name, value) VALUES ('purged_signatures', ?)"
            " ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value",
            count,
        )
    return count

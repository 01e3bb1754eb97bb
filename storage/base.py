"""The repository interface the service talks to, and the records it stores.

A repository hands out transactions; everything one event changes happens inside one transaction,
so an event is applied completely or not at all. Two implementations: SQLite (storage.sqlite.repository, one
process) and PostgreSQL (storage.postgres.repository, one or more processes). Both keep the same promises:

- `claim_event` returns True for exactly one transaction per (platform, event id), even when two
  processes claim the same id at once (the other waits for the first to commit, then gets False);
- a transaction that read a person with `get_person` holds that person until it ends, so two
  transactions never interleave one person's steps (SQLite: one writer at a time; PostgreSQL: a
  transaction-scoped advisory lock per person);
- a transaction that read them with `claim_and_get_person` either holds them the same way, or (PostgreSQL,
  storage/postgres/optimistic.py) writes only if they are unchanged when it commits, and raises
  StaleRead if they changed (nothing written; run the step again) or DuplicateEvent if another
  transaction applied the event meanwhile;
- a broadcast job is claimed by one worker at a time (see storage.broadcasts).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from storage.broadcasts import Broadcasts
from storage.dashboard import Dashboard
from storage.organizer_store import OrganizerStore
from storage.people import Tidied
from storage.reports import AuditEntry, ExportRow, Stats


class StorageUnavailable(OSError):
    """The database cannot be reached or cannot write now; the transaction was not committed."""


class StaleRead(Exception):
    """The person changed between the event's read and its commit; nothing was written."""


class DuplicateEvent(Exception):
    """Another transaction applied this event between its read and its commit; nothing was written."""


@dataclass(frozen=True)
class PersonRecord:
    platform: str
    user_id: str
    language: str | None = None
    step: str = "new"
    position: int = 0
    draft: dict[str, Any] = field(default_factory=dict)
    updates: bool = False
    reachable: bool = True
    referred_by: str | None = None
    id: int | None = None
    funnel: int = 0  # one bit per dashboard milestone reached (storage/dashboard.py), so each is counted once


@dataclass(frozen=True)
class SignatureRecord:
    number: int
    person_id: int
    name: str
    prefecture: str | None
    consent_version: str
    consented_at: datetime
    signed_at: datetime
    referral_code: str | None = None
    referred_by: str | None = None


@dataclass(frozen=True)
class Totals:
    signatures: int
    people: int
    withdrawals: int


class Transaction(Protocol):
    @property
    def broadcasts(self) -> Broadcasts:
        """Broadcast jobs, in this transaction."""

    @property
    def dashboard(self) -> Dashboard:
        """Dashboard sign-in links, sessions and the funnel, in this transaction."""

    @property
    def organizing(self) -> OrganizerStore:
        """Scheduled jobs, broadcast pictures and the shared sending budget, in this transaction."""

    async def claim_event(self, platform: str, event_id: str, at: datetime) -> bool:
        """Note an event id; False if it was already applied."""

    async def get_person(self, platform: str, user_id: str) -> PersonRecord | None:
        """Read a person and hold them (known or not) until the transaction ends."""

    async def claim_and_get_person(
        self, platform: str, event_id: str, at: datetime, user_id: str, *, hold: bool = False
    ) -> tuple[bool, PersonRecord | None]:
        """claim_event, then (if the event is new) get_person: one round trip where the backend allows.

        On PostgreSQL the claim waits for the commit, which raises StaleRead or DuplicateEvent then,
        unless `hold` asks to hold the person from the read on (as after a StaleRead: no third try).
        """

    async def save_person(self, person: PersonRecord, at: datetime) -> PersonRecord:
        """Insert or update a person; the returned record has its id."""

    async def get_signature(self, person_id: int) -> SignatureRecord | None: ...

    async def add_signature(
        self, person_id: int, name: str, prefecture: str | None, consent_version: str,
        consented_at: datetime, signed_at: datetime, referral_code: str, referred_by: str | None,
    ) -> int:
        """Store a signature and return its signer number (never reused)."""

    async def signature_by_code(self, referral_code: str) -> SignatureRecord | None: ...

    async def count_referrals(self, referral_code: str) -> int: ...

    async def set_reachable(self, platform: str, user_id: str, reachable: bool, at: datetime) -> bool:
        """Mark a known person reachable or not; False if nobody is known by that id."""

    async def bump_counter(self, name: str, by: int = 1) -> int: ...

    async def counter(self, name: str) -> int: ...

    async def delete_signature(self, person_id: int, platform: str, at: datetime) -> bool:
        """Withdraw: delete the signature and every trace of it (storage.people.withdraw), counting the
        withdrawal by day and platform only; False if there was no signature (the rest is cleared anyway)."""

    async def count_signatures(self) -> int: ...


class Repository(Protocol):
    async def open(self) -> None: ...

    async def close(self) -> None: ...

    def transaction(self) -> AbstractAsyncContextManager[Transaction]: ...

    def reading_broadcasts(self) -> AbstractAsyncContextManager[Broadcasts]:
        """Read broadcast state (reports, a batch's recipients) without waiting for a commit."""

    async def totals(self) -> Totals: ...

    async def schema_version(self) -> int:
        """The number of the last migration applied."""

    async def stats(self) -> Stats: ...

    def export_rows(self) -> AsyncIterator[ExportRow]: ...

    async def add_audit(self, at: datetime, actor: str, action: str, detail: str, count: int) -> None: ...

    async def audit(self, limit: int = 200) -> list[AuditEntry]: ...

    async def integrity_check(self) -> list[str]: ...

    async def backup(self, target: Path) -> None:
        """Copy the live database into a file (SQLite); PostgreSQL refuses and names pg_dump."""

    async def purge_before(self, cutoff: datetime, dry_run: bool) -> int: ...

    async def tidy(self, drafts_idle_since: datetime, events_before: datetime) -> Tidied:
        """Clear the drafts of people silent since before `drafts_idle_since`; forget older event ids; wipe
        what deletions since the last round left in the files (SQLite: at once; PostgreSQL: VACUUM FULL)."""

    async def compact(self) -> str:
        """Remove deleted rows' remains from the database files; say what was done."""

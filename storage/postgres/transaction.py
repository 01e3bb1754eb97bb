"""The event transaction on PostgreSQL: the SQL written once (storage/transaction.py), with one shortcut.

An event's first round trip claims the event id, takes the person's lock and reads the person, their
signature and its referral count, in one call of a server-side function (migration 0008): with BEGIN,
the save and COMMIT an event costs four round trips instead of eight. What the call read is kept for
this transaction, so `get_signature` and `count_referrals` for that person need no query.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from storage.base import PersonRecord, SignatureRecord
from storage.sql import PostgresSql, lock_key
from storage.transaction import Erasures, SqlTransaction, person_from_row


class PostgresTransaction(SqlTransaction):
    def __init__(self, conn: Any, erasures: Erasures) -> None:
        super().__init__(PostgresSql(conn), erasures)
        self._conn = conn
        # person id -> (signature, its referral count), read with the person under their lock
        self._loaded: dict[int, tuple[SignatureRecord | None, int]] = {}

    async def claim_and_get_person(
        self, platform: str, event_id: str, at: datetime, user_id: str
    ) -> tuple[bool, PersonRecord | None]:
        """Claim the event, lock the person and read them, in one round trip."""
        rows = await self._conn.fetch(
            "SELECT * FROM petition_claim_and_load($1, $2, $3, $4, $5)", lock_key(f"person:{platform}:{user_id}"),
            platform, user_id, event_id, at,
        )
        if not rows:
            return False, None
        return True, self._loaded_person(rows[0])

    async def get_person(self, platform: str, user_id: str) -> PersonRecord | None:
        """Lock the person, then read them with their signature, in one round trip.

        A READ COMMITTED statement reads the data as of its start, so the lock cannot share a plain
        statement with the reads; inside the VOLATILE function each statement has its own snapshot.
        """
        row = await self._conn.fetchrow(
            "SELECT * FROM petition_load_person($1, $2, $3)", lock_key(f"person:{platform}:{user_id}"),
            platform, user_id,
        )
        return None if row is None else self._loaded_person(row)

    def _loaded_person(self, row: Any) -> PersonRecord | None:
        """The person of a load row (None for a newcomer); keep their signature for this transaction."""
        if row[0] is None:
            return None
        signature = None if row[10] is None else SignatureRecord(
            number=row[10], person_id=row[0], name=row[11], prefecture=row[12], consent_version=row[13],
            consented_at=row[14], signed_at=row[15], referral_code=row[16], referred_by=row[17])
        self._loaded[row[0]] = (signature, int(row[18]))
        return person_from_row(row)

    async def get_signature(self, person_id: int) -> SignatureRecord | None:
        if person_id in self._loaded:  # read with the person, under their lock, in this transaction
            return self._loaded[person_id][0]
        return await super().get_signature(person_id)

    async def count_referrals(self, referral_code: str) -> int:
        for signature, referrals in self._loaded.values():
            if signature is not None and signature.referral_code == referral_code:
                return referrals
        return await super().count_referrals(referral_code)

    async def add_signature(
        self, person_id: int, name: str, prefecture: str | None, consent_version: str,
        consented_at: datetime, signed_at: datetime, referral_code: str, referred_by: str | None,
    ) -> int:
        self._loaded.pop(person_id, None)
        return await super().add_signature(person_id, name, prefecture, consent_version, consented_at, signed_at,
                                           referral_code, referred_by)

    async def delete_signature(self, person_id: int, platform: str, at: datetime) -> bool:
        self._loaded.pop(person_id, None)
        return await super().delete_signature(person_id, platform, at)

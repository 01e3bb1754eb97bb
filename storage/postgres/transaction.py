"""The event transaction on PostgreSQL: the SQL written once (storage/transaction.py), in two round trips.

An event's first round trip reads whether it was applied before, the person, their signature and its
referral count, and the person's row version, in one call of a server-side function (petition_peek,
migration 0011), outside any transaction. Its second sends the writes with the event's claim and
commits them, provided the person is unchanged (storage/postgres/optimistic.py). What the first call
read is kept for this transaction, so `get_signature` and `count_referrals` for that person need no query.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from storage.base import PersonRecord, SignatureRecord
from storage.postgres.optimistic import OptimisticSql
from storage.sql import lock_key
from storage.transaction import Erasures, SqlTransaction, person_from_row


class PostgresTransaction(SqlTransaction):
    def __init__(self, sql: OptimisticSql, erasures: Erasures) -> None:
        super().__init__(sql, erasures)
        self._sql = sql
        # person id -> (signature, its referral count), read with the person
        self._loaded: dict[int, tuple[SignatureRecord | None, int]] = {}

    async def claim_and_get_person(
        self, platform: str, event_id: str, at: datetime, user_id: str, *, hold: bool = False
    ) -> tuple[bool, PersonRecord | None]:
        """Read the event's person in one round trip; the claim goes with the writes (or begins the transaction).

        With `hold`: BEGIN, the claim, then the person under their lock, as `SqlTransaction` does.
        """
        if hold:  # claim_event's statement begins the transaction
            return await super().claim_and_get_person(platform, event_id, at, user_id)
        row = await self._sql.conn.fetchrow("SELECT * FROM petition_peek($1, $2, $3)", platform, user_id, event_id)
        if row[0]:
            return False, None
        self._sql.expect(lock_key(f"person:{platform}:{user_id}"), platform, user_id, event_id, at, row[1])
        return True, self._loaded_person(row[2:])

    async def get_person(self, platform: str, user_id: str) -> PersonRecord | None:
        """Lock the person, then read them with their signature, in one round trip (after BEGIN).

        A READ COMMITTED statement reads the data as of its start, so the lock cannot share a plain
        statement with the reads; inside the VOLATILE function each statement has its own snapshot.
        """
        await self._sql.begin()
        row = await self._sql.conn.fetchrow(
            "SELECT * FROM petition_load_person($1, $2, $3)", lock_key(f"person:{platform}:{user_id}"),
            platform, user_id,
        )
        return None if row is None else self._loaded_person(row)

    def _loaded_person(self, row: Any) -> PersonRecord | None:
        """The person of a load row (None for a newcomer); keep their signature for this transaction."""
        if row[0] is None:
            return None
        signature = None if row[11] is None else SignatureRecord(
            number=row[11], person_id=row[0], name=row[12], prefecture=row[13], consent_version=row[14],
            consented_at=row[15], signed_at=row[16], referral_code=row[17], referred_by=row[18])
        self._loaded[row[0]] = (signature, int(row[19]))
        return person_from_row(row)

    async def get_signature(self, person_id: int) -> SignatureRecord | None:
        if person_id in self._loaded:  # read with the person in this transaction
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

"""What is kept about a person, and what goes: withdrawal, abandoned drafts, old event ids, on either backend.

A withdrawal leaves nothing that says the account ever signed: the signature goes (its tally row drops by
one, and goes once it counts nobody), so do the person's broadcast recipient rows, their draft, updates
choice and the referral code they came through, and other signatures stop naming their referral code. The
withdrawal is counted per day (in Japan) and platform, with no row of its own; a person's last activity is
stored to the day only (`activity_day`), so that it cannot be matched with the moment of a withdrawal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from storage.sql import Sql, scalar

JAPAN = timezone(timedelta(hours=9))
EMPTY_DRAFT = "{}"


@dataclass(frozen=True)
class Tidied:
    """What one round of upkeep removed."""

    drafts: int = 0
    events: int = 0


@dataclass
class Erased:
    """How many more compactions the files need since personal data was last deleted (PostgreSQL: a row
    deleted while another transaction on the server was still open can survive one VACUUM FULL)."""

    due: int = 0

    def deleted(self) -> None:
        self.due = COMPACT_ROUNDS


COMPACT_ROUNDS = 2


def activity_day(at: datetime) -> datetime:
    """The moment a person's row records: the start of the day (UTC), never the moment itself."""
    day = at.astimezone(UTC)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


async def withdraw(sql: Sql, person_id: int, platform: str, at: datetime) -> bool:
    """Delete the person's signature and every trace of it; False (having cleared the rest) if there was none."""
    code = await sql.fetchrow("SELECT referral_code FROM signatures WHERE person_id = ?", person_id)
    await forget_person(sql, person_id)
    if code is None:
        return False
    await sql.execute("DELETE FROM signatures WHERE person_id = ?", person_id)  # the tally trigger counts it out
    await sql.execute("DELETE FROM signature_tallies WHERE n <= 0")
    if code[0] is not None:
        await sql.execute("UPDATE signatures SET referred_by = NULL WHERE referred_by = ?", code[0])
    await sql.execute(
        "INSERT INTO withdrawal_days (day, platform, n) VALUES (?, ?, 1)"
        " ON CONFLICT (day, platform) DO UPDATE SET n = withdrawal_days.n + 1",
        at.astimezone(JAPAN).date().isoformat(), platform,
    )
    return True


async def forget_person(sql: Sql, person_id: int) -> None:
    """Clear what the person gave beyond their language and step: draft, updates, referrer, broadcast rows."""
    await sql.execute("DELETE FROM broadcast_recipients WHERE person_id = ?", person_id)
    await sql.execute(
        f"UPDATE people SET draft = '{EMPTY_DRAFT}', updates = FALSE, referred_by = NULL WHERE id = ?", person_id
    )


async def clear_abandoned_drafts(sql: Sql, idle_since: datetime) -> int:
    """Clear the drafts (names typed, consent given) of people silent since before `idle_since`."""
    return await sql.execute(
        f"UPDATE people SET draft = '{EMPTY_DRAFT}', step = 'menu', position = 0"
        f" WHERE draft <> '{EMPTY_DRAFT}' AND updated_at < ?",
        activity_day(idle_since),
    )


async def forget_events(sql: Sql, before: datetime) -> int:
    """Forget the ids of events applied before `before` (longer ago than any platform redelivers)."""
    return await sql.execute("DELETE FROM processed_events WHERE processed_at < ?", before)


async def tidy(sql: Sql, drafts_idle_since: datetime, events_before: datetime) -> Tidied:
    """One round of upkeep: abandoned drafts cleared, old event ids forgotten."""
    return Tidied(await clear_abandoned_drafts(sql, drafts_idle_since), await forget_events(sql, events_before))


async def withdrawals(sql: Sql) -> int:
    """How many signatures were withdrawn, in all."""
    return await scalar(sql, "SELECT sum(n) FROM withdrawal_days")


# The tables that hold personal data, compacted after deletions (PostgreSQL: VACUUM FULL).
PERSONAL_TABLES = ("people", "signatures", "signature_tallies", "withdrawal_days", "broadcast_recipients",
                   "processed_events")

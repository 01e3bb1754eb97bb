"""Read-only reports for organizers (totals, export rows) and the audit trail, on SQLite."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime

import aiosqlite

JAPAN_DAY = "date(signed_at, '+9 hours')"  # signatures are counted per day in Japan time


@dataclass(frozen=True)
class Stats:
    signatures: int
    by_platform: dict[str, int]
    by_language: dict[str, int]
    by_prefecture: dict[str, int]  # "01".."47", "abroad", or "" when not given
    by_day: list[tuple[str, str, int]]  # (YYYY-MM-DD in Japan, platform, signatures that day)
    people: int
    subscribers: int
    unreachable: int
    withdrawals: int
    top_referrers: list[tuple[int, int]]  # (signer number, signatures through their link)
    counters: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportRow:
    number: int
    name: str
    prefecture: str | None
    platform: str
    language: str | None
    signed_at: datetime
    consent_version: str


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    detail: str
    count: int


async def _pairs(db: aiosqlite.Connection, sql: str) -> dict[str, int]:
    cursor = await db.execute(sql)
    return {str(key if key is not None else ""): int(value) for key, value in await cursor.fetchall()}


async def _one(db: aiosqlite.Connection, sql: str) -> int:
    cursor = await db.execute(sql)
    row = await cursor.fetchone()
    return int(row[0]) if row and row[0] is not None else 0


async def collect_stats(db: aiosqlite.Connection) -> Stats:
    """Count signatures every way organizers asked for, in a handful of indexed queries."""
    joined = "FROM signatures s JOIN people p ON p.id = s.person_id"
    cursor = await db.execute(
        f"SELECT {JAPAN_DAY} AS day, p.platform, count(*) {joined} GROUP BY day, p.platform ORDER BY day"
    )
    by_day = [(str(day), str(platform), int(n)) for day, platform, n in await cursor.fetchall()]
    cursor = await db.execute(
        "SELECT r.number, count(*) AS n FROM signatures s JOIN signatures r ON r.referral_code = s.referred_by"
        " GROUP BY r.number ORDER BY n DESC, r.number LIMIT 10"
    )
    top = [(int(number), int(n)) for number, n in await cursor.fetchall()]
    return Stats(
        signatures=await _one(db, "SELECT count(*) FROM signatures"),
        by_platform=await _pairs(db, f"SELECT p.platform, count(*) {joined} GROUP BY p.platform"),
        by_language=await _pairs(db, f"SELECT p.language, count(*) {joined} GROUP BY p.language"),
        by_prefecture=await _pairs(db, "SELECT prefecture, count(*) FROM signatures GROUP BY prefecture"),
        by_day=by_day,
        people=await _one(db, "SELECT count(*) FROM people"),
        subscribers=await _one(db, "SELECT count(*) FROM people WHERE updates = 1 AND reachable = 1"),
        unreachable=await _one(db, "SELECT count(*) FROM people WHERE reachable = 0"),
        withdrawals=await _one(db, "SELECT count(*) FROM withdrawals"),
        top_referrers=top,
        counters=await _pairs(db, "SELECT name, value FROM counters"),
    )


async def export_rows(db: aiosqlite.Connection, chunk: int = 5000) -> AsyncIterator[ExportRow]:
    """Yield every standing signature in signer-number order, a chunk at a time."""
    cursor = await db.execute(
        "SELECT s.number, s.name, s.prefecture, p.platform, p.language, s.signed_at, s.consent_version"
        " FROM signatures s JOIN people p ON p.id = s.person_id ORDER BY s.number"
    )
    while rows := await cursor.fetchmany(chunk):
        for number, name, prefecture, platform, language, signed_at, version in rows:
            yield ExportRow(number, name, prefecture, platform, language, datetime.fromisoformat(signed_at), version)


async def add_audit(db: aiosqlite.Connection, at: datetime, actor: str, action: str, detail: str, count: int) -> None:
    await db.execute(
        "INSERT INTO audit (at, actor, action, detail, count) VALUES (?, ?, ?, ?, ?)",
        (at.isoformat(), actor, action, detail, count),
    )


async def audit_entries(db: aiosqlite.Connection, limit: int = 200) -> list[AuditEntry]:
    cursor = await db.execute(
        "SELECT at, actor, action, detail, count FROM audit ORDER BY id DESC LIMIT ?", (limit,)
    )
    return [AuditEntry(datetime.fromisoformat(at), a, b, c, n) for at, a, b, c, n in await cursor.fetchall()]

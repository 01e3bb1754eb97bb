"""Read-only reports for organizers (totals, export rows) and the audit trail, on either backend."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime

from storage.sql import Sql, as_datetime, scalar


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


async def _pairs(sql: Sql, query: str) -> dict[str, int]:
    return {str(key if key is not None else ""): int(value) for key, value in await sql.fetch(query)}


async def collect_stats(sql: Sql) -> Stats:
    """Count signatures every way organizers asked for, from the tallies the database keeps (see migration
    0005), the top referrers and a few counts."""
    rows = await sql.fetch("SELECT day, platform, language, prefecture, n FROM signature_tallies WHERE n > 0")
    per_day: Counter[tuple[str, str]] = Counter()
    by_platform: Counter[str] = Counter()
    by_language: Counter[str] = Counter()
    by_prefecture: Counter[str] = Counter()
    for day_, platform, language, prefecture, n in rows:
        per_day[str(day_), str(platform)] += int(n)
        by_platform[str(platform)] += int(n)
        by_language[language or ""] += int(n)
        by_prefecture[prefecture or ""] += int(n)
    rows = await sql.fetch(
        "SELECT r.number, count(*) AS n FROM signatures s JOIN signatures r ON r.referral_code = s.referred_by"
        " GROUP BY r.number ORDER BY n DESC, r.number LIMIT 10"
    )
    top = [(int(number), int(n)) for number, n in rows]
    groups = await sql.fetch("SELECT updates, reachable, count(*) FROM people GROUP BY updates, reachable")  # an index
    everyone = sum(int(n) for _, _, n in groups)
    subscribers = sum(int(n) for updates, reachable, n in groups if updates and reachable)
    unreachable = sum(int(n) for _, reachable, n in groups if not reachable)
    return Stats(
        signatures=sum(by_platform.values()),
        by_platform=dict(by_platform),
        by_language=dict(by_language),
        by_prefecture=dict(by_prefecture),
        by_day=[(day_, platform, n) for (day_, platform), n in sorted(per_day.items())],
        people=everyone,
        subscribers=subscribers,
        unreachable=unreachable,
        withdrawals=await scalar(sql, "SELECT sum(n) FROM withdrawal_days"),
        top_referrers=top,
        counters=await _pairs(sql, "SELECT name, value FROM counters"),
    )


async def export_rows(sql: Sql, chunk: int = 5000) -> AsyncIterator[ExportRow]:
    """Yield every standing signature in signer-number order, a chunk at a time."""
    rows = sql.stream(
        "SELECT s.number, s.name, s.prefecture, p.platform, p.language, s.signed_at, s.consent_version"
        " FROM signatures s JOIN people p ON p.id = s.person_id ORDER BY s.number",
        chunk=chunk,
    )
    async for number, name, prefecture, platform, language, signed_at, version in rows:
        yield ExportRow(int(number), name, prefecture, platform, language, as_datetime(signed_at), version)


async def add_audit(sql: Sql, at: datetime, actor: str, action: str, detail: str, count: int) -> None:
    await sql.execute(
        "INSERT INTO audit (at, actor, action, detail, count) VALUES (?, ?, ?, ?, ?)", at, actor, action, detail, count
    )


async def audit_entries(sql: Sql, limit: int = 200) -> list[AuditEntry]:
    rows = await sql.fetch("SELECT at, actor, action, detail, count FROM audit ORDER BY id DESC LIMIT ?", limit)
    return [AuditEntry(as_datetime(at), a, b, c, int(n)) for at, a, b, c, n in rows]

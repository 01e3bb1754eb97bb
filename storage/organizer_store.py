"""Organizer tools' storage on either backend: scheduled jobs, broadcast pictures, aggregation units and
the sending budget each platform shares across jobs and instances (migration 0009_organizer_tools)."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from storage.sql import Sql, as_datetime, scalar

LISTED_STATES = ("scheduled", "preparing", "sending")


@dataclass(frozen=True)
class JobLine:
    """One job as `broadcast --list` shows it."""

    id: int
    state: str
    created_by: str
    audience: str
    created_at: datetime
    scheduled_at: datetime | None
    pending: int  # recipients not yet handled


@dataclass(frozen=True)
class Media:
    token: str
    content_type: str
    data: bytes
    preview: bytes


class OrganizerStore:
    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    async def schedule(self, job_id: int, at: datetime) -> None:
        """Turn a job still being prepared into one the serving process starts at `at`."""
        await self.sql.execute(  # in UTC, as every stored time: SQLite compares them as text
            "UPDATE broadcasts SET state = 'scheduled', scheduled_at = ?, owner = NULL, lease_until = NULL"
            " WHERE id = ?", at.astimezone(UTC), job_id,
        )

    async def take_due(self, now: datetime, worker: str, lease_until: datetime) -> int:
        """Claim the oldest scheduled job that is due (it becomes 'preparing' for this worker), or 0."""
        row = await self.sql.fetchrow(
            "SELECT id FROM broadcasts WHERE state = 'scheduled' AND scheduled_at <= ? ORDER BY scheduled_at, id"
            f" LIMIT 1{self.sql.skip_locked}", now.astimezone(UTC),
        )
        if row is None:
            return 0
        changed = await self.sql.execute(
            "UPDATE broadcasts SET state = 'preparing', owner = ?, lease_until = ?"
            " WHERE id = ? AND state = 'scheduled'",
            worker, lease_until, row[0],
        )
        return int(row[0]) if changed == 1 else 0

    async def cancel(self, job_id: int, now: datetime) -> bool:
        """Cancel a job that is scheduled or being sent; False if it is neither."""
        changed = await self.sql.execute(
            "UPDATE broadcasts SET state = 'cancelled', finished_at = ?"
            " WHERE id = ? AND state IN ('scheduled', 'sending')", now, job_id,
        )
        return changed == 1

    async def jobs(self) -> list[JobLine]:
        """Scheduled and running jobs, in the order they go out."""
        rows = await self.sql.fetch(
            "SELECT b.id, b.state, b.created_by, b.audience, b.created_at, b.scheduled_at,"
            " (SELECT count(*) FROM broadcast_recipients r WHERE r.broadcast_id = b.id"
            "  AND r.state IN ('pending', 'inflight'))"
            " FROM broadcasts b WHERE b.state IN ('scheduled', 'preparing', 'sending') ORDER BY b.id",
        )
        return [JobLine(int(i), str(s), str(by), str(aud), as_datetime(at), as_datetime(when) if when else None,
                        int(n)) for i, s, by, aud, at, when, n in rows]

    async def set_extras(self, job_id: int, media_id: int | None, unit: str, partial: bool) -> None:
        await self.sql.execute("UPDATE broadcasts SET media_id = ?, unit = ?, partial = ? WHERE id = ?",
                               media_id, unit, partial, job_id)

    async def extras(self, job_id: int) -> tuple[Media | None, str]:
        """A job's picture (if any) and its LINE aggregation unit."""
        row = await self.sql.fetchrow(
            "SELECT m.token, m.content_type, m.data, m.preview, b.unit FROM broadcasts b"
            " LEFT JOIN broadcast_media m ON m.id = b.media_id WHERE b.id = ?", job_id,
        )
        if row is None:
            return None, ""
        media = Media(str(row[0]), str(row[1]), bytes(row[2]), bytes(row[3])) if row[0] else None
        return media, str(row[4] or "")

    async def unit_since(self, job_id: int) -> tuple[str, datetime] | None:
        """A job's LINE aggregation unit and when it was sent (scheduled, else created)."""
        row = await self.sql.fetchrow("SELECT unit, created_at, scheduled_at FROM broadcasts WHERE id = ?", job_id)
        return (str(row[0] or ""), as_datetime(row[2] or row[1])) if row else None

    async def add_media(self, content_type: str, data: bytes, preview: bytes) -> int:
        return await self.sql.insert(
            "INSERT INTO broadcast_media (token, content_type, data, preview) VALUES (?, ?, ?, ?)",
            secrets.token_urlsafe(18), content_type, data, preview,
        )

    async def media(self, token: str) -> Media | None:
        row = await self.sql.fetchrow(
            "SELECT token, content_type, data, preview FROM broadcast_media WHERE token = ?", token)
        return Media(str(row[0]), str(row[1]), bytes(row[2]), bytes(row[3])) if row else None

    async def reserve(self, platform: str, count: int, interval: float, now: float | None = None) -> float:
        """Reserve `count` sending slots `interval` seconds apart; return when the first may go (epoch seconds).

        Every sender of every process reserves here, so all of them together keep to one rate per platform."""
        now = time.time() if now is None else now
        if not await scalar(self.sql, "SELECT count(*) FROM send_budget WHERE platform = ?", platform):
            await self.sql.execute(
                "INSERT INTO send_budget (platform, next_at) VALUES (?, ?) ON CONFLICT (platform) DO NOTHING",
                platform, now)
        row = await self.sql.fetchrow(
            "UPDATE send_budget SET next_at = (CASE WHEN next_at > ? THEN next_at ELSE ? END) + ?"
            " WHERE platform = ? RETURNING next_at", now, now, count * interval, platform,
        )
        assert row is not None
        return float(row[0]) - count * interval

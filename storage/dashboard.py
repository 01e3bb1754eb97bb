"""The organizers' dashboard in storage: one-time sign-in links, sessions and the conversation funnel.

Links and sessions are stored by the SHA-256 of their secret, never the secret itself, so a copy of the
database signs nobody in. The funnel is counts per platform, language and milestone; each person keeps
one bit per milestone reached (people.funnel) so that a milestone is counted once per person.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from storage.sql import Sql, as_datetime


def digest(secret: str) -> str:
    """The stored form of a link's or a session's secret."""
    return hashlib.sha256(secret.encode()).hexdigest()


class LinkState(Enum):
    OK = "ok"
    USED = "used"
    EXPIRED = "expired"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class DashboardSession:
    actor: str
    csrf: str
    seen_at: datetime


MILESTONES = ("started", "language", "concerns", "agreed", "name", "signed")  # in the conversation's order


def funnel_after(before: int, milestones: Iterable[str]) -> tuple[int, tuple[str, ...]]:
    """A person's milestone bits after reaching `milestones`, and the milestones reached for the first time."""
    fresh = tuple(m for m in dict.fromkeys(milestones) if not before & (1 << MILESTONES.index(m)))
    bits = before
    for milestone in fresh:
        bits |= 1 << MILESTONES.index(milestone)
    return bits, fresh


class Dashboard:
    """Dashboard records, inside the caller's transaction."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    async def add_link(self, token: str, actor: str, now: datetime, expires_at: datetime) -> None:
        await self.sql.execute(
            "INSERT INTO dashboard_links (token_hash, actor, created_at, expires_at) VALUES (?, ?, ?, ?)",
            digest(token), actor, now, expires_at)

    async def link_state(self, token: str, now: datetime) -> LinkState:
        """Whether a link would sign someone in now (without spending it)."""
        return (await self._link(token, now))[0]

    async def _link(self, token: str, now: datetime) -> tuple[LinkState, str]:
        row = await self.sql.fetchrow(
            "SELECT actor, expires_at, used_at FROM dashboard_links WHERE token_hash = ?", digest(token))
        if row is None:
            return LinkState.UNKNOWN, ""
        actor, expires_at, used_at = row
        if used_at is not None:
            return LinkState.USED, str(actor)
        if as_datetime(expires_at) <= now:
            return LinkState.EXPIRED, str(actor)
        return LinkState.OK, str(actor)

    async def use_link(self, token: str, now: datetime) -> tuple[LinkState, str]:
        """Spend a link once: its state before, and who asked for it."""
        state, actor = await self._link(token, now)
        if state is not LinkState.OK:
            return state, actor
        changed = await self.sql.execute(
            "UPDATE dashboard_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL", now, digest(token))
        return (LinkState.OK if changed else LinkState.USED), str(actor)

    async def add_session(self, secret: str, actor: str, csrf: str, now: datetime) -> None:
        await self.sql.execute(
            "INSERT INTO dashboard_sessions (id_hash, actor, csrf, created_at, seen_at) VALUES (?, ?, ?, ?, ?)",
            digest(secret), actor, csrf, now, now)

    async def session(self, secret: str) -> DashboardSession | None:
        row = await self.sql.fetchrow(
            "SELECT actor, csrf, seen_at FROM dashboard_sessions WHERE id_hash = ?", digest(secret))
        return DashboardSession(str(row[0]), str(row[1]), as_datetime(row[2])) if row else None

    async def touch_session(self, secret: str, now: datetime) -> None:
        await self.sql.execute("UPDATE dashboard_sessions SET seen_at = ? WHERE id_hash = ?", now, digest(secret))

    async def end_session(self, secret: str) -> bool:
        return await self.sql.execute("DELETE FROM dashboard_sessions WHERE id_hash = ?", digest(secret)) > 0

    async def forget_before(self, idle_since: datetime, links_before: datetime) -> None:
        """Delete sessions idle since before a moment, and links that expired before another."""
        await self.sql.execute("DELETE FROM dashboard_sessions WHERE seen_at < ?", idle_since)
        await self.sql.execute("DELETE FROM dashboard_links WHERE expires_at < ?", links_before)

    async def count_milestones(self, platform: str, language: str, fresh: Sequence[str]) -> None:
        """Count milestones people reached for the first time (`funnel_after` says which), in one statement."""
        if not fresh:
            return
        await self.sql.write(
            "INSERT INTO funnel_counts (platform, language, milestone, n) VALUES "
            + ", ".join("(?, ?, ?, 1)" for _ in fresh)
            + " ON CONFLICT (platform, language, milestone) DO UPDATE SET n = funnel_counts.n + 1",
            *(value for milestone in fresh for value in (platform, language, milestone)))

    async def recent_broadcasts(self, limit: int = 20) -> list[tuple[int, datetime, str, str, str]]:
        """The newest broadcast jobs: (id, created at, by whom, audience, state)."""
        rows = await self.sql.fetch(
            "SELECT id, created_at, created_by, audience, state FROM broadcasts ORDER BY id DESC LIMIT ?", limit)
        return [(int(i), as_datetime(at), str(by), str(aud), str(state)) for i, at, by, aud, state in rows]

    async def funnel(self) -> dict[tuple[str, str, str], int]:
        """(platform, language, milestone) -> people who reached it."""
        rows = await self.sql.fetch("SELECT platform, language, milestone, n FROM funnel_counts")
        return {(str(p), str(lang), str(m)): int(n) for p, lang, m, n in rows}

"""Dashboard records on both backends: one-time links, sessions and the funnel counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from storage.base import PersonRecord, Repository, Transaction
from storage.dashboard import LinkState, funnel_after
from tests.test_storage_contract import repo  # noqa: F401  (the fixture: SQLite and PostgreSQL)

NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)


async def test_a_link_is_spent_once_and_expires(repo: Repository) -> None:  # noqa: F811
    async with repo.transaction() as tx:
        await tx.dashboard.add_link("good", "telegram:1", NOW, NOW + timedelta(minutes=15))
        await tx.dashboard.add_link("late", "line:U1", NOW, NOW + timedelta(minutes=15))
    async with repo.transaction() as tx:
        assert await tx.dashboard.link_state("good", NOW) is LinkState.OK
        assert await tx.dashboard.use_link("good", NOW) == (LinkState.OK, "telegram:1")
        assert await tx.dashboard.use_link("good", NOW) == (LinkState.USED, "telegram:1")
        assert await tx.dashboard.use_link("late", NOW + timedelta(minutes=15)) == (LinkState.EXPIRED, "line:U1")
        assert (await tx.dashboard.use_link("forged", NOW))[0] is LinkState.UNKNOWN


async def test_sessions_are_kept_touched_and_ended(repo: Repository) -> None:  # noqa: F811
    async with repo.transaction() as tx:
        await tx.dashboard.add_session("secret", "cli:ana", "csrf-token", NOW)
        await tx.dashboard.add_session("old", "cli:bo", "csrf-2", NOW - timedelta(hours=13))
    async with repo.transaction() as tx:
        session = await tx.dashboard.session("secret")
        assert session is not None and (session.actor, session.csrf, session.seen_at) == ("cli:ana", "csrf-token", NOW)
        await tx.dashboard.touch_session("secret", NOW + timedelta(hours=1))
        await tx.dashboard.forget_before(NOW - timedelta(hours=12), NOW)
        assert await tx.dashboard.session("old") is None
        touched = await tx.dashboard.session("secret")
        assert touched is not None and touched.seen_at == NOW + timedelta(hours=1)
        assert await tx.dashboard.end_session("secret")
        assert await tx.dashboard.session("secret") is None


async def reach(tx: Transaction, platform: str, user_id: str, milestones: list[str]) -> None:
    """What the service does: the person's bits read with them, saved with them, the first reaches counted."""
    person = await tx.get_person(platform, user_id)
    assert person is not None
    bits, fresh = funnel_after(person.funnel, milestones)
    await tx.save_person(replace(person, funnel=bits), NOW)
    await tx.dashboard.count_milestones(platform, person.language or "", fresh)


async def test_each_milestone_is_counted_once_per_person(repo: Repository) -> None:  # noqa: F811
    async with repo.transaction() as tx:
        await tx.save_person(PersonRecord("line", "U-ana", language="en"), NOW)
        await tx.save_person(PersonRecord("telegram", "7", language="ja"), NOW)
    for platform, user_id, milestones in [("line", "U-ana", ["started", "language"]),
                                          ("line", "U-ana", ["language", "agreed", "agreed"]),
                                          ("telegram", "7", ["started"]), ("telegram", "7", ["started"])]:
        async with repo.transaction() as tx:
            await reach(tx, platform, user_id, milestones)
    async with repo.transaction() as tx:
        ana = await tx.get_person("line", "U-ana")
        assert ana is not None and ana.funnel == 0b1011  # started, language, agreed
    async with repo.transaction() as tx:
        assert await tx.dashboard.funnel() == {
            ("line", "en", "started"): 1, ("line", "en", "language"): 1, ("line", "en", "agreed"): 1,
            ("telegram", "ja", "started"): 1,
        }
        assert await tx.dashboard.recent_broadcasts() == []

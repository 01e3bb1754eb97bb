"""One contract, run against every repository implementation: SQLite (file, memory) and PostgreSQL.

The PostgreSQL runs use a throwaway database on 127.0.0.1 (tests/pg.py); without a server they are
skipped with the reason, except in CI, where they fail.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from storage import open_repository
from storage.base import PersonRecord, Repository
from storage.migrations import load_migrations
from storage.sqlite.repository import SqliteRepository, sqlite_path

NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
IMPLEMENTATIONS = ["sqlite-file", "sqlite-memory", "postgres"]
CONSTRAINT_BROKEN = (sqlite3.IntegrityError, asyncpg.IntegrityConstraintViolationError)


@pytest.fixture(params=IMPLEMENTATIONS)
async def repo(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Repository]:
    if request.param == "postgres":
        url = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite:///{tmp_path / 'contract.db'}" if request.param == "sqlite-file" else "sqlite://"
    repository = open_repository(url)
    await repository.open()
    yield repository
    await repository.close()


async def add_person(repo: Repository, user_id: str = "u1") -> PersonRecord:
    async with repo.transaction() as tx:
        return await tx.save_person(PersonRecord("test", user_id, language="ja"), NOW)


async def sign(repo: Repository, person: PersonRecord, name: str = "山田 花子", code: str = "code0001",
               referred_by: str | None = None) -> int:
    assert person.id is not None
    async with repo.transaction() as tx:
        return await tx.add_signature(person.id, name, "13", "1/ja/x", NOW, NOW, code, referred_by)


class TestRepositoryContract:
    async def test_migrations_are_applied(self, repo: Repository) -> None:
        assert await repo.schema_version() == len(load_migrations("sqlite"))

    async def test_person_round_trip(self, repo: Repository) -> None:
        draft = {"name": "Hanako", "consented_at": NOW.isoformat()}
        async with repo.transaction() as tx:
            saved = await tx.save_person(
                PersonRecord("test", "u1", "en", "name", 3, draft, True, False, "ref12345"), NOW
            )
            assert saved.id is not None
            assert await tx.get_person("test", "u1") == saved
            assert await tx.get_person("other", "u1") is None
            await tx.save_person(PersonRecord("test", "u1", "ja", "menu", 0, {}, False, True, None, saved.id), NOW)
            again = await tx.get_person("test", "u1")
        assert again is not None and (again.language, again.step, again.draft) == ("ja", "menu", {})

    async def test_an_event_is_claimed_once(self, repo: Repository) -> None:
        async with repo.transaction() as tx:
            assert await tx.claim_event("line", "ev1", NOW)
            assert not await tx.claim_event("line", "ev1", NOW)
            assert await tx.claim_event("telegram", "ev1", NOW)

    async def test_an_event_is_claimed_and_its_person_read_together(self, repo: Repository) -> None:
        async with repo.transaction() as tx:
            assert await tx.claim_and_get_person("line", "ev1", NOW, "u1") == (True, None)  # a newcomer
            saved = await tx.save_person(PersonRecord("line", "u1", "ja"), NOW)
            assert saved.id is not None
            await tx.add_signature(saved.id, "山田 花子", "13", "1/ja/x", NOW, NOW, "code0001", None)
            assert await tx.claim_and_get_person("line", "ev1", NOW, "u1") == (False, None)  # applied before
            claimed, person = await tx.claim_and_get_person("line", "ev2", NOW, "u1")
            assert claimed and person == saved
            signature = await tx.get_signature(saved.id)
            assert signature is not None and signature.number == 1 and signature.referral_code == "code0001"
            assert await tx.count_referrals("code0001") == 0
            assert await tx.delete_signature(saved.id, "line", NOW)
            assert await tx.get_signature(saved.id) is None  # not the signature read with the person

    async def test_signer_numbers_are_never_reused(self, repo: Repository) -> None:
        first, second = await add_person(repo, "u1"), await add_person(repo, "u2")
        assert await sign(repo, first, code="aaaa1111") == 1
        async with repo.transaction() as tx:
            assert first.id is not None and await tx.delete_signature(first.id, "test", NOW)
        assert await sign(repo, second, code="bbbb2222") == 2
        totals = await repo.totals()
        assert (totals.signatures, totals.withdrawals, totals.people) == (1, 1, 2)

    async def test_withdrawal_keeps_no_name(self, repo: Repository) -> None:
        person = await add_person(repo)
        await sign(repo, person, name="Withdrawn Person")
        async with repo.transaction() as tx:
            assert person.id is not None
            assert await tx.delete_signature(person.id, "test", NOW)
            assert not await tx.delete_signature(person.id, "test", NOW)
            assert await tx.get_signature(person.id) is None
        if isinstance(repo, SqliteRepository) and repo.path != ":memory:":
            await repo.close()
            assert b"Withdrawn Person" not in Path(repo.path).read_bytes()

    async def test_one_signature_per_person(self, repo: Repository) -> None:
        person = await add_person(repo)
        await sign(repo, person, code="aaaa1111")
        with pytest.raises(CONSTRAINT_BROKEN):
            await sign(repo, person, code="bbbb2222")
        assert (await repo.totals()).signatures == 1

    async def test_referrals_are_counted(self, repo: Repository) -> None:
        referrer, friend = await add_person(repo, "u1"), await add_person(repo, "u2")
        await sign(repo, referrer, code="ref00001")
        await sign(repo, friend, code="ref00002", referred_by="ref00001")
        async with repo.transaction() as tx:
            assert await tx.count_referrals("ref00001") == 1
            found = await tx.signature_by_code("ref00002")
            assert found is not None and found.referred_by == "ref00001"

    async def test_reachability_and_counters(self, repo: Repository) -> None:
        await add_person(repo)
        async with repo.transaction() as tx:
            assert await tx.set_reachable("test", "u1", False, NOW)
            assert not await tx.set_reachable("test", "nobody", False, NOW)
            person = await tx.get_person("test", "u1")
            assert person is not None and person.reachable is False
            assert await tx.bump_counter("line_pushes") == 1
            assert await tx.bump_counter("line_pushes", 4) == 5
            assert await tx.counter("unknown") == 0

    async def test_a_failed_transaction_leaves_nothing(self, repo: Repository) -> None:
        with pytest.raises(RuntimeError):
            async with repo.transaction() as tx:
                await tx.save_person(PersonRecord("test", "u1"), NOW)
                raise RuntimeError("crash in the middle")
        async with repo.transaction() as tx:
            assert await tx.get_person("test", "u1") is None

    async def test_concurrent_transactions_are_serialized(self, repo: Repository) -> None:
        await add_person(repo)

        async def read_modify_write() -> None:
            async with repo.transaction() as tx:
                person = await tx.get_person("test", "u1")
                assert person is not None
                await asyncio.sleep(0)  # other tasks run here; none may interleave with this transaction
                await tx.save_person(replace(person, position=person.position + 1), NOW)

        await asyncio.gather(*(read_modify_write() for _ in range(50)))
        async with repo.transaction() as tx:
            person = await tx.get_person("test", "u1")
        assert person is not None and person.position == 50


    async def test_reports_count_export_audit_and_purge(self, repo: Repository) -> None:
        first, second = await add_person(repo, "u1"), await add_person(repo, "u2")
        async with repo.transaction() as tx:
            await tx.save_person(replace(first, updates=True), NOW)
        await sign(repo, first, name="山田 花子", code="aaaa1111")
        await sign(repo, second, name="Hanako Yamada", code="bbbb2222", referred_by="aaaa1111")
        stats = await repo.stats()
        assert (stats.signatures, stats.people, stats.subscribers, stats.unreachable) == (2, 2, 1, 0)
        assert stats.by_platform == {"test": 2} and stats.by_prefecture == {"13": 2}
        assert stats.by_day == [("2026-11-26", "test", 2)]  # 03:00 UTC is noon in Japan
        assert stats.top_referrers == [(1, 1)]
        rows = [row async for row in repo.export_rows()]
        assert [(r.number, r.name, r.signed_at) for r in rows] == [(1, "山田 花子", NOW), (2, "Hanako Yamada", NOW)]
        await repo.add_audit(NOW, "cli:test", "export", "csv", 2)
        entries = await repo.audit()
        assert [(e.at, e.actor, e.action, e.count) for e in entries] == [(NOW, "cli:test", "export", 2)]
        assert await repo.purge_before(NOW + timedelta(seconds=1), dry_run=True) == 2
        assert await repo.purge_before(NOW, dry_run=False) == 0
        assert await repo.purge_before(NOW + timedelta(seconds=1), dry_run=False) == 2
        assert (await repo.totals()).signatures == 0

    async def test_the_counts_follow_every_signature_added_and_deleted(self, repo: Repository) -> None:
        people = [await add_person(repo, f"u{n}") for n in range(4)]
        for n, person in enumerate(people):
            assert person.id is not None
            async with repo.transaction() as tx:
                late = NOW + timedelta(hours=15 * n)  # 15:00 UTC is already the next day in Japan
                await tx.add_signature(person.id, f"Name {n}", "13" if n % 2 else None, "1/ja/x", late, late,
                                       f"code{n:04d}", None)
        async with repo.transaction() as tx:  # changing language after signing moves nothing
            await tx.save_person(replace(people[0], language="en"), NOW)
            await tx.delete_signature(people[1].id or 0, "test", NOW)  # a withdrawal
        stats = await repo.stats()
        assert stats.signatures == 3 and stats.by_language == {"ja": 3}
        assert stats.by_prefecture == {"": 2, "13": 1}
        assert stats.by_day == [("2026-11-26", "test", 1), ("2026-11-27", "test", 1), ("2026-11-28", "test", 1)]
        assert await repo.purge_before(NOW + timedelta(hours=31), dry_run=False) == 2  # the first and third
        stats = await repo.stats()
        assert (stats.signatures, stats.by_day, stats.by_prefecture) == (1, [("2026-11-28", "test", 1)], {"13": 1})

    async def test_a_broadcast_job_is_held_by_one_worker_at_a_time(self, repo: Repository) -> None:
        for user_id in ("1", "2", "3"):
            async with repo.transaction() as tx:
                await tx.save_person(PersonRecord("telegram", user_id, "ja", updates=True), NOW)
        lease = timedelta(seconds=60)
        async with repo.transaction() as tx:
            assert await tx.broadcasts.count_audience("subscribers") == {("telegram", "ja"): 3}
            job_id = await tx.broadcasts.create_job({"ja": "お知らせ", "en": "News"}, None, "subscribers", "ja",
                                                    "cli:test", NOW)
            job = await tx.broadcasts.claim_job("w1", NOW, NOW + lease, job_id)
            assert job is not None and job.texts == {"ja": "お知らせ", "en": "News"}
        async with repo.transaction() as tx:
            assert await tx.broadcasts.claim_job("w2", NOW, NOW + lease) is None  # w1's lease runs
            assert await tx.broadcasts.claim_job("w1", NOW + lease / 2, NOW + lease * 2, job_id) is not None
            chunk = await tx.broadcasts.take_telegram_chunk(job_id, 2)
            assert [(user, was) for _, user, _, was in chunk] == [("1", False), ("2", False)]
        later = NOW + lease * 3  # w1 stopped renewing: its lease ran out
        async with repo.transaction() as tx:
            assert await tx.broadcasts.claim_job("w2", later, later + lease) is not None
            await tx.broadcasts.finish_job(job_id, "done", later, worker="w1")  # w1 no longer holds it
            assert await tx.broadcasts.unfinished() == [job_id]
            chunk = await tx.broadcasts.take_telegram_chunk(job_id, 5)
            assert sorted((user, was) for _, user, _, was in chunk) == [("1", True), ("2", True), ("3", False)]
            await tx.broadcasts.settle_recipients(job_id, [(p, "unreachable" if u == "3" else "sent")
                                                           for p, u, _, _ in chunk])
            await tx.broadcasts.finish_job(job_id, "done", later, worker="w2")
            assert await tx.broadcasts.unfinished() == []
            assert await tx.broadcasts.report(job_id) == {"telegram": {"sent": 2, "unreachable": 1}}
            assert await tx.broadcasts.count_audience("subscribers") == {("telegram", "ja"): 2}
        async with repo.reading_broadcasts() as broadcasts:  # reads what was committed, without a transaction
            assert await broadcasts.report(job_id) == {"telegram": {"sent": 2, "unreachable": 1}}

    async def test_line_batches_keep_their_retry_keys(self, repo: Repository) -> None:
        for n in range(5):
            async with repo.transaction() as tx:
                await tx.save_person(PersonRecord("line", f"U{n}", "en" if n % 2 else "ja", updates=True), NOW)
        async with repo.transaction() as tx:
            job_id = await tx.broadcasts.create_job({"ja": "お知らせ"}, "https://example.org", "subscribers", "ja",
                                                    "cli:test", NOW, line_batch=2)
            batches = await tx.broadcasts.pending_line_batches(job_id)
            users = [await tx.broadcasts.batch_users(batch_id) for batch_id, _, _ in batches]
        assert users == [["U0", "U1"], ["U2", "U3"], ["U4"]]  # in id order, filled up to the size
        assert {locale for _, locale, _ in batches} == {"ja"}  # no English text: the default's
        assert len({key for _, _, key in batches}) == 3
        async with repo.transaction() as tx:
            await tx.broadcasts.settle_batch(batches[0][0], "sent")
            again = await tx.broadcasts.pending_line_batches(job_id)
        assert again == batches[1:]

    async def test_a_job_prepared_in_chunks_is_sent_only_once_complete(self, repo: Repository) -> None:
        for n in range(5):
            async with repo.transaction() as tx:
                await tx.save_person(PersonRecord("line", f"U{n}", "ja", updates=True), NOW)
        lease = timedelta(seconds=60)
        async with repo.transaction() as tx:
            job_id = await tx.broadcasts.start_job({"ja": "お知らせ"}, None, "subscribers", "cli:test", NOW,
                                                   "w1", NOW + lease)
            first = await tx.broadcasts.add_recipients(job_id, "subscribers", ("ja",), "ja", 0, 2)
            second = await tx.broadcasts.add_recipients(job_id, "subscribers", ("ja",), "ja", first[-1][0], 2)
        assert [(platform, locale) for _, platform, locale in first + second] == [("line", "ja")] * 4
        async with repo.transaction() as tx:
            assert await tx.broadcasts.unfinished() == []  # not sent while being prepared
            assert await tx.broadcasts.claim_job("w2", NOW, NOW + lease) is None
            assert await tx.broadcasts.abandon_unprepared(NOW) == []  # its lease still runs
        later = NOW + lease * 2  # w1 died while listing recipients
        async with repo.transaction() as tx:
            assert await tx.broadcasts.abandon_unprepared(later) == [job_id]
            job = await tx.broadcasts.get_job(job_id)
            assert job is not None and job.state == "stopped" and "nothing was sent" in job.note
            assert await tx.broadcasts.claim_job("w2", later, later + lease) is None
            assert not await tx.broadcasts.open_job(job_id)  # w1 cannot send it after all


async def test_database_file_is_private(tmp_path: Path) -> None:
    repo = SqliteRepository(f"sqlite:///{tmp_path / 'data' / 'petition.db'}")
    await repo.open()
    await add_person(repo)
    await repo.close()
    mode = stat.S_IMODE(os.stat(tmp_path / "data" / "petition.db").st_mode)
    assert mode == 0o600


def test_sqlite_urls() -> None:
    assert sqlite_path("sqlite:///data/petition.db") == "data/petition.db"
    assert sqlite_path("sqlite:////var/lib/bot/petition.db") == "/var/lib/bot/petition.db"
    assert sqlite_path("sqlite://") == ":memory:"
    with pytest.raises(ValueError):
        sqlite_path("postgres://x")
    with pytest.raises(ValueError):
        open_repository("mysql://x")


async def test_reopening_keeps_data_and_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    repo = SqliteRepository(url)
    await repo.open()
    await sign(repo, await add_person(repo))
    await repo.close()
    repo = SqliteRepository(url)
    await repo.open()
    assert (await repo.totals()).signatures == 1
    await repo.close()

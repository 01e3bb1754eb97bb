"""One contract, run against every repository implementation."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage import open_repository
from storage.base import PersonRecord
from storage.migrations import load_migrations
from storage.sqlite import SqliteRepository, sqlite_path

NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
IMPLEMENTATIONS = ["sqlite-file", "sqlite-memory"]


@pytest.fixture(params=IMPLEMENTATIONS)
async def repo(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SqliteRepository]:
    url = f"sqlite:///{tmp_path / 'contract.db'}" if request.param == "sqlite-file" else "sqlite://"
    repository = open_repository(url)
    await repository.open()
    yield repository
    await repository.close()


async def add_person(repo: SqliteRepository, user_id: str = "u1") -> PersonRecord:
    async with repo.transaction() as tx:
        return await tx.save_person(PersonRecord("test", user_id, language="ja"), NOW)


async def sign(repo: SqliteRepository, person: PersonRecord, name: str = "山田 花子", code: str = "code0001",
               referred_by: str | None = None) -> int:
    assert person.id is not None
    async with repo.transaction() as tx:
        return await tx.add_signature(person.id, name, "13", "1/ja/x", NOW, NOW, code, referred_by)


class TestRepositoryContract:
    async def test_migrations_are_applied(self, repo: SqliteRepository) -> None:
        assert await repo.schema_version() == len(load_migrations("sqlite"))

    async def test_person_round_trip(self, repo: SqliteRepository) -> None:
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

    async def test_an_event_is_claimed_once(self, repo: SqliteRepository) -> None:
        async with repo.transaction() as tx:
            assert await tx.claim_event("line", "ev1", NOW)
            assert not await tx.claim_event("line", "ev1", NOW)
            assert await tx.claim_event("telegram", "ev1", NOW)

    async def test_signer_numbers_are_never_reused(self, repo: SqliteRepository) -> None:
        first, second = await add_person(repo, "u1"), await add_person(repo, "u2")
        assert await sign(repo, first, code="aaaa1111") == 1
        async with repo.transaction() as tx:
            assert first.id is not None and await tx.delete_signature(first.id, "test", NOW)
        assert await sign(repo, second, code="bbbb2222") == 2
        totals = await repo.totals()
        assert (totals.signatures, totals.withdrawals, totals.people) == (1, 1, 2)

    async def test_withdrawal_keeps_no_name(self, repo: SqliteRepository) -> None:
        person = await add_person(repo)
        await sign(repo, person, name="Withdrawn Person")
        async with repo.transaction() as tx:
            assert person.id is not None
            assert await tx.delete_signature(person.id, "test", NOW)
            assert not await tx.delete_signature(person.id, "test", NOW)
            assert await tx.get_signature(person.id) is None
        if repo.path != ":memory:":
            await repo.close()
            assert b"Withdrawn Person" not in Path(repo.path).read_bytes()

    async def test_one_signature_per_person(self, repo: SqliteRepository) -> None:
        person = await add_person(repo)
        await sign(repo, person, code="aaaa1111")
        with pytest.raises(sqlite3.IntegrityError):
            await sign(repo, person, code="bbbb2222")
        assert (await repo.totals()).signatures == 1

    async def test_referrals_are_counted(self, repo: SqliteRepository) -> None:
        referrer, friend = await add_person(repo, "u1"), await add_person(repo, "u2")
        await sign(repo, referrer, code="ref00001")
        await sign(repo, friend, code="ref00002", referred_by="ref00001")
        async with repo.transaction() as tx:
            assert await tx.count_referrals("ref00001") == 1
            found = await tx.signature_by_code("ref00002")
            assert found is not None and found.referred_by == "ref00001"

    async def test_reachability_and_counters(self, repo: SqliteRepository) -> None:
        await add_person(repo)
        async with repo.transaction() as tx:
            assert await tx.set_reachable("test", "u1", False, NOW)
            assert not await tx.set_reachable("test", "nobody", False, NOW)
            person = await tx.get_person("test", "u1")
            assert person is not None and person.reachable is False
            assert await tx.bump_counter("line_pushes") == 1
            assert await tx.bump_counter("line_pushes", 4) == 5
            assert await tx.counter("unknown") == 0

    async def test_a_failed_transaction_leaves_nothing(self, repo: SqliteRepository) -> None:
        with pytest.raises(RuntimeError):
            async with repo.transaction() as tx:
                await tx.save_person(PersonRecord("test", "u1"), NOW)
                raise RuntimeError("crash in the middle")
        async with repo.transaction() as tx:
            assert await tx.get_person("test", "u1") is None

    async def test_concurrent_transactions_are_serialized(self, repo: SqliteRepository) -> None:
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

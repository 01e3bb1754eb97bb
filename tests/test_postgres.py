"""PostgreSQL beyond the shared contract: what must hold when several processes share one database.

Two repositories (two connection pools, as two bot instances have) work on one throwaway database:
an event id is claimed once, one person's steps never interleave, a broadcast job is claimed by one,
signer numbers stay unique. Also: migrations for both backends agree, and a database that cannot
be reached or cannot write is refused clearly.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from bot.app.assembly import build_service
from bot.core.campaign import load_campaign
from bot.core.config import ConfigError, load_settings
from bot.core.i18n import I18n
from bot.core.service import PetitionService
from bot.core.types import Event, EventKind
from storage import open_repository
from storage.base import DuplicateEvent, PersonRecord, StaleRead, StorageUnavailable
from storage.migrations import BACKENDS, load_migrations
from storage.postgres.repository import PostgresRepository
from tests.chat import ConsoleChat
from tests.pg import run_sync

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)


async def make_service(url: str) -> PetitionService:
    """A petition service on PostgreSQL (the caller closes `service.repo`)."""
    campaign = load_campaign()
    repo = open_repository(url)
    await repo.open()
    return build_service(repo, I18n(campaign.default_language, strict=True), campaign, clock=lambda: NOW)


@pytest.fixture
async def two(pg_url: str) -> AsyncIterator[tuple[PostgresRepository, PostgresRepository]]:
    """Two repositories on one database, as two instances of the bot have."""
    first, second = PostgresRepository(pg_url), PostgresRepository(pg_url)
    await asyncio.gather(first.open(), second.open())  # both migrate at once: each migration runs once
    yield first, second
    await asyncio.gather(first.close(), second.close())


def test_migrations_are_twins_for_every_backend() -> None:
    names = {backend: [m.name for m in load_migrations(backend)] for backend in BACKENDS}
    assert names["sqlite"] == names["postgres"] and names["sqlite"][0] == "0001_initial"


def test_a_migration_for_one_backend_only_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storage.migrations as migrations

    for backend in BACKENDS:
        (tmp_path / backend).mkdir()
        (tmp_path / backend / "0001_initial.sql").write_text("-- nothing\n")
    (tmp_path / "sqlite" / "0002_more.sql").write_text("-- only here\n")
    monkeypatch.setattr(migrations, "MIGRATIONS_DIR", tmp_path)
    with pytest.raises(ValueError, match="differ"):
        load_migrations("postgres")


async def test_both_instances_migrated_once(two: tuple[PostgresRepository, PostgresRepository]) -> None:
    first, second = two
    assert sorted([*first.applied, *second.applied]) == [m.name for m in load_migrations("postgres")]
    assert await first.schema_version() == await second.schema_version() == len(load_migrations("postgres"))


async def test_an_event_claimed_on_two_instances_at_once_is_applied_once(
    two: tuple[PostgresRepository, PostgresRepository],
) -> None:
    first, second = two
    results: list[bool] = []
    first_claimed = asyncio.Event()

    async def claim_then_hold() -> None:
        async with first.transaction() as tx:
            results.append(await tx.claim_event("line", "EV1", NOW))
            first_claimed.set()
            await asyncio.sleep(0.2)  # still uncommitted while the other instance claims the same id

    async def claim_later() -> None:
        await first_claimed.wait()
        async with second.transaction() as tx:
            results.append(await tx.claim_event("line", "EV1", NOW))  # waits for the first, then finds it

    await asyncio.gather(claim_then_hold(), claim_later())
    assert results == [True, False]

    async def claim_and_roll_back() -> None:
        with pytest.raises(RuntimeError):
            async with first.transaction() as tx:
                assert await tx.claim_event("line", "EV2", NOW)
                raise RuntimeError("crash before the commit")

    await claim_and_roll_back()
    async with second.transaction() as tx:
        assert await tx.claim_event("line", "EV2", NOW)  # the failed attempt left nothing


async def test_events_claimed_with_their_person_never_interleave_across_instances(
    two: tuple[PostgresRepository, PostgresRepository],
) -> None:
    async def attempt(repo: PostgresRepository, event_id: str, hold: bool) -> bool:
        async with repo.transaction() as tx:
            claimed, person = await tx.claim_and_get_person("line", event_id, NOW, "U2", hold=hold)
            if not claimed:
                return False
            person = person or PersonRecord("line", "U2")
            await asyncio.sleep(0)  # the other instance's transactions run here
            await tx.save_person(replace(person, position=person.position + 1), NOW)
            return True

    async def step(repo: PostgresRepository, n: int, event_id: str) -> bool:
        """As the service runs an event: read, write if unchanged, else again holding the person."""
        try:
            return await attempt(repo, event_id, hold=False)
        except StaleRead:
            return await attempt(repo, event_id, hold=True)
        except DuplicateEvent:
            return False

    # every event delivered to both instances at once; the first ones race to create U2
    applied = await asyncio.gather(*(step(repo, n, f"E{n}") for n in range(20) for repo in two))
    assert sum(applied) == 20
    async with two[0].transaction() as tx:
        person = await tx.get_person("line", "U2")
    assert person is not None and person.position == 20


async def test_one_persons_steps_never_interleave_across_instances(
    two: tuple[PostgresRepository, PostgresRepository],
) -> None:
    async def step(repo: PostgresRepository) -> None:
        async with repo.transaction() as tx:
            person = await tx.get_person("line", "U1") or PersonRecord("line", "U1")
            await asyncio.sleep(0)  # the other instance's transactions run here, but not for this person
            await tx.save_person(replace(person, position=person.position + 1), NOW)

    await asyncio.gather(*(step(repo) for repo in two for _ in range(25)))  # the first ones race to create U1
    async with two[0].transaction() as tx:
        person = await tx.get_person("line", "U1")
    assert person is not None and person.position == 50
    assert (await two[1].totals()).people == 1


async def test_signer_numbers_are_unique_across_instances(two: tuple[PostgresRepository, PostgresRepository]) -> None:
    async def sign(repo: PostgresRepository, n: int) -> int:
        async with repo.transaction() as tx:
            person = await tx.save_person(PersonRecord("telegram", str(n)), NOW)
            assert person.id is not None
            return await tx.add_signature(person.id, f"Signer {n}", None, "1/en/x", NOW, NOW, f"code{n:04d}", None)

    numbers = await asyncio.gather(*(sign(two[n % 2], n) for n in range(40)))
    assert sorted(numbers) == list(range(1, 41))


async def test_a_job_being_claimed_is_skipped_not_waited_for(
    two: tuple[PostgresRepository, PostgresRepository],
) -> None:
    first, second = two
    async with first.transaction() as tx:
        await tx.save_person(PersonRecord("telegram", "1", "ja", updates=True), NOW)
        job_id = await tx.broadcasts.create_job({"ja": "お知らせ"}, None, "subscribers", "ja", "cli:test", NOW)
    lease = NOW + timedelta(seconds=60)
    claimed = asyncio.Event()
    release = asyncio.Event()

    async def hold_claim() -> None:
        async with first.transaction() as tx:
            assert await tx.broadcasts.claim_job("w1", NOW, lease, job_id) is not None
            claimed.set()
            await release.wait()  # the row stays locked until this commits

    holder = asyncio.create_task(hold_claim())
    await claimed.wait()
    async with second.transaction() as tx:  # would wait for the lock without SKIP LOCKED
        taken = await asyncio.wait_for(tx.broadcasts.claim_job("w2", NOW, lease), timeout=30)
    release.set()
    await holder
    assert taken is None
    async with second.transaction() as tx:
        assert await tx.broadcasts.owner(job_id) == "w1"
        assert await tx.broadcasts.claim_job("w2", NOW, lease) is None  # the lease runs: still w1's


async def test_an_unreachable_server_is_named_without_its_password() -> None:
    repo = open_repository("postgresql://bot:s3cret-password@127.0.0.1:9/petition")  # port 9: nothing listens
    with pytest.raises(StorageUnavailable) as raised:
        await repo.open()
    assert "127.0.0.1:9/petition" in str(raised.value) and "s3cret" not in str(raised.value)


async def test_a_read_only_database_refuses_the_event_clearly(pg_url: str) -> None:
    service = await make_service(pg_url)
    chat = ConsoleChat(service)
    await chat.say("/start")
    await service.repo.close()
    database = pg_url.rsplit("/", 1)[1]
    run_sync(lambda: _execute(pg_url, f'ALTER DATABASE "{database}" SET default_transaction_read_only = on'))
    try:
        service = await make_service(pg_url)  # new connections are read-only now
        handled = await service.handle(Event("telegram", "42", EventKind.TEXT, text="/start", event_id="E1"))
        assert handled.failed and handled.messages[0].message_id == "storage-unavailable"
        await service.repo.close()
    finally:
        run_sync(lambda: _execute(pg_url, "SET default_transaction_read_only = off",
                                  f'ALTER DATABASE "{database}" RESET default_transaction_read_only'))
    service = await make_service(pg_url)
    handled = await service.handle(Event("telegram", "42", EventKind.TEXT, text="/start", event_id="E1"))
    assert not handled.failed and not handled.duplicate  # the refused event was not recorded
    await service.repo.close()


async def _execute(url: str, *statements: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()


def test_settings_accept_postgresql_and_require_a_shared_telegram_secret() -> None:
    base = {"DATABASE_URL": "postgresql://bot:pw@db.internal:5432/petition"}
    assert load_settings(base, env_file=None).database_url.startswith("postgresql://")
    webhook = {**base, "TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram/webhook"}
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
        load_settings(webhook, env_file=None)
    assert load_settings({**webhook, "TELEGRAM_WEBHOOK_SECRET": "shared-secret"}, env_file=None)
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        load_settings({"DATABASE_URL": "mysql://x"}, env_file=None)


def test_migrate_command(pg_url: str, tmp_path: Path) -> None:
    def migrate() -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "DATABASE_URL": pg_url}
        return subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "migrate"], capture_output=True, text=True,
                              cwd=tmp_path, env=env, timeout=60)

    first = migrate()
    assert first.returncode == 0, first.stderr
    assert f"schema version {len(load_migrations('postgres'))}" in first.stdout
    assert "applied 0001_initial, 0002_referrals_counters, 0003_organizers" in first.stdout
    again = migrate()
    assert again.returncode == 0 and "nothing to apply" in again.stdout

"""`run_bot.py copy-db`: a SQLite campaign moved to PostgreSQL whole, numbers and sequences kept."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage import open_repository
from storage.base import PersonRecord, Repository
from storage.sqlite.repository import SqliteRepository

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)


async def campaign(url: str) -> None:
    """Signatures with a referral and two withdrawals (the last signer's among them), a half-typed
    signature, a blocked person, events, counters, an audit entry and an unfinished broadcast."""
    repo = SqliteRepository(url)
    await repo.open()
    people = []
    for n, (platform, language) in enumerate([("telegram", "ja"), ("line", "en"), ("line", "ja"), ("telegram", "en")]):
        async with repo.transaction() as tx:
            person = await tx.save_person(PersonRecord(platform, f"user{n}", language, "menu", updates=n != 1), NOW)
            assert person.id is not None
            at = NOW + timedelta(hours=n * 12)
            await tx.add_signature(person.id, f"署名者 {n}", "13" if n else None, "1/ja/abc", at, at, f"code000{n}",
                                   "code0000" if n == 2 else None)
            await tx.claim_event(platform, f"event-{n}", at)
        people.append(person)
    async with repo.transaction() as tx:
        assert people[3].id is not None and people[1].id is not None
        await tx.delete_signature(people[3].id, "telegram", NOW)  # the highest number, 4, is withdrawn
        await tx.delete_signature(people[1].id, "line", NOW)
        draft = {"name": "山田 花子", "consented_at": NOW.isoformat()}
        await tx.save_person(PersonRecord("line", "typing", "ja", "prefecture", 2, draft, True, False, "code0000"), NOW)
        await tx.bump_counter("line_pushes", 3)
        job = await tx.broadcasts.create_job({"ja": "お知らせ", "en": "News"}, "https://example.org", "subscribers",
                                             "ja", "cli:organizer", NOW)
    await repo.add_audit(NOW, "cli:organizer", "broadcast", f"job {job}", 3)
    await repo.close()


async def snapshot(repo: Repository) -> dict[str, object]:
    """Everything an organizer or a person could see."""
    async with repo.transaction() as tx:
        known = [("telegram", "user0"), ("line", "user1"), ("line", "user2"), ("telegram", "user3"), ("line", "typing")]
        people = [await tx.get_person(platform, user_id) for platform, user_id in known]
        signatures = [await tx.get_signature(p.id) for p in people if p is not None and p.id is not None]
        job = await tx.broadcasts.get_job(1)
        batches = [(*b, await tx.broadcasts.batch_users(b[0])) for b in await tx.broadcasts.pending_line_batches(1)]
        report = await tx.broadcasts.report(1)
        counter = await tx.counter("line_pushes")
    return {
        "people": people, "signatures": signatures, "job": job, "batches": batches, "report": report,
        "counter": counter, "stats": await repo.stats(), "totals": await repo.totals(), "audit": await repo.audit(),
        "export": [row async for row in repo.export_rows()],
    }


def copy_db(source: str, target: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "copy-db", "--from", source, "--to", target],
                          capture_output=True, text=True, cwd=cwd, env=dict(os.environ), timeout=120)


async def test_copy_db_moves_every_table_and_keeps_numbers(pg_url: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'old.db'}"
    await campaign(source)
    result = await asyncio.to_thread(copy_db, source, pg_url, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "signatures: 2 rows" in result.stdout and "people: 5 rows" in result.stdout
    # the two who withdrew get no updates any more: the subscribers' broadcast has 2 recipients
    assert "broadcast_recipients: 2 rows" in result.stdout and "processed_events: 4 rows" in result.stdout
    assert "withdrawal_days: 2 rows" in result.stdout  # one per (day, platform), no moment, no account

    old, new = SqliteRepository(source), open_repository(pg_url)
    await old.open()
    await new.open()
    try:
        before, after = await snapshot(old), await snapshot(new)
        for key in before:
            assert after[key] == before[key], key
        assert [s.number for s in before["signatures"] if s] == [1, 3]  # type: ignore[attr-defined]
        async with new.transaction() as tx:  # the sequences go on where SQLite's stopped
            person = await tx.save_person(PersonRecord("telegram", "newcomer"), NOW)
            assert person.id == 6
            assert await tx.add_signature(person.id, "新しい署名者", None, "1/ja/abc", NOW, NOW, "code0009", None) == 5
            assert not await tx.claim_event("line", "event-1", NOW)  # an event applied before the move stays applied
    finally:
        await old.close()
        await new.close()

    again = await asyncio.to_thread(copy_db, source, pg_url, tmp_path)
    assert again.returncode == 2 and "already holds data" in again.stderr


async def test_copy_db_refuses_the_wrong_direction(tmp_path: Path) -> None:
    result = await asyncio.to_thread(copy_db, "postgresql://x@127.0.0.1/a", "sqlite:///b.db", tmp_path)
    assert result.returncode == 2 and "--from must be a SQLite database file" in result.stderr

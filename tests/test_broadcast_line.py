"""Broadcasts on LINE through the fake Messaging API: multicast batches of at most 500 per language,
the rate limit and the monthly quota enforced by the fake, a kill in the middle, and billing."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.core.service import PetitionService
from testkit.line_api import ACCESS_TOKEN, SECRET, FakeLineApi
from tests.conftest import FIXED_NOW, make_service

ROOT = Path(__file__).resolve().parent.parent
TEXTS = {"ja": "署名を国会に提出しました。", "en": "We handed the signatures to the Diet."}


@pytest.fixture
async def api() -> AsyncIterator[FakeLineApi]:
    fake = FakeLineApi()
    fake.url = await fake.start()  # type: ignore[attr-defined]
    yield fake
    await fake.close()


async def seed_line(service: PetitionService, n: int, prefix: str = "U", **columns: int) -> list[str]:
    values = {"updates": 1, "reachable": 1, **columns}
    ids = [f"{prefix}{i:032x}" for i in range(n)]
    rows = [(uid, "ja" if i % 2 else "en", values["updates"], values["reachable"], FIXED_NOW.isoformat())
            for i, uid in enumerate(ids)]
    async with service.repo.transaction():
        await service.repo.db.executemany(
            "INSERT INTO people (platform, user_id, language, updates, reachable, created_at, updated_at)"
            " VALUES ('line', ?, ?, ?, ?, ?, ?5)", rows)
    return ids


async def cli(api: Any, db_url: str, tmp_path: Path, *args: str, rate: str = "200") -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LINE_"))}
    env.update(DATABASE_URL=db_url, LINE_CHANNEL_SECRET=SECRET, LINE_CHANNEL_ACCESS_TOKEN=ACCESS_TOKEN,
               LINE_API_URL=api.url, LINE_MULTICAST_RATE=rate, NO_PROXY="127.0.0.1,localhost",
               ORGANIZER_NAME="Aiko")
    for locale, text in TEXTS.items():
        (tmp_path / f"{locale}.txt").write_text(text, encoding="utf-8")
    return await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "run_bot.py"), "broadcast", *args, cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, stdin=asyncio.subprocess.DEVNULL)


def texts_by_user(api: FakeLineApi) -> dict[str, set[str]]:
    got: dict[str, set[str]] = {}
    for call in api.made("multicast"):
        if call.status == 200:
            for user in call.body["to"]:
                got.setdefault(user, set()).add(call.messages[0]["text"])
    return got


async def test_multicast_reaches_the_right_people_once_in_their_language(
    api: Any, db_url: str, tmp_path: Path
) -> None:
    service = await make_service(db_url)
    people = await seed_line(service, 3000)
    declined = await seed_line(service, 100, prefix="D", updates=0)
    unfollowed = await seed_line(service, 100, prefix="X", reachable=0)
    await service.repo.close()
    api.quota, api.multicast_rate = 100_000, 4  # the bot may send 200/s: the fake's 429s must be waited out
    process = await cli(api, db_url, tmp_path, "--text", "ja=ja.txt", "--text", "en=en.txt",
                        "--link", "https://example.org/news", "--yes")
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
    assert set(api.delivered) == set(people) and set(api.delivered.values()) == {1}
    assert not set(api.delivered) & (set(declined) | set(unfollowed))
    got = texts_by_user(api)
    assert got[people[1]] == {TEXTS["ja"] + "\nhttps://example.org/news"}
    assert got[people[0]] == {TEXTS["en"] + "\nhttps://example.org/news"}
    accepted = [c for c in api.made("multicast") if c.status == 200]
    assert len(accepted) == 6 and all(len(c.body["to"]) <= 500 for c in accepted)
    assert all(len({got[u].copy().pop() for u in c.body["to"]}) == 1 for c in accepted)  # one language per batch
    assert any(c.status == 429 for c in api.made("multicast")), "the rate limit was never reached"
    assert api.used == 3000  # billable messages = recipients
    assert "line: 3,000 sent" in out.decode()
    service = await make_service(db_url)
    assert (await service.repo.stats()).counters.get("line_broadcast_messages") == 3000
    await service.repo.close()


async def test_a_killed_broadcast_resumes_without_sending_anyone_twice(
    api: Any, db_url: str, tmp_path: Path
) -> None:
    service = await make_service(db_url)
    people = await seed_line(service, 5000)
    await service.repo.close()
    api.quota = 100_000
    process = await cli(api, db_url, tmp_path, "--text", "ja=ja.txt", "--text", "en=en.txt", "--yes", rate="3")
    while len([c for c in api.made("multicast") if c.status == 200]) < 3:
        await asyncio.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    await process.wait()
    assert len(api.delivered) < 5000
    resumed = await cli(api, db_url, tmp_path, "--resume")
    out, err = await asyncio.wait_for(resumed.communicate(), 120)
    assert resumed.returncode == 0, err.decode()
    assert set(api.delivered) == set(people) and set(api.delivered.values()) == {1}
    assert api.used == 5000
    assert "line: 5,000 sent" in out.decode()


async def test_quota_exhaustion_stops_with_a_clear_report(api: Any, db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_line(service, 3000)
    await service.repo.close()
    api.quota = 1200
    for last in ("--dry-run", "--yes"):  # a dry run refuses exactly as the send does: nothing starts
        process = await cli(api, db_url, tmp_path, "--text", "ja=ja.txt", "--text", "en=en.txt", last)
        out, err = await process.communicate()
        assert process.returncode == 1 and "LINE quota: 1,200 messages left this month." in out.decode()
        assert "LINE can take only 1,200 more messages this month, but 3,000 LINE recipients" in err.decode()
        assert "--partial" in err.decode() and api.used == 0
    process = await cli(api, db_url, tmp_path, "--text", "ja=ja.txt", "--text", "en=en.txt", "--partial", "--yes")
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
    assert "Partial send chosen: 1,200 of 3,000 LINE recipients will get it" in out.decode()
    assert api.used <= 1200 and len(api.delivered) == api.used
    report = out.decode()
    assert "stopped: LINE monthly message quota reached" in report and "not sent" in report
    service = await make_service(db_url)
    async with service.repo.transaction() as tx:
        job = await tx.broadcasts.get_job(1)
    assert job is not None and job.state == "stopped" and "quota" in job.note
    await service.repo.close()

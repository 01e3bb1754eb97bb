"""The broadcast engine against in-process senders: audience, languages, resume, quota, cancel, blocks.

`LineOutbox` and `TelegramOutbox` stand in for the channels' senders (the engine's only contact with a
platform), so that thousands of recipients and a crash in the middle of a call stay cheap and exact.
The same engine over HTTP, against the fake platforms of testkit/, is in test_broadcast_line.py and
test_broadcast_telegram.py.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest

from bot.core.service import PetitionService
from bot.core.types import OutMessage
from bot.organizing import broadcast
from bot.organizing.broadcast import BroadcastEngine
from bot.organizing.sending import SendResult, Sent
from tests.conftest import FIXED_NOW

TEXTS = {"ja": "署名を提出しました", "en": "The signatures were delivered"}


class LineOutbox:
    """Takes multicasts like LINE: 500 recipients at most, retry keys, a monthly quota."""

    def __init__(self, quota: int | None = None, fail_after: int | None = None) -> None:
        self.delivered: Counter[str] = Counter()
        self.texts: dict[str, str] = {}
        self.accepted_keys: set[str] = set()
        self.limit, self.used, self.calls = quota, 0, 0
        self.fail_after = fail_after  # raise after this many calls, as a crash in the middle

    async def multicast(self, user_ids: Sequence[str], message: OutMessage, retry_key: str) -> SendResult:
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise asyncio.CancelledError  # the process dies here
        assert len(user_ids) <= 500
        if retry_key in self.accepted_keys:
            return SendResult(Sent.OK, detail="409 already accepted")
        if self.limit is not None and self.used + len(user_ids) > self.limit:
            return SendResult(Sent.QUOTA)
        self.accepted_keys.add(retry_key)
        self.used += len(user_ids)
        for user in user_ids:
            self.delivered[user] += 1
            self.texts[user] = message.text
        return SendResult(Sent.OK)

    async def quota(self) -> tuple[int | None, int]:
        return self.limit, self.used


class TelegramOutbox:
    """Takes sends like Telegram: the first is refused with a retry_after, blocked people are unreachable."""

    def __init__(self, blocked: set[str] | None = None, fail_after: int | None = None) -> None:
        self.delivered: Counter[str] = Counter()
        self.texts: dict[str, str] = {}
        self.blocked = blocked or set()
        self.calls, self.fail_after, self.throttled = 0, fail_after, False

    async def send_update(self, user_id: str, message: OutMessage) -> SendResult:
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise asyncio.CancelledError
        if not self.throttled:
            self.throttled = True
            return SendResult(Sent.RATE_LIMITED, retry_after=0.01)
        if user_id in self.blocked:
            return SendResult(Sent.UNREACHABLE)
        self.delivered[user_id] += 1
        self.texts[user_id] = message.text
        return SendResult(Sent.OK)


async def seed(service: PetitionService, platform: str, n: int, **overrides: object) -> list[str]:
    """Add n people on a platform: language alternating ja/en, updates yes, reachable."""
    rows = []
    for i in range(n):
        person = {"language": "ja" if i % 2 else "en", "updates": 1, "reachable": 1, **overrides}
        rows.append((platform, f"{platform}-{overrides.get('tag', '')}{i}", person["language"], person["updates"],
                     person["reachable"], FIXED_NOW.isoformat(), FIXED_NOW.isoformat()))
    async with service.repo.transaction():
        await service.repo.db.executemany(
            "INSERT INTO people (platform, user_id, language, updates, reachable, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return [row[1] for row in rows]


def engine(service: PetitionService, line: LineOutbox | None, telegram: TelegramOutbox | None,
           clock: datetime = FIXED_NOW) -> BroadcastEngine:
    return BroadcastEngine(service.repo, service.i18n, lambda: clock, line, telegram,
                           line_rate=10_000, telegram_rate=10_000, telegram_chunk=40)


async def test_the_right_people_get_the_right_language(service: PetitionService) -> None:
    line_people = await seed(service, "line", 1200)
    tg_people = await seed(service, "telegram", 300)
    await seed(service, "line", 50, updates=0, tag="declined")
    await seed(service, "telegram", 50, reachable=0, tag="blocked")
    await seed(service, "console", 5)
    line, tg = LineOutbox(), TelegramOutbox()
    bc = engine(service, line, tg)
    job = await bc.create(TEXTS, "https://example.org/news", "subscribers", "cli:test")
    report = await bc.run(job)
    assert report == {"line": {"sent": 1200}, "telegram": {"sent": 300}}
    assert set(line.delivered) == set(line_people) and set(line.delivered.values()) == {1}
    assert set(tg.delivered) == set(tg_people) and set(tg.delivered.values()) == {1}
    assert line.texts["line-1"] == TEXTS["ja"] and line.texts["line-0"] == TEXTS["en"]
    assert line.calls == 4  # 600 per language in batches of at most 500
    audit = await service.repo.audit()
    assert audit[0].action == "broadcast" and audit[0].count == 1500


async def test_recipients_listed_in_small_chunks_still_fill_whole_line_batches(
    service: PetitionService, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(broadcast, "PREPARE_CHUNK", 7)  # 1,300 transactions: people signing never wait long
    line_people = await seed(service, "line", 1200)
    await seed(service, "telegram", 100)
    line, tg = LineOutbox(), TelegramOutbox()
    bc = engine(service, line, tg)
    job = await bc.create(TEXTS, None, "subscribers", "cli:test")
    assert await bc.run(job) == {"line": {"sent": 1200}, "telegram": {"sent": 100}}
    assert set(line.delivered) == set(line_people) and set(line.delivered.values()) == {1}
    assert line.calls == 4  # as few multicasts as listing everyone at once: 500 + 100 per language


async def test_a_language_without_text_gets_the_default(service: PetitionService) -> None:
    await seed(service, "telegram", 4)
    tg = TelegramOutbox()
    bc = engine(service, None, tg)
    await bc.run(await bc.create({"ja": "お知らせ"}, None, "subscribers", "cli:test"))
    assert set(tg.texts.values()) == {"お知らせ"}


async def test_audiences_narrow_the_recipients(service: PetitionService) -> None:
    await seed(service, "telegram", 10)
    tg = TelegramOutbox()
    bc = engine(service, None, tg)
    await bc.run(await bc.create(TEXTS, None, "lang:en", "cli:test"))
    assert len(tg.delivered) == 5 and all(tg.texts[u] == TEXTS["en"] for u in tg.delivered)
    tg2 = TelegramOutbox()
    bc2 = engine(service, None, tg2)
    await bc2.run(await bc2.create(TEXTS, None, "signers", "cli:test"))
    assert not tg2.delivered  # nobody has signed


async def test_a_crash_in_the_middle_resumes_without_repeating_line(service: PetitionService) -> None:
    await seed(service, "line", 2600)
    await seed(service, "telegram", 200)
    line = LineOutbox(fail_after=3)
    crashed = engine(service, line, TelegramOutbox())
    job = await crashed.create(TEXTS, None, "subscribers", "cli:test")
    try:
        await crashed.run(job)
    except asyncio.CancelledError:
        pass
    assert 0 < sum(line.delivered.values()) < 2600
    # Another worker only takes the job once the first worker's lease has run out.
    assert await engine(service, line, TelegramOutbox()).run(job) != {"line": {"sent": 2600}}
    line.fail_after = None
    tg = TelegramOutbox(fail_after=150)
    later = engine(service, line, tg, clock=FIXED_NOW + timedelta(minutes=2))
    try:
        await later.run(job)
    except asyncio.CancelledError:
        pass
    tg.fail_after = None
    report = await engine(service, line, tg, clock=FIXED_NOW + timedelta(minutes=4)).run(job)
    assert set(line.delivered.values()) == {1} and len(line.delivered) == 2600
    assert report["line"] == {"sent": 2600}
    telegram = report["telegram"]
    assert telegram.get("sent", 0) + telegram.get("uncertain", 0) == 200
    repeated = sum(n - 1 for n in tg.delivered.values())
    assert 0 < repeated <= telegram.get("uncertain", 0) <= later.telegram_chunk


async def test_quota_exhaustion_stops_the_job(service: PetitionService) -> None:
    await seed(service, "line", 1000)
    line = LineOutbox(quota=600)
    bc = engine(service, line, None)
    job = await bc.create(TEXTS, None, "subscribers", "cli:test")
    report = await bc.run(job)
    assert report["line"].get("sent") == 500 and report["line"].get("pending") == 500
    async with service.repo.transaction() as tx:
        stored = await tx.broadcasts.get_job(job)
    assert stored is not None and stored.state == "stopped" and "quota" in stored.note


async def test_cancel_stops_sending(service: PetitionService) -> None:
    await seed(service, "telegram", 300)
    tg = TelegramOutbox()
    bc = BroadcastEngine(service.repo, service.i18n, lambda: FIXED_NOW, None, tg, telegram_rate=200)
    job = await bc.create(TEXTS, None, "subscribers", "cli:test")
    task = asyncio.create_task(bc.run(job))
    while sum(tg.delivered.values()) < 50:
        await asyncio.sleep(0.01)
    assert await bc.cancel(job)
    report = await task
    assert report["telegram"].get("pending", 0) > 0
    assert sum(tg.delivered.values()) < 300


async def test_blocked_people_are_marked_unreachable(service: PetitionService) -> None:
    people = await seed(service, "telegram", 6)
    tg = TelegramOutbox(blocked={people[0]})
    bc = engine(service, None, tg)
    report = await bc.run(await bc.create(TEXTS, None, "subscribers", "cli:test"))
    assert report["telegram"] == {"sent": 5, "unreachable": 1}
    async with service.repo.transaction() as tx:
        person = await tx.get_person("telegram", people[0])
    assert person is not None and not person.reachable

"""Broadcasts on Telegram through the fake Bot API: the command line (with a kill in the middle) and
an organizer's chat, with the fake's flood limit and blocked people."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from pathlib import Path

from bot.channels.telegram.broadcast import telegram_broadcaster
from bot.core.service import PetitionService
from bot.organizing.broadcast import BroadcastEngine
from testkit.telegram_api import FakeTelegram, TelegramPerson, bot_settings, running_bot
from tests.conftest import FIXED_NOW, make_service

ROOT = Path(__file__).resolve().parent.parent
TEXTS = {"ja": "署名を国会に提出しました。", "en": "We handed the signatures to the Diet."}


async def seed_telegram(service: PetitionService, n: int, start: int = 10_000, **columns: int) -> list[int]:
    """Add n Telegram people with numeric chat ids; half Japanese, half English; opted in unless told."""
    values = {"updates": 1, "reachable": 1, **columns}
    rows = [(f"{start + i}", "ja" if i % 2 else "en", values["updates"], values["reachable"], FIXED_NOW.isoformat())
            for i in range(n)]
    async with service.repo.transaction():
        await service.repo.db.executemany(
            "INSERT INTO people (platform, user_id, language, updates, reachable, created_at, updated_at)"
            " VALUES ('telegram', ?, ?, ?, ?, ?, ?5)", rows)
    return [start + i for i in range(n)]


def received(fake: FakeTelegram) -> Counter[int]:
    return Counter(m.chat_id for m in fake.messages if m.from_bot)


async def run_cli(fake: FakeTelegram, db_url: str, tmp_path: Path, *args: str,
                  env: dict[str, str] | None = None) -> asyncio.subprocess.Process:
    given = env or {}
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LINE_"))}
    env.update(DATABASE_URL=db_url, TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_URL=fake.url,
               TELEGRAM_BROADCAST_RATE="1000", ORGANIZER_NAME="Aiko")
    env.update(given)
    for locale, text in TEXTS.items():
        (tmp_path / f"{locale}.txt").write_text(text, encoding="utf-8")
    return await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "run_bot.py"), "broadcast", *args, cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, stdin=asyncio.subprocess.DEVNULL)


async def test_the_right_people_get_the_right_language_within_the_flood_limit(
    fake: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    service = await make_service(db_url)
    people = await seed_telegram(service, 2000)
    declined = await seed_telegram(service, 100, start=50_000, updates=0)
    gone = await seed_telegram(service, 50, start=60_000, reachable=0)
    await service.repo.close()
    fake.blocked.update(people[:20])
    fake.send_rate = 250  # below the bot's 1000/s: the fake answers 429 and the bot waits it out
    process = await run_cli(fake, db_url, tmp_path, "--text", "ja=ja.txt", "--text", "en=en.txt", "--yes")
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode == 0, err.decode()
    got = received(fake)
    assert set(got) == set(people[20:]) and set(got.values()) == {1}
    assert not set(got) & (set(declined) | set(gone))
    texts = {m.chat_id: m.text for m in fake.messages}
    assert texts[people[21]] == TEXTS["ja"] and texts[people[22]] == TEXTS["en"]
    assert fake.called("sendMessage", 429), "the flood limit was never reached"
    report = out.decode()
    assert "telegram: 1,980 sent" in report and "telegram: 20 unreachable" in report
    service = await make_service(db_url)
    async with service.repo.transaction() as tx:
        blocked = await tx.get_person("telegram", str(people[0]))
    assert blocked is not None and not blocked.reachable
    await service.repo.close()


async def test_a_killed_broadcast_resumes_and_repeats_at_most_what_was_in_flight(
    fake: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    service = await make_service(db_url)
    people = await seed_telegram(service, 2000)
    await service.repo.close()
    fake.send_rate = 400
    process = await run_cli(fake, db_url, tmp_path, "--text", "ja=ja.txt", "--text", "en=en.txt", "--yes")
    while sum(received(fake).values()) < 500:
        await asyncio.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    await process.wait()
    before = sum(received(fake).values())
    assert before < 2000
    resumed = await run_cli(fake, db_url, tmp_path, "--resume")
    out, err = await asyncio.wait_for(resumed.communicate(), 120)
    assert resumed.returncode == 0, err.decode()
    got = received(fake)
    assert set(got) == set(people)
    repeated = sum(n - 1 for n in got.values())
    report = out.decode()
    uncertain = int(report.split(" uncertain")[0].split()[-1].replace(",", "")) if "uncertain" in report else 0
    assert repeated <= uncertain <= 1000  # only messages in flight at the kill (one chunk) may repeat
    assert "sent" in out.decode()


async def test_a_dry_run_only_counts(fake: FakeTelegram, db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    await seed_telegram(service, 10)
    await service.repo.close()
    process = await run_cli(fake, db_url, tmp_path, "--text", "ja=ja.txt", "--dry-run")
    out, _ = await process.communicate()
    assert process.returncode == 0 and "Recipients: 10 on Telegram" in out.decode()
    assert "all checks passed" in out.decode() and "Nothing was sent" in out.decode()
    assert not fake.called("sendMessage")


async def test_an_organizer_broadcasts_from_a_telegram_chat(fake: FakeTelegram, db_url: str) -> None:
    async with telegram_broadcaster(bot_settings(fake)) as sender:
        service = await make_service(
            db_url, organizers=lambda platform, user_id: (platform, user_id) == ("telegram", "777"),
            engine=lambda repo, i18n: BroadcastEngine(repo, i18n, lambda: FIXED_NOW, None, sender, telegram_rate=1000))
        await organizer_broadcasts_in_chat(fake, service)


async def organizer_broadcasts_in_chat(fake: FakeTelegram, service: PetitionService) -> None:
    """An organizer drafts, previews and sends an update from their chat; someone else is refused."""
    people = await seed_telegram(service, 40)
    async with running_bot(fake, service):
        organizer = TelegramPerson(fake, 777, language_code="en")
        await organizer.say("/broadcast")
        organizer.expect("in 日本語")
        await organizer.say(TEXTS["ja"])
        await organizer.say(TEXTS["en"])
        await organizer.press("No more languages")
        await organizer.press("No link")
        await organizer.press("Signers only")
        organizer.expect("Recipients: 0 on Telegram")
        await organizer.say("/broadcast")
        await organizer.say(TEXTS["ja"])
        await organizer.say(TEXTS["en"])
        await organizer.press("No more languages")
        await organizer.say("https://example.org/news")
        await organizer.press("All subscribers")
        organizer.expect(TEXTS["ja"], TEXTS["en"], "Recipients: 40 on Telegram")
        await organizer.press("Send")
        organizer.expect("is being sent")
        await asyncio.wait_for(asyncio.gather(*service.desk.running.values()), 30)
        await asyncio.sleep(0.1)
        assert set(received(fake)) >= set(people)
        assert "is finished" in fake.sent_to(777)[-1].text and "Sent: 40" in fake.sent_to(777)[-1].text
        await organizer.say("/stats")
        assert 777 in fake.photos
        someone = TelegramPerson(fake, 888, language_code="en")
        await someone.say("/broadcast")
        someone.expect("/sign")
        someone.expect_not("in 日本語")
    await service.repo.close()

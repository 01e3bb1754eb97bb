"""Two real bot processes (`run_bot.py serve`) on one PostgreSQL database, side by side.

- Every LINE event and a Telegram update are delivered to both processes at once: each is applied
  once and answered once, and every signature is recorded exactly once with its own signer number.
- A conversation whose events alternate between the processes (as a load balancer sends them) goes
  on where it was, whichever process gets the next event.
- Broadcast jobs waiting at start are each sent by exactly one process; when the process sending one
  is killed (SIGKILL), the other takes the job over and finishes it, and nobody gets the update twice
  except the few messages that were in flight at the kill, which the report counts as uncertain.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
import pytest

from storage.base import PersonRecord
from storage.postgres.repository import PostgresRepository
from testkit.line_api import ACCESS_TOKEN, SECRET, FakeLineApi, LinePlatform, LineUser, sign
from testkit.telegram_api import FakeTelegram
from tests.bot_process import BotProcess, bot_processes, wait_for

TELEGRAM_SECRET = "two-instances-secret"
TELEGRAM_HOOK = "https://bot.example.org/telegram/webhook"


class TwoInstanceLine(LinePlatform):
    """LINE's side of the webhook, posting to real processes: each event to both at once, or in turn."""

    def __init__(self, api: FakeLineApi, bots: list[BotProcess]) -> None:
        self.api, self.bots = api, bots
        self.turn = 0
        self.both = True  # deliver every event to every process at once (False: one process, in turn)
        self.statuses: Counter[int] = Counter()

    async def post(self, body: bytes, signature: str | None) -> int:
        headers = {"Content-Type": "application/json", "X-Line-Signature": signature or ""}
        targets = self.bots if self.both else [self.bots[self.turn % len(self.bots)]]
        self.turn += 1
        async with aiohttp.ClientSession() as session:

            async def one(bot: BotProcess) -> int:
                async with session.post(f"{bot.url}/line/webhook", data=body, headers=headers) as response:
                    return response.status

            statuses = await asyncio.gather(*(one(bot) for bot in targets))
        self.statuses.update(statuses)
        tokens = [e["replyToken"] for e in json.loads(body)["events"] if "replyToken" in e]
        await wait_for(lambda: self._replied(tokens), f"the replies to {len(tokens)} LINE events", timeout=20)
        return 200 if set(statuses) == {200} else max(statuses)

    async def _replied(self, tokens: list[str]) -> bool:
        answered = {call.body.get("replyToken") for call in self.api.made("reply")}
        return all(token in answered for token in tokens)


def settings(pg_url: str, line_url: str | None, telegram_url: str, **more: str) -> dict[str, str]:
    values = {
        "DATABASE_URL": pg_url, "TELEGRAM_BOT_TOKEN": FakeTelegram().token, "TELEGRAM_API_URL": telegram_url,
        "TELEGRAM_WEBHOOK_URL": TELEGRAM_HOOK, "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET, **more,
    }
    if line_url is not None:
        values.update(LINE_CHANNEL_SECRET=SECRET, LINE_CHANNEL_ACCESS_TOKEN=ACCESS_TOKEN, LINE_API_URL=line_url)
    return values


async def sign_up(user: LineUser, name: str) -> int:
    """Follow, choose English, sign; return the signer number the bot shows under status."""
    await user.open()
    await user.press("English")
    await user.press("Sign")
    await user.press("I agree")
    await user.say(name)
    await user.say("Tokyo")
    await user.press("No, thanks")
    await user.press("Confirm and sign")
    assert "So far" in user.screen, user.screen
    await user.say("status")  # the thanks says the total; the signer's own number is under status
    match = re.search(r"signer no\. (\d+)", user.screen)
    assert match, user.screen
    return int(match.group(1))


async def test_events_and_signatures_are_applied_once_across_two_instances(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    api, telegram = FakeLineApi(), FakeTelegram()
    line_url = await api.start()
    await telegram.start()
    try:
        config = settings(pg_url, line_url, telegram.url)
        async with bot_processes([config, config], tmp_path) as bots:
            line = TwoInstanceLine(api, bots)
            await wait_for(lambda: _answers_line(bots), "both LINE channels to start")
            await wait_for(lambda: _ready(telegram, 2), "both processes to set the Telegram webhook")

            # Every event to both processes at once: 8 people sign concurrently.
            racing = [line.user() for _ in range(8)]
            numbers = await asyncio.gather(*(sign_up(user, f"Racer {n}") for n, user in enumerate(racing)))
            # Each event to one process, in turn: 4 more people, one after another.
            line.both = False
            for n in range(4):
                numbers.append(await sign_up(line.user(), f"Walker {n}"))

            assert set(line.statuses) == {200}
            assert sorted(numbers) == list(range(1, 13)), numbers  # none lost, none doubled, none reused
            replies = Counter(call.body.get("replyToken") for call in api.made("reply"))
            assert replies and set(replies.values()) == {1}  # every event answered exactly once
            assert api.billable == []  # and only by reply, never by a billed push

            # Telegram: the same update delivered to both processes.
            chat = {"id": 4242, "type": "private", "first_name": "Hanako"}
            user = {"id": 4242, "is_bot": False, "first_name": "Hanako", "language_code": "en"}
            update = telegram.next_update(message=telegram.text_message(user, chat, "/start"))
            statuses = await asyncio.gather(*(_post_telegram(bot, update) for bot in bots))
            assert statuses == [200, 200]
            # Telegram says the app is in English: the welcome, then the petition in English, once each
            # (the webhook answers before the messages go out, so wait for both).
            async def answered() -> bool:
                return len(telegram.sent_to(4242)) >= 2

            await wait_for(answered, "the answer to the Telegram update")
            await asyncio.sleep(0.5)  # a second process applying the update too would have sent by now
            sent = [message.text for message in telegram.sent_to(4242)]
            assert len(sent) == 2 and "Welcome" in sent[0] and "The petition" in sent[1], sent
            logs = [bot.output() for bot in bots]
    finally:
        await api.close()
        await telegram.close()
    conn = await asyncpg.connect(pg_url)
    try:
        assert await conn.fetchval("SELECT count(*) FROM signatures") == 12
        assert await conn.fetchval("SELECT count(DISTINCT number) FROM signatures") == 12
        events = sum(replies.values()) + 1  # the LINE events, and the Telegram update
        assert await conn.fetchval("SELECT count(*) FROM processed_events") == events
        # Each event delivered to both was claimed by one process and found already applied by the other.
        delivered_twice = 8 * 9 + 1  # 9 events for each racing signer (the last asks status), and the Telegram update
        assert sum(log.count("duplicate event ignored") for log in logs) == delivered_twice
    finally:
        await conn.close()


async def _answers_line(bots: list[BotProcess]) -> bool:
    body = b'{"destination": "Ubot", "events": []}'
    headers = {"Content-Type": "application/json", "X-Line-Signature": sign(body)}
    async with aiohttp.ClientSession() as session:
        for bot in bots:
            async with session.post(f"{bot.url}/line/webhook", data=body, headers=headers) as response:
                if response.status != 200:
                    return False
    return True


async def _ready(telegram: FakeTelegram, processes: int) -> bool:
    return len(telegram.called("setWebhook")) >= processes


async def _post_telegram(bot: BotProcess, update: dict[str, Any]) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
    async with aiohttp.ClientSession() as session, session.post(
        f"{bot.url}/telegram/webhook", json=update, headers=headers
    ) as response:
        return response.status


PEOPLE = 240
RATE = 40  # messages a second per process; also the number marked in flight at once
TEXTS = {1: "First update", 2: "Second update"}


async def test_each_broadcast_is_sent_by_one_instance_and_taken_over_after_a_kill(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    repo = PostgresRepository(pg_url)
    await repo.open()
    now = datetime.now(UTC)
    async with repo.transaction() as tx:
        for n in range(PEOPLE):
            await tx.save_person(PersonRecord("telegram", str(10_000 + n), "en", "menu", updates=True), now)
        for job in TEXTS.values():
            await tx.broadcasts.create_job({"ja": job, "en": job}, None, "subscribers", "ja", "cli:test", now)
    # One fake Bot API per process, so every message received tells which process sent it.
    fakes = [FakeTelegram(), FakeTelegram()]
    for fake in fakes:
        await fake.start()
    try:
        configs = [settings(pg_url, None, fake.url, TELEGRAM_BROADCAST_RATE=str(RATE)) for fake in fakes]
        async with bot_processes(configs, tmp_path) as bots:
            by_pid = {bot.pid: n for n, bot in enumerate(bots)}

            async def sending_job_2() -> bool:  # its sender got some way, but not to the end
                async with repo.transaction() as tx:
                    owner = await tx.broadcasts.owner(2)
                if owner is None:
                    return False
                sender = by_pid[int(owner.split(":")[1])]
                return len(_received(fakes[sender], TEXTS[2])) >= RATE

            await wait_for(sending_job_2, "a process to be sending broadcast 2", timeout=30)
            async with repo.transaction() as tx:
                owner = await tx.broadcasts.owner(2)
            assert owner is not None
            victim = by_pid[int(owner.split(":")[1])]
            await bots[victim].kill()
            survivor = 1 - victim

            async def all_done() -> bool:
                async with repo.transaction() as tx:
                    return await tx.broadcasts.unfinished() == []

            await wait_for(all_done, "the survivor to finish both broadcasts", timeout=45)
            async with repo.transaction() as tx:
                reports = {job: await tx.broadcasts.report(job) for job in TEXTS}
                states = {job: (await tx.broadcasts.get_job(job)).state for job in TEXTS}  # type: ignore[union-attr]
        conn = await asyncpg.connect(pg_url)
        try:
            uncertain = {int(r[0]) for r in await conn.fetch(
                "SELECT user_id FROM broadcast_recipients WHERE broadcast_id = 2 AND state = 'uncertain'")}
        finally:
            await conn.close()
    finally:
        await repo.close()
        for fake in fakes:
            await fake.close()

    assert states == {1: "done", 2: "done"}
    # Job 1 was sent by one process alone (the survivor, or the victim before it moved on to job 2).
    senders_1 = [n for n, fake in enumerate(fakes) if _received(fake, TEXTS[1])]
    got_1 = Counter(chat for fake in fakes for chat in _received(fake, TEXTS[1]))
    assert len(senders_1) == 1 and len(got_1) == PEOPLE and set(got_1.values()) == {1}
    assert reports[1] == {"telegram": {"sent": PEOPLE}}
    # Job 2: begun by the victim, finished by the survivor; a second copy only for those in flight.
    got_2 = Counter(chat for fake in fakes for chat in _received(fake, TEXTS[2]))
    assert _received(fakes[victim], TEXTS[2]) and _received(fakes[survivor], TEXTS[2])
    assert len(got_2) == PEOPLE
    twice = {chat for chat, n in got_2.items() if n > 1}
    assert max(got_2.values()) <= 2 and twice <= uncertain and len(uncertain) <= RATE
    assert reports[2] == {"telegram": {"sent": PEOPLE - len(uncertain), **({"uncertain": len(uncertain)}
                                                                           if uncertain else {})}}


def _received(fake: FakeTelegram, text: str) -> list[int]:
    return [m.chat_id for m in fake.messages if m.from_bot and m.text == text]

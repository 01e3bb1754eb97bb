"""Kill the bot with SIGKILL while simulated people sign on LINE and Telegram, then count what was lost.

The bot runs as a real process (`python run_bot.py serve`) against fakes of both platforms running
here, on 127.0.0.1. Like the real platforms, the fakes deliver every event again until the bot takes
it: a LINE webhook is posted again (`isRedelivery`) until it gets a 2xx, and a Telegram update stays
in getUpdates until an offset confirms it. Each simulated person walks through the signature (sign,
consent, name, prefecture, updates, confirm), one event after the other, each once acknowledged.
Meanwhile the bot is killed at random moments and restarted. At the end every person asks /status,
the bot is stopped, and the database and everything the people saw are compared:

- lost: a person whose confirmation was acknowledged, or who was thanked, but has no signature;
- duplicated: a person thanked twice, or signed twice;
- applied twice: an answer that only an event applied a second time would give (an old button, a
  prefecture not understood, "already signed");
- stuck: a person whose /status after the crashes went unanswered or did not show their signature.

Used by tests/test_crash_signers.py (small) and bench/crash_signers.py (10,000 people and more).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import re
import signal
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
from aiohttp import web

from bot.core.config import SETTINGS
from testkit.common import free_port
from testkit.line_api import ACCESS_TOKEN, SECRET, FakeLineApi, LinePlatform, sign
from testkit.telegram_api import ApiError, FakeTelegram, Sent, int_param

ROOT = Path(__file__).resolve().parent.parent
WEBHOOK_SECRET = "crash-test-webhook-secret"
STEPS = 6  # sign, consent, name, prefecture, updates, confirm
# The thanks after signing, with the total so far (it names no signer number: a re-signer's would mislead).
THANKS = re.compile(r"So far (?:one person has|([\d,]+) people have) signed|現在の署名数:([\d,]+)")
# Answers that the scripted conversation only gets if an event was applied twice (or out of order).
REPEATED = (
    "That button belongs to an earlier step", "そのボタンは前の段階のものです",
    "could not find that prefecture", "その都道府県が見つかりませんでした",
    "You have already signed", "すでに署名していただいています",
    "Please answer with the buttons", "ボタンで答えてください",
    "nothing was recorded", "何も記録されていません",
)
LETTERS = "abcdefghijklmnopqrstuvwxyz"
KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"


class Deadline(Exception):
    """The run took longer than allowed."""


def spell(number: int, alphabet: str, width: int = 4) -> str:
    """Write a number with letters, so that names stay unique and made of letters only."""
    out = ""
    for _ in range(width):
        number, digit = divmod(number, len(alphabet))
        out = alphabet[digit] + out
    return out


@dataclass
class Signer:
    platform: str
    user_id: str
    name: str
    place: str  # a payload value: "13", "27" or "skip"
    updates: str  # "yes" or "no"
    acked: int = 0  # steps the bot acknowledged (a 2xx, or confirmed by an offset)
    thanks: list[int] = field(default_factory=list)  # the totals in the confirmations this person got
    repeated: list[str] = field(default_factory=list)  # answers that betray an event applied twice
    status_ok: bool = False  # /status after the crashes showed the signature
    status_asked: bool = False


@dataclass
class Report:
    signers: int
    telegram: str  # "long polling" or "webhook"
    kills: int
    events: dict[str, int]
    redeliveries: dict[str, int]
    confirmations_seen: dict[str, int]
    signatures: int
    lost: list[str]
    duplicated: list[str]
    applied_twice: list[str]
    stuck: list[str]
    bot_errors: list[str]
    seconds: float

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.applied_twice or self.stuck or self.bot_errors)

    def lines(self) -> list[str]:
        return [
            f"simulated signers:       {self.signers:,} (half on LINE, half on Telegram by {self.telegram})",
            f"SIGKILLs:                {self.kills}",
            f"events acknowledged:     {self.events}",
            f"delivered again:         {self.redeliveries} (LINE: webhooks posted again; Telegram: updates"
            " given again by getUpdates or posted again)",
            f"signatures in database:  {self.signatures:,}",
            f"confirmations seen:      {self.confirmations_seen} (the others were lost in flight by a kill;"
            " their signatures were kept)",
            f"lost signatures:         {len(self.lost)}",
            f"duplicated signatures:   {len(self.duplicated)}",
            f"events applied twice:    {len(self.applied_twice)}",
            f"conversations stuck:     {len(self.stuck)}",
            f"errors in the bot's log: {len(self.bot_errors)}",
            f"seconds:                 {self.seconds:.0f}",
        ]


# The bot process ----------------------------------------------------------------------------------------


class BotProcess:
    """`run_bot.py serve` in its own process, started, SIGKILLed and stopped by its pid."""

    def __init__(self, env: dict[str, str], workdir: Path, log: Path) -> None:
        self.env, self.workdir, self.log = env, workdir, log
        self.proc: asyncio.subprocess.Process | None = None
        self.starts = 0

    async def start(self) -> None:
        self.starts += 1
        with self.log.open("a") as out:
            out.write(f"=== start {self.starts} ===\n")
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, str(ROOT / "run_bot.py"), "serve", cwd=self.workdir, env=self.env,
                stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out,
            )

    async def kill(self) -> None:
        assert self.proc is not None
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)
        await self.proc.wait()

    async def stop(self) -> int:
        """SIGTERM, as a service manager stops it; return the exit code."""
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(self.proc.wait(), 30)
        except TimeoutError:
            await self.kill()
            return -9

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.returncode is None


def bot_environment(
    db: Path | str, port: int, line_url: str, telegram_url: str, token: str, telegram_webhook: bool
) -> dict[str, str]:
    names = {name for name, _, _ in SETTINGS}
    env = {k: v for k, v in os.environ.items() if k not in names and "proxy" not in k.lower()}
    env.update({
        "DATABASE_URL": db if isinstance(db, str) else f"sqlite:///{db}",
        "HOST": "127.0.0.1", "PORT": str(port), "LOG_LEVEL": "WARNING",
        "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN, "LINE_API_URL": line_url,
        "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_URL": telegram_url, "NO_PROXY": "127.0.0.1,localhost",
        "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(ROOT),
    })
    if telegram_webhook:  # registered with the fake; updates are posted to the bot's local server
        env["TELEGRAM_WEBHOOK_URL"] = "https://bot.example.org/telegram/webhook"
        env["TELEGRAM_WEBHOOK_SECRET"] = WEBHOOK_SECRET
    return env


# LINE's side ----------------------------------------------------------------------------------------------


class QuietLineApi(FakeLineApi):
    """The fake Messaging API, passing each accepted message to a callback instead of keeping it."""

    def __init__(self, on_message: Callable[[str, dict[str, Any]], None]) -> None:
        self.on_message = on_message
        super().__init__()

    def _message_handler(self, kind: str) -> Callable[[web.Request], Any]:
        async def handle(request: web.Request) -> web.Response:
            try:
                body = await request.json()
            except ValueError:
                body = None
            response = self._answer(kind, request, body)
            if response.status == 200 and isinstance(body, dict):
                self.on_message(kind, body)
            return response

        return handle


@dataclass
class Pending:
    event: dict[str, Any]
    done: asyncio.Future[None]
    attempts: int = 0


class LineSide:
    """Posts signed webhooks of up to `batch` events, and posts them again until they get a 2xx."""

    def __init__(self, run: CrashRun, batch: int = 5, posters: int = 6) -> None:
        self.run = run
        self.api = QuietLineApi(self.on_message)
        self.url = ""
        self.batch, self.posters = batch, posters
        self.queue: asyncio.Queue[Pending] = asyncio.Queue()
        self.owners: dict[str, Signer] = {}  # reply token or user id -> person
        self.redeliveries = 0

    async def deliver(self, signer: Signer, kind: str, **fields: Any) -> None:
        source = {"type": "user", "userId": signer.user_id}
        token = self.api.issue_reply_token()
        self.owners[token] = signer
        event = LinePlatform.event(kind, source, replyToken=token, **fields)
        pending = Pending(event, asyncio.get_running_loop().create_future())
        self.queue.put_nowait(pending)
        await pending.done

    async def say(self, signer: Signer, text: str) -> None:
        await self.deliver(signer, "message", message={"type": "text", "id": "1", "quoteToken": "q", "text": text})

    async def press(self, signer: Signer, data: str) -> None:
        await self.deliver(signer, "postback", postback={"data": data})

    async def post_forever(self) -> None:
        assert self.run.session is not None
        while True:
            batch = [await self.queue.get()]
            while len(batch) < self.batch and not self.queue.empty():
                batch.append(self.queue.get_nowait())
            events = [p.event for p in batch]
            body = json.dumps({"destination": "Ubot", "events": events}, ensure_ascii=False).encode()
            status = 0
            with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                async with self.run.session.post(
                    f"{self.run.bot_url}/line/webhook", data=body,
                    headers={"Content-Type": "application/json", "X-Line-Signature": sign(body)},
                ) as response:
                    status = response.status
            if 200 <= status < 300:
                for pending in batch:
                    pending.done.set_result(None)
                continue
            for pending in batch:  # LINE delivers the whole webhook again, a little later
                pending.attempts += 1
                pending.event["deliveryContext"] = {"isRedelivery": True}
                self.redeliveries += 1
            asyncio.get_running_loop().call_later(0.2, self._requeue, batch)

    def _requeue(self, batch: list[Pending]) -> None:
        for pending in batch:
            self.queue.put_nowait(pending)

    def on_message(self, kind: str, body: dict[str, Any]) -> None:
        owner = self.owners.get(body.get("replyToken", "")) if kind == "reply" else self.owners.get(body.get("to", ""))
        if owner is not None:
            self.run.saw(owner, json.dumps(body.get("messages"), ensure_ascii=False))


# Telegram's side -----------------------------------------------------------------------------------------


class RedeliveringTelegram(FakeTelegram):
    """The fake Bot API, with futures resolved when an offset confirms an update, and no message log.

    Keyboards are kept by (chat, message) so that editing one costs a look-up, not a scan of every
    message ever sent; texts go to a callback.
    """

    def __init__(self, on_text: Callable[[int, str], None]) -> None:
        super().__init__()
        self.on_text = on_text
        self.waiting: dict[int, asyncio.Future[None]] = {}
        self.fetched: Counter[int] = Counter()  # update id -> how many times getUpdates gave it
        self.keyboards: dict[tuple[int, int], str] = {}
        self.last_message: dict[int, int] = {}

    def push(self, update_content: dict[str, Any]) -> asyncio.Future[None]:
        """Queue an update; the future resolves once an offset confirms it (delivered again until then)."""
        update = {"update_id": next(self.ids), **update_content}  # taken and queued with no await between
        self.updates.append(update)
        future = asyncio.get_running_loop().create_future()
        self.waiting[update["update_id"]] = future
        asyncio.get_running_loop().create_task(self._notify())
        return future

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        try:
            return await super()._serve(request)
        finally:
            self.calls.clear()  # nobody reads them here, and thousands of people make many

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int_param(params, "offset", 0)
        for update_id in [u for u in self.waiting if u < offset]:
            self.waiting.pop(update_id).set_result(None)
        updates = await super()._api_getUpdates(params)
        self.fetched.update(u["update_id"] for u in updates)
        return updates

    @property
    def redeliveries(self) -> int:
        return sum(count - 1 for count in self.fetched.values())

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        result = await super()._api_sendMessage(params)
        sent = self.messages.pop()
        self.keyboards[(sent.chat_id, sent.message_id)] = json.dumps(sent.markup, sort_keys=True)
        self.last_message[sent.chat_id] = sent.message_id
        self.on_text(sent.chat_id, sent.text)
        return result

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, message_id = int_param(params, "chat_id"), int_param(params, "message_id")
        if (chat_id, message_id) not in self.keyboards:
            raise ApiError(400, "Bad Request: message to edit not found")
        markup = self._check_markup(params.get("reply_markup"))
        if json.dumps(markup, sort_keys=True) == self.keyboards[(chat_id, message_id)]:
            raise ApiError(400, "Bad Request: message is not modified")
        self.keyboards[(chat_id, message_id)] = json.dumps(markup, sort_keys=True)
        return self.message_json(Sent(chat_id, message_id, "edited", True, markup))


class TelegramSide:
    """Gives updates by getUpdates (kept until an offset confirms them), or posts them to the webhook
    again until they get a 2xx."""

    def __init__(self, run: CrashRun, webhook: bool) -> None:
        self.run = run
        self.fake = RedeliveringTelegram(self.on_text)
        self.people: dict[int, Signer] = {}
        self.webhook = webhook
        self.reposts = 0

    async def deliver(self, content: dict[str, Any]) -> None:
        if not self.webhook:
            await self.fake.push(content)
            return
        assert self.run.session is not None
        body = json.dumps({"update_id": next(self.fake.ids), **content}, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
        while True:
            self.run.check_time()
            status = 0
            with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                async with self.run.session.post(
                    f"{self.run.bot_url}/telegram/webhook", data=body, headers=headers
                ) as response:
                    status = response.status
            if 200 <= status < 300:
                return
            self.reposts += 1
            await asyncio.sleep(0.2)

    @property
    def redeliveries(self) -> int:
        return self.reposts if self.webhook else self.fake.redeliveries

    def user(self, signer: Signer) -> dict[str, Any]:
        return {"id": int(signer.user_id), "is_bot": False, "first_name": "Signer",
                "language_code": "ja" if int(signer.user_id) % 2 else "en"}

    async def say(self, signer: Signer, text: str) -> None:
        chat = {"id": int(signer.user_id), "type": "private"}
        message = {"message_id": next(self.fake.ids), "date": 1_790_000_000, "chat": chat,
                   "from": self.user(signer), "text": text}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        await self.deliver({"message": message})

    async def press(self, signer: Signer, data: str) -> None:
        chat_id = int(signer.user_id)
        pressed = {"message_id": self.fake.last_message.get(chat_id, 1), "date": 1_790_000_000,
                   "chat": {"id": chat_id, "type": "private"}, "from": self.fake.bot_user, "text": "…"}
        query_id = str(next(self.fake.ids))
        self.fake.queries[query_id] = False
        query = {"id": query_id, "from": self.user(signer), "chat_instance": "ci", "data": data, "message": pressed}
        await self.deliver({"callback_query": query})

    def on_text(self, chat_id: int, text: str) -> None:
        signer = self.people.get(chat_id)
        if signer is not None:
            self.run.saw(signer, text)


# The run -----------------------------------------------------------------------------------------------------


class CrashRun:
    def __init__(
        self, workdir: Path, signers: int, kills: int, seed: int = 1, concurrency: int = 64,
        deadline: float = 600.0, progress: Callable[[str], None] | None = None, telegram_webhook: bool = False,
        database_url: str | None = None,
    ) -> None:
        self.workdir = workdir
        self.rng = random.Random(seed)
        self.kills_planned = kills
        self.kills = 0
        self.concurrency = concurrency
        self.deadline = time.monotonic() + deadline
        self.progress = progress or (lambda line: None)
        self.db: Path | str = database_url or workdir / "petition.db"  # SQLite by default, or PostgreSQL
        self.log = workdir / "bot.log"
        self.bot_url = ""
        self.line = LineSide(self)
        self.telegram = TelegramSide(self, telegram_webhook)
        self.session: aiohttp.ClientSession | None = None
        self.signers: list[Signer] = []
        for number in range(signers):
            place = self.rng.choice(["13", "27", "01", "47", "skip"])
            updates = self.rng.choice(["yes", "no"])
            if number % 2:
                signer = Signer("line", f"U{number:032x}", f"Hanako {spell(number, LETTERS).capitalize()}",
                                place, updates)
                self.line.owners[signer.user_id] = signer
            else:
                signer = Signer("telegram", str(10_000_000 + number), f"山田 {spell(number, KANA)}", place, updates)
                self.telegram.people[int(signer.user_id)] = signer
            self.signers.append(signer)
        self.acked = 0

    def saw(self, signer: Signer, text: str) -> None:
        """Note what a person was shown."""
        for match in THANKS.finditer(text):
            signer.thanks.append(int((match.group(1) or match.group(2) or "1").replace(",", "")))
        signer.repeated += [phrase for phrase in REPEATED if phrase in text]
        if signer.status_asked and (f"Name: {signer.name}" in text or f"お名前:{signer.name}" in text):
            signer.status_ok = True

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise Deadline("the crash run took longer than allowed")

    async def act(self, signer: Signer, step: int) -> None:
        side: LineSide | TelegramSide = self.line if signer.platform == "line" else self.telegram
        if step == 0:
            await (side.say(signer, "/sign") if signer.platform == "telegram" else side.press(signer, "sign"))
        elif step == 1:
            await side.press(signer, "consent:yes")
        elif step == 2:
            await side.say(signer, signer.name)
        elif step == 3:
            await side.press(signer, f"pref:{signer.place}")
        elif step == 4:
            await side.press(signer, f"subscribe:{signer.updates}")
        else:
            await side.press(signer, "confirm:yes")

    async def sign(self, signer: Signer, slots: asyncio.Semaphore) -> None:
        async with slots:
            for step in range(STEPS):
                await asyncio.wait_for(self.act(signer, step), max(1.0, self.deadline - time.monotonic()))
                signer.acked += 1
                self.acked += 1

    async def killer(self, bot: BotProcess, done: asyncio.Event) -> None:
        """Kill the bot at random moments spread over the run, and start it again."""
        total = len(self.signers) * STEPS
        for planned in range(self.kills_planned, 0, -1):
            remaining = total - self.acked
            if remaining <= planned:
                return
            target = self.acked + self.rng.randint(1, max(1, remaining // (planned + 1)))
            while self.acked < target and not done.is_set():
                self.check_time()
                await asyncio.sleep(0.005)
            if done.is_set():
                return
            await asyncio.sleep(self.rng.uniform(0, 0.05))
            await bot.kill()
            self.kills += 1
            self.progress(f"SIGKILL {self.kills} after {self.acked:,} of {total:,} events")
            await asyncio.sleep(self.rng.uniform(0, 0.3))
            await bot.start()

    async def ask_status(self, signer: Signer) -> None:
        signer.status_asked = True
        side: LineSide | TelegramSide = self.line if signer.platform == "line" else self.telegram
        await side.say(signer, "/status")

    async def execute(self) -> Report:
        started = time.monotonic()
        await self.line.api.start()
        self.line.url = str(self.line.api._server.make_url("")).rstrip("/")
        await self.telegram.fake.start()
        port = free_port()
        self.bot_url = f"http://127.0.0.1:{port}"
        env = bot_environment(self.db, port, self.line.url, self.telegram.fake.url, self.telegram.fake.token,
                              self.telegram.webhook)
        bot = BotProcess(env, self.workdir, self.log)
        timeout = aiohttp.ClientTimeout(total=30)
        self.session = aiohttp.ClientSession(timeout=timeout)
        posters = [asyncio.create_task(self.line.post_forever()) for _ in range(self.line.posters)]
        try:
            await bot.start()
            done = asyncio.Event()
            killer = asyncio.create_task(self.killer(bot, done))
            slots = asyncio.Semaphore(self.concurrency)
            signing = asyncio.gather(*(self.sign(signer, slots) for signer in self.signers))
            await self._watch(signing, started)
            done.set()
            await killer
            if not bot.running:
                await bot.start()
            # After the crashes, every conversation goes on: /status shows the signature to everyone.
            await self._watch(asyncio.gather(*(self.ask_status(s) for s in self.signers)), started)
            await self._settle(lambda: all(s.status_ok for s in self.signers))
            code = await bot.stop()
            if code != 0:
                self.progress(f"the bot exited with {code} on SIGTERM")
        finally:
            for task in posters:
                task.cancel()
            await asyncio.gather(*posters, return_exceptions=True)
            await self.session.close()
            if bot.running:
                await bot.kill()
            await self.line.api.close()
            await self.telegram.fake.close()
        return self.report(time.monotonic() - started, bot, *(await self._stored()))

    async def _watch(self, work: asyncio.Future[Any], started: float) -> None:
        """Wait for a phase, reporting progress now and then, within the deadline."""
        last = 0.0
        while not work.done():
            self.check_time()
            await asyncio.wait([work], timeout=0.5)
            if time.monotonic() - last > 10:
                last = time.monotonic()
                self.progress(f"{time.monotonic() - started:5.0f} s: {self.acked:,} events acknowledged")
        work.result()

    async def _settle(self, condition: Callable[[], bool], within: float = 30.0) -> None:
        """Give answers already on their way a moment to arrive (bounded)."""
        until = min(self.deadline, time.monotonic() + within)
        while not condition() and time.monotonic() < until:
            await asyncio.sleep(0.05)

    async def _stored(self) -> tuple[list[Any], dict[str, int], list[Any]]:
        """What the database holds: signatures with their people, events taken per platform, people."""
        queries = ("SELECT p.platform, p.user_id, s.number, s.name"
                   " FROM signatures s JOIN people p ON p.id = s.person_id",
                   "SELECT platform, count(*) FROM processed_events GROUP BY platform",
                   "SELECT platform, user_id, step, draft FROM people")
        if isinstance(self.db, str):
            conn = await asyncpg.connect(self.db)
            try:
                results = [[tuple(row) for row in await conn.fetch(query)] for query in queries]
            finally:
                await conn.close()
        else:
            db = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
            try:
                results = [db.execute(query).fetchall() for query in queries]
            finally:
                db.close()
        rows, events, people = results
        return rows, dict(events), people

    def report(self, seconds: float, bot: BotProcess, rows: list[Any], events: dict[str, int],
               people: list[Any]) -> Report:
        held: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for platform, user_id, number, name in rows:
            held.setdefault((platform, user_id), []).append((number, name))
        lost, duplicated, twice, stuck = [], [], [], []
        for s in self.signers:
            mine = held.get((s.platform, s.user_id), [])
            who = f"{s.platform}:{s.user_id}"
            if (s.acked == STEPS or s.thanks) and not any(name == s.name for _, name in mine):
                lost.append(who)
            if len(mine) > 1 or len(s.thanks) > 1:
                duplicated.append(who)
            if s.repeated:
                twice.append(f"{who}: {s.repeated[0]}")
            if not s.status_ok:
                stuck.append(who)
        steps = Counter(step for _, _, step, _ in people)
        if len(people) != len(self.signers) or steps["menu"] != len(self.signers):
            stuck.append(f"people rows {len(people)}, steps {dict(steps)}")
        expected_events = {"line": len(self.signers) // 2 * (STEPS + 1),
                           "telegram": (len(self.signers) + 1) // 2 * (STEPS + 1)}
        if events != expected_events:  # every event taken exactly once (the ids are the table's key)
            twice.append(f"processed events {events}, expected {expected_events}")
        log = self.log.read_text(errors="replace") if self.log.exists() else ""
        errors = [line for line in log.splitlines() if " ERROR " in line or "Traceback" in line]
        return Report(
            signers=len(self.signers), telegram="webhook" if self.telegram.webhook else "long polling",
            kills=self.kills, events=events,
            redeliveries={"line": self.line.redeliveries, "telegram": self.telegram.redeliveries},
            confirmations_seen=dict(Counter(s.platform for s in self.signers if s.thanks)), signatures=len(rows),
            lost=lost, duplicated=duplicated, applied_twice=twice, stuck=stuck, bot_errors=errors[:20],
            seconds=seconds,
        )

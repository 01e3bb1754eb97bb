"""Simulated people signing the petition through the bot's webhooks, at a fixed rate or flat out.

Each person completes the whole signing conversation, one event after the other (follow or /start,
language, sign, consent, name, prefecture, updates, confirm), and presses the buttons the bot really
sent. Requests are signed (LINE) or carry the secret token (Telegram) exactly as the platforms do.
Every count and duration is bounded; the load runs in the harness process, beside the fake APIs, so
it can see when each answer reaches the fake platform (event-to-reply latency).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol

from bench.client import HttpError, Pool, post
from bench.fakes import BenchLine, BenchTelegram

STEPS = 8
NAMES = {"ja": ("山田 花子", "東京"), "en": ("Hanako Yamada", "Tokyo")}
BUTTONS = (None, "lang:{lang}", "sign", "consent:yes", None, None, "subscribe:yes", "confirm:yes")


def name_and_place(language: str) -> tuple[str, str]:
    return NAMES.get(language, NAMES["en"])


@dataclass
class Outcome:
    """What one load run saw."""

    started: float = 0.0
    finished: float = 0.0
    events: int = 0  # answered 200
    people_done: int = 0  # people whose eight events were all answered 200
    errors: Counter[str] = field(default_factory=Counter)
    latency: list[tuple[float, float]] = field(default_factory=list)  # (due or sent time, webhook latency)
    reply: list[tuple[float, float]] = field(default_factory=list)  # (sent time, event-to-reply latency)

    def summary(self, since: float | None = None, until: float | None = None) -> dict[str, Any]:
        lat = sorted(d for t, d in self.latency if (since is None or t >= since) and (until is None or t <= until))
        rep = sorted(d for t, d in self.reply if (since is None or t >= since) and (until is None or t <= until))
        span = max(self.finished - self.started, 1e-9)
        return {
            "events": self.events, "seconds": round(span, 3), "events_per_s": round(self.events / span, 1),
            "people_done": self.people_done, "errors": sum(self.errors.values()), "error_kinds": dict(self.errors),
            "webhook_ms": percentiles(lat), "reply_ms": percentiles(rep), "samples": len(lat),
            # the slowest events: seconds after the start when each was sent or due, and its latency in ms
            "slowest": [(round(t - self.started, 3), round(d * 1000, 1)) for t, d in
                        sorted(((t, d) for t, d in self.latency if (since is None or t >= since)
                                and (until is None or t <= until)), key=lambda x: -x[1])[:5]],
        }


def percentiles(values: list[float]) -> dict[str, float | None]:
    """p50, p99 and max in milliseconds of sorted seconds."""
    if not values:
        return {"p50": None, "p99": None, "max": None}

    def at(q: float) -> float:
        return round(values[min(len(values) - 1, int(q * len(values)))] * 1000, 2)

    return {"p50": at(0.50), "p99": at(0.99), "max": round(values[-1] * 1000, 2)}


class Driver(Protocol):
    async def step(self, person: int, step: int, pool: Pool | None) -> tuple[int, float, float, float | None]:
        """Send one event; return (status, send time, time it was answered, event-to-reply seconds or None)."""

    def begin(self, person: int) -> None: ...

    def end(self, person: int) -> None: ...

    async def settle(self, outcome: Outcome) -> None:
        """After a run: collect replies that arrive after the webhook's answer."""


class LineDriver:
    """A LINE person: signed webhook events, each with a reply token the fake API issued."""

    def __init__(self, fake: BenchLine, host: str, port: int, secret: str, prefix: str, languages: list[str]):
        self.fake, self.host, self.port = fake, host, port
        self.secret, self.prefix, self.languages = secret.encode(), prefix, languages
        self.sent: dict[str, float] = {}  # reply token -> send time

    def user(self, person: int) -> str:
        return f"U{self.prefix}{person:0{32 - len(self.prefix)}x}"

    def language(self, person: int) -> str:
        return self.languages[person % len(self.languages)]

    def begin(self, person: int) -> None:
        self.fake.profiles[self.user(person)] = {"displayName": "Bench", "language": self.language(person)}

    def end(self, person: int) -> None:
        self.fake.profiles.pop(self.user(person), None)

    def event(self, person: int, step: int, token: str) -> dict[str, Any]:
        source = {"type": "user", "userId": self.user(person)}
        base: dict[str, Any] = {
            "mode": "active", "timestamp": int(time.time() * 1000), "source": source, "replyToken": token,
            "webhookEventId": uuid.uuid4().hex[:26].upper(), "deliveryContext": {"isRedelivery": False},
        }
        language = self.language(person)
        if step == 0:
            return {**base, "type": "follow", "follow": {"isUnblocked": False}}
        if step in (4, 5):
            text = name_and_place(language)[step - 4]
            message = {"type": "text", "id": uuid.uuid4().hex[:14], "quoteToken": uuid.uuid4().hex, "text": text}
            return {**base, "type": "message", "message": message}
        data = str(BUTTONS[step]).format(lang=language)
        return {**base, "type": "postback", "postback": {"data": data}}

    async def step(self, person: int, step: int, pool: Pool | None) -> tuple[int, float, float, float | None]:
        assert pool is not None
        token = self.fake.issue_reply_token()
        body = json.dumps({"destination": "Ubench", "events": [self.event(person, step, token)]},
                          ensure_ascii=False).encode()
        signature = base64.b64encode(hmac.new(self.secret, body, hashlib.sha256).digest()).decode()
        request = post(self.host, self.port, "/line/webhook", body, {"X-Line-Signature": signature})
        sent = time.monotonic()
        self.sent[token] = sent
        try:
            status, _ = await pool.request(request)
        except BaseException:
            self.sent.pop(token, None)
            raise
        if status != 200:
            self.sent.pop(token, None)
        return status, sent, time.monotonic(), None

    async def settle(self, outcome: Outcome) -> None:
        """Wait (bounded) for replies still on their way, then match them to the events."""
        deadline = time.monotonic() + 10.0
        while time.monotonic() < deadline and any(t not in self.fake.reply_at for t in self.sent):
            await asyncio.sleep(0.05)
        for token, sent in self.sent.items():
            arrival = self.fake.reply_at.pop(token, None)
            if arrival is None:
                outcome.errors["reply missing"] += 1
            elif arrival[1] != 200:
                outcome.errors[f"reply {arrival[1]}"] += 1
            else:
                outcome.reply.append((sent, arrival[0] - sent))
        self.sent.clear()


class TelegramDriver:
    """A Telegram person in a private chat: updates posted to the webhook, or queued for getUpdates."""

    def __init__(self, fake: BenchTelegram, host: str, port: int, secret: str, first_id: int, languages: list[str],
                 polling: bool = False):
        self.fake, self.host, self.port, self.secret = fake, host, port, secret
        self.first_id, self.languages, self.polling = first_id, languages, polling

    def chat(self, person: int) -> int:
        return self.first_id + person

    def language(self, person: int) -> str:
        return self.languages[person % len(self.languages)]

    def begin(self, person: int) -> None:
        pass

    def end(self, person: int) -> None:
        self.fake.forget_chat(self.chat(person))

    def update(self, person: int, step: int) -> dict[str, Any]:
        chat_id, language = self.chat(person), self.language(person)
        user = {"id": chat_id, "is_bot": False, "first_name": "Bench", "language_code": language}
        chat = {"id": chat_id, "type": "private", "first_name": "Bench"}
        update_id = next(self.fake.ids)
        if step in (0, 4, 5):
            text = "/start" if step == 0 else name_and_place(language)[step - 4]
            message: dict[str, Any] = {"message_id": next(self.fake.ids), "date": int(time.time()), "chat": chat,
                                       "from": user, "text": text}
            if step == 0:
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": 6}]
            return {"update_id": update_id, "message": message}
        data = str(BUTTONS[step]).format(lang=language)
        shown = self.fake.keyboards.get(chat_id)
        pressed = self.fake.message_json(shown) if shown is not None else {
            "message_id": 1, "date": int(time.time()), "chat": chat, "text": "?"}
        query_id = f"q{update_id}"
        self.fake.queries[query_id] = False
        query = {"id": query_id, "from": user, "chat_instance": "bench", "data": data, "message": pressed}
        return {"update_id": update_id, "callback_query": query}

    async def step(self, person: int, step: int, pool: Pool | None) -> tuple[int, float, float, float | None]:
        chat_id = self.chat(person)
        waiter: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.fake.reply_waiters[chat_id] = waiter
        update = self.update(person, step)
        sent = time.monotonic()
        try:
            if self.polling:
                async with self.fake._changed:
                    self.fake.updates.append(update)
                    self.fake._changed.notify_all()
                try:
                    arrived = await asyncio.wait_for(asyncio.shield(waiter), 30.0)
                except TimeoutError:
                    return 0, sent, time.monotonic(), None
                return 200, sent, arrived, arrived - sent
            assert pool is not None
            body = json.dumps(update, ensure_ascii=False).encode()
            request = post(self.host, self.port, "/telegram/webhook", body,
                           {"X-Telegram-Bot-Api-Secret-Token": self.secret})
            status, answer = await pool.request(request)
            answered = time.monotonic()
            if status != 200:
                return status, sent, answered, None
            if answer:  # a method in the answer (answerCallbackQuery): Telegram carries it out
                await self.fake.webhook_answer(json.loads(answer))
            try:  # the replies follow the answer: a person reads them before the next step
                arrived = await asyncio.wait_for(asyncio.shield(waiter), 30.0)
            except TimeoutError:
                return status, sent, answered, None
            return status, sent, answered, arrived - sent
        finally:
            self.fake.queries.pop(f"q{update.get('update_id')}", None)
            if self.fake.reply_waiters.get(chat_id) is waiter:
                del self.fake.reply_waiters[chat_id]

    async def settle(self, outcome: Outcome) -> None:
        pass


def _record(outcome: Outcome, status: int, started: float, done: float, reply: float | None, sent: float) -> bool:
    if status != 200:
        outcome.errors[f"status {status}"] += 1
        return False
    outcome.events += 1
    outcome.latency.append((started, done - started))
    if reply is not None:
        outcome.reply.append((sent, reply))
    return True


async def _one(driver: Driver, pool: Pool | None, outcome: Outcome, person: int, step: int, due: float) -> bool:
    try:
        status, sent, answered, reply = await driver.step(person, step, pool)
    except (HttpError, OSError, TimeoutError) as error:
        outcome.errors[type(error).__name__] += 1
        return False
    return _record(outcome, status, due, answered, reply, sent)


async def at_rate(driver: Driver, pool: Pool | None, rate: float, duration: float, first_person: int = 0,
                  stop: asyncio.Event | None = None, events: int | None = None, block: int | None = None,
                  drain: float = 30.0) -> Outcome:
    """Offer `rate` events a second for `duration` seconds (or until `stop`, or `events` were due), open loop.

    People are interleaved in blocks so that one person's events are about a quarter of a second
    apart; an event waits for its person's previous one only if that one is still unanswered, and
    its latency is counted from when it was due, so a slow server is not hidden by the schedule.
    """
    outcome = Outcome()
    block = block or max(4, int(rate / 4))
    previous: dict[int, asyncio.Task[bool]] = {}
    tasks: set[asyncio.Task[bool]] = set()
    loop = asyncio.get_running_loop()
    start = outcome.started = time.monotonic() + 0.05
    k = 0

    async def event(person: int, step: int, due: float, before: asyncio.Task[bool] | None) -> bool:
        if before is not None and not await before:
            return False  # the conversation broke: the rest of this person's events would be meaningless
        ok = await _one(driver, pool, outcome, person, step, due)
        if step == STEPS - 1:
            driver.end(person)
            outcome.people_done += ok
        return ok

    while True:
        now = time.monotonic()
        if now - start >= duration or (stop is not None and stop.is_set()) or (events is not None and k >= events):
            break
        while start + k / rate <= now and (events is None or k < events):
            group, offset = divmod(k, block * STEPS)
            step, slot = divmod(offset, block)
            person = first_person + group * block + slot
            if step == 0:
                driver.begin(person)
            task = loop.create_task(event(person, step, start + k / rate, previous.pop(person, None)))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            if step < STEPS - 1:
                previous[person] = task
            k += 1
        await asyncio.sleep(max(0.0, start + k / rate - time.monotonic()))
    if tasks:
        await asyncio.wait(set(tasks), timeout=drain)  # then what is still unanswered counts as not done
    outcome.finished = time.monotonic()
    for task in previous.values():
        task.cancel()
    await driver.settle(outcome)
    return outcome


async def flat_out(driver: Driver, pool: Pool | None, concurrency: int, duration: float, first_person: int = 0,
                   max_events: int | None = None) -> Outcome:
    """Closed loop: `concurrency` people at a time, each starting the next event as soon as one is answered."""
    outcome = Outcome()
    counter = iter(range(first_person, first_person + 10_000_000))
    budget = [max_events if max_events is not None else 1 << 62]
    start = outcome.started = time.monotonic()

    async def worker() -> None:
        while time.monotonic() - start < duration and budget[0] > 0:
            person = next(counter)
            driver.begin(person)
            for step in range(STEPS):
                if time.monotonic() - start >= duration or budget[0] <= 0:
                    break
                budget[0] -= 1
                if not await _one(driver, pool, outcome, person, step, time.monotonic()):
                    break
            else:
                outcome.people_done += 1
            driver.end(person)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    outcome.finished = time.monotonic()
    await driver.settle(outcome)
    return outcome


async def floor_flat_out(host: str, port: int, secret: str, concurrency: int, duration: float) -> Outcome:
    """Closed loop against the bare endpoint: the same signed LINE body every time."""
    pool = Pool(host, port, concurrency)
    body = json.dumps({"destination": "Ubench", "events": []}).encode()
    signature = base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()
    request = post(host, port, "/line/webhook", body, {"X-Line-Signature": signature})
    outcome = Outcome()
    start = outcome.started = time.monotonic()

    async def worker() -> None:
        while time.monotonic() - start < duration:
            sent = time.monotonic()
            try:
                status, _ = await pool.request(request)
            except (HttpError, OSError, TimeoutError) as error:
                outcome.errors[type(error).__name__] += 1
                continue
            _record(outcome, status, sent, time.monotonic(), None, sent)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    outcome.finished = time.monotonic()
    pool.close()
    return outcome

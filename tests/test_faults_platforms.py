"""Platform faults from the fakes: slow answers, timeouts, dropped connections, outages.

Replies are retried with backoff only where a retry cannot show anything twice, the bot keeps serving
other people while one call hangs, and each failure is one clear log line, never a stack trace.
(tests/test_line_webhook.py and tests/test_telegram_delivery.py cover 5xx, 4xx, 429 and blocked people.)
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial
from typing import Any

import aiohttp
import httpx
import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.channels.telegram.api import AiohttpRequest, BotApi
from bot.channels.telegram.send import Sender
from bot.core.service import PetitionService
from testkit.line_api import LinePlatform, LineUser, line_platform, sign
from testkit.telegram_api import FakeTelegram, TelegramPerson, running_bot

BOUND = 20.0  # seconds: only reached when a test is about to fail


def no_stack_traces(caplog: pytest.LogCaptureFixture) -> None:
    traced = [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.exc_info and r.name.startswith("bot")]
    assert traced == []


def lines(caplog: pytest.LogCaptureFixture, fragment: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("bot") and fragment in r.getMessage()]


async def until(condition: Callable[[], bool]) -> None:
    """Wait for something the bot does in the background (bounded)."""
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), BOUND)


# LINE ------------------------------------------------------------------------------------------------------


@pytest.fixture
async def line(service: PetitionService, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[LinePlatform]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    async with line_platform(service) as platform:
        assert platform.channel.sender is not None
        platform.channel.sender.timeout = 0.5  # LINE's own 5 s would make these tests slow
        yield platform


async def sign_up_to_the_read_back(user: LineUser) -> None:
    await user.open()
    await user.press("English")
    await user.press("Sign")
    await user.press("I agree")
    await user.say("Hanako Yamada")
    await user.press("Skip")
    await user.press("No, thanks")
    user.expect("Hanako Yamada")


def thanks_shown(line: LinePlatform, user: LineUser) -> int:
    """How many times the confirmation reached the person, by reply or by push."""
    bodies = [c.body for c in line.api.calls if c.status == 200 and c.kind in ("reply", "push")]
    return sum(json.dumps(b, ensure_ascii=False).count("So far one person has signed") for b in bodies
               if b.get("to") in (None, user.user_id))


async def test_a_line_reply_answered_too_late_is_not_shown_twice(
    line: LinePlatform, service: PetitionService, caplog: pytest.LogCaptureFixture
) -> None:
    user = line.user()
    await sign_up_to_the_read_back(user)
    # LINE takes the confirmation, but its answer comes after the bot stopped waiting: the retry finds
    # the reply token used up. That is no reason to push the confirmation a second time.
    line.api.slow_next("reply", 2.0, after=True)
    await user.press("Confirm and sign")
    assert thanks_shown(line, user) == 1
    assert line.api.billable == []
    assert (await service.repo.totals()).signatures == 1
    assert len(lines(caplog, "LINE reply failed: TimeoutError")) == 1
    no_stack_traces(caplog)


async def test_a_dropped_line_connection_is_retried_and_the_answer_arrives_once(
    line: LinePlatform, caplog: pytest.LogCaptureFixture
) -> None:
    user = line.user()
    line.api.slow_next("reply", drop=True)  # closed before LINE acted on it: the retry is the only delivery
    await user.open()
    user.expect("ようこそ")
    assert [c.status for c in line.api.made("reply")] == [200]
    assert len(lines(caplog, "LINE reply failed: ServerDisconnectedError (attempt 1)")) == 1
    no_stack_traces(caplog)


async def test_line_keeps_answering_others_while_one_reply_hangs(line: LinePlatform) -> None:
    line.channel.sender.timeout = 60  # type: ignore[union-attr]  # the hang outlasts the test
    hanging, other = line.user(), line.user()
    release = asyncio.Event()
    stuck = line.api.slow_next("reply", release=release)
    # Both people in one webhook, the stuck one first, as LINE batches events of different people.
    events = []
    for user in (hanging, other):
        event = LinePlatform.event("follow", user.source, follow={"isUnblocked": False})
        event["replyToken"] = line.api.issue_reply_token()
        events.append(event)
    body = json.dumps({"destination": "Ubot", "events": events}).encode()
    response = await line.client.post("/line/webhook", data=body, headers={"X-Line-Signature": sign(body)})
    assert response.status == 200
    await until(lambda: any(c.body.get("replyToken") == events[1]["replyToken"] for c in line.api.made("reply")))
    assert stuck.began.is_set() and not release.is_set()  # answered while the other reply still hangs
    release.set()
    await line.channel.drain()
    assert [c.status for c in line.api.made("reply")] == [200, 200]


async def test_an_outage_is_given_up_after_the_retries_with_one_line_each(
    line: LinePlatform, service: PetitionService, caplog: pytest.LogCaptureFixture
) -> None:
    user = line.user()
    line.api.fail_next("reply", 503, times=3)  # every attempt: the first and its two retries
    await user.open()
    assert user.last == []
    assert len(lines(caplog, "LINE reply failed: status=503")) == 3
    assert len(lines(caplog, "LINE reply given up after 3 attempts")) == 1
    no_stack_traces(caplog)
    await user.say("/help")  # LINE is back: the conversation goes on
    user.expect("「状況」")  # LINE names the words to type
    assert (await service.repo.totals()).people == 1


# Telegram ------------------------------------------------------------------------------------------------


def read_timeout(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """Give the bot's Bot API client another timeout for answers than its usual 5 s."""
    request = partial(AiohttpRequest, read_timeout=seconds, write_timeout=seconds)
    monkeypatch.setattr("bot.channels.telegram.webhook.AiohttpRequest", request)


def update(fake: FakeTelegram, person: TelegramPerson, text: str) -> dict[str, Any]:
    return fake.next_update(message=fake.text_message(person.user, person.chat, text))


@pytest.mark.parametrize("webhook", [False, True], ids=["polling", "webhook"])
async def test_telegram_keeps_answering_others_while_one_reply_hangs(
    fake: FakeTelegram, service: PetitionService, monkeypatch: pytest.MonkeyPatch, webhook: bool
) -> None:
    read_timeout(monkeypatch, 60)  # the hang outlasts the test
    async with running_bot(fake, service, webhook=webhook, secret="s3cret" if webhook else ""):
        hanging, other = TelegramPerson(fake, 3001), TelegramPerson(fake, 3002)
        release = asyncio.Event()
        stuck = fake.slow("sendMessage", release=release, chat_id=hanging.id)
        first = asyncio.create_task(fake.deliver(update(fake, hanging, "/start")))
        await until(stuck.began.is_set)
        second = asyncio.create_task(fake.deliver(update(fake, other, "/start")))
        await until(lambda: bool(fake.sent_to(other.id)))
        assert "Welcome" in fake.sent_to(other.id)[0].text and not release.is_set()
        release.set()
        await asyncio.wait_for(asyncio.gather(first, second), BOUND)
        assert len(fake.sent_to(hanging.id)) == 1
        await other.say("/help")  # and everything goes on as before
        other.expect("/status")


@pytest.mark.parametrize("drop", [False, True], ids=["answer-too-late", "connection-dropped"])
async def test_a_telegram_message_whose_answer_is_lost_is_not_sent_twice(
    fake: FakeTelegram, service: PetitionService, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, drop: bool,
) -> None:
    read_timeout(monkeypatch, 0.5)
    async with running_bot(fake, service) as bot:
        person = TelegramPerson(fake, 3003)
        await person.say("/sign")
        await person.press("I agree")
        await person.say("Hanako Yamada")
        await person.press("Skip")
        await person.press("No, thanks")
        # Telegram sends the confirmation, but its answer never reaches the bot: sending it again
        # could show it twice, since the Bot API has no way to say "only once".
        fake.slow("sendMessage", 0.0 if drop else 2.0, after=True, drop=drop, chat_id=person.id)
        await person.press("Confirm and sign")
        assert [m.text.count("So far one person has signed") for m in fake.sent_to(person.id)].count(1) == 1
        assert bot.waits == []  # nothing was retried
        failure = "NetworkError" if drop else "TimedOut"
        assert len(lines(caplog, f"replies not sent ({failure})")) == 1
        no_stack_traces(caplog)
        await person.say("/status")  # the signature is there, and the conversation goes on
        person.expect("Name: Hanako Yamada")
    assert (await service.repo.totals()).signatures == 1


async def test_polling_goes_on_after_outages_and_dropped_connections(
    fake: FakeTelegram, service: PetitionService, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    read_timeout(monkeypatch, 0.5)
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 3004)
        await person.open()
        fake.fail("getUpdates", 502, "Bad Gateway", times=2)
        fake.fail("getUpdates", 0, drop=True)
        await person.say("/help")
        person.expect("/status")
        assert len({m.text for m in person.answers}) == len(person.answers)  # answered once
    assert len(lines(caplog, "getUpdates failed")) == 3
    no_stack_traces(caplog)


# Which Bot API failures are retried -----------------------------------------------------------------------


def failing(*errors: Exception) -> Callable[[], Awaitable[str]]:
    pending = list(errors)

    async def call() -> str:
        if pending:
            raise pending.pop(0)
        return "done"

    return call


def transport(cls: type[NetworkError], cause: Exception, message: str = "failed") -> NetworkError:
    error = cls(message)
    error.__cause__ = cause
    return error


CONNECT = transport(NetworkError, httpx.ConnectError("refused"))
CONNECT_TIMEOUT = transport(TimedOut, httpx.ConnectTimeout("no connection"))
POOL_TIMEOUT = transport(TimedOut, httpx.PoolTimeout("pool full"))
READ_TIMEOUT = transport(TimedOut, httpx.ReadTimeout("no answer"))
DROPPED = transport(NetworkError, httpx.RemoteProtocolError("Server disconnected without sending a response."))
BAD_GATEWAY = NetworkError("Bad Gateway")  # the Bot API answered 502


AIOHTTP_CONNECT_TIMEOUT = transport(TimedOut, aiohttp.ConnectionTimeoutError("no connection"))
AIOHTTP_READ_TIMEOUT = transport(TimedOut, aiohttp.SocketTimeoutError("no answer"))
AIOHTTP_DROPPED = transport(NetworkError, aiohttp.ServerDisconnectedError())


@pytest.mark.parametrize(
    "error", [CONNECT, CONNECT_TIMEOUT, POOL_TIMEOUT, AIOHTTP_CONNECT_TIMEOUT, BAD_GATEWAY, RetryAfter(3)],
    ids=["connect", "connect-timeout", "pool-timeout", "aiohttp-connect-timeout", "bad-gateway", "flood-limit"],
)
async def test_a_send_is_retried_when_telegram_surely_did_not_act_on_it(error: Exception) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    assert await Sender(None, sleep).call(failing(error), repeatable=False) == "done"  # type: ignore[arg-type]
    assert len(waits) == 1


@pytest.mark.parametrize("error", [READ_TIMEOUT, DROPPED, AIOHTTP_READ_TIMEOUT, AIOHTTP_DROPPED],
                         ids=["read-timeout", "dropped", "aiohttp-read-timeout", "aiohttp-dropped"])
async def test_a_send_that_may_have_arrived_is_not_repeated_but_other_calls_are(error: NetworkError) -> None:
    async def sleep(seconds: float) -> None:
        pass

    sender = Sender(None, sleep)  # type: ignore[arg-type]
    with pytest.raises(type(error)):
        await sender.call(failing(error), repeatable=False)
    assert await sender.call(failing(error)) == "done"  # editing a keyboard twice changes nothing



async def test_a_message_to_a_bot_api_nobody_answers_is_retried(unused_tcp_port: int) -> None:
    """A refused connection: nothing reached Telegram, so the message is tried again, with backoff."""
    request = AiohttpRequest()
    await request.initialize()
    bot = Bot("123456:TEST-fake-token", base_url=f"http://127.0.0.1:{unused_tcp_port}/bot", request=request)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    try:
        with pytest.raises(NetworkError):
            api = BotApi(bot, request)
            await Sender(api, sleep).call(partial(api.call, "sendMessage", chat_id=1, text="hello"), repeatable=False)
    finally:
        await request.shutdown()
    assert len(waits) == 4  # five attempts in all

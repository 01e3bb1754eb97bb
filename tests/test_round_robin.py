"""Two instances behind a round-robin proxy: what each process keeps in memory cannot be broken by it.

A proxy in front of two services on one database sends each webhook to the next process in turn, as
nginx's upstream does (deploy/nginx/petition-bot.conf). Two things live in a process's memory:

- the per-person flood throttle: with INSTANCES=2 each process keeps half the budget, so together they
  allow what one process allows (without the share a flooder would get twice as much);
- the record of a chat's live Telegram keyboards: a pressed keyboard arrives in the update itself, so
  the process that gets the press retires it whichever process sent it; a keyboard the other process
  still shows is judged by the person's step, stored in the shared database, so a button from an
  earlier step is refused there and changes nothing, and the signature is recorded once. What a
  process cannot know is a keyboard the other process sent, when the person types instead of
  pressing: it stays shown until pressed, and is then refused or accepted by the stored step.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

import aiohttp
from aiohttp import web

from bot.app.assembly import build_service
from bot.core.campaign import load_campaign
from bot.core.i18n import I18n
from bot.core.service import PetitionService
from bot.core.throttle import Throttle
from bot.core.types import Event, EventKind
from storage.sqlite.repository import SqliteRepository
from testkit.common import listen_local
from testkit.telegram_api import FakeTelegram, TelegramPerson, running_bot
from tests.conftest import FIXED_NOW

SECRET = "round-robin-secret"


async def two_services(db_url: str, share: float) -> list[PetitionService]:
    """Two services on one database, as two processes on one PostgreSQL; each with its own throttle."""
    campaign = load_campaign()
    repo = SqliteRepository(db_url)
    await repo.open()
    i18n = I18n(campaign.default_language, strict=True)
    return [build_service(repo, i18n, campaign, clock=lambda: FIXED_NOW, throttle=Throttle(clock=lambda: 0.0,
                                                                                             share=share))
            for _ in range(2)]


async def flood(services: list[PetitionService], events: int) -> tuple[int, int]:
    """One person's flood, each event to the next service in turn: (events applied, slow-down notices)."""
    turn = itertools.cycle(services)
    results = [await next(turn).handle(Event("telegram", "flooder", EventKind.TEXT, text=f"spam {i}"))
               for i in range(events)]
    return sum(1 for r in results if not r.throttled), sum(1 for r in results if r.throttled and r.messages)


async def test_two_instances_sharing_the_budget_allow_what_one_allows(tmp_path) -> None:
    one = (await two_services(f"sqlite:///{tmp_path / 'one.db'}", 1.0))[:1]
    shared = await two_services(f"sqlite:///{tmp_path / 'shared.db'}", 0.5)
    unshared = await two_services(f"sqlite:///{tmp_path / 'unshared.db'}", 1.0)
    try:
        alone, alone_notices = await flood(one, 200)
        together, notices = await flood(shared, 200)
        doubled, _ = await flood(unshared, 200)
    finally:
        for services in (one, shared, unshared):
            await services[0].repo.close()
    assert alone == 40 and alone_notices == 1
    assert together == alone and notices == 2  # each process warns once, then both stay silent
    assert doubled == 2 * alone  # what INSTANCES prevents


@asynccontextmanager
async def round_robin(fake: FakeTelegram, services: list[PetitionService]) -> AsyncIterator[list[str]]:
    """Both services' Telegram channels behind one proxy that sends each webhook to the next in turn."""
    async with AsyncExitStack() as stack:
        bots = [await stack.enter_async_context(running_bot(fake, s, webhook=True, secret=SECRET)) for s in services]
        turn = itertools.cycle(bots)
        served: list[str] = []
        session = await stack.enter_async_context(aiohttp.ClientSession())

        async def forward(request: web.Request) -> web.Response:
            bot = next(turn)
            served.append(bot.url)
            async with session.post(f"{bot.url}/telegram/webhook", data=await request.read(),
                                    headers={k: v for k, v in request.headers.items() if k.startswith("X-")}) as r:
                return web.Response(status=r.status, body=await r.read(), content_type=r.content_type)

        app = web.Application()
        app.router.add_post("/telegram/webhook", forward)
        runner, url = await listen_local(app)
        stack.push_async_callback(runner.cleanup)
        fake.webhook_target = f"{url}/telegram/webhook"

        async def settle() -> None:
            await asyncio.gather(*(bot.channel.drain() for bot in bots))

        fake.settle = settle
        yield served


async def test_keyboards_across_instances_in_turn(tmp_path) -> None:
    services = await two_services(f"sqlite:///{tmp_path / 'keyboards.db'}", 0.5)
    fake = FakeTelegram()
    await fake.start()
    try:
        async with round_robin(fake, services) as served:
            person = TelegramPerson(fake, 2001)
            await person.open()
            for label in ("English", "Sign", "I agree"):
                pressed, _ = person.find_button(label)
                await person.press(label)
                assert not [b for b in pressed.buttons() if "callback_data" in b], f"{label!r} left pressable"
            await person.say("Hanako Yamada")
            await person.press("Osaka")
            await person.press("Yes, send updates")
            await person.press("Confirm and sign")
            person.expect("Thank you for signing! So far one person has signed")
            for label in ("Confirm and sign", "I agree"):  # earlier steps' buttons, on either process
                await person.press(label, old=True)
                person.expect("That button belongs to an earlier step.")
                person.expect_not("Thank you for signing")
            await person.press("Sign", old=True)
            person.expect("You have already signed.")
        assert len(set(served)) == 2 and len(served) == 11
        # The only refusals: a process retiring a keyboard the other already retired when it was pressed
        # ("message is not modified"), one wasted call, never a button left pressable.
        refused = {(call.method, call.status) for call in fake.calls if call.status != 200}
        assert refused <= {("editMessageReplyMarkup", 400)}
        assert (await services[0].repo.totals()).signatures == 1
    finally:
        await fake.close()
        await services[0].repo.close()

"""A dashboard on a test server over a fresh database, with a clock the test moves, and a signed-in browser."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from bot.app.assembly import assemble
from bot.app.server import build_app
from bot.core.campaign import load_campaign
from bot.core.i18n import I18n
from bot.core.service import PetitionService
from bot.dashboard.deps import Deps
from bot.organizing.broadcast import BroadcastEngine
from bot.organizing.desk import OrganizerDesk
from bot.organizing.signin_links import new_link
from storage.sqlite.repository import SqliteRepository
from tests.conftest import FIXED_NOW
from tests.test_broadcast_engine import LineOutbox, TelegramOutbox

DASHBOARD_URL = "http://127.0.0.1/dashboard/"
ORGANIZER = ("telegram", "org")


@dataclass
class Clock:
    now: datetime = FIXED_NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Site:
    client: TestClient  # type: ignore[type-arg]
    service: PetitionService
    desk: OrganizerDesk
    clock: Clock
    line: LineOutbox
    telegram: TelegramOutbox
    csrf: str = ""
    cookies: list[str] = field(default_factory=list)

    async def link(self, actor: str = "cli:tester", minutes: int = 15) -> str:
        """A fresh sign-in link's path."""
        async with self.service.repo.transaction() as tx:
            url = await new_link(tx, DASHBOARD_URL, actor, self.clock(), minutes)
        return url.removeprefix("http://127.0.0.1")

    async def open_link(self, path: str) -> ClientResponse:
        """Open a link's page and press its button, as an organizer does."""
        page = await self.client.get(path, allow_redirects=False)
        if page.status != 200:
            return page
        html = await page.text()
        token = re.search(r'name="token" value="([^"]+)"', html)
        pre = re.search(r'name="pre" value="([^"]+)"', html)
        assert token and pre, html
        response = await self.client.post("/dashboard/signin", data={"token": token[1], "pre": pre[1]},
                                          allow_redirects=False)
        self.cookies = response.headers.getall("Set-Cookie", [])
        return response

    async def sign_in(self, actor: str = "cli:tester") -> None:
        response = await self.open_link(await self.link(actor))
        assert response.status == 303 and response.headers["Location"] == "/dashboard/", response.status
        self.csrf = await self.csrf_of("/dashboard/")

    async def csrf_of(self, path: str) -> str:
        html = await (await self.client.get(path)).text()
        found = re.search(r'name="csrf" value="([^"]+)"', html)
        assert found, html
        return found[1]

    async def post(self, path: str, data: dict[str, str], csrf: str | None = None) -> ClientResponse:
        return await self.client.post(path, data={**data, "csrf": self.csrf if csrf is None else csrf},
                                      allow_redirects=False)


@asynccontextmanager
async def dashboard_site(db_url: str, *, secure: bool = False, line_quota: int | None = 1000) -> AsyncIterator[Site]:
    """The dashboard of a service whose broadcasts go to in-process LINE and Telegram outboxes."""
    campaign = load_campaign()
    repo = SqliteRepository(db_url)
    await repo.open()
    i18n = I18n(campaign.default_language, strict=True)
    clock = Clock()
    line, telegram = LineOutbox(quota=line_quota), TelegramOutbox()
    engine = BroadcastEngine(repo, i18n, clock, line, telegram, line_rate=10_000, telegram_rate=10_000)
    service, desk = assemble(repo, i18n, campaign, clock=clock, engine=engine, line_quota=line.quota,
                             organizers=lambda platform, user_id: (platform, user_id) == ORGANIZER,
                             dashboard_url=DASHBOARD_URL)
    deps = Deps(repo, i18n, campaign, desk, engine, secure=secure, clock=clock)
    client = TestClient(TestServer(build_app([], deps)))
    await client.start_server()
    try:
        yield Site(client, service, desk, clock, line, telegram)
    finally:
        await client.close()
        for task in list(desk.running.values()):
            task.cancel()
        await repo.close()

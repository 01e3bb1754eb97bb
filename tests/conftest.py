"""Shared fixtures: a petition service on a fresh SQLite file, with strict locales and a fixed clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.app.assembly import build_service
from bot.core.campaign import load_campaign
from bot.core.i18n import I18n
from bot.core.service import PetitionService
from storage.sqlite.repository import SqliteRepository
from testkit.telegram_api import FakeTelegram
from tests.chat import PLATFORMS, Chat, chat_on

pytest_plugins = ["tests.pg"]  # PostgreSQL fixtures: pg_server, pg_database, pg_url

FIXED_NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'petition.db'}"


async def make_service(db_url: str, **parts: Any) -> PetitionService:
    """Open a repository and build a service on it (the caller closes `service.repo`); `parts` go to
    `build_service` (organizers, outlets), and `engine` may be a function of the repository and locales."""
    campaign = load_campaign()
    repo = SqliteRepository(db_url)
    await repo.open()
    i18n = I18n(campaign.default_language, strict=True)
    if callable(parts.get("engine")):
        parts["engine"] = parts["engine"](repo, i18n)
    return build_service(repo, i18n, campaign, clock=lambda: FIXED_NOW, **parts)


@pytest.fixture
async def service(db_url: str) -> AsyncIterator[PetitionService]:
    svc = await make_service(db_url)
    yield svc
    await svc.repo.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    """A fake Telegram Bot API on 127.0.0.1, shared by the Telegram tests."""
    server = FakeTelegram()
    await server.start()
    yield server
    await server.close()


@pytest.fixture(params=PLATFORMS)
async def chat(
    request: pytest.FixtureRequest, service: PetitionService, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Chat]:
    """One person chatting with the service, once on each platform (console, LINE, Telegram)."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")  # the SDKs' clients honour proxy settings
    async with chat_on(request.param, service) as driver:
        yield driver

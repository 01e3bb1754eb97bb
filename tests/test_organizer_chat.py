"""Organizers in chat: /broadcast from draft to report, /stop_broadcast, /stats; others are refused."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.app.assembly import build_service
from bot.core.campaign import load_campaign
from bot.core.i18n import I18n
from bot.core.outlets import Outlets
from bot.core.payload import Payload
from bot.core.service import PetitionService
from bot.core.types import Event, EventKind, OutMessage
from bot.organizing.broadcast import BroadcastEngine
from storage.sqlite.repository import SqliteRepository
from tests.conftest import FIXED_NOW
from tests.test_broadcast_engine import LineOutbox, TelegramOutbox, seed


class Organizer:
    """Drive the service as one chat account, like a Telegram organizer would."""

    def __init__(self, service: PetitionService, user_id: str) -> None:
        self.service, self.user_id = service, user_id
        self.messages: list[OutMessage] = []

    async def say(self, text: str) -> None:
        handled = await self.service.handle(Event("telegram", self.user_id, EventKind.TEXT, text=text,
                                                  language_hint="en"))
        self.messages = handled.messages

    async def press(self, label: str) -> None:
        button = next((b for m in self.messages for b in m.buttons if b.label == label), None)
        assert button is not None and button.data, f"no button {label!r} in {self.messages}"
        handled = await self.service.handle(Event("telegram", self.user_id, EventKind.BUTTON,
                                                  payload=Payload.decode(button.data)))
        self.messages = handled.messages

    @property
    def text(self) -> str:
        return "\n---\n".join(m.text for m in self.messages)


Build = Callable[..., PetitionService]


@pytest.fixture
async def organizing(db_url: str) -> AsyncIterator[Build]:
    """Build the service with a broadcast engine over the given fake senders (and the LINE one's quota)."""
    campaign = load_campaign()
    repo = SqliteRepository(db_url)
    await repo.open()
    i18n = I18n("ja", strict=True)

    def build(line: LineOutbox | None, telegram: TelegramOutbox | None, outlets: Outlets | None = None,
              **rates: Any) -> PetitionService:
        engine = BroadcastEngine(repo, i18n, lambda: FIXED_NOW, line, telegram, **rates) if line or telegram else None
        return build_service(repo, i18n, campaign, clock=lambda: FIXED_NOW, engine=engine,
                             line_quota=line.quota if line else None, outlets=outlets,
                             organizers=lambda platform, user_id: (platform, user_id) == ("telegram", "org"))

    yield build
    await repo.close()


@pytest.fixture
def org_service(organizing: Build) -> PetitionService:
    """The service without a broadcast engine, as in the console."""
    return organizing(None, None)


async def test_an_organizer_broadcasts_from_draft_to_report(organizing: Build) -> None:
    line, telegram = LineOutbox(quota=1000), TelegramOutbox()
    notes: list[str] = []

    async def notify(user_id: str, messages: list[OutMessage]) -> None:
        notes.extend(m.text for m in messages)

    org_service = organizing(line, telegram, Outlets(notifiers={"telegram": notify}), line_rate=1000,
                             telegram_rate=1000)
    await seed(org_service, "telegram", 20)
    await seed(org_service, "line", 30)
    org = Organizer(org_service, "org")
    await org.say("/broadcast")
    assert "in 日本語" in org.text
    await org.say("署名を国会に提出しました。")
    assert "in English" in org.text
    await org.say("We handed the signatures to the Diet.")
    await org.press("No more languages")
    await org.say("not a link")
    assert "not an https:// link" in org.text
    await org.say("https://example.org/report")
    await org.press("All subscribers")
    assert "署名を国会に提出しました。" in org.text and "We handed the signatures to the Diet." in org.text
    assert "Recipients: 20 on Telegram, 30 on LINE" in org.text and "1,000 messages left this month" in org.text
    preview_buttons = [b for m in org.messages for b in m.buttons if b.url]
    assert {b.label for b in preview_buttons} == {"リンクを開く", "Open the link"}
    await org.press("Send")
    assert "Broadcast #1 is being sent" in org.text
    await asyncio.wait_for(asyncio.gather(*org_service.desk.running.values()), 10)
    assert len(telegram.delivered) == 20 and len(line.delivered) == 30
    assert any("Broadcast #1 is finished" in n and "Sent: 50" in n for n in notes)
    audit = await org_service.repo.audit()
    assert audit[0].actor == "telegram:org" and audit[0].count == 50


async def test_an_organizer_can_stop_a_running_broadcast(organizing: Build) -> None:
    telegram = TelegramOutbox()
    org_service = organizing(None, telegram, telegram_rate=100, telegram_chunk=10)
    await seed(org_service, "telegram", 200)
    org = Organizer(org_service, "org")
    for step in ("/broadcast", "お知らせ", "skip"):
        await (org.press("Skip") if step == "skip" else org.say(step))
    await org.press("No more languages")
    await org.press("No link")
    await org.press("Only English")
    assert "Recipients: 100 on Telegram" in org.text
    await org.press("Send")
    while not telegram.delivered:
        await asyncio.sleep(0.01)
    await org.say("/stop_broadcast")
    assert "Broadcast #1 is cancelled" in org.text
    await asyncio.wait_for(asyncio.gather(*org_service.desk.running.values()), 10)
    assert 0 < len(telegram.delivered) < 100
    assert set(telegram.texts.values()) == {"お知らせ"}  # English had no text: the default language's went out


async def test_an_earlier_button_at_the_preview_shows_the_counts_again(organizing: Build) -> None:
    org_service = organizing(None, TelegramOutbox(), telegram_rate=100)
    await seed(org_service, "telegram", 7)
    org = Organizer(org_service, "org")
    await org.say("/broadcast")
    await org.say("お知らせ")
    await org.press("No more languages")
    await org.press("No link")
    audience = org.messages
    await org.press("All subscribers")
    assert "Recipients: 7 on Telegram" in org.text
    org.messages = audience  # the audience menu again: its buttons stay on screen in the chat
    await org.press("All subscribers")  # a second press, as when a reply was slow: no failure
    assert "Recipients: 7 on Telegram" in org.text and "Send" in {b.label for m in org.messages for b in m.buttons}


async def test_stats_in_chat_come_with_the_chart(org_service: PetitionService) -> None:
    org = Organizer(org_service, "org")
    await org.say("/stats")
    assert "Signatures standing" in org.text
    image = org.messages[0].image
    assert image is not None and image.startswith(b"\x89PNG")


async def test_others_get_the_ordinary_help_and_the_attempt_is_logged(
    org_service: PetitionService, caplog: pytest.LogCaptureFixture
) -> None:
    someone = Organizer(org_service, "someone")
    with caplog.at_level(logging.WARNING):
        for command in ("/broadcast", "/stats", "/stop_broadcast"):
            await someone.say(command)
            assert "/sign" in someone.text and "Recipients" not in someone.text
    assert sum("organizer command" in r.getMessage() for r in caplog.records) == 3
    assert all("someone" not in r.getMessage() for r in caplog.records)

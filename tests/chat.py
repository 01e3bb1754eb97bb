"""One way to chat with the bot in tests, on every platform: open, say, press, expect.

    async with chat_on("line", service) as chat:     # or "console", "telegram"
        await chat.open()                            # console start, LINE follow, Telegram /start
        chat.expect("Which language")
        await chat.press("English")
        await chat.say("/status")

`ConsoleChat` drives the console channel; `testkit.line_api.LineUser` and
`testkit.telegram_api.TelegramPerson` speak the same verbs through the real HTTP paths against the
fake platforms (signed webhooks and the Reply API on LINE; getUpdates or the webhook on Telegram), and
add what only their platform has (follow/unfollow, stickers, postbacks, old keyboards).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Protocol

from bot.channels.console import ConsoleChannel, format_messages
from bot.core.service import PetitionService
from bot.core.types import Event, EventKind, OutMessage
from testkit.line_api import line_platform
from testkit.telegram_api import FakeTelegram, TelegramPerson, running_bot

PLATFORMS = ("console", "line", "telegram")


class Chat(Protocol):
    """What a test does in a chat, whatever the platform."""

    @property
    def screen(self) -> str:
        """Every text the last answer showed."""
        ...

    async def open(self) -> object:
        """Start the conversation as a newcomer does on this platform."""
        ...

    async def say(self, text: str) -> object:
        """Type a text (commands included)."""
        ...

    async def press(self, label: str) -> object:
        """Press the button labelled exactly `label`."""
        ...

    def expect(self, *fragments: str) -> None:
        """Fail unless the last answer shows every fragment."""
        ...

    def expect_not(self, *fragments: str) -> None:
        """Fail if the last answer shows any fragment."""
        ...

    def buttons(self) -> list[str]:
        """The labels of the buttons on offer."""
        ...


class ConsoleChat:
    """The console channel, driven line by line as a person types (a number presses a button)."""

    def __init__(self, service: PetitionService, user_id: str = "tester") -> None:
        self.output: list[str] = []
        self.channel = ConsoleChannel(service, self._no_input, self.output.append, user_id=user_id)
        self.last: list[OutMessage] = []
        self.service = service
        self.user_id = user_id

    @staticmethod
    async def _no_input() -> str | None:
        return None

    @property
    def screen(self) -> str:
        """What the last answer showed, as the console prints it."""
        return format_messages(self.last)

    async def _send(self, event: Event) -> None:
        handled = await self.service.handle(event)
        self.last = handled.messages
        self.channel.buttons = [b for m in handled.messages for b in m.buttons]

    async def open(self) -> None:
        """Open the console: a newcomer is greeted, anyone else resumes."""
        await self._send(Event("console", self.user_id, EventKind.OPEN))

    async def say(self, text: str) -> None:
        """Type a line, exactly as in the console (a number presses a button)."""
        await self._send(self.channel.to_event(text))

    async def press(self, label: str) -> None:
        """Press the button whose label is exactly `label`."""
        pressable = [b for b in self.channel.buttons if b.data]
        labels = [b.label for b in pressable]
        assert label in labels, f"no button {label!r}; buttons are {labels}\n{self.screen}"
        await self.say(str(labels.index(label) + 1))

    def expect(self, *fragments: str) -> None:
        for fragment in fragments:
            assert fragment in self.screen, f"expected {fragment!r} in:\n{self.screen}"

    def expect_not(self, *fragments: str) -> None:
        for fragment in fragments:
            assert fragment not in self.screen, f"did not expect {fragment!r} in:\n{self.screen}"

    def buttons(self) -> list[str]:
        return [b.label for b in self.channel.buttons]


@asynccontextmanager
async def chat_on(platform: str, service: PetitionService) -> AsyncIterator[Chat]:
    """One person chatting on `platform`; LINE and Telegram run the real channel against their fake."""
    if platform == "console":
        yield ConsoleChat(service)
    elif platform == "line":
        async with line_platform(service) as line:
            yield line.user()
            assert line.api.billable == [], "a conversation must never push, multicast or broadcast"
    elif platform == "telegram":
        fake = FakeTelegram()
        await fake.start()
        try:
            async with running_bot(fake, service):
                yield TelegramPerson(fake, 1001, language_code=None)  # no platform language: the picker shows
            assert all(call.status == 200 for call in fake.calls), "a call broke a limit of the Bot API"
        finally:
            await fake.close()
    else:
        raise ValueError(f"no chat driver for {platform!r}")

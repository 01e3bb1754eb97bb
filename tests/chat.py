"""A chat driver for tests: push what a person types or presses, expect what the bot says.

    chat = ConsoleChat(service)
    await chat.push("/start")
    chat.expect("Which language")
    await chat.press("English")
"""

from __future__ import annotations

from bot.channels.console import ConsoleChannel, format_messages
from bot.core.service import PetitionService
from bot.core.types import Event, EventKind, OutMessage


class ConsoleChat:
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
        await self._send(Event("console", self.user_id, EventKind.OPEN))

    async def push(self, text: str) -> None:
        """Type a line, exactly as in the console (a number presses a button)."""
        await self._send(self.channel.to_event(text))

    async def press(self, label: str) -> None:
        """Press the button whose label is exactly `label`."""
        pressable = [b for b in self.channel.buttons if b.data]
        labels = [b.label for b in pressable]
        assert label in labels, f"no button {label!r}; buttons are {labels}\n{self.screen}"
        await self.push(str(labels.index(label) + 1))

    def expect(self, *fragments: str) -> None:
        for fragment in fragments:
            assert fragment in self.screen, f"expected {fragment!r} in:\n{self.screen}"

    def expect_not(self, *fragments: str) -> None:
        for fragment in fragments:
            assert fragment not in self.screen, f"did not expect {fragment!r} in:\n{self.screen}"

    def buttons(self) -> list[str]:
        return [b.label for b in self.channel.buttons]

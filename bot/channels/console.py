"""The console channel: the petition chat in a terminal, or scripted through a pipe.

Each bot message is printed, then its buttons as numbered lines (`[1] English`); link buttons are
shown with their address. The person types a number to press a button, or any text. End of input
or Ctrl-C ends the chat cleanly. When input is piped, each line read is echoed after `> ` so that a
scripted session reads like a transcript.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import TextIO

from bot.core.payload import Payload
from bot.core.service import PetitionService
from bot.core.types import Event, EventKind, OutButton, OutMessage

PLATFORM = "console"
Reader = Callable[[], Awaitable[str | None]]


def stdin_reader(stream: TextIO = sys.stdin) -> Reader:
    """Read lines on a daemon thread, so that Ctrl-C never waits for a blocked read; None at the end."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str | None] = asyncio.Queue()

    def pump() -> None:
        for line in iter(stream.readline, ""):
            loop.call_soon_threadsafe(lines.put_nowait, line.rstrip("\r\n"))
        loop.call_soon_threadsafe(lines.put_nowait, None)

    threading.Thread(target=pump, name="console-input", daemon=True).start()
    return lines.get


def format_messages(messages: list[OutMessage]) -> str:
    """Lay out messages and their buttons, numbering the buttons across the whole answer."""
    blocks, number = [], 0
    for message in messages:
        lines = [message.text]
        for button in message.buttons:
            if button.url:
                lines.append(f"    ↗ {button.label}: {button.url}")
            else:
                number += 1
                lines.append(f"  [{number}] {button.label}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


class ConsoleChannel:
    def __init__(
        self, service: PetitionService, read: Reader, write: Callable[[str], None],
        user_id: str = "local", echo: bool = False,
    ) -> None:
        self.service = service
        self.read = read
        self.write = write
        self.user_id = user_id
        self.echo = echo
        self.buttons: list[OutButton] = []

    def to_event(self, line: str) -> Event:
        """Turn a typed line into an event: a number presses the matching button."""
        pressable = [b for b in self.buttons if b.data]
        typed = line.strip()
        # isdecimal, not isdigit: "²" is a digit but no number; a long number is no button either
        number = int(typed) if typed.isdecimal() and len(typed) <= 3 else 0
        if 1 <= number <= len(pressable):
            data = pressable[number - 1].data
            return Event(PLATFORM, self.user_id, EventKind.BUTTON, payload=Payload.decode(data))
        return Event(PLATFORM, self.user_id, EventKind.TEXT, text=line)

    async def send(self, event: Event) -> None:
        handled = await self.service.handle(event)
        if handled.messages:
            self.buttons = [b for m in handled.messages for b in m.buttons]
            self.write(format_messages(handled.messages) + "\n\n")

    async def run(self) -> None:
        """Chat until the input ends."""
        await self.send(Event(PLATFORM, self.user_id, EventKind.OPEN))
        while (line := await self.read()) is not None:
            if self.echo:
                self.write(f"> {line}\n\n")
            if line.strip():
                await self.send(self.to_event(line))

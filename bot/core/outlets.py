"""What a channel answers for its platform once it runs: signers' personal links and notices to organizers.

The composition root makes one `Outlets` and gives it to the service and the organizer desk; each channel
registers its own platform's answers when it is built (Telegram's links need the bot's name, which it
learns only when it starts, so it registers a function that reads the name when asked).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from bot.core.types import OutMessage

Notifier = Callable[[str, list[OutMessage]], Coroutine[Any, Any, None]]  # user id, messages
LinkMaker = Callable[[str], str]  # referral code -> the signer's personal link ("" -> the bot's own link)


@dataclass
class Outlets:
    share_links: dict[str, LinkMaker] = field(default_factory=dict)  # platform -> link maker
    notifiers: dict[str, Notifier] = field(default_factory=dict)  # platform -> send messages to one person

    def answer(self, platform: str, *, share_link: LinkMaker | None = None, notify: Notifier | None = None) -> None:
        """Register what one platform's channel provides."""
        if share_link is not None:
            self.share_links[platform] = share_link
        if notify is not None:
            self.notifiers[platform] = notify

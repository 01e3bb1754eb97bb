"""What the service is given by the composition root: the conversation's steps and the organizer desk.

The core knows them only by these shapes, so it imports neither `handlers` nor `bot.organizing`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.core.context import Context
from bot.core.types import Effect, Fact, FeatureDraft, Outcome, Session, Step, StepName
from storage.base import Transaction

Facts = dict[Fact, int | str | bytes]


@dataclass(frozen=True)
class Conversation:
    step: Callable[[Session, Context], Outcome]  # answer one event for one person
    commands: tuple[str, ...]  # commands a person may also type as a localized keyword
    steps: tuple[type[StepName], ...] = (Step,)  # every step class, to read a stored session's step
    drafts: tuple[type[FeatureDraft], ...] = ()  # features' drafts, to read a stored session's draft


class Desk(Protocol):
    """Carries out the effects that are not about signatures (the organizers' commands)."""

    async def apply(self, effect: Effect, tx: Transaction, platform: str, who: str, now: datetime) -> Facts:
        """Carry out one effect inside the event's transaction; return the facts it yields."""
        ...

    async def after_commit(
        self, effects: tuple[Effect, ...], facts: Facts, platform: str, user_id: str, locale: str
    ) -> None:
        """Do what cannot run inside the event's transaction."""
        ...

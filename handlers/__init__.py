"""The petition conversation as pure steps: event and session in, replies and effects out."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.router import Router, dispatch
from bot.core.types import EventKind, FeatureDraft, Outcome, Reply, ReplyKind, Session, Step, StepName
from handlers import account, concerns, organizer, sharing, signing, start
from handlers.common import t
from handlers.organizer_state import BroadcastDraft, OrgStep

STEPS: tuple[type[StepName], ...] = (Step, OrgStep)  # every step a stored session may be in
DRAFTS: tuple[type[FeatureDraft], ...] = (BroadcastDraft,)  # the features' own drafts, stored with the session
ROUTER = Router()
for feature in (start.router, concerns.router, signing.router, account.router, sharing.router, organizer.router):
    ROUTER.include(feature)


def fallback(s: Session, ctx: Context, problem: str) -> Outcome:
    """Say briefly what went wrong, then repeat what the current step needs."""
    kind = ReplyKind.NOT_READ if ctx.event.kind is EventKind.MEDIA else ReplyKind.PLAIN
    return Outcome(s, (Reply(t(problem), kind=kind),), reprompt=True)


def handle(session: Session, ctx: Context) -> Outcome:
    """Answer one event for one person."""
    return dispatch(ROUTER, session, ctx, fallback)


__all__ = ["DRAFTS", "ROUTER", "STEPS", "Context", "handle"]

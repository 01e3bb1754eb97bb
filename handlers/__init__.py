"""The petition conversation as pure steps: event and session in, replies and effects out."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.router import Router, dispatch
from bot.core.types import FeatureDraft, Outcome, Reply, Session, Step, StepName
from handlers import account, concerns, organizer, sharing, signing, start
from handlers.common import t
from handlers.intents import intent
from handlers.organizer_state import BroadcastDraft, OrgStep

STEPS: tuple[type[StepName], ...] = (Step, OrgStep)  # every step a stored session may be in
DRAFTS: tuple[type[FeatureDraft], ...] = (BroadcastDraft,)  # the features' own drafts, stored with the session
ROUTER = Router()
for feature in (start.router, concerns.router, signing.router, account.router, sharing.router, organizer.router):
    ROUTER.include(feature)


def fallback(s: Session, ctx: Context, problem: str) -> Outcome:
    """Answer everyday words; otherwise say briefly what went wrong, then repeat what the step needs."""
    if problem == "not-understood":
        understood = _understood(s, ctx)
        if understood is not None:
            return understood
    return Outcome(s, (Reply(t(problem)),), reprompt=True)  # the same words on every platform


def _understood(s: Session, ctx: Context) -> Outcome | None:
    """Answer thanks, greetings, a request to share or for help, or a language's name."""
    wanted = intent(ctx, ctx.event.text)
    if wanted is None:
        return None
    if wanted.startswith("language:"):
        return start.set_language(s, ctx, wanted.partition(":")[2])
    if wanted in ("thanks", "hello"):
        return Outcome(s, (Reply(t(f"reply-{wanted}")),), reprompt=True)
    share = ROUTER.commands.get("share") or ROUTER.commands["paper"]  # the share action, where there is one
    return (share if wanted == "share" else ROUTER.commands["help"])(s, ctx, "")


def handle(session: Session, ctx: Context) -> Outcome:
    """Answer one event for one person."""
    return dispatch(ROUTER, session, ctx, fallback)


__all__ = ["DRAFTS", "ROUTER", "STEPS", "Context", "handle"]

"""Sharing and the person's own id: `/share` (the personal link, the paper form as the second way) and `/whoami`."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.payload import Action
from bot.core.router import Router
from bot.core.types import AnyButton, Fact, LinkButton, Outcome, Reply, ReplyKind, Session
from handlers.common import button, menu_buttons, say, t

router = Router()
PLATFORM_NAMES = {"line": "LINE", "telegram": "Telegram", "console": "console"}


def share_replies(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Offer the signer's personal invitation, then the paper form as the second way to sign."""
    invite = Reply(t("share", link=Fact.SHARE_LINK), kind=ReplyKind.SHARE)
    return (invite, paper_reply(s, ctx, "share-paper-too", next_step=False))


def paper_reply(s: Session, ctx: Context, message_id: str = "paper-form", next_step: bool = True) -> Reply:
    """The paper form with what to do next: share (a signer) or sign (anyone else), and the menu."""
    after: tuple[AnyButton, ...] = ()
    if next_step:
        signed = s.signature is not None
        after = (button("button-share", Action.COMMAND, "share") if signed else button("button-sign", Action.SIGN),)
    form = LinkButton(t("button-paper"), ctx.paper_form_url)
    return Reply(t(message_id), (form, *after, button("button-menu", Action.COMMAND, "menu")),
                 kind=ReplyKind.PAPER_FORM)


@router.command("share")
def share(s: Session, ctx: Context, arg: str) -> Outcome:
    """Give a signer their invitation to share; anyone else learns that signing comes first."""
    if s.signature is None:
        return say(s, Reply(t("share-sign-first")), paper_reply(s, ctx, "share-paper-too"))
    return say(s, *share_replies(s, ctx))


@router.command("whoami")
def whoami(s: Session, ctx: Context, arg: str) -> Outcome:
    """Tell the person their own platform id, which organizers are added by."""
    platform = PLATFORM_NAMES.get(ctx.event.platform, ctx.event.platform)
    return say(s, Reply(t("whoami", platform=platform, user_id=ctx.event.user_id), menu_buttons(s)))

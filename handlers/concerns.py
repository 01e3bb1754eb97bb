"""The petition, its five concerns one at a time, and the background on detention."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.payload import Action
from bot.core.router import Router
from bot.core.types import AnyButton, LinkButton, Outcome, Reply, ReplyKind, Session, Step
from handlers.common import CONCERNS, button, menu_buttons, say, t

router = Router()


def _reading_buttons(s: Session, position: int) -> tuple[AnyButton, ...]:
    """Go on reading, sign (a signer: see their signature), the background."""
    sign = button("button-status", Action.COMMAND, "status") if s.signature else button("button-sign", Action.SIGN)
    background = button("button-background", Action.BACKGROUND)
    if position == 0:
        return (button("button-read-concerns", Action.READ, "1"), sign, background)
    if position < CONCERNS:
        return (button("button-next", Action.READ, str(position + 1)), sign, background)
    return (sign, background, button("button-menu", Action.COMMAND, "menu"))


@router.prompt(Step.READING, long=True)
def reading_prompt(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Show the petition (position 0) or the concern at the person's position."""
    if s.position == 0:
        return (Reply(t("petition"), _reading_buttons(s, 0), kind=ReplyKind.PETITION),)
    text = t(f"concern-{s.position}", position=s.position, total=CONCERNS)
    return (Reply(text, _reading_buttons(s, s.position), kind=ReplyKind.CONCERN),)


@router.button(Action.READ)
def show_position(s: Session, ctx: Context, value: str) -> Outcome:
    """Show the petition or the concern a button points at; old buttons just show that one again."""
    position = int(value) if value.isdigit() and int(value) <= CONCERNS else 0
    s = s.but(position=position) if s.signature else s.to(Step.READING, position=position)
    return say(s, *reading_prompt(s, ctx))  # a signer reads from the menu: nothing leads back to signing


@router.prompt(Step.BACKGROUND, long=True)
def background_prompt(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Tell the background on detention, with a link to read more."""
    more: AnyButton = (
        LinkButton(t("button-background-more"), ctx.background_url)
        if ctx.background_url
        else LinkButton(t("button-contact"), ctx.contact_url)
    )
    go_on = button("button-continue-reading", Action.READ, str(s.position))
    next_step = button("button-status", Action.COMMAND, "status") if s.signature else button(
        "button-sign", Action.SIGN
    )
    further = button("button-more-background", Action.BACKGROUND, "more")
    return (Reply(t("background"), (further, go_on, next_step, more), kind=ReplyKind.BACKGROUND),)


@router.button(Action.BACKGROUND)
def show_background(s: Session, ctx: Context, value: str) -> Outcome:
    """Show the background (or, after it, the page's further background), keeping the reading position."""
    if value == "more":
        return say(s, Reply(t("background-more"), _after_more(s), kind=ReplyKind.BACKGROUND))
    s = s if s.signature else s.to(Step.BACKGROUND)
    return say(s, *background_prompt(s, ctx))


def _after_more(s: Session) -> tuple[AnyButton, ...]:
    go_on = button("button-continue-reading", Action.READ, str(s.position))
    if s.signature:
        return (go_on, button("button-menu", Action.COMMAND, "menu"))
    return (go_on, button("button-sign", Action.SIGN), button("button-menu", Action.COMMAND, "menu"))


@router.prompt(Step.MENU)
def menu_prompt(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Offer the main menu."""
    return (Reply(t("menu"), menu_buttons(s)),)


@router.command("menu")
def show_menu(s: Session, ctx: Context, arg: str) -> Outcome:
    """Show the main menu."""
    s = s.to(Step.MENU)
    return say(s, *menu_prompt(s, ctx))

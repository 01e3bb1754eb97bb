"""Greeting, language choice, following and unfollowing."""

from __future__ import annotations

import re

from bot.core.context import Context
from bot.core.payload import Action, Payload
from bot.core.router import Router
from bot.core.types import Button, EventKind, Outcome, Reply, Session, Step, Text
from handlers.account import status_reply
from handlers.common import button, menu_reply, say, t
from handlers.concerns import show_position

router = Router()
LANGUAGES_PER_PAGE = 9  # with "more languages", 10 buttons: within LINE's 13 quick replies


def menu_order(s: Session, ctx: Context) -> list[str]:
    """Order the offered languages: the person's platform language first, then the fixed menu order.

    Never the chosen language first: the same button keeps its place whatever was chosen before."""
    first = ctx.hinted_locale(ctx.event.language_hint)
    order = ctx.menu_locales or ctx.locales
    return [*([first] if first else []), *(locale for locale in order if locale != first)]


def page_count(ctx: Context) -> int:
    """Count the pages of the language menu: one while every language fits without a 'more' button."""
    if len(ctx.locales) <= LANGUAGES_PER_PAGE + 1:
        return 1
    return -(-len(ctx.locales) // LANGUAGES_PER_PAGE)


def language_buttons(s: Session, ctx: Context, page: int = 1) -> tuple[Button, ...]:
    """List one page of the offered languages, each named in its own language, and 'more' if needed."""
    order = menu_order(s, ctx)
    pages = page_count(ctx)
    if pages == 1:
        shown = order
    else:
        page = (page - 1) % pages + 1
        shown = order[(page - 1) * LANGUAGES_PER_PAGE : page * LANGUAGES_PER_PAGE]
    buttons = [Button(Text("language-name", locale=locale), Payload(Action.LANGUAGE, locale)) for locale in shown]
    if pages > 1:
        label = "button-more-languages" if page < pages else "button-first-languages"
        buttons.append(button(label, Action.LANGUAGE, str(page % pages + 1)))
    return tuple(buttons)


@router.prompt(Step.NEW, Step.LANGUAGE)
def ask_language(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Ask which language to use."""
    return (Reply(t("language-prompt"), language_buttons(s, ctx)),)


def _with_language(s: Session, ctx: Context) -> Session:
    """Give a first-time person the language their platform suggests, until they choose."""
    if s.language is None:
        return s.but(language=ctx.locale_for_hint(ctx.event.language_hint))
    return s


REFERRAL_CODE = re.compile(r"[A-Za-z0-9_-]{4,32}")


@router.command("start")
def start(s: Session, ctx: Context, arg: str) -> Outcome:
    """Greet the person: a signer sees their status, a newcomer the petition in the language their platform
    names (if the bot speaks it), anyone else the language choice."""
    s = _with_language(s, ctx)
    if REFERRAL_CODE.fullmatch(arg) and s.signature is None and s.referred_by is None:
        s = s.but(referred_by=arg)  # checked against real signers only when the signature is recorded
    if s.signature is not None:
        return say(s.to(Step.MENU), Reply(t("welcome-back")), status_reply(s), menu_reply(s))
    hinted = None if ctx.event.hint_is_fallback else ctx.hinted_locale(ctx.event.language_hint)
    if s.step is Step.NEW and hinted is not None:
        return _open_in(s.but(language=hinted), ctx)
    return say(s.to(Step.LANGUAGE), Reply(t("welcome"), language_buttons(s, ctx)))


def _open_in(s: Session, ctx: Context) -> Outcome:
    """Open in the language the platform told us (it counts as chosen), with a button to change it."""
    change = button("button-language", Action.COMMAND, "language")
    shown = show_position(s, ctx, str(s.position))
    notice = _unreviewed(s.language or "", ctx)
    return Outcome(shown.session, (Reply(t("welcome-hinted"), (change,)), *notice, *shown.replies), shown.effects)


def _unreviewed(locale: str, ctx: Context) -> tuple[Reply, ...]:
    """Say, once, in a newly chosen language that no native speaker has checked it yet."""
    return () if locale in ctx.reviewed else (Reply(t("translation-unreviewed")),)


@router.text(Step.NEW)
def first_words(s: Session, ctx: Context, text: str) -> Outcome:
    """Greet someone whose first message is not a command."""
    return start(s, ctx, "")


@router.event(EventKind.FOLLOW)
def follow(s: Session, ctx: Context, arg: str) -> Outcome:
    """Welcome a new follower; someone who unblocks mid-way goes on where they stopped."""
    return open_chat(s.but(reachable=True), ctx, arg)


@router.event(EventKind.OPEN)
def open_chat(s: Session, ctx: Context, arg: str) -> Outcome:
    """Greet a newcomer or a signer; remind anyone else (a signer confirming a withdrawal too) where they stopped."""
    if s.step in (Step.NEW, Step.LANGUAGE) or (s.signature is not None and s.step is not Step.WITHDRAW):
        return start(s, ctx, "")  # nothing begun yet, or a signer with nothing pending: the full welcome
    return Outcome(s, (Reply(t("welcome-continue")),), reprompt=True, full_prompt=True)


@router.event(EventKind.UNFOLLOW)
def unfollow(s: Session, ctx: Context, arg: str) -> Outcome:
    """Mark the person unreachable: nothing more is sent to them."""
    return Outcome(s.but(reachable=False))


@router.command("language")
def choose_language(s: Session, ctx: Context, arg: str) -> Outcome:
    """Show the language menu without leaving the current step."""
    s = _with_language(s, ctx)
    return say(s, *ask_language(s, ctx))


@router.button(Action.LANGUAGE)
def set_language(s: Session, ctx: Context, locale: str) -> Outcome:
    """Remember the chosen language, then go on where the person was; a number turns the menu's page."""
    if locale.isdigit():
        s = _with_language(s, ctx)
        return say(s, Reply(t("language-prompt"), language_buttons(s, ctx, int(locale))))
    if locale not in ctx.locales:
        return say(s, *ask_language(s, ctx))
    notice = _unreviewed(locale, ctx) if locale != s.language else ()
    s = s.but(language=locale)
    if s.step in (Step.NEW, Step.LANGUAGE):
        shown = show_position(s, ctx, str(s.position))
        return Outcome(shown.session, notice + shown.replies, shown.effects)
    return Outcome(s, (Reply(t("language-set")), *notice), reprompt=True, full_prompt=True)

"""Organizers in chat: compose a broadcast (texts, link, audience), preview, confirm, stop; see stats.

Only people listed as organizers reach these steps; anyone else who tries gets the ordinary help,
and the attempt is logged. The sending itself is a persisted job run by the broadcast engine.
"""

from __future__ import annotations

import re

from bot.core.context import Context
from bot.core.payload import Action, Payload
from bot.core.router import Router
from bot.core.types import (
    AnyButton,
    Button,
    CountAudience,
    DeniedOrganizerCommand,
    Draft,
    Fact,
    LinkButton,
    MakeDashboardLink,
    Outcome,
    Reply,
    ReplyKind,
    Session,
    ShowStats,
    StartBroadcast,
    Step,
    StopBroadcast,
    Text,
)
from handlers.common import button, menu_buttons, say, t
from handlers.organizer_state import BroadcastDraft, OrgStep, broadcast_draft

router = Router()
LINK = re.compile(r"https://\S{3,2000}")
MAX_LANGUAGE_AUDIENCES = 10  # with the other three choices, one LINE quick reply (13)


def _denied(s: Session, command: str) -> Outcome:
    """Answer a non-organizer with the ordinary help, and have the attempt logged."""
    return Outcome(s, (Reply(t("help"), menu_buttons(s)),), (DeniedOrganizerCommand(command),))


def _texts(s: Session) -> dict[str, str]:
    return dict(broadcast_draft(s).texts)


def _drafting(texts: dict[str, str], link: str | None = None, audience: str | None = None) -> Draft:
    """A session draft holding only this broadcast draft (starting one drops a signature draft)."""
    return Draft(feature=BroadcastDraft(texts, link, audience))


def _next_locale(s: Session, ctx: Context) -> str | None:
    return next((locale for locale in ctx.locales if locale not in _texts(s)), None)


def _cancel() -> AnyButton:
    return button("button-cancel", Action.COMMAND, "menu")


@router.command("broadcast")
def start_broadcast(s: Session, ctx: Context, arg: str) -> Outcome:
    """Start a new update: its text in each language first."""
    if not ctx.is_organizer:
        return _denied(s, "broadcast")
    s = s.to(OrgStep.TEXT, draft=_drafting(texts={}))
    return say(s, *ask_text(s, ctx))


@router.prompt(OrgStep.TEXT)
def ask_text(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Ask for the update's text in the next language (only the default one is required)."""
    locale = _next_locale(s, ctx) or ctx.default_locale
    buttons = (_cancel(),) if locale == ctx.default_locale else (
        button("button-skip", Action.ORGANIZER, "skip"), button("button-texts-done", Action.ORGANIZER, "done"),
        _cancel())
    return (Reply(t("broadcast-ask-text", language=Text("language-name", locale=locale)), buttons),)


def _with_text(s: Session, ctx: Context, text: str) -> Outcome:
    texts = {**_texts(s), _next_locale(s, ctx) or ctx.default_locale: text}
    s = s.but(draft=_drafting(texts=texts))
    if _next_locale(s, ctx) is not None:
        return say(s, *ask_text(s, ctx))
    s = s.to(OrgStep.LINK)
    return say(s, *ask_link(s, ctx))


@router.text(OrgStep.TEXT, free=True)
def take_text(s: Session, ctx: Context, text: str) -> Outcome:
    """Keep the text for this language."""
    return _with_text(s, ctx, text.strip()) if text.strip() else Outcome(s, reprompt=True)


@router.prompt(OrgStep.LINK)
def ask_link(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Ask for an optional link shown as a button under the update."""
    return (Reply(t("broadcast-ask-link"), (button("button-no-link", Action.ORGANIZER, "nolink"), _cancel())),)


@router.text(OrgStep.LINK, free=True)
def take_link(s: Session, ctx: Context, text: str) -> Outcome:
    """Keep an https link, or say it is not one."""
    if not LINK.fullmatch(text.strip()):
        return Outcome(s, (Reply(t("broadcast-bad-link")),), reprompt=True)
    s = s.to(OrgStep.AUDIENCE, draft=_drafting(texts=_texts(s), link=text.strip()))
    return say(s, *ask_audience(s, ctx))


@router.prompt(OrgStep.AUDIENCE)
def ask_audience(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Offer the audiences: every subscriber, signers only, or one of the languages asked about."""
    choices: list[AnyButton] = [
        button("button-audience-subscribers", Action.ORGANIZER, "aud-subscribers"),
        button("button-audience-signers", Action.ORGANIZER, "aud-signers"),
    ]
    for locale in [loc for loc in ctx.locales if loc in _texts(s)][:MAX_LANGUAGE_AUDIENCES]:
        label = t("button-audience-language", language=Text("language-short-name", locale=locale))
        choices.append(Button(label, Payload(Action.ORGANIZER, f"aud-lang-{locale}")))
    return (Reply(t("broadcast-ask-audience"), (*choices, _cancel())),)


def _count(s: Session, audience: str | None = None) -> CountAudience:
    """The effect that plans the draft: its audience, texts and link."""
    draft = broadcast_draft(s)
    texts = {locale: text for locale, text in draft.texts.items() if text}
    return CountAudience(audience or draft.audience or "subscribers", texts, draft.link)


@router.prompt(OrgStep.CONFIRM, needs=lambda s: (_count(s),))
def preview(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Show the update in each language exactly as recipients will see it, then the counts."""
    link = broadcast_draft(s).link
    replies = [Reply(t("broadcast-preview"))]
    for locale, text in _texts(s).items():
        if text:
            buttons = (LinkButton(Text("broadcast-link", locale=locale), link),) if link else ()
            shown = Text("broadcast-text", {"text": text}, locale=locale)
            replies.append(Reply(shown, buttons, kind=ReplyKind.PREVIEW))
    plan = t("broadcast-plan-confirm", plan=Fact.BROADCAST_PLAN)  # languages, fallbacks, counts, quota, problems
    replies.append(Reply(plan, (button("button-send", Action.ORGANIZER, "send"), _cancel())))
    return tuple(replies)


@router.button(Action.ORGANIZER, steps=list(OrgStep))
def organizer_button(s: Session, ctx: Context, value: str) -> Outcome:
    """Skip a language, go without a link, pick the audience, or send."""
    if not ctx.is_organizer:
        return _denied(s, "broadcast")
    if s.step is OrgStep.TEXT and value == "skip" and _next_locale(s, ctx) != ctx.default_locale:
        return _with_text(s, ctx, "")
    if s.step is OrgStep.TEXT and value == "done" and _next_locale(s, ctx) != ctx.default_locale:
        s = s.to(OrgStep.LINK)  # the other languages get the default language's text
        return say(s, *ask_link(s, ctx))
    if s.step is OrgStep.LINK and value == "nolink":
        s = s.to(OrgStep.AUDIENCE)
        return say(s, *ask_audience(s, ctx))
    audience = value.removeprefix("aud-").replace("lang-", "lang:", 1)
    if s.step is OrgStep.AUDIENCE and (audience in ("subscribers", "signers") or audience[5:] in ctx.locales):
        s = s.to(OrgStep.CONFIRM, draft=_drafting(texts=_texts(s), link=broadcast_draft(s).link, audience=audience))
        return Outcome(s, preview(s, ctx), (_count(s, audience),))
    draft = broadcast_draft(s)
    if s.step is OrgStep.CONFIRM and value == "send" and draft.audience:
        texts = {locale: text for locale, text in draft.texts.items() if text}
        effect = StartBroadcast(texts, draft.link, draft.audience)
        s = s.to(Step.MENU, draft=Draft())
        stop = button("button-stop-broadcast", Action.COMMAND, "stop_broadcast")
        started = t("broadcast-start-result", job=Fact.BROADCAST_ID, problems=Fact.BROADCAST_PROBLEMS)
        return Outcome(s, (Reply(started, (stop,)),), (effect,))
    return Outcome(s, (Reply(t("old-button")),), reprompt=True)


@router.command("stop_broadcast")
def stop_broadcast(s: Session, ctx: Context, arg: str) -> Outcome:
    """Cancel the broadcast that is being sent."""
    if not ctx.is_organizer:
        return _denied(s, "stop_broadcast")
    return Outcome(s, (Reply(t("broadcast-stopped", job=Fact.BROADCAST_ID)),), (StopBroadcast(),))


@router.command("stats")
def stats(s: Session, ctx: Context, arg: str) -> Outcome:
    """Show the organizers' totals with the chart."""
    if not ctx.is_organizer:
        return _denied(s, "stats")
    report = Reply(t("stats-report", report=Fact.STATS_REPORT), image=Fact.STATS_CHART, kind=ReplyKind.TABLE)
    return Outcome(s, (report,), (ShowStats(),))


@router.command("dashboard")
def dashboard(s: Session, ctx: Context, arg: str) -> Outcome:
    """Give an organizer a one-time sign-in link to the dashboard."""
    if not ctx.is_organizer:
        return _denied(s, "dashboard")
    return Outcome(s, (Reply(t("dashboard-chat-link", link=Fact.DASHBOARD_LINK)),), (MakeDashboardLink(),))

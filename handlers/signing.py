"""Signing: consent first, then name, place, the updates question, a read-back, and thanks."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.context import Context
from bot.core.payload import Action
from bot.core.router import Router
from bot.core.text_match import fold, fold_place
from bot.core.types import Draft, Fact, LinkButton, Outcome, RecordSignature, Reply, ReplyKind, Session, Step
from handlers.account import status_reply
from handlers.common import button, menu_buttons, place_text, say, t
from handlers.names import check_name

router = Router()

SIGNING_STEPS = (Step.CONSENT, Step.NAME, Step.PREFECTURE, Step.UPDATES, Step.CONFIRM)
QUESTION_MARKS = "?？؟;"  # a name never holds one (';' is the Greek question mark)
CANCEL = button("button-cancel", Action.COMMAND, "cancel")
SHORTLIST = ("13", "14", "27", "23", "11", "12", "40", "01")  # the most populous prefectures first


@router.prompt(Step.CONSENT, long=True)
def ask_consent(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """State what is collected and why, and ask for agreement."""
    buttons = (button("button-agree", Action.CONSENT, "yes"), button("button-not-now", Action.CONSENT, "no"))
    return (Reply(t("consent"), buttons, kind=ReplyKind.PRIVACY),)


@router.command("sign")
@router.button(Action.SIGN)
def sign(s: Session, ctx: Context, arg: str) -> Outcome:
    """Start signing; a signer sees their status, someone already signing resumes."""
    if s.signature is not None:
        s = s.to(Step.MENU)
        return say(s, Reply(t("already-signed")), Reply(status_reply(s).text, menu_buttons(s)))
    if s.step in SIGNING_STEPS:
        return Outcome(s, reprompt=True)
    s = s.to(Step.CONSENT, draft=Draft())
    return say(s, *ask_consent(s, ctx))


@router.button(Action.CONSENT, steps=[Step.CONSENT])
def answer_consent(s: Session, ctx: Context, value: str) -> Outcome:
    """Record agreement with the consent text, or leave signing."""
    if value != "yes":
        s = s.to(Step.MENU, draft=Draft())
        return say(s, Reply(t("consent-declined"), menu_buttons(s)))
    draft = Draft(consent_version=ctx.consent_version(s.language), consented_at=ctx.now)
    s = s.to(Step.NAME, draft=draft)
    return say(s, *ask_name(s, ctx))


@router.prompt(Step.NAME)
def ask_name(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Ask for the name to sign with."""
    return (Reply(t("ask-name"), (CANCEL,)),)


@router.command("cancel")
def cancel(s: Session, ctx: Context, arg: str) -> Outcome:
    """Leave signing (or a withdrawal question) from any step, keeping nothing of the draft."""
    s = s.to(Step.MENU, draft=Draft()) if s.step in (*SIGNING_STEPS, Step.WITHDRAW) else s.to(Step.MENU)
    return say(s, Reply(t("cancelled"), menu_buttons(s)))


@router.text(Step.NAME, free=True)
def take_name(s: Session, ctx: Context, text: str) -> Outcome:
    """Keep a valid name, or say what to fix and ask again; a question is answered, a cancel word leaves."""
    if ctx.commands.get(fold(text)) == "cancel":
        return cancel(s, ctx, "")
    if any(mark in text for mark in QUESTION_MARKS):
        return Outcome(s, (Reply(t("name-why")),), reprompt=True)
    checked = check_name(text)
    if checked.name is None:
        return Outcome(s, (Reply(t(checked.problem or "name-error-empty")),), reprompt=True)
    s = s.to(Step.PREFECTURE, draft=_draft(s, name=checked.name))
    return say(s, *ask_prefecture(s, ctx))


@router.prompt(Step.PREFECTURE)
def ask_prefecture(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Ask where the person lives, from a short list, typed, abroad, or skipped."""
    picks = tuple(button(f"pref-{code}", Action.PREFECTURE, code) for code in SHORTLIST)
    rest = (
        button("place-abroad", Action.PREFECTURE, "abroad"), button("button-skip", Action.PREFECTURE, "skip"), CANCEL,
    )
    return (Reply(t("ask-prefecture"), picks + rest),)


def _with_place(s: Session, ctx: Context, code: str) -> Outcome:
    place = None if code == "skip" else code
    s = s.to(Step.UPDATES, draft=_draft(s, prefecture=place))
    return say(s, *ask_updates(s, ctx))


@router.button(Action.PREFECTURE, steps=[Step.PREFECTURE])
def pick_prefecture(s: Session, ctx: Context, code: str) -> Outcome:
    """Keep the pressed prefecture, 'abroad' or 'skip'."""
    valid = code in ("abroad", "skip") or (code.isdigit() and 1 <= int(code) <= 47 and len(code) == 2)
    return _with_place(s, ctx, code) if valid else Outcome(s, reprompt=True)


def _place_code(ctx: Context, text: str) -> str | None:
    """Find the place a text names: the whole text, or one of '大阪府(おおさかふ)'s two halves."""
    whole = ctx.places.get(fold_place(text))
    if whole is not None:
        return whole
    halves = [part for part in re.split(r"[()（）]", text) if part.strip()]
    found = {ctx.places.get(fold_place(part)) for part in halves} - {None}
    return found.pop() if len(found) == 1 else None


@router.text(Step.PREFECTURE)
def type_prefecture(s: Session, ctx: Context, text: str) -> Outcome:
    """Match typed text to one of the 47 prefectures, 'abroad' or 'skip'."""
    code = _place_code(ctx, text)
    if code is None:
        return Outcome(s, (Reply(t("prefecture-unknown")),), reprompt=True)
    return _with_place(s, ctx, code)


@router.prompt(Step.UPDATES)
def ask_updates(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Ask, separately, whether the person wants updates."""
    buttons = (
        button("button-updates-yes", Action.UPDATES_CHOICE, "yes"),
        button("button-updates-no", Action.UPDATES_CHOICE, "no"),
        CANCEL,
    )
    return (Reply(t("ask-updates"), buttons),)


@router.button(Action.UPDATES_CHOICE, steps=[Step.UPDATES])
def answer_updates(s: Session, ctx: Context, value: str) -> Outcome:
    """Keep the updates choice and read the signature back."""
    s = s.to(Step.CONFIRM, draft=_draft(s, updates=value == "yes"))
    return say(s, *read_back(s, ctx))


@router.prompt(Step.CONFIRM)
def read_back(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Show the signature as it will be recorded, with confirm and change."""
    choice = t("updates-chosen-yes") if s.draft.updates else t("updates-chosen-no")
    text = t("confirm-signature", name=s.draft.name or "", place=place_text(s.draft.prefecture), updates=choice)
    buttons = (
        button("button-confirm", Action.CONFIRM, "yes"), button("button-change", Action.CONFIRM, "change"), CANCEL,
    )
    return (Reply(text, buttons),)


@router.button(Action.CONFIRM, steps=[Step.CONFIRM])
def confirm(s: Session, ctx: Context, value: str) -> Outcome:
    """Record the signature, or start the name again."""
    d = s.draft
    if value != "yes" or d.name is None or d.consent_version is None or d.consented_at is None:
        s = s.to(Step.NAME, draft=_draft(s, name=None, prefecture=None, updates=None))
        return say(s, *ask_name(s, ctx))
    effect = RecordSignature(d.name, d.prefecture, d.consent_version, d.consented_at, s.referred_by)
    s = s.to(Step.MENU, draft=Draft(), updates=bool(d.updates))
    return Outcome(s, thanks(s, ctx), (effect,))


def thanks(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Thank the signer with the total so far, then the paper form, a text to share, and the menu last."""
    thank = Reply(t("signed-thanks", total=Fact.TOTAL), kind=ReplyKind.ESSENTIAL)
    paper = Reply(t("paper-form"), (LinkButton(t("button-paper"), ctx.paper_form_url),), kind=ReplyKind.PAPER_FORM)
    share = Reply(t("share", link=Fact.SHARE_LINK), kind=ReplyKind.SHARE)
    return (thank, paper, share, Reply(t("menu"), menu_buttons(s, signed=True)))


def _draft(s: Session, **changes: object) -> Draft:
    return replace(s.draft, **changes)  # type: ignore[arg-type]


@router.text(Step.CONSENT, Step.UPDATES, Step.CONFIRM)
def typed_answer(s: Session, ctx: Context, text: str) -> Outcome:
    """Take a typed yes or no where a yes/no button is expected."""
    answer = ctx.answers.get(fold(text))
    if answer is None:  # at the consent step, the nudge alone says it: the full text was shown once
        return Outcome(s, () if s.step is Step.CONSENT else (Reply(t("use-buttons")),), reprompt=True)
    if s.step is Step.CONSENT:
        return answer_consent(s, ctx, "yes" if answer else "no")
    if s.step is Step.UPDATES:
        return answer_updates(s, ctx, "yes" if answer else "no")
    return confirm(s, ctx, "yes" if answer else "change")

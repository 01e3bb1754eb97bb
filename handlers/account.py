"""What a person can do at any time: help, status, withdraw, updates, privacy and the paper form."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.payload import Action
from bot.core.router import Router
from bot.core.text_match import fold
from bot.core.types import DeleteSignature, Draft, Outcome, Reply, ReplyKind, Session, Step, Text
from handlers.common import button, menu_buttons, menu_reply, place_text, say, t
from handlers.sharing import paper_reply

router = Router()


def _updates_text(s: Session) -> Text:
    return t("updates-chosen-yes") if s.updates else t("updates-chosen-no")


def _started_signing(draft: Draft) -> bool:
    """Whether a draft holds anything the person gave while signing (consent, a name, a prefecture)."""
    return any(value is not None for value in (draft.name, draft.prefecture, draft.consent_version))


def status_reply(s: Session) -> Reply:
    """Say everything held about the person."""
    language = Text("language-name", locale=s.language)
    sig = s.signature
    if sig is None and _started_signing(s.draft):
        return Reply(t("status-signing", language=language))
    if sig is None:
        return Reply(t("status-not-signed", updates=_updates_text(s), language=language))
    text = t(
        "status-signed",
        number=sig.number,
        name=sig.name,
        place=place_text(sig.prefecture),
        date=sig.signed_at,
        updates=_updates_text(s),
        language=language,
        referrals=sig.referrals,
    )
    return Reply(text)


@router.command("status")
def status(s: Session, ctx: Context, arg: str) -> Outcome:
    """Show what is held about the person, then what they were doing."""
    if s.step is Step.MENU:
        return say(s, status_reply(s), menu_reply(s))
    return Outcome(s, (status_reply(s),), reprompt=True)


@router.command("help")
def help_(s: Session, ctx: Context, arg: str) -> Outcome:
    """List the commands (on LINE, which has none, the words and buttons) and offer the menu."""
    return say(s, Reply(t("help-line" if ctx.event.platform == "line" else "help"), menu_buttons(s)))


@router.command("privacy")
def privacy(s: Session, ctx: Context, arg: str) -> Outcome:
    """Show the privacy statement that signers agree to."""
    return say(s, Reply(t("privacy"), menu_buttons(s), kind=ReplyKind.PRIVACY))


@router.command("paper")
def paper(s: Session, ctx: Context, arg: str) -> Outcome:
    """Send the paper form link and how to fill it in and mail it."""
    return Outcome(s, (paper_reply(s, ctx, next_step=False),), reprompt=True)


@router.prompt(Step.WITHDRAW)
def ask_withdraw(s: Session, ctx: Context) -> tuple[Reply, ...]:
    """Ask for confirmation before deleting the signature."""
    buttons = (
        button("button-withdraw-yes", Action.WITHDRAW, "yes"),
        button("button-withdraw-no", Action.WITHDRAW, "no"),
    )
    return (Reply(t("withdraw-confirm"), buttons),)


@router.command("withdraw")
def withdraw(s: Session, ctx: Context, arg: str) -> Outcome:
    """Offer to delete the signature; without one, delete at once what signing had gathered, at any step."""
    if s.signature is None:
        message = "withdraw-draft-deleted" if _started_signing(s.draft) else "withdraw-nothing"
        s = s.to(Step.MENU, draft=Draft(), updates=False, referred_by=None, position=0)
        return Outcome(s, (Reply(t(message), menu_buttons(s)),), (DeleteSignature(),))
    s = s.to(Step.WITHDRAW)
    return say(s, *ask_withdraw(s, ctx))


@router.button(Action.WITHDRAW, steps=[Step.WITHDRAW])
def answer_withdraw(s: Session, ctx: Context, value: str) -> Outcome:
    """Delete the signature and personal data, or keep it."""
    if value != "yes":
        s = s.to(Step.MENU)
        return say(s, Reply(t("withdraw-kept"), menu_buttons(s)))
    s = s.to(Step.MENU, signature=None, draft=Draft(), updates=False, referred_by=None, position=0)
    return Outcome(s, (Reply(t("withdraw-done"), menu_buttons(s)),), (DeleteSignature(),))


@router.command("updates")
def updates(s: Session, ctx: Context, arg: str) -> Outcome:
    """Say whether updates are on, with the button to change it."""
    back = button("button-menu", Action.COMMAND, "menu")
    if s.updates:
        return say(s, Reply(t("updates-are-on"), (button("button-updates-off", Action.UPDATES, "off"), back)))
    return say(s, Reply(t("updates-are-off"), (button("button-updates-on", Action.UPDATES, "on"), back)))


@router.button(Action.UPDATES)
def set_updates(s: Session, ctx: Context, value: str) -> Outcome:
    """Turn updates on or off, then go on where the person was."""
    s = s.but(updates=value == "on")
    return Outcome(s, (Reply(t("updates-now-on" if s.updates else "updates-now-off")),), reprompt=True)



@router.text(Step.WITHDRAW)
def typed_withdraw_answer(s: Session, ctx: Context, text: str) -> Outcome:
    """Take a typed yes or no to the withdrawal question."""
    answer = ctx.answers.get(fold(text))
    if answer is None:
        return Outcome(s, (Reply(t("use-buttons")),), reprompt=True)
    return answer_withdraw(s, ctx, "yes" if answer else "no")

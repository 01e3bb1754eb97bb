"""Small builders shared by the handler modules: texts, buttons and the main menu."""

from __future__ import annotations

from bot.core.payload import Action, Payload
from bot.core.types import Arg, Button, Outcome, Reply, Session, Text

CONCERNS = 5
COMMANDS = (
    "start", "menu", "help", "language", "sign", "status", "withdraw", "updates", "privacy", "paper", "share", "whoami",
    "cancel",
)


def t(message_id: str, **args: Arg) -> Text:
    """Refer to a Fluent message with its arguments."""
    return Text(message_id, args)


def button(label_id: str, action: Action, value: str = "") -> Button:
    """Make a button whose label is a Fluent message."""
    return Button(t(label_id), Payload(action, value))


def say(session: Session, *replies: Reply) -> Outcome:
    """Answer without changing anything but the session given."""
    return Outcome(session, replies)


def menu_buttons(session: Session, signed: bool | None = None) -> tuple[Button, ...]:
    """Offer what a person can do next from anywhere (`signed` overrides the session's signature)."""
    reading = button("button-read", Action.READ, str(session.position if session.position < CONCERNS else 0))
    has_signed = session.signature is not None if signed is None else signed
    first: tuple[Button, ...] = (
        (button("button-status", Action.COMMAND, "status"), button("button-share", Action.COMMAND, "share"))
        if has_signed else (button("button-sign", Action.SIGN),)
    )
    return (
        *first,
        reading,
        button("button-background", Action.BACKGROUND),
        button("button-paper", Action.COMMAND, "paper"),
        button("button-updates", Action.COMMAND, "updates"),
        button("button-language", Action.COMMAND, "language"),
        button("button-help", Action.COMMAND, "help"),
    )


def place_text(code: str | None) -> Text:
    """Name a prefecture code, 'abroad' or nothing, in the reader's language."""
    if code is None:
        return t("place-none")
    return t("place-abroad") if code == "abroad" else t(f"pref-{code}")


def menu_reply(session: Session, message_id: str = "menu") -> Reply:
    return Reply(t(message_id), menu_buttons(session))

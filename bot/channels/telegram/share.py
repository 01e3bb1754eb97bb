"""Telegram's share sheet: a signer's personal deep link, offered as a button that opens `t.me/share/url`.

A signer's link is `https://t.me/<bot>?start=<code>`; the share sheet lets them pick chats and sends the
link with a short invitation in their language. The share reply after signing gets that button, and the
menu's "Share" button becomes it too (no extra step), once the person has signed.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote, urlencode

from bot.core.payload import Action, Payload
from bot.core.render import Renderer
from bot.core.types import OutButton, OutMessage, ReplyKind, Text

SHARE_SHEET = "https://t.me/share/url"
SHARE_DATA = Payload(Action.COMMAND, "share").encode()


def deep_link(username: str, code: str) -> str:
    """The bot's link, with the signer's referral code when there is one."""
    return f"https://t.me/{username}?start={code}" if code else f"https://t.me/{username}"


def share_sheet_url(link: str, text: str) -> str:
    """Open Telegram's share sheet with the link and an invitation."""
    return f"{SHARE_SHEET}?{urlencode({'url': link, 'text': text}, quote_via=quote)}"


def with_share_sheet(
    renderer: Renderer, messages: list[OutMessage], locale: str, link: str, signed: bool
) -> list[OutMessage]:
    """Give a signer's share reply a share-sheet button, and turn their menu's Share button into it."""
    if not signed or not link:
        return messages
    url = share_sheet_url(link, renderer.text(Text("telegram-share-text"), locale))
    sheet = OutButton(renderer.text(Text("button-share"), locale), url=url)
    laid = []
    for message in messages:
        buttons = tuple(sheet if button.data == SHARE_DATA else button for button in message.buttons)
        if message.kind is ReplyKind.SHARE and sheet not in buttons:
            buttons = (sheet, *buttons)
        laid.append(replace(message, buttons=buttons) if buttons != message.buttons else message)
    return laid

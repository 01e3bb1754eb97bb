"""Lay out rendered replies as LINE messages: Flex cards where they help, texts with quick replies otherwise.

A reply becomes at most five LINE messages, laid out by its kind (never by its message id). The
petition, each concern, the background and the paper form are Flex cards with their buttons in the
footer (so a card can still be used later in the chat), as is any message carrying a link. Every
other message is a text, and the postback buttons of those texts become quick replies on the last
message, where LINE shows them. The share text after signing becomes a card that opens LINE's share
screen with an invitation and the signer's own link (a chat with the account, prefilled with their code).

An organizer's broadcast preview stays plain text with its link below, as the LINE multicast sends
it, and a picture (the stats chart) is left out: LINE only takes pictures from public https links.
The limits below are LINE's (texts in UTF-16 units, labels in characters); `tests/test_line_render.py`
checks every message of every locale against them, so the clipping here is only a last resort.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import quote

from bot.channels.line.words import CommandWords
from bot.core.campaign import Campaign
from bot.core.i18n import I18n
from bot.core.types import OutButton, OutMessage, ReplyKind

log = logging.getLogger(__name__)

LineMessage = dict[str, Any]

MAX_MESSAGES = 5
MAX_QUICK_REPLIES = 13
MAX_LABEL = 20
MAX_DATA = 300
MAX_TEXT = 5000
MAX_ALT = 400  # LINE allows 1,500; notifications show far less
MAX_URI = 1000
SHARE_URL = "https://line.me/R/share?text="

_CARD_ALTS = {
    ReplyKind.PETITION: "line-alt-petition", ReplyKind.BACKGROUND: "line-alt-background",
    ReplyKind.PAPER_FORM: "line-alt-paper",
}
_MARKER = re.compile(r"(\d+\s*/\s*\d+)\s+(.+)")  # "2/5 Title" at the top of a concern
_MUTED = "#8c8c8c"


def utf16_len(text: str) -> int:
    """Count a text as LINE does: in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int) -> str:
    """Shorten a text to `limit` characters, marking the cut; LINE refuses longer ones."""
    if len(text) <= limit:
        return text
    log.warning("LINE text clipped from %d to %d characters", len(text), limit)
    return text[: limit - 1] + "…"


def clip_utf16(text: str, limit: int) -> str:
    """Shorten a text to `limit` UTF-16 units."""
    if utf16_len(text) <= limit:
        return text
    log.warning("LINE text clipped to %d UTF-16 units", limit)
    while utf16_len(text) > limit - 1:
        text = text[:-1]
    return text + "…"


def postback(button: OutButton) -> dict[str, Any]:
    """Make a postback action whose label also shows in the chat as what the person pressed."""
    label = clip(button.label, MAX_LABEL)
    return {"type": "postback", "label": label, "data": button.data or "", "displayText": label}


def uri_action(label: str, uri: str) -> dict[str, Any]:
    """Make an action that opens a link."""
    return {"type": "uri", "label": clip(label, MAX_LABEL), "uri": uri}


def action(button: OutButton) -> dict[str, Any]:
    return postback(button) if button.data else uri_action(button.label, button.url or "")


def text_message(text: str) -> LineMessage:
    return {"type": "text", "text": clip_utf16(text, MAX_TEXT)}


def _split(text: str) -> tuple[str, str]:
    """Split a message into its first line (the card's title) and the rest."""
    title, _, body = text.strip().partition("\n")
    return title.strip(), body.strip()


def _card(title: str, body: str, buttons: Sequence[dict[str, Any]], alt: str) -> LineMessage:
    """Lay out one bubble: an optional 'n/5' marker, a bold title, the text, and buttons below."""
    contents: list[dict[str, Any]] = []
    marker = _MARKER.fullmatch(title)
    if marker:
        contents.append({"type": "text", "text": marker.group(1), "size": "xs", "color": _MUTED})
        title = marker.group(2)
    contents.append({"type": "text", "text": title, "weight": "bold", "size": "lg", "wrap": True})
    if body:
        contents.append({"type": "text", "text": body, "size": "sm", "wrap": True, "margin": "lg"})
    bubble: dict[str, Any] = {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": contents}}
    if buttons:
        bubble["footer"] = {"type": "box", "layout": "vertical", "spacing": "sm", "contents": list(buttons)}
    return {"type": "flex", "altText": clip(alt, MAX_ALT), "contents": bubble}


def _footer(buttons: Sequence[OutButton]) -> list[dict[str, Any]]:
    """Make card buttons: the first choice stands out, links look like links."""
    laid = []
    for index, button in enumerate(buttons):
        style = "link" if button.url else ("primary" if index == 0 else "secondary")
        laid.append({"type": "button", "style": style, "height": "sm", "action": action(button)})
    return laid


def fit(messages: list[LineMessage]) -> list[LineMessage]:
    """Join neighbouring texts until the answer fits in one reply of five messages."""
    messages = list(messages)
    while len(messages) > MAX_MESSAGES:
        pair = next(
            (i for i in range(len(messages) - 1) if messages[i]["type"] == messages[i + 1]["type"] == "text"), None
        )
        if pair is None:  # keep the last message: it usually asks the question
            log.error("LINE answer of %d messages cut to %d", len(messages), MAX_MESSAGES)
            return [*messages[: MAX_MESSAGES - 1], messages[-1]]
        joined = messages[pair]["text"] + "\n\n" + messages[pair + 1]["text"]
        messages[pair : pair + 2] = [text_message(joined)]
    return messages


class LineRenderer:
    def __init__(self, i18n: I18n, campaign: Campaign) -> None:
        self.i18n = i18n
        self.campaign = campaign
        self.words = CommandWords(i18n)

    @property
    def friend_link(self) -> str:
        """What an invitation links to: the official account, or else the campaign's share link."""
        return self.campaign.line_friend_url or self.campaign.share_url

    def messages(self, replies: Sequence[OutMessage], locale: str, share_link: str = "") -> list[LineMessage]:
        """Lay out one answer, with the texts' postback buttons as quick replies on its last message."""
        laid = fit([self.message(reply, locale, share_link) for reply in replies])
        items = self.quick_replies(replies)
        if laid and items:
            laid[-1]["quickReply"] = {"items": items}
        return laid

    def message(self, reply: OutMessage, locale: str, share_link: str = "") -> LineMessage:
        """Lay out one reply as a card or a plain text, naming words to type instead of slash commands."""
        if reply.kind is not ReplyKind.PREVIEW:
            reply = replace(reply, text=self.words.spell_out(reply.text, locale))
        if reply.kind is ReplyKind.SHARE:
            return self.share_card(locale, share_link)
        if reply.kind is ReplyKind.PREVIEW:  # an organizer's preview: as LINE multicasts send it
            links = [button.url for button in reply.buttons if button.url]
            return text_message("\n".join([reply.text, *links]))
        if self.is_card(reply):
            title, body = _split(reply.text)
            return _card(title, body, _footer(reply.buttons), self.alt_text(reply, title, locale))
        return text_message(reply.text)

    @staticmethod
    def is_card(reply: OutMessage) -> bool:
        """Cards for the reading steps and for anything with a link; LINE texts cannot carry links."""
        return reply.kind is not ReplyKind.PREVIEW and (
            reply.kind.is_card or any(button.url for button in reply.buttons)
        )

    def alt_text(self, reply: OutMessage, title: str, locale: str) -> str:
        """Say what a card is about, for notifications and the chat list."""
        if reply.kind is ReplyKind.CONCERN:
            return self.i18n.format(locale, "line-alt-concern", {"title": title})
        if reply.kind in _CARD_ALTS:
            return self.i18n.format(locale, _CARD_ALTS[reply.kind])
        return self.i18n.format(locale, "line-alt-card", {"title": title})

    @staticmethod
    def quick_replies(replies: Sequence[OutMessage]) -> list[dict[str, Any]]:
        """Collect the postback buttons of the plain texts, without repeats, up to LINE's 13."""
        seen: set[str] = set()
        items: list[dict[str, Any]] = []
        for reply in replies:
            if LineRenderer.is_card(reply) or reply.kind is ReplyKind.SHARE:
                continue
            for button in reply.buttons:
                if button.data and button.data not in seen:
                    seen.add(button.data)
                    items.append({"type": "action", "action": postback(button)})
        if len(items) > MAX_QUICK_REPLIES:
            log.warning("LINE quick replies cut from %d to %d", len(items), MAX_QUICK_REPLIES)
        return items[:MAX_QUICK_REPLIES]

    def share_url(self, locale: str, link: str = "") -> str:
        """Open LINE's share screen with a short invitation and the signer's link (else the friend link)."""
        link = link or self.friend_link
        text = self.i18n.format(locale, "line-share-text", {"link": link})
        url = SHARE_URL + quote(text, safe="")
        if len(url) > MAX_URI:
            log.warning("LINE share text too long in %s; sharing the link alone", locale)
            url = SHARE_URL + quote(link, safe="")
        return url

    def share_card(self, locale: str, link: str = "") -> LineMessage:
        """Offer to share the petition with LINE friends, by the signer's own link."""
        button = {
            "type": "button", "style": "primary", "height": "sm",
            "action": uri_action(self.i18n.format(locale, "line-button-share"), self.share_url(locale, link)),
        }
        title = self.i18n.format(locale, "share-heading")
        body = self.i18n.format(locale, "line-share-body")
        return _card(title, body, [button], self.i18n.format(locale, "line-alt-share"))

    def group_pointer(self, locale: str, link: str = "") -> LineMessage:
        """Point someone in a group chat to the one-on-one chat, by a friend link when there is one."""
        link = self.campaign.line_friend_url or link
        if link:
            return text_message(self.i18n.format(locale, "line-group-pointer-link", {"link": link}))
        return text_message(self.i18n.format(locale, "line-group-pointer"))

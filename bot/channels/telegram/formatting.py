"""Telegram's HTML: bold headings, the privacy details in a block quote that folds away, nothing else.

Every text is escaped first (a signer's name may hold '<' or '&'), then the few tags are added by the
reply's kind, never by its message id. Telegram counts its 4096-unit limit after the tags are read, so
texts are split before they are formatted.
"""

from __future__ import annotations

from html import escape

from bot.core.types import ReplyKind

HEADED = frozenset({
    ReplyKind.PETITION, ReplyKind.CONCERN, ReplyKind.BACKGROUND, ReplyKind.PAPER_FORM, ReplyKind.PRIVACY,
    ReplyKind.SHARE,  # the share heading, bold as LINE's share card title
})
BULLET = "• "
PREVIEWED = frozenset({ReplyKind.SHARE, ReplyKind.PREVIEW})  # a link preview helps only where a link is the point


def html(text: str, kind: ReplyKind, first_piece: bool = True) -> str:
    """Format one piece of a reply's text as Telegram HTML."""
    if kind is ReplyKind.TABLE:  # a report aligned in columns: a fixed-width font
        return f"<pre>{escape(text, quote=False)}</pre>"
    lines = [escape(line, quote=False) for line in text.split("\n")]
    if kind is ReplyKind.PRIVACY:
        lines = _fold_details(lines)
    if first_piece and kind in HEADED and lines and lines[0].strip():
        lines[0] = f"<b>{lines[0]}</b>"
    return "\n".join(lines)


def _fold_details(lines: list[str]) -> list[str]:
    """Put the first run of bullet lines in an expandable block quote."""
    bullets = [i for i, line in enumerate(lines) if line.startswith(BULLET)]
    if not bullets:
        return lines
    first = bullets[0]
    last = first
    while last + 1 < len(lines) and lines[last + 1].startswith(BULLET):
        last += 1
    quoted = "\n".join(lines[first : last + 1])
    return [*lines[:first], f"<blockquote expandable>{quoted}</blockquote>", *lines[last + 1 :]]


def link_preview(kind: ReplyKind) -> dict[str, bool] | None:
    """The link_preview_options for a reply: no preview, except where sharing a link is the point."""
    return None if kind in PREVIEWED else {"is_disabled": True}


def chosen(label: str) -> str:
    """The line a retired keyboard leaves under its message: the option the person chose."""
    return f"\n\n✓ {label}"

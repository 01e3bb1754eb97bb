"""Everyday words outside any step: thanks, greetings, asking to share or for help, a language's name."""

from __future__ import annotations

import re

from bot.core.context import Context
from bot.core.text_match import fold

_WORD = re.compile(r"[\w'’-]+")
_SPACED = re.compile(r"[a-z0-9\u00c0-\u024f\u0400-\u04ff\s'’-]+")  # scripts that put spaces between words


def intent(ctx: Context, text: str) -> str | None:
    """Name what a typed text asks for: thanks, hello, share, help, or 'language:<locale>'; None if nothing."""
    typed = fold(text)
    stripped = typed.strip(" !?.,。！？、…~〜")
    if stripped in ctx.language_names:
        return f"language:{ctx.language_names[stripped]}"
    if stripped in ctx.intents:
        return ctx.intents[stripped]
    words = _WORD.findall(typed)
    phrases = set(words) | {f"{words[i]} {words[i + 1]}" for i in range(len(words) - 1)}
    for keyword, name in ctx.intents.items():
        if keyword in phrases:
            return name
        if not _SPACED.fullmatch(keyword) and len(keyword) >= 2 and keyword in typed:
            return name  # Japanese, Chinese and Thai-like scripts: a keyword anywhere in the text
    return None

"""LINE has no slash commands: where a text names one ('type /status'), LINE shows the word to type instead."""

from __future__ import annotations

import re

from bot.core.i18n import I18n

_COMMAND = re.compile(r"(?<![\w/:.@])/([a-z_]{2,32})\b")
_CORNER_QUOTES = ("ja", "zh")  # languages that quote with 「」


class CommandWords:
    """Replace '/status' with the locale's first keyword for it, quoted: "status", 「状況」."""

    def __init__(self, i18n: I18n) -> None:
        self.i18n = i18n
        self._words: dict[str, dict[str, str]] = {}  # command -> locale -> first keyword

    def word(self, command: str, locale: str) -> str | None:
        """The first word a person types for a command in a locale, None when it has none."""
        if command not in self._words:
            self._words[command] = {loc: words[0] for loc, words in self.i18n.words(f"keywords-{command}").items()
                                    if words}
        return self._words[command].get(locale)

    def spell_out(self, text: str, locale: str) -> str:
        """Name the words to type instead of the slash commands in a text."""
        corner = locale.split("-")[0] in _CORNER_QUOTES

        def replace(match: re.Match[str]) -> str:
            word = self.word(match.group(1), locale)
            if word is None:
                return match.group(0)
            return f"「{word}」" if corner else f'"{word}"'

        return _COMMAND.sub(replace, text) if "/" in text else text

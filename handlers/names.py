"""Validate a signer's name: trimmed, NFC, 1-100 characters, visible letters, no links."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_LENGTH = 100
MAX_MARKS_IN_A_ROW = 4
_LINK = re.compile(
    r"://|www\.|\.(com|net|org|jp|io|me|ly|co|info|xyz|app|link|ru|cn|gl|to)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class NameCheck:
    name: str | None  # the cleaned name, or None when rejected
    problem: str | None  # the Fluent id of the message that says what to fix


def _reject(problem: str) -> NameCheck:
    return NameCheck(None, problem)


JOINERS = frozenset("\u200c\u200d")  # ZWNJ and ZWJ: part of spelling in Sinhala, Indic and Arabic scripts
FIRST_JOINING_SCRIPT = 0x0590  # Hebrew onwards: no Latin, Greek or Cyrillic name needs a joiner


def _spelling_joiner(text: str, i: int) -> bool:
    """Tell whether the joiner at i sits inside a word of a script that spells with joiners."""
    if not 0 < i < len(text) - 1:
        return False
    before, after = text[i - 1], text[i + 1]
    return all(
        unicodedata.category(ch)[0] in "LM" and ord(ch) >= FIRST_JOINING_SCRIPT for ch in (before, after)
    )


def _invisible(text: str) -> bool:
    for i, ch in enumerate(text):
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            if ch not in JOINERS or not _spelling_joiner(text, i):
                return True
    return False


def check_name(raw: str) -> NameCheck:
    """Clean a typed name, or say why it cannot be used."""
    text = unicodedata.normalize("NFC", raw)
    if _invisible(text):
        return _reject("name-error-invisible")
    name = " ".join(text.split())
    if not name:
        return _reject("name-error-empty")
    if len(name) > MAX_LENGTH:
        return _reject("name-error-too-long")
    if _LINK.search(name):
        return _reject("name-error-link")
    if any(unicodedata.category(ch).startswith("S") for ch in name):
        return _reject("name-error-symbols")
    if not any(unicodedata.category(ch).startswith("L") for ch in name):
        return _reject("name-error-no-letters")
    marks_in_a_row = 0
    for ch in name:
        marks_in_a_row = marks_in_a_row + 1 if unicodedata.category(ch).startswith("M") else 0
        if marks_in_a_row > MAX_MARKS_IN_A_ROW:
            return _reject("name-error-invisible")
    return NameCheck(name, None)

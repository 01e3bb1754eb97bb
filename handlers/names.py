"""Validate a signer's name: trimmed, NFC, 1-100 characters, visible letters (not fillers), no links."""

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


# Hangul fillers: letters by category, drawn as nothing; no name needs them (a name of them exports blank).
FILLERS = frozenset("\u115f\u1160\u3164\uffa0")
# Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt): drawn as nothing. Some are allowed
# inside a name (joiners, variation selectors such as a kanji's variant), but a name needs letters besides.
_IGNORABLE = ((0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
              (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x3164, 0x3164),
              (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
              (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF))


def ignorable(ch: str) -> bool:
    """Whether a character is default-ignorable: never drawn."""
    return any(low <= ord(ch) <= high for low, high in _IGNORABLE)


def _visible_letters(text: str) -> bool:
    """Whether any letter is left once fillers and default-ignorable characters are set aside."""
    return any(unicodedata.category(ch).startswith("L") and not ignorable(ch) for ch in text)


def _invisible(text: str) -> bool:
    for i, ch in enumerate(text):
        if ch in FILLERS:
            return True
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
    if not _visible_letters(name):
        return _reject("name-error-invisible")
    marks_in_a_row = 0
    for ch in name:
        marks_in_a_row = marks_in_a_row + 1 if unicodedata.category(ch).startswith("M") else 0
        if marks_in_a_row > MAX_MARKS_IN_A_ROW:
            return _reject("name-error-invisible")
    return NameCheck(name, None)

"""Folding typed words so that 'Status', 'ｓｔａｔｕｓ' and ' status ' all match the same keyword."""

from __future__ import annotations

import unicodedata

_PLACE_SUFFIXES = (
    "prefecture", "-ken", " ken", "-to", " to", "-fu", " fu", "県", "府", "都",
    "县", "현", "부", "도",  # Simplified Chinese 县; Korean 현, 부, 도 (도쿄도, 홋카이도)
)


def fold(text: str) -> str:
    """Normalize width and case and squeeze spaces, for keyword look-ups."""
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    return " ".join(folded.split())


def fold_place(text: str) -> str:
    """Fold a place name and drop a trailing 'prefecture', 県, 府, 都, 县, 현, 부 or 도 (北海道 keeps its 道)."""
    folded = fold(text)
    for suffix in _PLACE_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix) + 1:
            return folded[: -len(suffix)].strip()
    return folded

"""Names: trimmed, NFC, 1-100 characters, letters required, no invisible characters or links."""

from __future__ import annotations

import unicodedata

import pytest

from handlers.names import check_name


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("  Hanako Yamada  ", "Hanako Yamada"),
        ("山田 花子", "山田 花子"),
        ("山田\u3000花子", "山田 花子"),  # an ideographic space becomes one ordinary space
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("Jose\u0301 García", "José García"),  # NFC joins the combining accent
        ("O'Brien-Smith, Jr.", "O'Brien-Smith, Jr."),
        ("अनिल शर्मा", "अनिल शर्मा"),
        ("မောင်မောင်", "မောင်မောင်"),
        ("ヤマダ・ハナコ", "ヤマダ・ハナコ"),
        ("a" * 100, "a" * 100),
        ("ශ්\u200dරියානි පෙරේරා", "ශ්\u200dරියානි පෙරේරා"),  # Sinhala spells with a zero-width joiner
        ("می\u200cخواهم", "می\u200cخواهم"),  # Persian with a zero-width non-joiner
        ("辻\U000e0100 花子", "辻\U000e0100 花子"),  # a kanji's variant (an ideographic variation selector)
    ],
)
def test_valid_names_are_cleaned(typed: str, stored: str) -> None:
    result = check_name(typed)
    assert result.problem is None
    assert result.name == stored
    assert result.name == unicodedata.normalize("NFC", result.name)


@pytest.mark.parametrize(
    "typed, problem",
    [
        ("", "name-error-empty"),
        ("   ", "name-error-empty"),
        ("a" * 101, "name-error-too-long"),
        ("Hanako\u202eYamada", "name-error-invisible"),  # right-to-left override
        ("Hana\u200bko", "name-error-invisible"),  # zero-width space
        ("Hana\u200dko", "name-error-invisible"),  # a joiner inside a Latin name
        ("\u200dශ්රී", "name-error-invisible"),  # a joiner at the edge joins nothing
        ("Hanako\nYamada", "name-error-invisible"),
        ("Hanako\x00", "name-error-invisible"),
        ("\u3164", "name-error-invisible"),  # Hangul filler: a letter by category, drawn as nothing
        ("\uffa0", "name-error-invisible"),  # its halfwidth form
        ("\u3164\u3164 \u115f", "name-error-invisible"),
        ("\u1160", "name-error-invisible"),
        ("Kim\u3164", "name-error-invisible"),  # a filler in a name would export as a blank
        ("\u034f\u17b5", "name-error-no-letters"),  # default-ignorable marks only
        ("\u17b4\u17b5", "name-error-no-letters"),
        ("a" + "\u0301" * 10, "name-error-invisible"),  # a tower of combining marks
        ("https://example.com", "name-error-link"),
        ("visit bit.ly/abc", "name-error-link"),
        ("www.example.org", "name-error-link"),
        ("Hanako 😀", "name-error-symbols"),
        ("=SUM(A1)", "name-error-symbols"),
        ("12345", "name-error-no-letters"),
        ("!!!", "name-error-no-letters"),
    ],
)
def test_invalid_names_say_what_to_fix(typed: str, problem: str) -> None:
    result = check_name(typed)
    assert result.name is None
    assert result.problem == problem

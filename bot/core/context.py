"""What a handler step may know besides the session: pure data, built by the service per event."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.core.types import Event


@dataclass(frozen=True)
class Context:
    event: Event
    now: datetime
    default_locale: str
    locales: tuple[str, ...]  # the locales offered in the language menu, default first
    commands: Mapping[str, str] = field(default_factory=dict)  # folded keyword -> command name
    answers: Mapping[str, bool] = field(default_factory=dict)  # folded "yes"/"no" words -> bool
    places: Mapping[str, str] = field(default_factory=dict)  # folded place name -> "01".."47"|abroad|skip
    consent_versions: Mapping[str, str] = field(default_factory=dict)  # locale -> version of its text
    paper_form_url: str = ""
    contact_url: str = ""
    background_url: str = ""  # empty until organizers set one
    labels: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (locale, label id) -> folded label
    intents: Mapping[str, str] = field(default_factory=dict)  # folded word -> thanks, hello, share, help
    language_names: Mapping[str, str] = field(default_factory=dict)  # folded language name (any locale) -> locale
    reviewed: frozenset[str] = frozenset()  # locales a native speaker has reviewed
    menu_locales: tuple[str, ...] = ()  # the offered locales in the language menu's order (else `locales`)
    is_organizer: bool = False  # the person is listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS

    def consent_version(self, locale: str | None) -> str:
        return self.consent_versions.get(locale or self.default_locale, "unversioned")

    def hinted_locale(self, hint: str | None) -> str | None:
        """The offered locale a platform language hint asks for, None when the hint names none of them."""
        if not hint:
            return None
        locale = self.locale_for_hint(hint)
        return locale if _subtags(locale)[0] == _subtags(hint)[0] else None

    def locale_for_hint(self, hint: str | None) -> str:
        """Pick the offered locale that matches a platform language hint such as 'ja', 'en-US' or 'zh-CN'.

        The same tag wins, then the locale whose tag begins the hint ('ja' for 'ja-JP'), then any locale
        of the same language with the fewest extra parts ('zh-Hans' for 'zh-CN'), in menu order. The
        channels map platform codes to locales with CLDR's help first (`I18n.match`).
        """
        wanted = _subtags(hint or "")
        if not wanted:
            return self.default_locale
        best: tuple[int, int, int] | None = None  # (rank, extra parts, menu position): lowest wins
        for index, locale in enumerate(self.locales):
            have = _subtags(locale)
            if have[0] != wanted[0]:
                continue
            rank = 0 if have == wanted else 1 if wanted[: len(have)] == have else 2
            candidate = (rank, len(have), index)
            if best is None or candidate < best:
                best = candidate
        return self.locales[best[2]] if best else self.default_locale


def _subtags(tag: str) -> list[str]:
    """Split a language tag into lower-case parts: 'pt_BR' -> ['pt', 'br']."""
    return [part for part in tag.replace("_", "-").lower().split("-") if part]

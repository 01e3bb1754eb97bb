"""What a handler step may know besides the session: pure data, built by the service per event."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.types import Event


@dataclass(frozen=True)
class Context:
    event: Event
    now: datetime
    default_locale: str
    locales: tuple[str, ...]  # the locales offered in the language menu, in menu order
    commands: Mapping[str, str] = field(default_factory=dict)  # folded keyword -> command name
    answers: Mapping[str, bool] = field(default_factory=dict)  # folded "yes"/"no" words -> bool
    places: Mapping[str, str] = field(default_factory=dict)  # folded place name -> "01".."47"|abroad|skip
    consent_versions: Mapping[str, str] = field(default_factory=dict)  # locale -> version of its text
    paper_form_url: str = ""
    contact_url: str = ""
    background_url: str = ""  # empty until organizers set one
    is_organizer: bool = False  # the person is listed in ORGANIZER_TELEGRAM_IDS / ORGANIZER_LINE_IDS

    def consent_version(self, locale: str | None) -> str:
        return self.consent_versions.get(locale or self.default_locale, "unversioned")

    def locale_for_hint(self, hint: str | None) -> str:
        """Pick the offered locale that matches a platform language hint such as 'ja' or 'en-US'."""
        if hint:
            base = hint.replace("_", "-").split("-")[0].lower()
            for locale in self.locales:
                if locale.lower() == hint.lower() or locale.split("-")[0].lower() == base:
                    return locale
        return self.default_locale

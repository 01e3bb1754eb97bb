"""Fluent translations: one bundle per locale directory under `locales/`.

Unicode isolation marks are off (they show up as stray characters in chat apps). Fluent silently
returns the id of a missing message and drops a missing variable, so `format` refuses both: a
missing message falls back to the default locale (and is logged), and in strict mode (tests) any
formatting error raises. `tests/test_locales.py` checks every locale ahead of time.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

log = logging.getLogger(__name__)
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"


class LocaleError(Exception):
    pass


def parse_locale_dir(directory: Path) -> ast.Resource:
    """Parse every .ftl file of one locale into one syntax tree, refusing syntax errors."""
    body: list[ast.EntryType] = []
    for path in sorted(directory.glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        if junk:
            first = junk[0].annotations[0].message if junk[0].annotations else "syntax error"
            raise LocaleError(f"{path}: {first}: {(junk[0].content or '').strip()[:60]!r}")
        body.extend(resource.body)
    return ast.Resource(body)


def discover_locales(root: Path = LOCALES_DIR) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.is_dir() and any(p.glob("*.ftl")))


class I18n:
    def __init__(self, default_locale: str, root: Path = LOCALES_DIR, strict: bool = False) -> None:
        self.root = root
        self.strict = strict
        self.bundles: dict[str, FluentBundle] = {}
        for locale in discover_locales(root):
            parse_locale_dir(root / locale)  # raises on syntax errors, with the file name
            bundle = FluentBundle([locale], use_isolating=False)
            for path in sorted((root / locale).glob("*.ftl")):
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            self.bundles[locale] = bundle
        if default_locale not in self.bundles:
            raise LocaleError(f"default locale {default_locale!r} has no directory under {root}")
        self.default_locale = default_locale

    @property
    def locales(self) -> list[str]:
        """The default locale first, then the others in alphabetical order."""
        return [self.default_locale, *sorted(set(self.bundles) - {self.default_locale})]

    def format(self, locale: str | None, message_id: str, args: Mapping[str, Any] | None = None) -> str:
        """Format one message, falling back to the default locale when a locale lacks it."""
        bundle = self.bundles.get(locale or self.default_locale) or self.bundles[self.default_locale]
        if not bundle.has_message(message_id):
            self._problem(f"message {message_id!r} missing in locale {locale!r}")
            bundle = self.bundles[self.default_locale]
            if not bundle.has_message(message_id):
                raise KeyError(f"message {message_id!r} missing in the default locale")
        pattern = bundle.get_message(message_id).value
        if pattern is None:
            raise KeyError(f"message {message_id!r} has no value")
        text, errors = bundle.format_pattern(pattern, dict(args or {}))
        for error in errors:
            self._problem(f"message {message_id!r} in {bundle.locales[0]!r}: {error}")
        return str(text)

    def words(self, message_id: str) -> dict[str, list[str]]:
        """Read a comma-separated word list (such as command keywords) from every locale."""
        lists: dict[str, list[str]] = {}
        for locale, bundle in self.bundles.items():
            pattern = bundle.get_message(message_id).value if bundle.has_message(message_id) else None
            if pattern is not None:
                value, _ = bundle.format_pattern(pattern, {})
                lists[locale] = [word.strip() for word in str(value).split(",") if word.strip()]
        return lists

    def _problem(self, problem: str) -> None:
        if self.strict:
            raise LocaleError(problem)
        log.warning("locale problem: %s", problem)

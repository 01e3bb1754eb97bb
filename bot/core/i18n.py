"""Fluent translations: one bundle per locale directory under `locales/`.

Unicode isolation marks are off (they show up as stray characters in chat apps). Fluent silently
returns the id of a missing message and drops a missing variable, so `format` refuses both: a
missing message falls back to the default locale (and is logged), and in strict mode (tests) any
formatting error raises. `tests/test_locales.py` checks every locale ahead of time.

A locale directory's name is a language tag such as `vi`, `pt-BR` or `zh-Hans`. Numbers, dates and
plurals follow the CLDR locale Babel knows for it; a tag with a part CLDR does not know, such as
`ja-easy` (やさしい日本語), formats like its known prefix (`ja`). Each locale says in its `meta.ftl`
whether a native speaker has reviewed it (`-reviewed = yes`); the campaign may offer only those.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.core import get_global, parse_locale
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, FluentSerializer, ast

log = logging.getLogger(__name__)
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
META_FILE = "meta.ftl"
REVIEWED_TERM = "reviewed"  # `-reviewed = yes` in meta.ftl
MENU_CHOICES = ("all", "reviewed")
# The language menu's order: Japanese, then by how many residents of Japan read each language (Chinese,
# Vietnamese, Korean, Filipino, Portuguese, Nepali, Indonesian, Myanmar...); a locale not listed comes after.
MENU_ORDER = ("ja", "ja-easy", "en", "zh-Hans", "zh-Hant", "vi", "ko", "tl", "pt-BR", "ne", "id", "my", "si", "tr")
_SEPARATORS = re.compile(r"[-_]")
MAX_TAG = 35  # the longest language tag worth reading (BCP 47 tags in practice)
_UNDETERMINED = ("und", "root")  # BCP 47's "no language": Babel would read it as English


class LocaleError(Exception):
    pass


_PARSED: dict[Path, tuple[tuple[int, int], ast.Resource]] = {}


def parse_file(path: Path) -> ast.Resource:
    """Parse one .ftl file, once per version of it (Fluent's parser is slow, and every service loads all)."""
    stat = path.stat()
    version = (stat.st_mtime_ns, stat.st_size)
    cached = _PARSED.get(path)
    if cached is None or cached[0] != version:
        cached = (version, FluentParser().parse(path.read_text(encoding="utf-8")))
        _PARSED[path] = cached
    return cached[1]


def parse_locale_dir(directory: Path) -> ast.Resource:
    """Parse every .ftl file of one locale into one syntax tree, refusing syntax errors."""
    body: list[ast.EntryType] = []
    for path in sorted(directory.glob("*.ftl")):
        resource = parse_file(path)
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        if junk:
            first = junk[0].annotations[0].message if junk[0].annotations else "syntax error"
            raise LocaleError(f"{path}: {first}: {(junk[0].content or '').strip()[:60]!r}")
        body.extend(resource.body)
    return ast.Resource(body)


def discover_locales(root: Path = LOCALES_DIR) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.is_dir() and any(p.glob("*.ftl")))


def read_reviewed(directory: Path) -> str | None:
    """Read the `-reviewed` term of a locale's meta.ftl as written ('yes', 'no'), None when absent."""
    path = directory / META_FILE
    if not path.is_file():
        return None
    for entry in parse_file(path).body:
        if isinstance(entry, ast.Term) and entry.id.name == REVIEWED_TERM:
            parts = [e.value for e in entry.value.elements if isinstance(e, ast.TextElement)]
            return "".join(parts).strip().lower()
    return None


def _subtags(tag: str) -> list[str]:
    return [part for part in _SEPARATORS.split(tag.strip()) if part]


def _keeps(parsed: Locale, part: str) -> bool:
    """Tell whether Babel kept one requested subtag (a script, a region or a variant)."""
    if len(part) == 4 and part.isalpha():
        return parsed.script == part.title()
    if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
        return parsed.territory == part.upper()
    return (parsed.variant or "").upper() == part.upper()


def _parse(parts: list[str]) -> Locale | None:
    """Parse subtags with Babel, None when CLDR does not know every one of them."""
    if parts[0].lower() in _UNDETERMINED:
        return None
    try:
        parsed = Locale.parse("_".join(parts))
        language = Locale.parse(parts[0]).language
    except (ValueError, TypeError, UnknownLocaleError):
        return None
    if parsed.language != language or not all(_keeps(parsed, part) for part in parts[1:]):
        return None
    return parsed


@lru_cache(maxsize=512)  # bounded: platform hints come from outside
def cldr_locale(tag: str) -> str | None:
    """Name the CLDR locale that formats a locale's numbers, dates and plurals: its longest known prefix."""
    parts = _subtags(tag)
    while parts:
        parsed = _parse(parts)
        if parsed is not None:
            return str(parsed)
        parts = parts[:-1]
    return None


@lru_cache(maxsize=512)
def _tag_key(tag: str) -> str:
    """A tag as compared: subtags joined by '-', lower case ('pt_BR' and 'pt-br' are the same)."""
    return "-".join(_subtags(tag)).lower()


@lru_cache(maxsize=512)
def is_derived(tag: str) -> bool:
    """Tell whether a locale is a variant CLDR does not know (such as ja-easy), formatted as its prefix."""
    return not _subtags(tag) or _parse(_subtags(tag)) is None


@lru_cache(maxsize=512)
def _maximized(tag: str) -> tuple[str, str, str] | None:
    """Language, script and region of a tag, the missing ones filled in with CLDR's likely subtags."""
    identifier = cldr_locale(tag)
    if identifier is None:
        return None
    parsed = Locale.parse(identifier)
    language, script, territory = parsed.language, parsed.script, parsed.territory
    likely: Mapping[str, str] = get_global("likely_subtags")
    keys = [f"{language}_{territory}" if territory else "", f"{language}_{script}" if script else "", language]
    guess = next((likely[key] for key in keys if key and key in likely), None)
    if guess is not None:
        parts = parse_locale(guess)  # (language, territory, script, variant[, modifier])
        script = script or parts[2]
        territory = territory or parts[1]
    return language, script or "", territory or ""


def match_locale(hint: str | None, locales: list[str] | tuple[str, ...]) -> str | None:
    """Pick the locale a platform language hint ('zh-CN', 'pt_BR', 'fil') asks for, None when none fits.

    The same tag wins; then the same language, script and region, then language and script, then
    language alone, each time the first in `locales` order. A variant CLDR does not know (ja-easy)
    is only ever picked by its own name: a Japanese phone gets 日本語.
    """
    if not hint or len(hint) > MAX_TAG or not _subtags(hint):
        return None
    wanted_tag = _tag_key(hint)
    for locale in locales:
        if _tag_key(locale) == wanted_tag:
            return locale
    wanted = _maximized(hint)
    if wanted is None:
        return None
    best: tuple[int, int] | None = None
    for index, locale in enumerate(locales):
        have = _maximized(locale)
        if have is None or is_derived(locale) or have[0] != wanted[0]:
            continue
        score = 3 if have == wanted else 2 if have[1] == wanted[1] else 1
        if best is None or score > best[0]:
            best = (score, index)
    return locales[best[1]] if best else None


def _menu_rank(locale: str) -> tuple[int, str]:
    """Place a locale in the language menu: by MENU_ORDER, then any other by its tag."""
    return (MENU_ORDER.index(locale) if locale in MENU_ORDER else len(MENU_ORDER), locale)


class Bundles(Mapping[str, FluentBundle]):
    """Every locale's bundle, each parsed when first used (parsing them all slows every command down)."""

    def __init__(self, root: Path, locales: list[str]) -> None:
        self.root = root
        self.names = locales
        self.loaded: dict[str, FluentBundle] = {}

    def __getitem__(self, locale: str) -> FluentBundle:
        bundle = self.loaded.get(locale)
        if bundle is None:
            if locale not in self.names:
                raise KeyError(locale)
            bundle = FluentBundle([cldr_locale(locale) or locale], use_isolating=False)
            bundle.add_resource(parse_locale_dir(self.root / locale))  # raises on syntax errors, with the file name
            self.loaded[locale] = bundle
        return bundle

    def __contains__(self, locale: object) -> bool:
        return locale in self.names

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


class I18n:
    def __init__(
        self, default_locale: str, root: Path = LOCALES_DIR, strict: bool = False, menu: str = "all",
        lazy: bool = False,
    ) -> None:
        """Find the locales, and parse them all now (a syntax error stops the bot at start) unless `lazy`."""
        if menu not in MENU_CHOICES:
            raise LocaleError(f"language menu must be one of {MENU_CHOICES}, not {menu!r}")
        self.root = root
        self.strict = strict
        self.menu = menu
        self.bundles = Bundles(root, discover_locales(root))
        self.reviewed = {locale: read_reviewed(root / locale) == "yes" for locale in self.bundles}
        if not lazy:
            for locale in self.bundles:
                self.bundles[locale]
        if default_locale not in self.bundles:
            raise LocaleError(f"default locale {default_locale!r} has no directory under {root}")
        self.default_locale = default_locale
        # Read for every event (matching a platform's language hint): worked out once.
        self._all = (default_locale, *sorted(set(self.bundles) - {default_locale}))
        self._offered = self._all if menu == "all" else tuple(
            loc for loc in self._all if self.reviewed[loc] or loc == default_locale
        )
        self._menu = (default_locale, *sorted(set(self._offered) - {default_locale}, key=_menu_rank))

    @property
    def all_locales(self) -> list[str]:
        """Every locale: the default first, then the others in alphabetical order of their tags."""
        return list(self._all)

    @property
    def locales(self) -> list[str]:
        """The locales offered (all, or only the reviewed ones): the default first, then by tag."""
        return list(self._offered)

    @property
    def menu_locales(self) -> list[str]:
        """The offered locales in the language menu's order: by how many residents of Japan read each."""
        return list(self._menu)

    def review_status(self) -> dict[str, bool]:
        """Tell for each locale, default first, whether a native speaker has reviewed it."""
        return {locale: self.reviewed[locale] for locale in self.all_locales}

    def match(self, hint: str | None) -> str | None:
        """Pick the offered locale a platform language hint asks for, None when none fits."""
        return match_locale(hint, self._offered)

    def format(self, locale: str | None, message_id: str, args: Mapping[str, Any] | None = None) -> str:
        """Format one message, falling back to the default locale when a locale lacks it."""
        chosen = locale if locale is not None and locale in self.bundles else self.default_locale
        bundle = self.bundles[chosen]
        if not bundle.has_message(message_id):
            self._problem(f"message {message_id!r} missing in locale {locale!r}")
            chosen, bundle = self.default_locale, self.bundles[self.default_locale]
            if not bundle.has_message(message_id):
                raise KeyError(f"message {message_id!r} missing in the default locale")
        pattern = bundle.get_message(message_id).value
        if pattern is None:
            raise KeyError(f"message {message_id!r} has no value")
        text, errors = bundle.format_pattern(pattern, dict(args or {}))
        for error in errors:
            self._problem(f"message {message_id!r} in {chosen!r}: {error}")
        return str(text)

    def plain_message_ids(self) -> list[str]:
        """The ids of the default locale's messages that take no variables (every locale has the same)."""
        body = parse_locale_dir(self.root / self.default_locale).body
        serializer = FluentSerializer()
        return [
            entry.id.name for entry in body
            if isinstance(entry, ast.Message) and "$" not in serializer.serialize_entry(entry)
        ]

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

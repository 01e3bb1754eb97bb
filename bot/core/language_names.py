"""Language names as people type them at the language menu: 'English', '英語', 'Anh', 'Tiếng Việt'."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from bot.core.i18n import I18n, cldr_locale
from bot.core.text_match import fold


def _cldr_names(locale: str, readers: list[str]) -> set[str]:
    """The name of one locale's language (and its script, for Chinese) in every reader's language."""
    identifier = cldr_locale(locale)
    if identifier is None:
        return set()
    names: set[str] = set()
    for reader in readers:
        reader_id = cldr_locale(reader)
        if reader_id is None:
            continue
        try:
            parsed = Locale.parse(identifier)
            names.add(parsed.get_display_name(reader_id) or "")
            names.add(parsed.get_language_name(reader_id) or "")
        except (ValueError, UnknownLocaleError):
            continue
    return {name for name in names if name}


def language_names(i18n: I18n) -> dict[str, str]:
    """Map each folded language name, as every locale writes it, to the offered locale it names.

    A plain language name ('Chinese', 'Japanese') names the first locale of that language in menu order;
    each locale's own name (language-name in meta.ftl) names that locale alone.
    """
    readers = i18n.all_locales
    names: dict[str, str] = {}
    for locale in reversed(i18n.locales):  # earlier locales win a shared name such as 'Japanese'
        for name in _cldr_names(locale, readers):
            names[fold(name)] = locale
    for locale in i18n.locales:
        names[fold(i18n.format(locale, "language-name"))] = locale
    return names

"""`python run_bot.py locales`: a translator's report on every locale, measured against the source.

For each locale: its name, whether a native speaker reviewed it, how much of the source it covers,
missing and obsolete message ids, variables that differ from the source, syntax errors, LINE button
labels over 20 characters, text that is not NFC or hides invisible marks, and keywords or place
names that another command or place already uses. Errors make the command exit non-zero (CI runs
it); warnings only inform. docs/translating.md explains each line to volunteers.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

from bot.core.campaign import LOCALIZED, Campaign
from bot.core.i18n import LOCALES_DIR, cldr_locale, discover_locales, read_reviewed
from bot.core.text_match import fold, fold_place
from bot.translation.check import Catalog, catalog_of, differences, lenient_parse

MAX_LABEL = 20  # LINE's limit for button labels, counted here in UTF-16 units to be safe
LABEL_PREFIXES = ("button-", "line-button-", "pref-")
LABEL_IDS = ("place-abroad", "language-name")
PLACE_KEYWORDS = ("keywords-abroad", "keywords-skip")  # matched as places, like the prefecture names
# Invisible characters that have no place in a translation: bidi controls and isolates, zero-width
# space, word joiner, byte order mark, soft hyphen. ZWJ and ZWNJ (U+200D, U+200C) are allowed:
# Sinhala, Devanagari and Burmese need them.
INVISIBLE = frozenset("\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u00ad")


@dataclass
class LocaleReport:
    locale: str
    name: str = ""
    reviewed: str | None = None  # as written in meta.ftl: "yes", "no", or None when absent
    coverage: float = 0.0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def is_label(message_id: str) -> bool:
    """Tell whether a message is shown on a button (LINE allows 20 characters there)."""
    return message_id.startswith(LABEL_PREFIXES) or message_id in LABEL_IDS


def bundle_for(locale: str, root: Path) -> FluentBundle:
    """Load one locale for formatting, skipping what does not parse."""
    bundle = FluentBundle([cldr_locale(locale) or locale], use_isolating=False)
    for path in sorted((root / locale).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


def format_plain(bundle: FluentBundle, message_id: str, args: dict[str, str] | None = None) -> str:
    """Format a message, or return '' when the locale lacks it."""
    if not bundle.has_message(message_id):
        return ""
    pattern = bundle.get_message(message_id).value
    return str(bundle.format_pattern(pattern, args or {})[0]) if pattern is not None else ""


def long_labels(cat: Catalog, bundle: FluentBundle, longest_name: str) -> list[str]:
    """List the button labels over LINE's limit; a label's variable gets the longest language name."""
    found = []
    for message_id in sorted(m for m in cat.variables if is_label(m)):
        label = format_plain(bundle, message_id, {name: longest_name for name in cat.variables[message_id]})
        size = len(label.encode("utf-16-le")) // 2  # counted as LINE may: an emoji takes two
        if size > MAX_LABEL:
            found.append(f"button label {message_id} has {size} characters (at most {MAX_LABEL}): {label!r}")
    return found


def text_problems(directory: Path) -> list[str]:
    """List files that are not NFC and lines that hide invisible characters."""
    problems = []
    for path in sorted(directory.glob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        if not unicodedata.is_normalized("NFC", text):
            problems.append(f"{path.name} is not in Unicode NFC form (save it as NFC, see docs/translating.md)")
        for number, line in enumerate(text.splitlines(), start=1):
            hidden = sorted({f"U+{ord(ch):04X}" for ch in line if ch in INVISIBLE or _control(ch)})
            if hidden:
                problems.append(f"{path.name}:{number}: invisible characters {', '.join(hidden)}")
    return problems


def _control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc" and ch not in "\t"


def word_clashes(bundles: dict[str, FluentBundle], catalogs: dict[str, Catalog]) -> dict[str, list[str]]:
    """Find typed words that mean two things: a keyword of two commands, a name of two places."""
    meanings: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, folded word) -> message ids
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, folded word) -> locales
    for locale, bundle in bundles.items():
        for message_id in catalogs[locale].variables:
            place = message_id.startswith("pref-") or message_id in PLACE_KEYWORDS
            if not (place or message_id.startswith("keywords-")):
                continue
            value = format_plain(bundle, message_id)
            words = [value] if message_id.startswith("pref-") else [w.strip() for w in value.split(",") if w.strip()]
            for word in words:
                key = ("place", fold_place(word)) if place else ("keyword", fold(word))
                meanings[key].add(message_id)
                owners[key].add(locale)
    clashes: dict[str, list[str]] = defaultdict(list)
    for (kind, word), ids in sorted(meanings.items()):
        if len(ids) > 1:
            for locale in sorted(owners[(kind, word)]):
                clashes[locale].append(f"the {kind} {word!r} means {' and '.join(sorted(ids))}")
    return clashes


def campaign_notes(locale: str, campaign: Campaign | None) -> list[str]:
    """Note the campaign texts a locale borrows from the default language."""
    if campaign is None or locale == campaign.default_language:
        return []
    own = campaign.texts.get(locale, {})
    return [
        f"campaign.toml has no [text.{locale}] {key}: the {campaign.default_language} text is shown"
        for key in LOCALIZED if key != "mailing_address" and key not in own
    ]


def build_reports(source: str, root: Path = LOCALES_DIR, campaign: Campaign | None = None) -> list[LocaleReport]:
    """Check every locale against the source locale; the source comes first."""
    locales = sorted(discover_locales(root), key=lambda loc: (loc != source, loc))
    parsed = {locale: lenient_parse(root / locale) for locale in locales}
    catalogs = {locale: catalog_of(resource) for locale, (resource, _) in parsed.items()}
    bundles = {locale: bundle_for(locale, root) for locale in locales}
    short_names = {locale: format_plain(bundle, "language-short-name") for locale, bundle in bundles.items()}
    names = {locale: format_plain(bundle, "language-name") for locale, bundle in bundles.items()}
    longest = max(short_names.values(), key=len, default="")
    clashes = word_clashes(bundles, catalogs)
    reference = catalogs.get(source)
    reports = []
    for locale in locales:
        report = LocaleReport(locale, names[locale], read_reviewed(root / locale))
        report.errors += [f"syntax error in {error}" for error in parsed[locale][1]]
        if reference is None:
            report.errors.append(f"the source locale {source!r} is missing")
        else:
            diff = differences(reference, catalogs[locale])
            report.coverage = 1 - len(diff.missing) / max(len(reference.variables), 1)
            report.errors += [line.removeprefix(f"{locale}: ") for line in diff.problems(locale)]
        report.errors += long_labels(catalogs[locale], bundles[locale], longest)
        report.errors += text_problems(root / locale)
        report.errors += clashes.get(locale, [])
        if cldr_locale(locale) is None:
            report.errors.append("the directory name is not a language tag CLDR knows (such as vi, pt-BR, zh-Hans)")
        if report.reviewed not in (None, "yes", "no"):
            report.errors.append(f'meta.ftl: -reviewed must be "yes" or "no", not {report.reviewed!r}')
        elif report.reviewed is None:
            report.warnings.append('meta.ftl has no "-reviewed = yes/no" line: counted as not reviewed')
        report.warnings += campaign_notes(locale, campaign)
        reports.append(report)
    return reports


def format_reports(reports: list[LocaleReport], source: str) -> str:
    """Lay the reports out as plain text: one block per locale, then a summary."""
    lines = [f"Translations, measured against the source locale {source}:", ""]
    for r in reports:
        review = "reviewed" if r.reviewed == "yes" else "not reviewed"
        lines.append(f"{r.locale:<10} {r.coverage:>6.1%}  {review:<13} {r.name}")
        lines += [f"    error: {e}" for e in r.errors] + [f"    warning: {w}" for w in r.warnings]
    errors = sum(len(r.errors) for r in reports)
    broken = sum(1 for r in reports if r.errors)
    lines += ["", f"{errors} error(s) in {broken} locale(s)." if errors else f"All {len(reports)} locales are clean."]
    return "\n".join(lines)


def run(campaign: Campaign, root: Path = LOCALES_DIR) -> int:
    """Print the report for every locale; return 1 when any locale has an error, else 0."""
    reports = build_reports(campaign.default_language, root, campaign)
    print(format_reports(reports, campaign.default_language))
    return 1 if any(r.errors for r in reports) else 0

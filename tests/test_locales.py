"""Every locale has every message, with the same variables, and the code passes exactly those."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from bot.core.campaign import CAMPAIGN_VARIABLES, load_campaign
from bot.core.i18n import LOCALES_DIR, I18n, discover_locales
from bot.translation.check import catalog, compare_locales

ROOT = Path(__file__).resolve().parent.parent
SOURCE = load_campaign().default_language
ID_SHAPE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)+")


@dataclass(frozen=True)
class Use:
    where: str
    pattern: re.Pattern[str]
    variables: frozenset[str] | None  # None: the call's arguments cannot be read statically


def id_pattern(node: ast.expr) -> re.Pattern[str] | None:
    """A string literal or f-string as a pattern of message ids."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.compile(re.escape(node.value))
    if isinstance(node, ast.JoinedStr):
        parts = [re.escape(v.value) if isinstance(v, ast.Constant) else ".+" for v in node.values]
        return re.compile("".join(parts))
    return None


def dict_keys(node: ast.expr | None) -> frozenset[str] | None:
    if node is None:
        return frozenset()
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        return frozenset(str(k.value) for k in node.keys if isinstance(k, ast.Constant))
    return None


def call_use(call: ast.Call, where: str) -> Use | None:
    """Read a t()/Text()/button()/format() call: which message, which variables."""
    name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
    args = call.args
    if name == "t" and args and (pattern := id_pattern(args[0])):
        if any(k.arg is None for k in call.keywords):
            return Use(where, pattern, None)
        return Use(where, pattern, frozenset(k.arg for k in call.keywords if k.arg))
    if name == "Text" and args and (pattern := id_pattern(args[0])):
        given = args[1] if len(args) > 1 else next((k.value for k in call.keywords if k.arg == "args"), None)
        return Use(where, pattern, dict_keys(given))
    if name == "button" and args and (pattern := id_pattern(args[0])):
        return Use(where, pattern, frozenset())
    if name == "format" and len(args) >= 2 and (pattern := id_pattern(args[1])):
        return Use(where, pattern, dict_keys(args[2]) if len(args) > 2 else frozenset())
    return None


def scan_code() -> tuple[list[Use], list[re.Pattern[str]]]:
    uses, mentions = [], []
    for path in [*ROOT.glob("handlers/*.py"), *ROOT.glob("bot/**/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call) and (use := call_use(node, where)):
                uses.append(use)
            if (pattern := id_pattern(node)) if isinstance(node, (ast.Constant, ast.JoinedStr)) else None:
                mentions.append(pattern)
    return uses, mentions


def test_every_locale_has_every_message_with_the_same_variables() -> None:
    assert compare_locales(SOURCE) == []
    assert set(discover_locales()) >= {"ja", "en"}


def test_code_passes_exactly_the_variables_each_message_uses() -> None:
    source = catalog(LOCALES_DIR / SOURCE).variables
    uses, _ = scan_code()
    assert len(uses) > 50
    for use in uses:
        matching = [m for m in source if use.pattern.fullmatch(m)]
        assert matching, f"{use.where}: no message matches {use.pattern.pattern!r}"
        if use.variables is None:
            continue
        for message_id in matching:
            expected = source[message_id] - CAMPAIGN_VARIABLES
            passed = sorted(use.variables)
            assert use.variables == expected, f"{use.where}: {message_id} uses {sorted(expected)}, code passes {passed}"


def test_every_message_is_used_by_the_code() -> None:
    cat = catalog(LOCALES_DIR / SOURCE)
    uses, mentions = scan_code()
    included = {ref for refs in cat.references.values() for ref in refs}
    patterns = [u.pattern for u in uses] + mentions
    unused = [m for m in cat.variables if m not in included and not any(p.fullmatch(m) for p in patterns)]
    assert unused == []


def test_messages_reached_only_by_name_need_no_arguments() -> None:
    """A message id the code hands around as a plain string is formatted without arguments."""
    cat = catalog(LOCALES_DIR / SOURCE)
    uses, _ = scan_code()
    for message_id, variables in cat.variables.items():
        if any(u.pattern.fullmatch(message_id) for u in uses):
            continue
        assert variables <= CAMPAIGN_VARIABLES, f"{message_id} needs {sorted(variables - CAMPAIGN_VARIABLES)}"


def test_no_isolation_marks_and_no_leftover_ids() -> None:
    campaign = load_campaign()
    i18n = I18n(campaign.default_language, strict=True)
    for locale in i18n.locales:
        variables = catalog(LOCALES_DIR / locale).variables
        for message_id, names in variables.items():
            args = {**campaign.variables(locale), **{n: "X" for n in names - CAMPAIGN_VARIABLES}}
            for date_name in ("date",):
                if date_name in names:
                    args[date_name] = __import__("datetime").datetime(2026, 1, 1)
            text = i18n.format(locale, message_id, args)
            assert "\u2068" not in text and "\u2069" not in text, message_id
            assert not ID_SHAPE.fullmatch(text.strip()) or text.strip() != message_id, message_id

"""Check translations against the source locale: syntax, message ids and the variables each uses.

Fluent fails quietly at run time (a missing message renders as its id, a missing variable is
dropped), so these checks run in the tests and in `python run_bot.py locales` (bot/translation/report.py),
before anything reaches a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.core.i18n import LOCALES_DIR, LocaleError, discover_locales, parse_locale_dir


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found: set[str] = set()
        self.messages: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.found.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.messages.add(node.id.name)


@dataclass(frozen=True)
class Catalog:
    """Each message id of a locale, with the variables it uses (following message references)."""

    variables: dict[str, frozenset[str]]
    references: dict[str, frozenset[str]]  # message id -> ids of messages it includes


@dataclass(frozen=True)
class Differences:
    """How one locale differs from the source: ids it lacks or has in excess, variables that differ."""

    missing: list[str] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)
    variables: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)  # id -> (locale's, source's)

    def problems(self, locale: str) -> list[str]:
        """Describe every difference as one line naming the locale."""
        lines = [f"{locale}: missing message {m}" for m in self.missing]
        lines += [f"{locale}: obsolete message {m}" for m in self.obsolete]
        lines += [f"{locale}: {m} uses {mine}, the source uses {theirs}"
                  for m, (mine, theirs) in self.variables.items()]
        return lines


def catalog_of(resource: ast.Resource) -> Catalog:
    """Collect the messages of a parsed locale with their variables, following message references."""
    direct: dict[str, set[str]] = {}
    refs: dict[str, frozenset[str]] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            visitor = _Variables()
            visitor.visit(entry)
            direct[entry.id.name] = visitor.found
            refs[entry.id.name] = frozenset(visitor.messages)
    variables = {}
    for message_id in direct:
        seen, todo, found = set(), [message_id], set()
        while todo:
            current = todo.pop()
            if current in seen or current not in direct:
                continue
            seen.add(current)
            found |= direct[current]
            todo.extend(refs[current])
        variables[message_id] = frozenset(found)
    return Catalog(variables, refs)


def catalog(directory: Path) -> Catalog:
    """Read one locale's catalog, refusing syntax errors."""
    return catalog_of(parse_locale_dir(directory))


def lenient_parse(directory: Path) -> tuple[ast.Resource, list[str]]:
    """Parse one locale keeping what parses, and describe every syntax error with its file and line."""
    body: list[ast.EntryType] = []
    errors: list[str] = []
    for path in sorted(directory.glob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        for entry in FluentParser().parse(text).body:
            if not isinstance(entry, ast.Junk):
                body.append(entry)
                continue
            line = text[: entry.span.start].count("\n") + 1 if entry.span else 0
            reason = entry.annotations[0].message if entry.annotations else "syntax error"
            errors.append(f"{path.name}:{line}: {reason}: {(entry.content or '').strip()[:60]!r}")
    return ast.Resource(body), errors


def differences(reference: Catalog, cat: Catalog) -> Differences:
    """Compare one locale's catalog with the source's."""
    common = sorted(set(cat.variables) & set(reference.variables))
    return Differences(
        missing=sorted(set(reference.variables) - set(cat.variables)),
        obsolete=sorted(set(cat.variables) - set(reference.variables)),
        variables={
            m: (sorted(cat.variables[m]), sorted(reference.variables[m]))
            for m in common if cat.variables[m] != reference.variables[m]
        },
    )


def compare_locales(source: str, root: Path = LOCALES_DIR) -> list[str]:
    """List every problem of every locale measured against the source locale."""
    problems: list[str] = []
    catalogs: dict[str, Catalog] = {}
    for locale in discover_locales(root):
        try:
            catalogs[locale] = catalog(root / locale)
        except LocaleError as error:
            problems.append(f"{locale}: syntax error: {error}")
    reference = catalogs.get(source)
    if reference is None:
        return [*problems, f"{source}: the source locale is missing"]
    for locale, cat in sorted(catalogs.items()):
        problems += differences(reference, cat).problems(locale)
    return problems

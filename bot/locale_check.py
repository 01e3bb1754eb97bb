"""Check translations against the source locale: syntax, message ids and the variables each uses.

Fluent fails quietly at run time (a missing message renders as its id, a missing variable is
dropped), so these checks run in the tests, before anything reaches a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot.i18n import LOCALES_DIR, LocaleError, discover_locales, parse_locale_dir


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


def catalog(directory: Path) -> Catalog:
    resource = parse_locale_dir(directory)
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
        for message_id in sorted(set(reference.variables) - set(cat.variables)):
            problems.append(f"{locale}: missing message {message_id}")
        for message_id in sorted(set(cat.variables) - set(reference.variables)):
            problems.append(f"{locale}: obsolete message {message_id}")
        for message_id in sorted(set(cat.variables) & set(reference.variables)):
            if cat.variables[message_id] != reference.variables[message_id]:
                problems.append(
                    f"{locale}: {message_id} uses {sorted(cat.variables[message_id])},"
                    f" the source uses {sorted(reference.variables[message_id])}"
                )
    return problems

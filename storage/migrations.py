"""Versioned schema migrations: numbered .sql files per backend, applied in order at start.

`migrations/sqlite/` and `migrations/postgres/` hold twins: the same numbers and names, each in its
backend's dialect. Loading either checks that both run 1, 2, 3... without gaps and match, so a
migration cannot be added for one backend and forgotten for the other. Each repository applies the
pending ones when it opens (and `run_bot.py migrate` does only that).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BACKENDS = ("sqlite", "postgres")
_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def _read(backend: str) -> list[Migration]:
    found = []
    for path in sorted((MIGRATIONS_DIR / backend).glob("*.sql")):
        match = _NAME.fullmatch(path.name)
        if match is None:
            raise ValueError(f"migration file name not understood: {backend}/{path.name}")
        found.append(Migration(int(match.group(1)), path.stem, path.read_text(encoding="utf-8")))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise ValueError(f"migration {backend}/{migration.name} should be number {expected:04d}")
    return found


def load_migrations(backend: str) -> list[Migration]:
    """Read a backend's migrations, checking the numbering and that every backend has the same ones."""
    if backend not in BACKENDS:
        raise ValueError(f"no migrations for backend {backend!r}")
    every = {name: _read(name) for name in BACKENDS}
    names = {name: [m.name for m in migrations] for name, migrations in every.items()}
    if len({tuple(listed) for listed in names.values()}) != 1:
        raise ValueError(f"the backends' migrations differ: {names}")
    return every[backend]


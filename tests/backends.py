"""Services on either backend for attacker-style tests, and everything a database holds, read as an attacker would."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from bot.app.assembly import build_service
from bot.core.campaign import load_campaign
from bot.core.i18n import I18n
from bot.core.service import PetitionService
from storage import open_repository
from tests.conftest import FIXED_NOW

BACKENDS = ["sqlite", "postgres"]


def backend_url(request: pytest.FixtureRequest, data: Path) -> str:
    """A fresh database: a SQLite file in `data`, or the run's throwaway PostgreSQL database."""
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    data.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data / 'petition.db'}"


async def open_service(url: str, **parts: Any) -> PetitionService:
    """A service on an opened repository (the caller closes `service.repo`)."""
    campaign = load_campaign()
    repo = open_repository(url)
    await repo.open()
    parts.setdefault("clock", lambda: FIXED_NOW)
    return build_service(repo, I18n(campaign.default_language, strict=True), campaign, **parts)


async def tables(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read on a connection of its own."""
    if url.startswith("sqlite:"):
        db = sqlite3.connect(url[len("sqlite:///"):])
        try:
            names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            return {name: db.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}
        finally:
            db.close()
    conn = await asyncpg.connect(url)
    try:
        names = [r[0] for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        return {name: [tuple(r) for r in await conn.fetch(f'SELECT * FROM "{name}"')] for name in names}
    finally:
        await conn.close()


async def column(url: str, table: str, name: str) -> list[Any]:
    """One column of every row of a table, read on a connection of its own."""
    if url.startswith("sqlite:"):
        db = sqlite3.connect(url[len("sqlite:///"):])
        try:
            return [row[0] for row in db.execute(f'SELECT "{name}" FROM "{table}"')]
        finally:
            db.close()
    conn = await asyncpg.connect(url)
    try:
        return [row[0] for row in await conn.fetch(f'SELECT "{name}" FROM "{table}"')]
    finally:
        await conn.close()


async def holds(url: str, value: str) -> list[str]:
    """The tables where `value` appears in any column of any row."""
    return [name for name, rows in (await tables(url)).items() if value in repr(rows)]


def files_holding(folder: Path, value: str) -> list[str]:
    """The files in `folder` whose bytes contain `value` (UTF-8)."""
    needle = value.encode()
    return [path.name for path in folder.iterdir() if path.is_file() and needle in path.read_bytes()]


async def pg_files_holding(url: str, value: str) -> list[str]:
    """The tables (and their TOAST and indexes) whose data files on the server hold `value` (needs a superuser)."""
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("CHECKPOINT")  # what is in shared buffers reaches the files
        rows = await conn.fetch(
            "SELECT c.relname, pg_relation_filepath(c.oid) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'pg_toast')"
            " AND c.relkind IN ('r', 't', 'i') AND pg_relation_size(c.oid) > 0"
        )
        found = []
        for name, path in rows:
            data = await conn.fetchval("SELECT pg_read_binary_file($1)", path)
            if value.encode() in data:
                found.append(name)
        return found
    finally:
        await conn.close()

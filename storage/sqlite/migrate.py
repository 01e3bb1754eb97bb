"""Bring a SQLite database to the latest schema: each pending migration in its own transaction."""

from __future__ import annotations

import sqlite3

import aiosqlite

from storage.migrations import load_migrations


async def migrate(db: aiosqlite.Connection) -> None:
    """Apply the migrations after the database's `user_version`, each completely or not at all."""
    cursor = await db.execute("PRAGMA user_version")
    row = await cursor.fetchone()
    current = int(row[0]) if row else 0
    for migration in load_migrations("sqlite"):
        if migration.version <= current:
            continue
        await db.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements(migration.sql):
                await db.execute(statement)
            await db.execute(f"PRAGMA user_version = {migration.version}")
            await db.execute("COMMIT")
        except BaseException:
            await db.execute("ROLLBACK")
            raise


def statements(sql: str) -> list[str]:
    """Split a migration into statements, each complete as SQLite reads it (a trigger's body holds several)."""
    found, current = [], ""
    for line in sql.splitlines(keepends=True):
        if not current and line.strip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    return [*found, current.strip()] if current.strip() else found

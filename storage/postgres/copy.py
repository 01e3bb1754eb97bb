"""Move a campaign from SQLite to PostgreSQL (`run_bot.py copy-db`): every table, row for row.

Ids and signer numbers are kept, and each PostgreSQL sequence is set past the highest number SQLite
ever handed out (for signatures that is SQLite's AUTOINCREMENT counter, so the number of a withdrawn
last signer is not handed out again). The source is brought to the latest schema first, then read in
one transaction (a consistent snapshot); the target must be empty and is written in one transaction,
so a failed copy leaves nothing behind. Stop the bot before copying, so nothing arrives after it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import aiosqlite

from storage.postgres.connection import SCHEMES, describe
from storage.postgres.repository import PostgresRepository
from storage.sqlite.repository import MEMORY, SqliteRepository, sqlite_path

# Parents before the tables that refer to them.
TABLES = (
    "people", "signatures", "withdrawal_days", "processed_events", "counters", "audit",
    "broadcasts", "broadcast_batches", "broadcast_recipients", "funnel_counts",
)
IDENTITY = {"people": "id", "signatures": "number", "audit": "id", "broadcasts": "id",
            "broadcast_batches": "id"}


def _converter(data_type: str) -> Callable[[Any], Any]:
    """How a SQLite value becomes a value of a PostgreSQL column type."""
    if data_type == "timestamp with time zone":
        def timestamp(value: Any) -> datetime:
            moment = datetime.fromisoformat(value)
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return timestamp
    if data_type == "boolean":
        return bool
    if data_type in ("bigint", "integer"):
        return int
    return str


async def _read_sqlite(path: str) -> tuple[dict[str, tuple[list[str], list[tuple[Any, ...]]]], dict[str, int]]:
    """Every table's columns and rows, and SQLite's AUTOINCREMENT counters, from one snapshot."""
    async with aiosqlite.connect(path) as db:
        await db.execute("BEGIN")  # a read transaction: one snapshot, writers are not blocked (WAL)
        tables = {}
        for table in TABLES:
            cursor = await db.execute(f"SELECT * FROM {table}")  # the names come from TABLES
            columns = [d[0] for d in cursor.description]
            tables[table] = (columns, [tuple(row) for row in await cursor.fetchall()])
        cursor = await db.execute("SELECT name, seq FROM sqlite_sequence")
        sequences = {str(name): int(seq) for name, seq in await cursor.fetchall()}
        await db.execute("COMMIT")
    return tables, sequences


async def copy_database(source_url: str, target_url: str, say: Callable[[str], None] = print) -> dict[str, int]:
    """Copy every table of a SQLite database into an empty PostgreSQL database; return rows per table."""
    if not source_url.startswith("sqlite:") or sqlite_path(source_url) == MEMORY:
        raise ValueError("--from must be a SQLite database file: sqlite:///path/to/petition.db")
    if not target_url.startswith(SCHEMES):
        raise ValueError("--to must be a PostgreSQL database: postgresql://user:password@host:5432/database")
    source = SqliteRepository(source_url)
    await source.open()  # brings the old database to the latest schema, as starting the bot would
    await source.close()
    tables, sequences = await _read_sqlite(sqlite_path(source_url))
    target = PostgresRepository(target_url, pool_size=1)
    await target.open()  # creates the schema
    try:
        async with target._connection() as conn, conn.transaction():
            await _write(conn, tables, sequences, say)
    finally:
        await target.close()
    say(f"Copied into {describe(target_url)}; point DATABASE_URL at it and start the bot.")
    return {table: len(rows) for table, (_, rows) in tables.items()}


async def _write(conn: Any, tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]], sequences: dict[str, int],
                 say: Callable[[str], None]) -> None:
    held = {table: await conn.fetchval(f"SELECT count(*) FROM {table}") for table in TABLES}
    if any(held.values()):
        found = ", ".join(f"{n} {table}" for table, n in held.items() if n)
        raise ValueError(f"the target database already holds data ({found}): copy into an empty database")
    for table in TABLES:
        columns, rows = tables[table]
        types = dict(await conn.fetch(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = $1", table,
        ))
        if set(types) != set(columns):
            raise ValueError(f"table {table}: the schemas differ: SQLite has {sorted(columns)},"
                             f" PostgreSQL {sorted(types)}")
        convert = [_converter(types[column]) for column in columns]
        records = [tuple(None if v is None else c(v) for c, v in zip(convert, row, strict=True)) for row in rows]
        if records:
            await conn.copy_records_to_table(table, records=records, columns=columns)
        column = IDENTITY.get(table)
        if column is not None:
            highest = max([sequences.get(table, 0), *(int(row[columns.index(column)]) for row in rows)])
            await conn.execute(  # the next id is highest + 1 (1 for an empty table)
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), $1, $2)", max(highest, 1), highest > 0
            )
        copied = await conn.fetchval(f"SELECT count(*) FROM {table}")
        if copied != len(rows):
            raise ValueError(f"table {table}: {copied} rows arrived of {len(rows)}")
        say(f"{table}: {len(rows):,} rows")


"""Values written into SQL text, for the statements an event sends with its commit in one message.

asyncpg binds parameters only one statement at a time, so the writes that travel together with the
claim (storage/postgres/optimistic.py) go as a simple-query script with their values inlined. Only the
types this bot writes are accepted; anything else is refused rather than guessed.

Strings are quoted the standard way ('it''s'): with `standard_conforming_strings` on, which the
repository sets on every connection, a backslash is an ordinary character, so doubling the quote is
the whole escape. NUL cannot be stored in PostgreSQL text at all and is refused (the core already
refuses it in what people send, bot/core/clean.py). tests/test_postgres_literals.py reads every kind
of value back from the server.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any


def literal(value: Any) -> str:
    """One value as a PostgreSQL literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(int(value))  # int() also turns an IntEnum into its plain digits
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("PostgreSQL text cannot hold NUL")
        value.encode("utf-8")  # a lone surrogate fails here, not in the server
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("timestamps are written with their time zone")
        return f"'{value.isoformat()}'::timestamptz"
    if isinstance(value, date):
        return f"'{value.isoformat()}'::date"
    raise TypeError(f"no PostgreSQL literal for {type(value).__name__}")


def inline(query: str, args: Sequence[Any]) -> str:
    """A `?` query (storage/sql.py: no `?` inside its own strings) with its arguments written in, in one pass."""
    parts = query.split("?")
    if len(parts) != len(args) + 1:
        raise ValueError(f"a query with {len(parts) - 1} placeholders was given {len(args)} arguments")
    return parts[0] + "".join(literal(arg) + part for arg, part in zip(args, parts[1:], strict=True))

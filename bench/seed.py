"""Fill a fresh database with people and signatures, fast, through the bot's own schema.

The schema comes from the bot's migrations (the repository is opened once); the rows are then
inserted with plain sqlite3 in one transaction, as a campaign's evening would have left them.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage.sqlite.repository import SqliteRepository

LINE_PREFIX = "5eed"
TELEGRAM_FIRST = 5_000_000_000
PLACES = ("13", "14", "27", "23", "11", "12", "40", "01", "abroad", None)


def line_user(i: int) -> str:
    return f"U{LINE_PREFIX}{i:028x}"


async def _schema(path: Path) -> None:
    repo = SqliteRepository(f"sqlite:///{path}")
    await repo.open()
    await repo.close()


def seed(path: Path, people: int, *, signers: int | None = None, line_share: float = 0.5,
         languages: tuple[str, ...] = ("ja", "en"), updates: bool = True) -> dict[str, int]:
    """Add `people` people (the first `signers` of them signed), a `line_share` of them on LINE."""
    asyncio.run(_schema(path))
    signers = people if signers is None else signers
    start = datetime(2026, 10, 1, tzinfo=UTC)
    on_line = int(people * line_share)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("BEGIN")
    first = int(db.execute("SELECT coalesce(max(id), 0) FROM people").fetchone()[0]) + 1
    rows, signatures = [], []
    for i in range(people):
        platform = "line" if i < on_line else "telegram"
        user_id = line_user(i) if platform == "line" else str(TELEGRAM_FIRST + i - on_line)
        at = (start + timedelta(seconds=i * 13 % (30 * 86400))).isoformat()
        language = languages[i % len(languages)]
        rows.append((first + i, platform, user_id, language, "menu", 0, "{}", int(updates), 1, at, at))
        if i < signers:
            name = "山田 花子" if language == "ja" else "Hanako Yamada"
            version = f"1/{language}/0123456789ab"
            signatures.append((first + i, f"{name} {i}", PLACES[i % len(PLACES)], version, at, at,
                               secrets.token_urlsafe(6) + f"{i:x}"))
    db.executemany(
        "INSERT INTO people (id, platform, user_id, language, step, position, draft, updates, reachable,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany(
        "INSERT INTO signatures (person_id, name, prefecture, consent_version, consented_at, signed_at,"
        " referral_code) VALUES (?, ?, ?, ?, ?, ?, ?)", signatures)
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"people": people, "signers": signers, "line": on_line, "telegram": people - on_line,
            "telegram_first": TELEGRAM_FIRST}


def seed_ptb(path: Path, people: int, languages: tuple[str, ...] = ("ja", "en")) -> None:
    """The same people as the PTB way keeps them: user_data in one PicklePersistence file."""
    import pickle

    user_data = {}
    for i in range(people):
        language = languages[i % len(languages)]
        user_data[TELEGRAM_FIRST + i] = {
            "lang": language, "name": ("山田 花子" if language == "ja" else "Hanako Yamada") + f" {i}",
            "prefecture": PLACES[i % len(PLACES)], "updates": True, "number": i + 1,
            "signed_at": (datetime(2026, 10, 1, tzinfo=UTC) + timedelta(seconds=i * 13)).isoformat(),
        }
    data = {"conversations": {"signing": {}}, "user_data": user_data, "chat_data": {},
            "bot_data": {"count": people}, "callback_data": None}
    with path.open("wb") as handle:
        pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)


if __name__ == "__main__":
    import sys

    print(json.dumps(seed(Path(sys.argv[1]), int(sys.argv[2]))))

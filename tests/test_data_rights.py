"""Data rights and hygiene: backup, integrity check, purge, no names or ids in the logs."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from bot.app import cli
from bot.app.assembly import DatabaseDamaged, petition_service
from bot.app.organizer_cli import Refused
from bot.core.config import load_settings
from tests.chat import ConsoleChat
from tests.conftest import make_service


async def sign(db_url: str, name: str, user: str) -> None:
    service = await make_service(db_url)
    chat = ConsoleChat(service, user)
    for line in ("/start", "3", "/sign", "1", name, "skip", "2", "1"):
        await chat.say(line)
    chat.expect("So far")
    await service.repo.close()


async def test_backup_is_a_consistent_private_copy(db_url: str, tmp_path: Path) -> None:
    await sign(db_url, "Hanako Yamada", "u1")
    settings = load_settings({"DATABASE_URL": db_url}, env_file=None)
    target = tmp_path / "backups" / "copy.db"
    assert "(1 signature, 1 person)" in await cli.backup(settings, target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT name FROM signatures").fetchall() == [("Hanako Yamada",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


async def test_check_reports_schema_and_integrity(db_url: str) -> None:
    await sign(db_url, "Hanako Yamada", "u1")
    ok, report = await cli.check(load_settings({"DATABASE_URL": db_url}, env_file=None))
    assert ok and "integrity: ok" in report


async def test_a_damaged_database_is_refused_at_start_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    db_url = f"sqlite:///{path}"
    for i in range(30):
        await sign(db_url, f"Person {i}", f"u{i}")
    with sqlite3.connect(path) as db:  # corrupt an index behind SQLite's back
        db.execute("PRAGMA writable_schema = ON")
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'signatures_signed_at'").fetchone()[0]
    data = bytearray(path.read_bytes())
    page = 4096 * (root - 1)
    data[page : page + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    settings = load_settings({"DATABASE_URL": db_url, "DB_CHECK_ON_START": "yes"}, env_file=None)
    with pytest.raises(DatabaseDamaged):
        async with petition_service(settings):
            pass


async def test_purge_deletes_signatures_before_the_cutoff(db_url: str) -> None:
    await sign(db_url, "Hanako Yamada", "u1")
    settings = load_settings({"DATABASE_URL": db_url}, env_file=None)
    with pytest.raises(ValueError, match="retention date"):
        await cli.purge(settings, None, dry_run=True, confirm=lambda _: True)
    assert "1 signature was made before" in await cli.purge(settings, date(2030, 1, 1), True, lambda _: True)
    assert "Nothing was deleted" in await cli.purge(settings, date(2030, 1, 1), False, lambda _: False, "Aiko")
    with pytest.raises(Refused, match="--as NAME"):  # who deletes goes in the audit trail
        await cli.purge(settings, date(2030, 1, 1), False, lambda _: True)
    assert "1 signature made before 2030-01-01 was deleted" in await cli.purge(
        settings, date(2030, 1, 1), False, lambda _: True, "Aiko")
    path = Path(db_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM signatures").fetchone() == (0,)
    assert "purge" in await cli.audit(settings)


async def test_logs_carry_no_names_texts_or_ids(db_url: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        await sign(db_url, "Hanako Yamada", "user-12345")
        service = await make_service(db_url)
        chat = ConsoleChat(service, "user-12345")
        for line in ("/withdraw", "1"):
            await chat.say(line)
        await service.repo.close()
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "signature recorded" in text and "signature withdrawn" in text
    for secret in ("Hanako", "Yamada", "user-12345"):
        assert secret not in text

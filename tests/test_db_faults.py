"""The database under pressure: busy, locked for too long, full.

A write lock held for a moment by another connection (a backup, an organizer's sqlite3 shell) is
waited out (busy_timeout). Held for too long, or with no room left on the disk, the event is not
applied: the person is told nothing was recorded, one clear line is logged, nothing already stored
is lost, and the same step succeeds once the database can write again.
(tests/test_flood_and_storage_faults.py covers a read-only database.)
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.core.service import PetitionService
from storage.sqlite import group as sqlite_group
from testkit.line_api import LineUser, line_platform, webhook_event_id
from tests.chat import ConsoleChat

ROOT = Path(__file__).resolve().parent.parent
UNAVAILABLE = ("nothing was recorded", "何も記録されていません")


def db_path(service: PetitionService) -> str:
    return service.repo.path


class LockHolder:
    """Another connection that takes the write lock (BEGIN IMMEDIATE) and keeps it until released."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.locked = threading.Event()
        self.release = threading.Event()
        self.released = threading.Event()
        self.thread = threading.Thread(target=self.hold, daemon=True)

    def hold(self) -> None:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            db.execute("BEGIN IMMEDIATE")
            self.locked.set()
            self.release.wait(30)
            db.execute("COMMIT")
        finally:
            db.close()
            self.released.set()

    async def __aenter__(self) -> LockHolder:
        self.thread.start()
        await asyncio.to_thread(self.locked.wait, 10)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.release.set()
        await asyncio.to_thread(self.thread.join, 10)


def unavailable_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("database unavailable")]


def no_stack_traces(caplog: pytest.LogCaptureFixture) -> None:
    assert [r.getMessage() for r in caplog.records if r.exc_info] == []


async def test_a_busy_database_is_waited_for(service: PetitionService) -> None:
    chat = ConsoleChat(service)
    for line in ("/start", "3", "/sign", "1"):
        await chat.say(line)
    async with LockHolder(db_path(service)) as holder:
        typed = asyncio.create_task(chat.say("Hanako Yamada"))
        await asyncio.sleep(0.3)  # meanwhile the bot tries to write, and waits
        holder.release.set()
        await asyncio.wait_for(typed, 10)
    chat.expect("Which prefecture")  # applied once the other connection let go, not refused


def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait 0.2 s for a lock instead of 5 s, to keep the test short."""
    monkeypatch.setattr(sqlite_group, "BUSY_TIMEOUT_MS", 200)


async def test_a_database_locked_too_long_refuses_clearly_and_the_step_can_be_repeated(
    service: PetitionService, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    short_busy_timeout(monkeypatch)
    chat = ConsoleChat(service)
    for line in ("/start", "3", "/sign", "1", "Hanako Yamada", "skip", "2"):
        await chat.say(line)
    chat.expect("Hanako Yamada")  # the read-back
    async with LockHolder(db_path(service)):
        await chat.say("1")  # confirm
        assert any(phrase in chat.screen for phrase in UNAVAILABLE)
    assert len(unavailable_lines(caplog)) == 1 and "database is locked" in unavailable_lines(caplog)[0]
    no_stack_traces(caplog)
    assert (await service.repo.totals()).signatures == 0
    await chat.say("/sign")  # the read-back again: nothing was lost or half done
    chat.expect("Hanako Yamada")
    await chat.press("Confirm and sign")
    chat.expect("So far one person has signed")


def fill(path: str) -> None:
    """Another connection fills every page the bot's tables have room in, as a busy database would."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        for n in range(400):
            db.execute("INSERT INTO people (platform, user_id, step, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                       ("filler", f"f{n}", "menu", "2026-01-01", "2026-01-01"))
        db.execute("COMMIT")
    finally:
        db.close()


STEPS = [("follow", ""), ("press", "English"), ("press", "Sign"), ("press", "I agree"), ("say", "{name}"),
         ("press", "Skip"), ("press", "No, thanks"), ("press", "Confirm and sign")]


async def sign_on_line(user: LineUser, name: str, start: int = 0) -> int | None:
    """Sign in English on LINE from step `start`; return the step the database refused, if one was."""
    for number, (action, value) in enumerate(STEPS[start:], start):
        if action == "follow":
            await user.open()
        else:
            await getattr(user, action)(value.format(name=name))
        if any(phrase in user.screen for phrase in UNAVAILABLE):
            return number
    return None


async def test_a_full_database_refuses_new_signatures_clearly_and_loses_nothing(
    service: PetitionService, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    async with line_platform(service) as line:
        first = line.user()
        assert await sign_on_line(first, "Hanako Yamada") is None
        first.expect("So far one person has signed")
        fill(db_path(service))
        cursor = await service.repo.db.execute("PRAGMA page_count")
        pages = (await cursor.fetchone())[0]
        await service.repo.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on
        # People sign until there is no room left: then one is told, and nobody is half signed.
        for number in range(300):
            user, name = line.user(), f"Taro {chr(65 + number % 26)}{chr(65 + number // 26)}"
            refused_at = await sign_on_line(user, name)
            if refused_at is not None:
                break
            user.expect("So far")
        assert refused_at is not None, "the database never filled up"
        stored = (await service.repo.totals()).signatures
        lines = unavailable_lines(caplog)
        assert len(lines) == 1 and "database or disk is full" in lines[0]
        no_stack_traces(caplog)
        assert all(c.status == 200 for c in line.api.made("reply"))  # answered, not left to redeliver
        # Room again: the person repeats the refused step and goes on; everything before is still there.
        await service.repo.db.execute("PRAGMA max_page_count = 1073741823")
        await user.send(dict(user.last_event, webhookEventId=webhook_event_id()))
        assert await sign_on_line(user, name, refused_at + 1) is None
        user.expect("So far")
        assert (await service.repo.totals()).signatures == stored + 1
        await first.say("/status")
        first.expect("Hanako Yamada")


# A real full disk: a tiny filesystem, which fills up when SQLite commits --------------------------------

CHILD = r"""
import asyncio, json, os, sys
sys.path.insert(0, sys.argv[2])
from tests.chat import ConsoleChat
from tests.conftest import make_service

async def main(root):
    service = await make_service(f"sqlite:///{root}/petition.db")
    first = ConsoleChat(service, "first")
    for line in ("/start", "3", "/sign", "1", "Hanako Yamada", "skip", "2", "1"):
        await first.say(line)
    second = ConsoleChat(service, "second")
    for line in ("/start", "3", "/sign", "1", "Taro Suzuki", "skip", "2"):
        await second.say(line)
    try:
        with open(f"{root}/filler", "wb", buffering=0) as filler:  # take every free block of the filesystem
            while filler.write(b"x" * 4096):
                pass
    except OSError:
        pass
    try:
        await second.say("1")  # confirm, on a full disk
        refused = second.screen
        totals_full = (await service.repo.totals()).signatures
        os.remove(f"{root}/filler")
        await second.say("/sign")
        await second.press("Confirm and sign")
        signed = second.screen
        await first.say("/status")
        print(json.dumps({"refused": refused, "totals_full": totals_full, "signed": signed,
                          "first": first.screen, "totals": (await service.repo.totals()).signatures}))
    finally:
        await service.repo.close()

asyncio.run(main(sys.argv[1]))
"""


def test_a_full_filesystem_refuses_clearly_and_loses_nothing(tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None or sys.platform != "linux":
        pytest.skip("needs Linux user namespaces (unshare) to mount a tiny filesystem")
    mount = tmp_path / "tiny"
    mount.mkdir()
    script = (f"mount -t tmpfs -o size=2m tmpfs {mount} && "
              f"exec {sys.executable} -c \"$CHILD\" {mount} {ROOT}")
    env = {**os.environ, "CHILD": CHILD}
    result = subprocess.run([unshare, "-rm", "sh", "-c", script], capture_output=True, text=True, env=env,
                            timeout=60)
    if result.returncode != 0 and "mount" in result.stderr and "Traceback" not in result.stderr:
        pytest.skip(f"cannot mount a tiny filesystem here: {result.stderr.strip()[:200]}")
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert any(phrase in outcome["refused"] for phrase in UNAVAILABLE), outcome["refused"]
    assert outcome["totals_full"] == 1  # the first signature was kept, the second not half written
    assert "So far 2 people have signed" in outcome["signed"]  # room again: the same step goes through
    assert "Hanako Yamada" in outcome["first"] and outcome["totals"] == 2
    log = [line for line in result.stderr.splitlines() if "database unavailable" in line]
    assert len(log) == 1 and "database or disk is full" in log[0]
    assert "Traceback" not in result.stderr


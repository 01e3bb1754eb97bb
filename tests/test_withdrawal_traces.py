"""Withdrawal leaves nothing, on both backends: the request, then what the database, its files and the log hold.

A name typed while signing and then withdrawn, a signer who came through a referral link and received a
signers-only broadcast and then withdrew, a signature begun and abandoned: afterwards no table holds the
name, nothing says the account ever signed, and no file in the SQLite data folder (within seconds) or, after
the next upkeep round (every 15 minutes), no PostgreSQL table file holds the name.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.app import cli
from bot.app.upkeep import tidy_once, upkeeping
from bot.core.config import EVENT_MEMORY, REPLAY_WINDOW, load_settings
from bot.core.service import PetitionService
from testkit.line_api import LinePlatform, LineUser, line_platform
from tests.backends import (
    BACKENDS,
    backend_url,
    column,
    files_holding,
    holds,
    open_service,
    pg_files_holding,
    tables,
)
from tests.conftest import FIXED_NOW

NAME = "Zyxwvu Qtsrpo"  # appears nowhere else
OTHER = "Abcdef Ghijkl"


class World:
    def __init__(self, line: LinePlatform, url: str, folder: Path, caplog: pytest.LogCaptureFixture) -> None:
        self.line, self.url, self.folder, self.caplog = line, url, folder, caplog
        self.service: PetitionService = line.service

    async def files_holding(self, value: str) -> list[str]:
        """What an attacker with the disk finds: the SQLite data folder, or PostgreSQL's data files."""
        if self.url.startswith("sqlite:"):
            return files_holding(self.folder, value)
        return await pg_files_holding(self.url, value)

    def log_holds(self, value: str) -> bool:
        return value in self.caplog.text or any(value in repr(r.args) for r in self.caplog.records)


@pytest.fixture(params=BACKENDS)
async def world(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> AsyncIterator[World]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    caplog.set_level(logging.DEBUG)
    folder = tmp_path / "data"
    url = backend_url(request, folder)
    service = await open_service(url)
    try:
        async with line_platform(service) as line:
            yield World(line, url, folder, caplog)
    finally:
        await service.repo.close()


async def start_signing(user: LineUser, name: str) -> None:
    """Follow, choose English, agree, type a name, pick Okinawa: everything but the confirmation."""
    await user.open()
    await user.press("English")
    await user.press("Sign")
    await user.press("I agree")
    await user.say(name)
    await user.say("Okinawa")


async def sign(user: LineUser, name: str, referral: str | None = None) -> None:
    if referral:
        await user.open()
        await user.say(f"/start {referral}")
    await start_signing(user, name)
    await user.press("Yes, send updates")
    await user.press("Confirm and sign")
    user.expect("Thank you for signing")


async def person_row(world: World, user: LineUser) -> dict[str, object]:
    async with world.service.repo.transaction() as tx:
        person = await tx.get_person("line", user.user_id)
    assert person is not None
    return {"draft": person.draft, "step": person.step, "updates": person.updates, "referred_by": person.referred_by}


async def eventually_no_file_holds(world: World, value: str, within: float = 5.0) -> None:
    """Within a few seconds, no data file holds `value` (PostgreSQL: after the serving process's next upkeep,
    which compacts the tables once this process deleted personal data)."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        if not world.url.startswith("sqlite:"):
            await tidy_once(world.service.repo, 7, FIXED_NOW)  # a round of upkeep (every 15 minutes)
        found = await world.files_holding(value)
        if not found or asyncio.get_running_loop().time() > deadline:
            break
        await asyncio.sleep(0.2)
    assert found == [], f"{value!r} is still in {found}"


async def test_withdraw_while_signing_deletes_the_draft_and_says_so(world: World) -> None:
    user = world.line.user()
    await start_signing(user, NAME)
    assert await holds(world.url, NAME) == ["people"]  # the draft holds the name until now
    await user.say("/status")
    user.expect("While you sign, we hold what you have entered so far")  # and /status says so
    await user.say("/withdraw")
    user.expect("You had not signed yet", "is now deleted")
    user.expect_not("we hold no name")
    assert await person_row(world, user) == {"draft": {}, "step": "menu", "updates": False, "referred_by": None}
    assert await holds(world.url, NAME) == [] and await holds(world.url, "Okinawa") == []
    assert all("consent" not in repr(row) for row in (await tables(world.url))["people"])
    await user.say("/status")
    user.expect("You have not signed")
    await eventually_no_file_holds(world, NAME)
    assert not world.log_holds(NAME)


async def test_a_withdrawn_signer_leaves_nothing_that_says_they_signed(world: World) -> None:
    referrer, person = world.line.user(), world.line.user()
    await sign(referrer, OTHER)
    before = await tables(world.url)
    code = before["signatures"][0][7]  # the referrer's personal code
    assert isinstance(code, str) and len(before["signature_tallies"]) == 1
    await sign(person, NAME, referral=code)
    async with world.service.repo.transaction() as tx:  # an organizer's signers-only broadcast reaches them
        await tx.broadcasts.create_job({"en": "News"}, None, "signers", "ja", "cli:organizer", FIXED_NOW)
    assert len((await tables(world.url))["broadcast_recipients"]) == 2
    await person.say("/withdraw")
    await person.press("Yes, delete it")
    person.expect("Done")

    after = await tables(world.url)
    assert await holds(world.url, NAME) == []
    assert len(after["signatures"]) == 1 and after["signatures"][0][2] == OTHER
    assert after["signature_tallies"] == before["signature_tallies"], "tallies count standing signatures only"
    assert [row[:2] for row in after["broadcast_recipients"]] == [(1, 1)], "only the referrer's row is left"
    assert after["withdrawal_days"] == [("2026-11-26", "line", 1)], "counted per day and platform only"
    assert "withdrawals" not in after
    assert await holds(world.url, code) == ["signatures"] and after["signatures"][0][7] == code
    assert await person_row(world, person) == {"draft": {}, "step": "menu", "updates": False, "referred_by": None}
    moments = {str(row[2]) for row in after["processed_events"]}
    for updated in await column(world.url, "people", "updated_at"):  # the last activity to the day, no event's
        assert str(updated) not in moments
        assert str(updated).startswith("2026-11-26") and ("00:00:00" in str(updated))
    stats = await world.service.repo.stats()
    assert (stats.signatures, stats.withdrawals, stats.by_prefecture) == (1, 1, {"47": 1})
    await eventually_no_file_holds(world, NAME)
    assert not world.log_holds(NAME)


async def test_a_signature_abandoned_for_days_is_deleted_by_the_serving_process(world: World) -> None:
    user = world.line.user()
    await start_signing(user, NAME)
    repo = world.service.repo
    six_days = await tidy_once(repo, 7, FIXED_NOW + timedelta(days=6))
    assert six_days.drafts == 0 and await holds(world.url, NAME) == ["people"]
    done = await tidy_once(repo, 7, FIXED_NOW + timedelta(days=8))
    assert done.drafts == 1 and await holds(world.url, NAME) == []
    assert (await person_row(world, user))["step"] == "menu"
    await eventually_no_file_holds(world, NAME)
    async with upkeeping(repo, 7, every=0.05):  # the serving process runs it on its own
        await asyncio.sleep(0.2)


async def test_purge_deletes_abandoned_signatures_and_compacts(world: World) -> None:
    user = world.line.user()
    await start_signing(user, NAME)
    settings = load_settings({"DATABASE_URL": world.url}, env_file=None)
    report = await cli.purge(settings, date(2026, 11, 1), dry_run=False, confirm=lambda _: True, as_name="Tester")
    assert "1 signature begun and abandoned for 7 days was deleted" in report
    assert ("rebuilt" if world.url.startswith("sqlite:") else "VACUUM FULL") in report
    assert await holds(world.url, NAME) == []
    await eventually_no_file_holds(world, NAME)


async def test_event_ids_are_kept_for_a_bounded_window(world: World) -> None:
    user = world.line.user()
    await user.open()
    await user.say("/help")
    assert len((await tables(world.url))["processed_events"]) == 2
    repo = world.service.repo
    assert (await tidy_once(repo, 7, FIXED_NOW + EVENT_MEMORY - timedelta(minutes=1))).events == 0
    assert (await tidy_once(repo, 7, FIXED_NOW + EVENT_MEMORY + timedelta(minutes=1))).events == 2
    assert (await tables(world.url))["processed_events"] == []
    assert EVENT_MEMORY >= timedelta(days=2), "longer than LINE's and Telegram's redelivery"
    assert REPLAY_WINDOW < EVENT_MEMORY, "a LINE event whose id may be forgotten is refused as too old"


async def test_compact_says_what_it_did(world: World) -> None:
    settings = load_settings({"DATABASE_URL": world.url}, env_file=None)
    report = await cli.compact(settings)
    assert ("SQLite" if world.url.startswith("sqlite:") else "VACUUM FULL") in report


async def test_a_reader_in_another_process_delays_the_wipe_but_not_the_bot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """SQLite: while an export or backup reads the file, the log cannot be emptied; the bot answers at once
    and the next upkeep round wipes it."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    folder = tmp_path / "data"
    folder.mkdir()
    service = await open_service(f"sqlite:///{folder / 'petition.db'}")
    reader = sqlite3.connect(folder / "petition.db")
    try:
        async with line_platform(service) as line:
            user = line.user()
            await start_signing(user, NAME)
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM people").fetchall()  # a long read holds the log
            started = asyncio.get_running_loop().time()
            await user.say("/withdraw")
            assert asyncio.get_running_loop().time() - started < 2.0
            user.expect("is now deleted")
            assert "could not be emptied now" in caplog.text
            reader.execute("COMMIT")
            await tidy_once(service.repo, 7, FIXED_NOW)  # the next round of upkeep
            assert files_holding(folder, NAME) == []
    finally:
        reader.close()
        await service.repo.close()

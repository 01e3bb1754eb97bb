"""SIGKILL the real bot process at random moments while people sign on LINE and Telegram.

The fakes deliver every event again until the bot acknowledges it. After the restarts, every signature
that was acknowledged or confirmed exists exactly once, no event was applied twice, and everyone's
conversation goes on. This is the small version for CI; bench/crash_signers.py runs 10,000 people.
See testkit/crash_harness.py for what is simulated and checked.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from testkit.crash_harness import CrashRun


@pytest.mark.parametrize(("backend", "telegram_webhook", "signers", "kills"),
                         [("sqlite", False, 60, 5), ("sqlite", True, 30, 3), ("postgres", True, 40, 4)],
                         ids=["telegram-polling", "telegram-webhook", "postgres"])
async def test_signatures_survive_sigkill_at_random_moments(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest, backend: str,
    telegram_webhook: bool, signers: int, kills: int,
) -> None:
    caplog.set_level(logging.CRITICAL, logger="aiohttp.server")  # the fakes, when the bot dies mid-request
    url = request.getfixturevalue("pg_url") if backend == "postgres" else None  # events in two round trips
    run = CrashRun(tmp_path, signers=signers, kills=kills, seed=7, concurrency=signers, deadline=50,
                   telegram_webhook=telegram_webhook, database_url=url)
    report = await run.execute()
    assert report.kills == kills, report.lines()
    assert report.signatures == signers
    assert report.lost == [] and report.duplicated == []
    assert report.applied_twice == []
    assert report.stuck == []
    assert report.bot_errors == []
    assert sum(report.redeliveries.values()) > 0  # the kills did interrupt deliveries

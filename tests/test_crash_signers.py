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


@pytest.mark.parametrize(("telegram_webhook", "signers", "kills"), [(False, 60, 5), (True, 30, 3)],
                         ids=["telegram-polling", "telegram-webhook"])
async def test_signatures_survive_sigkill_at_random_moments(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, telegram_webhook: bool, signers: int, kills: int
) -> None:
    caplog.set_level(logging.CRITICAL, logger="aiohttp.server")  # the fakes, when the bot dies mid-request
    run = CrashRun(tmp_path, signers=signers, kills=kills, seed=7, concurrency=signers, deadline=50,
                   telegram_webhook=telegram_webhook)
    report = await run.execute()
    assert report.kills == kills, report.lines()
    assert report.signatures == signers
    assert report.lost == [] and report.duplicated == []
    assert report.applied_twice == []
    assert report.stuck == []
    assert report.bot_errors == []
    assert sum(report.redeliveries.values()) > 0  # the kills did interrupt deliveries

#!/usr/bin/env python3
"""Kill the bot with SIGKILL again and again while thousands of simulated people sign on LINE and
Telegram, and report lost and duplicated signatures (there must be none).

    .venv/bin/python bench/crash_signers.py                      # 10,000 signers, 25 kills
    .venv/bin/python bench/crash_signers.py --signers 2000 --kills 10 --seed 7

The bot runs as `run_bot.py serve` in its own process against fake LINE and Telegram servers in this
one, all on 127.0.0.1; see testkit/crash_harness.py for what is simulated and checked. Exits 1 when
anything was lost, duplicated, applied twice or left stuck.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from testkit.crash_harness import CrashRun  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--signers", type=int, default=10_000, help="simulated people, half on each platform")
    parser.add_argument("--kills", type=int, default=25, help="SIGKILLs spread over the run")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random kill moments and choices")
    parser.add_argument("--concurrency", type=int, default=400, help="people signing at the same time")
    parser.add_argument("--deadline", type=float, default=3600, help="give up after this many seconds")
    parser.add_argument("--telegram-webhook", action="store_true", help="Telegram by webhook, not long polling")
    parser.add_argument("--keep", type=Path, help="run in this directory and keep the database and bot log")
    parser.add_argument("--database-url", help="a PostgreSQL database to use (emptied by nobody: give a new one)")
    args = parser.parse_args()

    # The fakes log a traceback when the bot is killed in the middle of a request to them: expected here.
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)

    def progress(line: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {line}", flush=True)

    with tempfile.TemporaryDirectory(prefix="crash-signers-") as scratch:
        workdir = args.keep or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        run = CrashRun(workdir, args.signers, args.kills, seed=args.seed, concurrency=args.concurrency,
                       deadline=args.deadline, progress=progress, telegram_webhook=args.telegram_webhook,
                       database_url=args.database_url)
        report = asyncio.run(run.execute())
    print("\n".join(report.lines()))
    for title, items in (("lost", report.lost), ("duplicated", report.duplicated),
                         ("applied twice", report.applied_twice), ("stuck", report.stuck),
                         ("bot log errors", report.bot_errors)):
        for item in items[:10]:
            print(f"  {title}: {item}")
    print("OK: nothing lost, nothing duplicated" if report.ok else "FAILED")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())

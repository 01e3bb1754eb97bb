"""A tiny run of every benchmark scenario (bench/run.py --scale smoke): it completes and yields numbers.

Nothing here is timed: the benchmarks report speeds, they are not tests of them. This only keeps the
benchmark harness working as the bot changes (about 45 seconds, processes on 127.0.0.1 only; the
PostgreSQL scenarios use the server the tests use, and nginx).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_scenario_runs_and_reports_numbers(tmp_path: Path) -> None:
    output = tmp_path / "smoke.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--scale", "smoke", "--output", str(output)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(output.read_text(encoding="utf-8"))
    results = report["results"]
    assert {"1_line", "2_telegram", "3_ptb_way", "4_broadcast", "5_data", "6_postgres", "7_two_instances",
            "8_spike", "9_memory"} <= results.keys()
    for key in ("1_line", "2_telegram"):
        for run in (results[key]["fixed_rate"], results[key]["saturation"]):
            assert run["events"] > 0 and run["events_per_s"] > 0
            assert run["webhook_ms"]["p99"] is not None
    assert results["floor"]["client"]["events_per_s"] > 0
    ptb = results["3_ptb_way"]
    assert ptb["ours"]["events_per_s"] > 0 and ptb["ptb"]["events_per_s"] > 0
    assert ptb["ours"]["max_rss_mb"] > 0 and ptb["ptb"]["max_rss_mb"] > 0
    broadcast = results["4_broadcast"]
    assert broadcast["complete"] and broadcast["line"]["requests_ok"] > 0 and broadcast["telegram"]["sent"] > 0
    data = results["5_data"]
    assert data["start_median_s"] > 0 and data["rss_idle_mb"] > 0 and data["export_rows"] > 0
    for backend in ("sqlite", "postgres"):
        for platform in ("line", "telegram"):
            beside = results["6_postgres"][backend][platform]
            assert beside["saturation"]["events_per_s"] > 0 and beside["saturation"]["bot_cpu_ms_per_event"] > 0
            assert beside["signatures_recorded"] == beside["people_completed"] > 0
        spike = results["8_spike"][backend]
        assert spike["reply_ms"]["p99"] is not None and spike["backlog"]
        assert spike["signatures"] == spike["completed"] and sum(spike["completed"].values()) > 0
        assert results["9_memory"][backend]["rss_idle_mb"] > 0
    for processes in ("one", "two"):
        for platform in ("line", "telegram"):
            assert results["7_two_instances"][processes][platform]["saturation"]["bot_cpu_ms_per_event"] > 0
    assert results["7_two_instances"]["people_signed_twice"] == 0
    assert report["table"] and "scenario" in done.stdout

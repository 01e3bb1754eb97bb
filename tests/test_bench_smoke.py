"""A tiny run of every benchmark scenario (bench/run.py --scale smoke): it completes and yields numbers.

Nothing here is timed: the benchmarks report speeds, they are not tests of them. This only keeps the
benchmark harness working as the bot changes (about 20 seconds, processes on 127.0.0.1 only).
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
    assert {"1_line", "2_telegram", "3_ptb_way", "4_broadcast", "5_data"} <= results.keys()
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
    assert report["table"] and "scenario" in done.stdout

#!/usr/bin/env python3
"""Run every benchmark scenario, print a table and write bench/results/latest.json.

    python bench/run.py            # the full run (about 5 minutes)
    python bench/run.py --quick    # a smoke run of every scenario, under a minute
    python bench/run.py --only 1,2 # some scenarios only

Each scenario starts the real bot (`run_bot.py serve`) as its own process against the fake LINE
and Telegram APIs (testkit/, in the harness process), loads it from 127.0.0.1 with bounded runs,
and stops every process it started. Every result is also put next to a baseline measured in the
same run (the bare endpoint, the PTB way, the same load without a broadcast), because the machine
is shared and absolute numbers drift. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.procs import ROOT, Bot, Harness, Proc, Sampler, free_port, wait_port

RESULTS = ROOT / "bench" / "results"
WEBHOOK_SECRET = "bench-webhook-secret"
ORGANIZER = 4_242_424_242
LINE_READY, TELEGRAM_WEBHOOK_READY, TELEGRAM_POLL_READY = (
    "LINE webhook ready", "telegram ready by webhook", "telegram ready by long polling")


@dataclass(frozen=True)
class Scale:
    rate: float = 500  # events/s offered in scenarios 1 and 2
    rate_seconds: float = 20
    flat_seconds: float = 15
    concurrency: int = 64
    warmup_seconds: float = 2
    floor_seconds: float = 10
    ptb_people: int = 100_000
    ptb_seconds: float = 15
    ptb_concurrency: int = 32
    subscribers: int = 100_000
    broadcast_rate: float = 100  # conversation events/s during the broadcast ("moderate")
    baseline_seconds: float = 15
    telegram_rate: float = 1000
    broadcast_timeout: float = 240
    signatures: int = 200_000
    starts: int = 3
    command_runs: int = 5
    data_load_seconds: float = 10


SCALES = {
    "full": Scale(),
    "quick": Scale(rate_seconds=2, flat_seconds=2, warmup_seconds=0.5, floor_seconds=2, ptb_people=5_000,
                   ptb_seconds=2, subscribers=3_000, baseline_seconds=2, broadcast_timeout=30,
                   signatures=10_000, starts=1, command_runs=1, data_load_seconds=2),
    "smoke": Scale(rate=100, rate_seconds=0.5, flat_seconds=0.5, concurrency=8, warmup_seconds=0,
                   floor_seconds=0.5, ptb_people=200, ptb_seconds=0.5, ptb_concurrency=4, subscribers=200,
                   broadcast_rate=50, baseline_seconds=0.5, broadcast_timeout=30, signatures=500, starts=1,
                   command_runs=1, data_load_seconds=0.5),
}


@dataclass
class Run:
    scale: Scale
    dir: Path
    harness: Harness
    results: dict[str, Any] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)

    def row(self, scenario: str, metric: str, value: Any, unit: str = "", target: str = "", met: bool | None = None,
            baseline: str = "") -> None:
        self.rows.append({"scenario": scenario, "metric": metric, "value": value, "unit": unit, "target": target,
                          "met": met, "baseline": baseline})

    def settings(self, db: Path, *, line: bool = True, telegram: bool = True, webhook: bool = True,
                 **extra: str) -> dict[str, str]:
        h = self.harness.hello
        env = {"DATABASE_URL": f"sqlite:///{db}", "LOG_LEVEL": "INFO", "TELEGRAM_BOT_TOKEN": "",
               "LINE_CHANNEL_SECRET": "", "LINE_CHANNEL_ACCESS_TOKEN": ""}
        if telegram:
            env.update(TELEGRAM_BOT_TOKEN=h["telegram_token"], TELEGRAM_API_URL=h["telegram_url"],
                       TELEGRAM_WEBHOOK_URL="https://bot.example.org/telegram/webhook" if webhook else "",
                       TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET)
        if line:
            env.update(LINE_CHANNEL_SECRET=h["line_secret"], LINE_CHANNEL_ACCESS_TOKEN=h["line_token"],
                       LINE_API_URL=h["line_url"])
        env.update(extra)
        return env

    def bot(self, name: str, db: Path, *, line: bool = True, telegram: bool = True, webhook: bool = True,
            **extra: str) -> Bot:
        marks = ((LINE_READY,) if line else ()) + (
            ((TELEGRAM_WEBHOOK_READY if webhook else TELEGRAM_POLL_READY),) if telegram else ())
        return Bot(name, self.dir, self.settings(db, line=line, telegram=telegram, webhook=webhook, **extra), marks)

    def load(self, bot: Bot, platform: str, mode: str, *, prefix: str = "", first_id: int = 0,
             polling: bool = False, **params: Any) -> dict[str, Any]:
        h = self.harness.hello
        secret = h["line_secret"] if platform == "line" else WEBHOOK_SECRET
        return self.harness.call("load", platform=platform, mode=mode, host="127.0.0.1", port=bot.port,
                                 secret=secret, prefix=prefix, first_id=first_id, languages=self.languages,
                                 polling=polling, **params)


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def signed(db: Path, where: str, params: tuple[Any, ...]) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return int(con.execute("SELECT count(*) FROM signatures s JOIN people p ON p.id = s.person_id WHERE "
                               + where, params).fetchone()[0])


def line_signed(db: Path, prefix: str) -> int:
    return signed(db, "p.platform = 'line' AND p.user_id LIKE ?", (f"U{prefix}%",))


def telegram_signed(db: Path, first: int, span: int = 10_000_000) -> int:
    return signed(db, "p.platform = 'telegram' AND CAST(p.user_id AS INTEGER) BETWEEN ? AND ?",
                  (first, first + span))


# Scenarios 1 and 2 -------------------------------------------------------------------------------------


def floor(run: Run) -> dict[str, Any]:
    """The bare signature-checking aiohttp endpoint, loaded by wrk and by our own client."""
    secret = run.harness.hello["line_secret"]
    port = free_port()
    proc = Proc("floor", [sys.executable, str(ROOT / "bench" / "floor.py"), str(port), secret], run.dir)
    try:
        wait_port(port)
        result: dict[str, Any] = {"wrk": wrk(run, port, secret)}
        with Sampler(proc) as sample:
            result["client"] = run.harness.call("floor", host="127.0.0.1", port=port, secret=secret,
                                                concurrency=run.scale.concurrency,
                                                duration=run.scale.floor_seconds)
        result["client"]["cpu_percent"] = round(sample.cpu_percent)
    finally:
        proc.stop()
    return result


def wrk(run: Run, port: int, secret: str) -> dict[str, Any] | None:
    if shutil.which("wrk") is None:
        return None
    import base64
    import hashlib
    import hmac

    body = json.dumps({"destination": "Ubench", "events": []})
    signature = base64.b64encode(hmac.new(secret.encode(), body.encode(), hashlib.sha256).digest()).decode()
    script = run.dir / "floor.lua"
    script.write_text(f'wrk.method = "POST"\nwrk.body = [==[{body}]==]\n'
                      f'wrk.headers["Content-Type"] = "application/json"\n'
                      f'wrk.headers["X-Line-Signature"] = "{signature}"\n')
    seconds = max(1, round(run.scale.floor_seconds))
    out = subprocess.run(["wrk", "-t2", f"-c{run.scale.concurrency}", f"-d{seconds}s", "--latency", "-s",
                          str(script), f"http://127.0.0.1:{port}/line/webhook"],
                         capture_output=True, text=True, timeout=seconds + 30).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    return {"requests_per_s": float(rps.group(1)) if rps else None, "non_2xx": int(bad.group(1)) if bad else 0,
            "p99_ms": round(float(p99.group(1)) * scale[p99.group(2)], 2) if p99 else None,
            "connections": run.scale.concurrency, "threads": 2}


def conversation(run: Run) -> None:
    """Scenarios 1 (LINE) and 2 (Telegram webhook): one bot serving both, as in production."""
    s = run.scale
    base = floor(run)
    run.results["floor"] = base
    db = run.dir / "conversation.db"
    bot = run.bot("bot-conversation", db)
    try:
        for number, platform in (("1", "line"), ("2", "telegram")):
            ids = {"line": {"prefix": f"c{number}"}, "telegram": {"first_id": 1_000_000_000 * int(number)}}
            key = f"{number}_{platform}"
            if s.warmup_seconds:
                warm = {"prefix": f"w{number}"} if platform == "line" else {"first_id": 900_000_000 + int(number)}
                run.load(bot, platform, "flat", concurrency=8, duration=s.warmup_seconds, **warm)
            first = ids[platform]
            fixed = run.load(bot, platform, "rate", rate=s.rate, duration=s.rate_seconds, **first)
            second = ({"prefix": f"d{number}"} if platform == "line"
                      else {"first_id": 1_000_000_000 * int(number) + 500_000_000})
            with Sampler(bot.proc) as sample, Sampler(run.harness.proc) as harness:
                flat = run.load(bot, platform, "flat", concurrency=s.concurrency, duration=s.flat_seconds, **second)
            flat["bot_cpu_percent"] = round(sample.cpu_percent)
            flat["harness_cpu_percent"] = round(harness.cpu_percent)
            flat["bot_max_rss_mb"] = round(sample.max_rss, 1)
            if platform == "line":
                done = line_signed(db, first["prefix"]) + line_signed(db, second["prefix"])
            else:
                done = telegram_signed(db, first["first_id"], 400_000_000) + telegram_signed(db, second["first_id"])
            run.results[key] = {"fixed_rate": fixed, "saturation": flat, "signatures_recorded": done,
                                "people_completed": fixed["people_done"] + flat["people_done"]}
        run.results["conversation_fake_counters"] = run.harness.call("counters")
    finally:
        bot.stop()
    wrk_rps = (base.get("wrk") or {}).get("requests_per_s")
    client_rps = base["client"]["events_per_s"]
    for number, platform, name in (("1", "line", "LINE"), ("2", "telegram", "Telegram")):
        r = run.results[f"{number}_{platform}"]
        fixed, flat = r["fixed_rate"], r["saturation"]
        scen = f"{number} {name}"
        run.row(scen, f"events/s at saturation ({s.concurrency} people at once)", flat["events_per_s"], "/s",
                ">= 1,500", flat["events_per_s"] >= 1500,
                f"floor: wrk {fmt(wrk_rps)}/s ({fmt(ratio(flat['events_per_s'], wrk_rps))}x), "
                f"same client {fmt(client_rps)}/s ({fmt(ratio(flat['events_per_s'], client_rps))}x)")
        run.row(scen, "CPU at saturation: bot / harness (fakes and load)",
                f"{flat['bot_cpu_percent']} / {flat['harness_cpu_percent']}", "%")
        run.row(scen, f"events/s at {fmt(s.rate)}/s offered", fixed["events_per_s"], "/s")
        run.row(scen, f"webhook p50 / p99 / max at {fmt(s.rate)}/s",
                f"{fmt(fixed['webhook_ms']['p50'])} / {fmt(fixed['webhook_ms']['p99'])} / "
                f"{fmt(fixed['webhook_ms']['max'])}", "ms", "p99 < 50",
                fixed["webhook_ms"]["p99"] is not None and fixed["webhook_ms"]["p99"] < 50)
        run.row(scen, f"event-to-reply p99 at {fmt(s.rate)}/s", fixed["reply_ms"]["p99"], "ms")
        run.row(scen, "webhook p50 / p99 at saturation",
                f"{fmt(flat['webhook_ms']['p50'])} / {fmt(flat['webhook_ms']['p99'])}", "ms")
        errors = fixed["errors"] + flat["errors"]
        run.row(scen, "errors (non-200, lost or refused replies)", errors, "", "0", errors == 0)
        run.row(scen, "signatures recorded / people who finished", f"{r['signatures_recorded']} / "
                f"{r['people_completed']}", "", "equal", r["signatures_recorded"] == r["people_completed"])
    counters = run.results["conversation_fake_counters"]["line"]["calls"]
    pushes = sum(n for k, n in counters.items() if k.startswith(("push", "multicast", "broadcast", "narrowcast")))
    run.row("1 LINE", "billable LINE messages in conversations", pushes, "", "0", pushes == 0)


# Scenario 3 ----------------------------------------------------------------------------------------------


def wait_polling(run: Run, before: int, proc: Proc, timeout: float = 120.0) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not proc.alive():
            raise RuntimeError(f"{proc.name} ended:\n{proc.log()[-3000:]}")
        if run.harness.call("counters")["telegram"]["methods"].get("getUpdates", 0) > before:
            return time.monotonic() - proc.started
        time.sleep(0.02)
    raise TimeoutError(f"{proc.name} never polled")


def ptb_way(run: Run) -> None:
    """Scenario 3: the PTB way (ConversationHandler + PicklePersistence) next to ours, both polling."""
    from bench.seed import seed, seed_ptb

    s = run.scale
    db = run.dir / "ptb-ours.db"
    seed(db, s.ptb_people, line_share=0.0)
    results: dict[str, Any] = {"people_stored": s.ptb_people}
    bot = run.bot("bot-polling", db, line=False, webhook=False)
    try:
        results["ours_ready_s"] = round(bot.ready_seconds, 2)
        if s.warmup_seconds:
            run.load(bot, "telegram", "flat", polling=True, concurrency=4, duration=s.warmup_seconds,
                     first_id=2_900_000_000)
        with Sampler(bot.proc) as sample:
            ours = run.load(bot, "telegram", "flat", polling=True, concurrency=s.ptb_concurrency,
                            duration=s.ptb_seconds, first_id=3_000_000_000)
        ours.update(max_rss_mb=round(sample.max_rss, 1), cpu_percent=round(sample.cpu_percent))
        ours["signatures_recorded"] = telegram_signed(db, 3_000_000_000)
        results["ours"] = ours
    finally:
        bot.stop()
    pickle_file = run.dir / "ptb-way.pickle"
    seed_ptb(pickle_file, s.ptb_people)
    h = run.harness.hello
    before = run.harness.call("counters")["telegram"]["methods"].get("getUpdates", 0)
    proc = Proc("ptb-way", [sys.executable, str(ROOT / "bench" / "ptb_way.py"), h["telegram_token"],
                            h["telegram_url"], str(pickle_file)], run.dir,
                env={"NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"})
    try:
        results["ptb_ready_s"] = round(wait_polling(run, before, proc), 2)
        if s.warmup_seconds:
            run.harness.call("load", platform="telegram", mode="flat", polling=True, concurrency=4,
                             duration=s.warmup_seconds, host="", port=0, first_id=3_900_000_000,
                             languages=run.languages)
        with Sampler(proc) as sample:
            ptb = run.harness.call("load", platform="telegram", mode="flat", polling=True,
                                   concurrency=s.ptb_concurrency, duration=s.ptb_seconds, host="", port=0,
                                   first_id=4_000_000_000, languages=run.languages)
        ptb.update(max_rss_mb=round(sample.max_rss, 1), cpu_percent=round(sample.cpu_percent))
        results["ptb"] = ptb
    finally:
        proc.stop(timeout=60)
    run.results["3_ptb_way"] = results
    ours, ptb = results["ours"], results["ptb"]
    speed = ratio(ours["events_per_s"], ptb["events_per_s"])
    memory = ratio(ours["max_rss_mb"], ptb["max_rss_mb"])
    scen = f"3 vs PTB way ({fmt(s.ptb_people)} stored)"
    run.row(scen, "updates/s, ours (polling)", ours["events_per_s"], "/s", "", None,
            f"PTB way {fmt(ptb['events_per_s'])}/s")
    run.row(scen, "speed, ours / PTB way", speed, "x", ">= 2", speed is not None and speed >= 2)
    run.row(scen, "resident memory, ours", ours["max_rss_mb"], "MB", "", None, f"PTB way {fmt(ptb['max_rss_mb'])} MB")
    run.row(scen, "memory, ours / PTB way", memory, "x", "<= 0.5", memory is not None and memory <= 0.5)
    run.row(scen, "update-to-reply p99, ours / PTB way",
            f"{fmt(ours['reply_ms']['p99'])} / {fmt(ptb['reply_ms']['p99'])}", "ms")
    run.row(scen, "errors, ours / PTB way", f"{ours['errors']} / {ptb['errors']}", "", "0",
            ours["errors"] == 0 and ptb["errors"] == 0)


# Scenario 4 ----------------------------------------------------------------------------------------------


def broadcast(run: Run) -> None:
    """Scenario 4: a broadcast to every subscriber, started by an organizer, while people keep signing."""
    from bench.seed import TELEGRAM_FIRST, seed

    s = run.scale
    db = run.dir / "broadcast.db"
    languages = tuple(run.results["broadcast_languages"])
    info = seed(db, s.subscribers, signers=s.subscribers // 2, languages=languages)
    run.harness.call("configure", line_multicast_rate=200, telegram_send_rate=s.telegram_rate)
    bot = run.bot("bot-broadcast", db, ORGANIZER_TELEGRAM_IDS=str(ORGANIZER),
                  TELEGRAM_BROADCAST_RATE=str(s.telegram_rate), LINE_MULTICAST_RATE="200")
    before = run.harness.call("counters")["line"]
    try:
        with Sampler(bot.proc) as sample:
            result = run.harness.call(
                "broadcast", host="127.0.0.1", port=bot.port, tg_secret=WEBHOOK_SECRET, organizer=ORGANIZER,
                line={"secret": run.harness.hello["line_secret"], "prefix": "b4", "languages": run.languages,
                      "rate": s.broadcast_rate},
                baseline=s.baseline_seconds, watch_first=TELEGRAM_FIRST, watch_count=info["telegram"],
                line_expected=info["line"], timeout=s.broadcast_timeout,
                texts=3 if run.results["third_language_has_locale"] else 2)
        result["bot_max_rss_mb"] = round(sample.max_rss, 1)
        result["bot_cpu_percent"] = round(sample.cpu_percent)
    finally:
        bot.stop()
        run.harness.call("configure", line_multicast_rate=None, telegram_send_rate=None)
    after = run.harness.call("counters")["line"]
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        counted = con.execute("SELECT value FROM counters WHERE name = 'line_broadcast_messages'").fetchone()
        states = dict(con.execute("SELECT platform || ':' || state, count(*) FROM broadcast_recipients"
                                  " GROUP BY platform, state").fetchall())
    pushes = sum(n for k, n in after["calls"].items() if k.startswith("push")) - sum(
        n for k, n in before["calls"].items() if k.startswith("push"))
    result.update(subscribers=info, languages=list(languages), recipient_states=states,
                  line_messages_billed=after["messages_used"] - before["messages_used"],
                  line_messages_counted=int(counted[0]) if counted else 0, pushes=pushes)
    run.results["4_broadcast"] = result
    line, tg = result["line"], result["telegram"]
    batches = line["requests_ok"]
    line_rate = (batches / (line["last"] - line["first"] + 1 / 200)) if batches and line["last"] is not None else None
    tg_rate = (tg["sent"] / (tg["last"] - tg["first"] + 1 / s.telegram_rate)) if tg["sent"] else None
    allowed = batches / 200 + info["telegram"] / s.telegram_rate
    scen = f"4 broadcast ({fmt(s.subscribers)} subscribers)"
    run.row(scen, "time to finish (organizer's send to last delivery)", result["seconds"], "s", "", None,
            f"allowed minimum {allowed:.1f} s ({batches} multicasts at 200/s, then "
            f"{fmt(info['telegram'])} sends at {fmt(s.telegram_rate)}/s)")
    lf = ratio(line_rate, 200)
    run.row(scen, "LINE multicast rate, fraction of allowed 200/s", lf, "x", ">= 0.95", lf is not None and lf >= 0.95,
            f"{fmt(line_rate)}/s over {batches} requests of <= 500")
    tf = ratio(tg_rate, s.telegram_rate)
    run.row(scen, f"Telegram send rate, fraction of allowed {fmt(s.telegram_rate)}/s", tf, "x", ">= 0.95",
            tf is not None and tf >= 0.95, f"{fmt(tg_rate)}/s; 429 answers {tg['refused_429']}")
    billed = result["line_messages_billed"]
    recipients = sum(n for key, n in states.items() if key.startswith("line:"))
    sent = states.get("line:sent", 0)
    result["line_recipients"] = recipients
    run.row(scen, "billable LINE messages / LINE recipients", f"{fmt(billed)} / {fmt(recipients)}", "", "equal",
            billed == recipients == sent and result["line_messages_counted"] == billed,
            f"seeded {fmt(info['line'])} + people who subscribed in the conversation before; the bot counted "
            f"{fmt(result['line_messages_counted'])}")
    run.row(scen, "billable LINE messages from conversations", pushes, "", "0", pushes == 0)
    without, during = result["without"]["webhook_ms"]["p99"], result["during"]["webhook_ms"]["p99"]
    worse = ratio(during, without)
    run.row(scen, f"conversation p99 at {fmt(s.broadcast_rate)}/s: during / without",
            f"{fmt(during)} / {fmt(without)}", "ms", "<= 1.5x", worse is not None and worse <= 1.5, f"{fmt(worse)}x")
    errors = result["without"]["errors"] + result["during"]["errors"]
    run.row(scen, "conversation errors; broadcast complete", f"{errors}; {result['complete']}", "", "0; True",
            errors == 0 and result["complete"])


# Scenario 5 ----------------------------------------------------------------------------------------------


def timed(args: list[str], env: dict[str, str], runs: int, cwd: Path) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        t = time.perf_counter()
        done = subprocess.run(args, env={**os.environ, **env}, cwd=cwd, capture_output=True, text=True, timeout=300)
        times.append(time.perf_counter() - t)
        if done.returncode != 0:
            raise RuntimeError(f"{args} failed: {done.stderr[-2000:]}")
        out = done.stdout
    return statistics.median(times), out


def data(run: Run) -> None:
    """Scenario 5: 200,000 signatures stored: start-up, memory, stats, export, size."""
    from bench.seed import seed

    s = run.scale
    db = run.dir / "data.db"
    seed(db, s.signatures)
    starts, idle = [], 0.0
    for number in range(s.starts):
        bot = run.bot(f"bot-data-{number}", db)
        try:
            starts.append(bot.ready_seconds)
            if number == s.starts - 1:
                time.sleep(1.0)
                idle = bot.proc.rss_mb()
                if s.warmup_seconds:
                    run.load(bot, "line", "flat", concurrency=8, duration=s.warmup_seconds, prefix="w5")
                with Sampler(bot.proc) as sample:
                    load = run.load(bot, "line", "flat", concurrency=s.concurrency, duration=s.data_load_seconds,
                                    prefix="e5")
        finally:
            bot.stop()
    env = run.settings(db)
    python, script = sys.executable, str(ROOT / "run_bot.py")
    stats_s, stats_out = timed([python, script, "stats"], env, s.command_runs, run.dir)
    export_file = run.dir / "export.csv"
    export_s, export_out = timed([python, script, "export", "--output", str(export_file), "--force", "--as", "bench"],
                                 env, s.command_runs, run.dir)
    parts = json.loads(subprocess.run([python, str(ROOT / "bench" / "data_ops.py")], env={**os.environ, **env},
                                      cwd=run.dir, capture_output=True, text=True, timeout=300, check=True).stdout)
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    rows = sum(1 for _ in export_file.open(encoding="utf-8-sig")) - 1
    result = {"signatures": s.signatures, "start_s": [round(x, 3) for x in starts],
              "start_median_s": round(statistics.median(starts), 3), "rss_idle_mb": round(idle, 1),
              "rss_load_mb": round(sample.max_rss, 1), "load": load, "stats_s": round(stats_s, 3),
              "export_s": round(export_s, 3), "export_rows": rows, "db_mb": round(size / 1e6, 1),
              "stats_first_line": stats_out.splitlines()[0] if stats_out else "", "export_out": export_out.strip(),
              "in_process": parts}
    run.results["5_data"] = result
    scen = f"5 data ({fmt(s.signatures)} signatures)"
    run.row(scen, "start-up to ready (median)", result["start_median_s"], "s", "< 2", result["start_median_s"] < 2,
            f"of {len(starts)}")
    run.row(scen, "resident memory idle", result["rss_idle_mb"], "MB", "< 150", result["rss_idle_mb"] < 150)
    run.row(scen, "resident memory under load", result["rss_load_mb"], "MB", "< 150", result["rss_load_mb"] < 150,
            f"{fmt(load['events_per_s'])} LINE events/s")
    setup = f"of which Python, imports and opening (locales) {parts['import_s'] + parts['open_s']:.2f} s"
    run.row(scen, "`run_bot.py stats` (whole command)", result["stats_s"], "s", "< 0.5", result["stats_s"] < 0.5,
            f"{setup}; the stats queries {parts['stats_queries_s']:.3f} s")
    run.row(scen, "`run_bot.py export` (whole command)", result["export_s"], "s", "< 5", result["export_s"] < 5,
            f"{fmt(rows)} rows; writing them {parts['export_write_s']:.2f} s")
    run.row(scen, "database size", result["db_mb"], "MB")


# The run -------------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory_gib": round(mem / 1024 / 1024, 1),
            "python": platform.python_version(), "kernel": platform.release(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def table(rows: list[dict[str, Any]]) -> str:
    header = ("scenario", "metric", "value", "target", "met", "baseline / detail")
    lines = [[r["scenario"], r["metric"], f"{fmt(r['value'])} {r['unit']}".strip(), r["target"],
              {True: "yes", False: "NO", None: ""}[r["met"]], r["baseline"]] for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines, strict=True)]
    out = [" | ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True)),
           "-|-".join("-" * w for w in widths)]
    out += [" | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines]
    return "\n".join(out)


def markdown(rows: list[dict[str, Any]]) -> str:
    out = ["| scenario | metric | value | target | met | baseline / detail |", "|---|---|---|---|---|---|"]
    for r in rows:
        met = {True: "yes", False: "**no**", None: ""}[r["met"]]
        out.append(f"| {r['scenario']} | {r['metric']} | {fmt(r['value'])} {r['unit']} | {r['target']} | {met} |"
                   f" {r['baseline']} |")
    return "\n".join(out)


SCENARIOS: dict[str, Callable[[Run], None]] = {"1": conversation, "2": conversation, "3": ptb_way,
                                                "4": broadcast, "5": data}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smoke run of every scenario, under a minute")
    parser.add_argument("--scale", choices=sorted(SCALES), help="full (default), quick or smoke")
    parser.add_argument("--only", default="1,2,3,4,5", help="comma-separated scenario numbers")
    parser.add_argument("--output", type=Path, help="JSON file (default bench/results/latest.json, or "
                                                    "bench/results/quick.json for --quick and smoke runs)")
    parser.add_argument("--keep", action="store_true", help="keep the run directory (logs, databases)")
    args = parser.parse_args(argv)
    mode = args.scale or ("quick" if args.quick else "full")
    output = args.output or RESULTS / ("latest.json" if mode == "full" else f"{mode}.json")
    wanted = [n.strip() for n in args.only.split(",") if n.strip()]
    run_dir = Path(tempfile.mkdtemp(prefix="petition-bench-"))
    started = time.monotonic()
    harness = Harness(run_dir)
    run = Run(SCALES[mode], run_dir, harness)
    from bot.core.campaign import load_campaign
    from bot.core.i18n import I18n

    locales = I18n(load_campaign().default_language).locales  # in the order the bot offers them
    run.languages = locales[:2]  # people sign in the two main languages
    run.results["broadcast_languages"] = locales[:3] if len(locales) >= 3 else [*locales, "ko"]
    run.results["third_language_has_locale"] = len(locales) >= 3
    report: dict[str, Any] = {"mode": mode, "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
                              "machine": machine(), "scale": SCALES[mode].__dict__}
    try:
        done: set[Callable[[Run], None]] = set()
        for number in wanted:
            scenario = SCENARIOS[number]
            if scenario in done:
                continue
            done.add(scenario)
            t = time.monotonic()
            print(f"scenario {number}: {scenario.__doc__.splitlines()[0] if scenario.__doc__ else ''}",
                  file=sys.stderr, flush=True)
            scenario(run)
            run.results.setdefault("seconds", {})[scenario.__name__] = round(time.monotonic() - t, 1)
    finally:
        harness.stop()
        report.update(results=run.results, table=run.rows, seconds=round(time.monotonic() - started, 1))
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if args.keep:
            print(f"run directory kept: {run_dir}", file=sys.stderr)
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    print(table(run.rows))
    print(f"\n{mode} run, {report['seconds']} s on {report['machine']['cpus']} CPUs; JSON: {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

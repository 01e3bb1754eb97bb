"""Scenario 8, the TV moment: `spike_people` new people arrive within `spike_seconds` and sign.

LINE and Telegram mixed 70/30, each person's eight events a quarter of a second apart, open loop
(latency counts from when an event was due). Reported for SQLite and PostgreSQL: errors, lost or
doubled signatures, event-to-reply p50/p99/max, and the backlog (events due but not yet answered)
second by second. `spike_load` runs in the harness process; `spike` is the scenario in bench/run.py.
"""

from __future__ import annotations

import asyncio
import bisect
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.client import Pool
from bench.load import STEPS, LineDriver, Outcome, TelegramDriver, at_rate, percentiles

if TYPE_CHECKING:
    from bench.fakes import BenchLine, BenchTelegram
    from bench.run import Run

LINE_SHARE = 0.7
FIRST_TELEGRAM = 7_000_000_000
DRAIN = 180.0  # seconds to wait for the backlog after the last arrival, before giving up on it


def people_in_blocks(people: int, seconds: float) -> tuple[int, float, int]:
    """Round `people` to whole blocks of at_rate's interleaving (so everyone gets all eight events); rate, block."""
    rate = max(people, 1) * STEPS / seconds
    block = max(4, int(rate / 4))  # one person's events a quarter of a second apart, as at_rate does
    whole = max(block, round(people / block) * block)
    return whole, whole * STEPS / seconds, block


def backlog(outcomes: list[Outcome], start: float) -> list[int]:
    """Events due and not yet answered, at each whole second from `start` until none are left."""
    due = sorted(t for o in outcomes for t, _ in o.latency)
    done = sorted(t + d for o in outcomes for t, d in o.latency)
    if not due:
        return []
    seconds = math.ceil(done[-1] - start) + 1
    return [bisect.bisect_right(due, start + s) - bisect.bisect_right(done, start + s) for s in range(seconds + 1)]


async def spike_load(line: BenchLine, telegram: BenchTelegram, c: dict[str, Any]) -> dict[str, Any]:
    """Both platforms' new people at once, in the harness; the summary of each and of both together."""
    host, port, seconds = c["host"], c["port"], c["seconds"]
    on_line = round(c["people"] * LINE_SHARE)
    n_line, line_rate, line_block = people_in_blocks(on_line, seconds)
    n_tg, tg_rate, tg_block = people_in_blocks(c["people"] - on_line, seconds)
    line_driver = LineDriver(line, host, port, c["line_secret"], c["prefix"], c["languages"])
    tg_driver = TelegramDriver(telegram, host, port, c["tg_secret"], c["first_id"], c["languages"])
    pools = [Pool(host, port, limit=512), Pool(host, port, limit=512)]
    try:
        runs = await asyncio.gather(
            at_rate(line_driver, pools[0], line_rate, seconds + 60, events=n_line * STEPS, block=line_block,
                    drain=DRAIN),
            at_rate(tg_driver, pools[1], tg_rate, seconds + 60, events=n_tg * STEPS, block=tg_block, drain=DRAIN))
    finally:
        for pool in pools:
            pool.close()
    line_out, tg_out = runs
    start = min(o.started for o in runs)
    replies = sorted(d for o in runs for _, d in o.reply)
    return {
        "people": {"line": n_line, "telegram": n_tg},
        "rates": {"line": round(line_rate, 1), "telegram": round(tg_rate, 1)},
        "line": line_out.summary(), "telegram": tg_out.summary(),
        "errors": sum(sum(o.errors.values()) for o in runs), "reply_ms": percentiles(replies),
        "webhook_ms": percentiles(sorted(d for o in runs for _, d in o.latency)),
        "backlog": backlog(list(runs), start), "seconds": round(max(o.finished for o in runs) - start, 2),
    }


def on_backend(run: Run, name: str, db: Path | str) -> dict[str, Any]:
    """The spike against one bot; signatures counted per platform afterwards."""
    from bench.run import WEBHOOK_SECRET
    from bench.scaling import signed

    s = run.scale
    bot = run.bot(f"bot-spike-{name}", db)
    try:
        result: dict[str, Any] = run.harness.call(
            "spike", host="127.0.0.1", port=bot.port, people=s.spike_people, seconds=s.spike_seconds,
            line_secret=run.harness.hello["line_secret"], tg_secret=WEBHOOK_SECRET, prefix="s8",
            first_id=FIRST_TELEGRAM, languages=run.languages)
    finally:
        bot.stop()
    result["signatures"] = {"line": signed(db, "line", {"prefix": "s8"}),
                            "telegram": signed(db, "telegram", {"first_id": FIRST_TELEGRAM})}
    result["completed"] = {"line": result["line"]["people_done"], "telegram": result["telegram"]["people_done"]}
    return result


def spike(run: Run) -> None:
    """Scenario 8: 5,000 new people within 60 s (LINE 70 %, Telegram 30 %), on SQLite and PostgreSQL."""
    from bench import pgdb
    from bench.run import fmt

    s = run.scale
    with pgdb.database("spike") as url:
        pg = on_backend(run, "postgres", url)
        doubled = pgdb.duplicates(url)
    results = {"sqlite": on_backend(run, "sqlite", run.dir / "spike.db"), "postgres": pg}
    run.results["8_spike"] = results
    for backend, name in (("sqlite", "SQLite"), ("postgres", "PostgreSQL")):
        r = results[backend]
        people = r["people"]["line"] + r["people"]["telegram"]
        scen = f"8 spike ({fmt(people)} people in {fmt(s.spike_seconds)} s), {name}"
        run.row(scen, "errors", r["errors"], "", "0", r["errors"] == 0)
        completed, recorded = sum(r["completed"].values()), sum(r["signatures"].values())
        unfinished = people - completed  # some event still unanswered when the run gave up waiting
        run.row(scen, "signatures recorded / people offered", f"{fmt(recorded)} / {fmt(people)}",
                "", "equal", recorded == completed == people and (backend == "sqlite" or doubled == 0),
                f"finished (every event answered) {fmt(completed)}; not finished within {DRAIN:.0f} s of the last "
                f"arrival {fmt(unfinished)}; doubled {doubled if backend == 'postgres' else 0}")
        reply = r["reply_ms"]
        run.row(scen, "event-to-reply p50 / p99 / max", f"{fmt(reply['p50'])} / {fmt(reply['p99'])} / "
                f"{fmt(reply['max'])}", "ms", "p99 < 2,000", reply["p99"] is not None and reply["p99"] < 2000)
        peak = max(r["backlog"], default=0)
        run.row(scen, "backlog (events due, unanswered): peak; each second", peak, "", "", None,
                " ".join(str(n) for n in r["backlog"][:90]))

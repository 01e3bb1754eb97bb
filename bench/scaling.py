"""Scenarios 6, 7 and 9: PostgreSQL beside SQLite, two instances behind nginx, memory on PostgreSQL.

6. The conversation load (LINE and Telegram, at `pg_rate` offered and flat out) on a SQLite bot and a
   PostgreSQL bot in the same run: events/s, webhook p99, and the bot's CPU milliseconds per event.
7. PostgreSQL, one bot process against two, each behind nginx configured from deploy/'s recipe, flat
   out: throughput and CPU ms per event summed over the bot processes; no event applied twice.
9. Memory: resident memory idle and under load with `signatures` stored, PostgreSQL against SQLite.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench import pgdb
from bench.nginx import Nginx, postgres_cpu_seconds
from bench.procs import Bot, Proc, Sampler

if TYPE_CHECKING:
    from bench.run import Run

PLATFORMS = (("line", "LINE"), ("telegram", "Telegram"))


def ids(platform: str, tag: str, number: int) -> dict[str, Any]:
    """Distinct simulated people for one load: a LINE prefix or a first Telegram id."""
    return {"prefix": f"{tag}{number}"} if platform == "line" else {"first_id": 1_000_000_000 * (number + 1)}


def loaded(run: Run, target: Bot | int, procs: list[Proc], platform: str, mode: str, who: dict[str, Any],
           proxy: Nginx | None = None, **params: Any) -> dict[str, Any]:
    """One load run, with the CPU the bot processes (and nginx, PostgreSQL) spent on it, in ms per event."""
    before = [p.cpu_seconds() for p in procs]
    server, nginx = postgres_cpu_seconds(), proxy.cpu_seconds() if proxy else 0.0
    result = run.load(target, platform, mode, **who, **params)
    spent = sum(p.cpu_seconds() - b for p, b in zip(procs, before, strict=True))
    server, nginx = postgres_cpu_seconds() - server, (proxy.cpu_seconds() - nginx) if proxy else 0.0

    def per_event(seconds: float) -> float | None:
        return round(1000 * seconds / result["events"], 3) if result["events"] else None

    result.update(bot_cpu_ms_per_event=per_event(spent), postgres_cpu_ms_per_event=per_event(server),
                  nginx_cpu_ms_per_event=per_event(nginx))
    return result


def signed(db: Path | str, platform: str, who: dict[str, Any]) -> int:
    """Signatures recorded for one load's people, on either backend."""
    if isinstance(db, str):
        return (pgdb.line_signed(db, who["prefix"]) if platform == "line"
                else pgdb.telegram_signed(db, who["first_id"], 999_999_999))
    from bench.run import line_signed, telegram_signed

    return line_signed(db, who["prefix"]) if platform == "line" else telegram_signed(db, who["first_id"], 999_999_999)


def conversation_on(run: Run, name: str, db: Path | str) -> dict[str, Any]:
    """Both platforms at `pg_rate` and flat out on one bot; signatures checked against people done."""
    s = run.scale
    bot = run.bot(f"bot-{name}", db)
    out: dict[str, Any] = {}
    try:
        for number, (platform, _) in enumerate(PLATFORMS):
            if s.warmup_seconds:
                run.load(bot, platform, "flat", concurrency=8, duration=s.warmup_seconds,
                         **ids(platform, "w", 5 + number))
            fixed_who, flat_who = ids(platform, "r", number), ids(platform, "f", 3 + number)
            fixed = loaded(run, bot, [bot.proc], platform, "rate", fixed_who, rate=s.pg_rate, duration=s.rate_seconds)
            flat = loaded(run, bot, [bot.proc], platform, "flat", flat_who, concurrency=s.concurrency,
                          duration=s.flat_seconds)
            out[platform] = {"fixed_rate": fixed, "saturation": flat,
                             "signatures_recorded": signed(db, platform, fixed_who) + signed(db, platform, flat_who),
                             "people_completed": fixed["people_done"] + flat["people_done"]}
    finally:
        bot.stop()
    return out


def postgres_beside_sqlite(run: Run) -> None:
    """Scenario 6: the conversation on SQLite and on PostgreSQL in the same run, LINE and Telegram."""
    from bench.run import fmt, ratio

    s = run.scale
    with pgdb.database("conversation") as url:
        result = {"sqlite": conversation_on(run, "sqlite", run.dir / "beside.db"),
                  "postgres": conversation_on(run, "postgres", url)}
    run.results["6_postgres"] = result
    for platform, name in PLATFORMS:
        lite, pg = result["sqlite"][platform], result["postgres"][platform]
        scen = f"6 PostgreSQL beside SQLite, {name}"
        speed = ratio(pg["saturation"]["events_per_s"], lite["saturation"]["events_per_s"])
        run.row(scen, f"events/s flat out ({s.concurrency} at once), PostgreSQL / SQLite", speed, "x", ">= 0.8",
                speed is not None and speed >= 0.8,
                f"{fmt(pg['saturation']['events_per_s'])} / {fmt(lite['saturation']['events_per_s'])} /s")
        p99 = pg["fixed_rate"]["webhook_ms"]["p99"]
        run.row(scen, f"webhook p99 at {fmt(s.pg_rate)}/s offered, PostgreSQL", p99, "ms", "< 100",
                p99 is not None and p99 < 100, f"SQLite {fmt(lite['fixed_rate']['webhook_ms']['p99'])} ms; "
                f"event-to-reply p99 {fmt(pg['fixed_rate']['reply_ms']['p99'])} / "
                f"{fmt(lite['fixed_rate']['reply_ms']['p99'])} ms")
        for backend, r in (("PostgreSQL", pg), ("SQLite", lite)):
            cpu = r["saturation"]["bot_cpu_ms_per_event"]
            server = (f"PostgreSQL server {fmt(r['saturation']['postgres_cpu_ms_per_event'])} ms per event (every "
                      "postgres process on the machine)") if r is pg else ""
            run.row(scen, f"bot CPU per event flat out, {backend}", cpu, "ms", "<= 0.6", cpu is not None and cpu <= 0.6,
                    server)
        errors = sum(r[k]["errors"] for r in (pg, lite) for k in ("fixed_rate", "saturation"))
        equal = all(r["signatures_recorded"] == r["people_completed"] for r in (pg, lite))
        run.row(scen, "errors; signatures recorded = people who finished", f"{errors}; {equal}", "", "0; True",
                errors == 0 and equal)


def behind_nginx(run: Run, url: str, processes: int) -> dict[str, Any]:
    """`processes` bots on one PostgreSQL behind nginx, each platform flat out; CPU summed over the bots."""
    s = run.scale
    bots: list[Bot] = []
    proxy = None
    out: dict[str, Any] = {"processes": processes}
    try:
        for n in range(processes):
            bots.append(run.bot(f"bot-x{processes}-{n}", url, INSTANCES=str(processes)))
        proxy = Nginx(f"nginx-x{processes}", run.dir, [b.port for b in bots])
        procs = [b.proc for b in bots]
        for number, (platform, _) in enumerate(PLATFORMS):
            if s.warmup_seconds:
                run.load(proxy.port, platform, "flat", concurrency=8, duration=s.warmup_seconds,
                         **ids(platform, f"v{processes}", 7 + number))
            who = ids(platform, f"n{processes}", 10 * processes + number)
            flat = loaded(run, proxy.port, procs, platform, "flat", who, proxy=proxy, concurrency=s.concurrency,
                          duration=s.flat_seconds)
            out[platform] = {"saturation": flat, "signatures_recorded": signed(url, platform, who),
                             "people_completed": flat["people_done"]}
    finally:
        if proxy is not None:
            proxy.stop()
        for bot in bots:
            bot.stop()
    out["duplicates_ignored"] = sum(b.proc.log().count("duplicate event ignored") for b in bots)
    return out


def two_instances(run: Run) -> None:
    """Scenario 7: one bot process against two on one PostgreSQL, each behind nginx (deploy/'s recipe)."""
    from bench.run import fmt, ratio

    with pgdb.database("instances") as url:
        one, two = behind_nginx(run, url, 1), behind_nginx(run, url, 2)
        doubled = pgdb.duplicates(url)
    run.results["7_two_instances"] = {"one": one, "two": two, "people_signed_twice": doubled}
    for platform, name in PLATFORMS:
        a, b = one[platform]["saturation"], two[platform]["saturation"]
        scen = f"7 two instances behind nginx, {name}"
        run.row(scen, "events/s flat out: two processes / one", ratio(b["events_per_s"], a["events_per_s"]), "x", "",
                None, f"{fmt(b['events_per_s'])} / {fmt(a['events_per_s'])} /s on {os.cpu_count()} CPUs; "
                f"nginx CPU {fmt(b['nginx_cpu_ms_per_event'])} ms per event")
        cpu_a, cpu_b = a["bot_cpu_ms_per_event"], b["bot_cpu_ms_per_event"]
        worse = ratio(cpu_b, cpu_a)
        run.row(scen, "bot CPU per event (all processes): two / one", f"{fmt(cpu_b)} / {fmt(cpu_a)}", "ms",
                "two <= one (+5 % noise)", worse is not None and worse <= 1.05, f"{fmt(worse)}x")
    recorded = all(r[p]["signatures_recorded"] == r[p]["people_completed"] for r in (one, two) for p, _ in PLATFORMS)
    errors = sum(r[p]["saturation"]["errors"] for r in (one, two) for p, _ in PLATFORMS)
    run.row("7 two instances behind nginx", "events applied twice; errors; signatures = people who finished",
            f"{doubled}; {errors}; {recorded}", "", "0; 0; True", doubled == 0 and errors == 0 and recorded,
            f"duplicate deliveries ignored {two['duplicates_ignored']}")


def resident(run: Run, name: str, db: Path | str) -> dict[str, Any]:
    """Resident memory of a bot on `db`: idle after start, and at most under flat-out LINE load."""
    import time

    s = run.scale
    bot = run.bot(f"bot-mem-{name}", db)
    try:
        time.sleep(1.0)
        idle = bot.proc.rss_mb()
        with Sampler(bot.proc) as sample:
            load = run.load(bot, "line", "flat", concurrency=s.concurrency, duration=s.data_load_seconds, prefix="m9")
    finally:
        bot.stop()
    return {"rss_idle_mb": round(idle, 1), "rss_load_mb": round(sample.max_rss, 1), "load": load}


def memory_postgres(run: Run) -> None:
    """Scenario 9: resident memory with `signatures` stored, on PostgreSQL as on SQLite."""
    from bench.run import fmt, ratio
    from bench.seed import seed

    s = run.scale
    db = run.dir / "memory.db"
    seed(db, s.signatures)
    with pgdb.database("memory") as url:
        pgdb.seed_from_sqlite(db, url)
        stored = int(pgdb.fetchval(url, "SELECT count(*) FROM signatures"))
        pg = resident(run, "postgres", url)
    lite = resident(run, "sqlite", db)
    run.results["9_memory"] = {"signatures": stored, "postgres": pg, "sqlite": lite}
    scen = f"9 memory ({fmt(stored)} signatures)"
    for key, label in (("rss_idle_mb", "idle"), ("rss_load_mb", "under flat-out LINE load")):
        run.row(scen, f"resident memory {label}, PostgreSQL", pg[key], "MB", "< 150", pg[key] < 150,
                f"SQLite {fmt(lite[key])} MB ({fmt(ratio(pg[key], lite[key]))}x)")

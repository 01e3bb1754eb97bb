"""The organizers' server commands: stats, export, audit and broadcast (run through run_bot.py)."""

from __future__ import annotations

import getpass
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from tqdm import tqdm

from bot.app import petition_service
from bot.broadcast import BroadcastEngine, Progress
from bot.campaign import load_campaign
from bot.channels.line_broadcast import line_broadcaster
from bot.channels.telegram_broadcast import telegram_broadcaster
from bot.config import Settings
from bot.export import write_export
from bot.i18n import I18n
from bot.render import JAPAN
from bot.service import PetitionService, utc_now
from bot.stats_report import draw_chart, format_stats


def operator() -> str:
    """Name who runs a server command, for the audit trail."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


def place_names(i18n: I18n, locale: str | None = None) -> dict[str, str]:
    """Prefecture codes to names, in the campaign's language unless another is asked for."""
    names = {f"{n:02d}": i18n.format(locale, f"pref-{n:02d}") for n in range(1, 48)}
    names["abroad"] = i18n.format(locale, "place-abroad")
    return names


async def stats(settings: Settings, chart: Path | None) -> str:
    async with petition_service(settings, lazy_locales=True) as service:
        result = await service.repo.stats()
        if chart is not None:
            draw_chart(result, chart)
        return format_stats(result, place_names(service.i18n), service.i18n.review_status())


async def export(settings: Settings, output: Path, fmt: str) -> int:
    async with petition_service(settings, lazy_locales=True) as service:
        repo = service.repo
        total = (await repo.totals()).signatures
        names = place_names(service.i18n)
        count = await write_export(repo.export_rows(), output, fmt, total,
                                   lambda code: names.get(code or "", ""))
        await repo.add_audit(datetime.now(UTC), operator(), "export",
                             f"{fmt} {output.name}", count)
        return count


async def audit(settings: Settings) -> str:
    async with petition_service(settings, lazy_locales=True) as service:
        entries = await service.repo.audit()
    if not entries:
        return "No broadcasts or exports yet."
    lines = [f"{'when (Japan)':<17} {'who':<20} {'what':<10} {'how many':>8}  detail"]
    for e in entries:
        lines.append(f"{e.at.astimezone(JAPAN):%Y-%m-%d %H:%M} {e.actor:<20} {e.action:<10} {e.count:>8,}  {e.detail}")
    return "\n".join(lines)


@asynccontextmanager
async def broadcast_engine(settings: Settings, service: PetitionService) -> AsyncIterator[BroadcastEngine]:
    """An engine with a sender for every configured platform, closed afterwards."""
    async with AsyncExitStack() as stack:
        line = await stack.enter_async_context(line_broadcaster(settings)) if settings.line_enabled else None
        telegram = (
            await stack.enter_async_context(telegram_broadcaster(settings)) if settings.telegram_enabled else None
        )
        yield BroadcastEngine(service.repo, service.i18n, utc_now, line, telegram,
                              line_rate=settings.line_multicast_rate, telegram_rate=settings.telegram_broadcast_rate)


def _bar(total: int) -> tuple[tqdm[None], Callable[[Progress], None]]:
    bar: tqdm[None] = tqdm(total=total, unit="msg", file=sys.stderr, disable=None)

    def update(progress: Progress) -> None:
        bar.update(progress.done - bar.n)

    return bar, update


async def broadcast(
    settings: Settings, texts: dict[str, str], link: str | None, audience: str, dry_run: bool, yes: bool,
    confirm: Callable[[str], bool],
) -> str:
    """Preview, count, confirm and send one update; a dry run only counts."""
    if not (settings.line_enabled or settings.telegram_enabled) and not dry_run:
        raise ValueError("no platform is configured: set the LINE and/or Telegram settings first")
    async with petition_service(settings) as service, broadcast_engine(settings, service) as engine:
        async with service.repo.transaction() as tx:
            counts = await tx.broadcasts.count_audience(audience)
        per_platform = {p: sum(n for (q, _), n in counts.items() if q == p) for p in ("telegram", "line")}
        lines = ["Preview, as recipients will see it:"]
        for locale in texts:
            message = engine.message(texts, link, locale)
            lines += [f"--- {locale} ---", message.text, *(f"[{b.label}] {b.url}" for b in message.buttons)]
        lines.append(f"Recipients: {per_platform['telegram']:,} on Telegram, {per_platform['line']:,} on LINE "
                     f"({per_platform['line']:,} billable LINE messages).")
        if engine.line is not None:
            limit, used = await engine.line.quota()
            lines.append("LINE quota: no monthly limit." if limit is None else
                         f"LINE quota: {max(0, limit - used):,} of {limit:,} messages left this month.")
        print("\n".join(lines))
        if dry_run or not (yes or confirm("Send it now? [y/N] ")):
            return "Nothing was sent."
        job_id = await engine.create(texts, link, audience, operator())
        bar, update = _bar(sum(per_platform.values()))
        report = await engine.run(job_id, update)
        bar.close()
        return await _job_report(service, job_id, report)


async def resume(settings: Settings) -> str:
    """Go on sending every broadcast that a crash or a kill left unfinished."""
    async with petition_service(settings) as service, broadcast_engine(settings, service) as engine:
        async with service.repo.transaction() as tx:
            await tx.broadcasts.abandon_unprepared(utc_now())
            job_ids = await tx.broadcasts.unfinished()
        results = []
        for job_id in job_ids:
            report = await engine.report(job_id)
            bar, update = _bar(sum(sum(states.values()) for states in report.values()))
            results.append(await _job_report(service, job_id, await engine.run(job_id, update)))
            bar.close()
        return "\n".join(results) or "No broadcast is unfinished."


async def _job_report(service: PetitionService, job_id: int, report: dict[str, dict[str, int]]) -> str:
    async with service.repo.transaction() as tx:
        job = await tx.broadcasts.get_job(job_id)
    state = f"{job.state}{': ' + job.note if job and job.note else ''}" if job else "unknown"
    lines = [f"Broadcast #{job_id} ({state}):"]
    for platform, states in sorted(report.items()):
        parts = ", ".join(f"{state.replace('pending', 'not sent')} {n:,}" for state, n in sorted(states.items()))
        lines.append(f"  {platform}: {parts}")
    return "\n".join(lines)


async def backup(settings: Settings, target: Path) -> str:
    async with petition_service(settings) as service:
        await service.repo.backup(target)
        totals = await service.repo.totals()
    return f"Backup written to {target} ({totals.signatures:,} signatures, {totals.people:,} people)."


async def check(settings: Settings) -> tuple[bool, str]:
    async with petition_service(settings) as service:
        result = await service.repo.integrity_check()
        version = await service.repo.schema_version()
    ok = result == ["ok"]
    return ok, f"schema version {version}; integrity: {'ok' if ok else '; '.join(result[:20])}"


async def purge(settings: Settings, before: date | None, dry_run: bool, confirm: Callable[[str], bool]) -> str:
    """Delete the signatures made before the retention date (or an earlier --before date)."""
    campaign = load_campaign(settings.campaign_file)
    today = datetime.now(JAPAN).date()
    cutoff_day = before or campaign.retention_until
    if before is None and today < campaign.retention_until:
        raise ValueError(f"the retention date {campaign.retention_until} has not come yet: give --before DATE to "
                         "purge earlier, for example once the petition is delivered")
    cutoff = datetime.combine(cutoff_day, datetime.min.time(), JAPAN).astimezone(UTC)
    async with petition_service(settings) as service:
        count = await service.repo.purge_before(cutoff, dry_run=True)
        if dry_run or not count:
            return f"{count:,} signatures were made before {cutoff_day} (Japan time). Nothing was deleted."
        if not confirm(f"Delete {count:,} signatures made before {cutoff_day}? [y/N] "):
            return "Nothing was deleted."
        deleted = await service.repo.purge_before(cutoff, dry_run=False)
        await service.repo.add_audit(datetime.now(UTC), operator(), "purge", f"before {cutoff_day}", deleted)
    return f"{deleted:,} signatures made before {cutoff_day} were deleted."

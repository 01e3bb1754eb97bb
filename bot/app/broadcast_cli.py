"""Broadcasting from the shell: preview, count, confirm and send an update, or resume unfinished ones."""

from __future__ import annotations

import sys
from collections.abc import Callable

from tqdm import tqdm

from bot.app.assembly import broadcast_engine, petition_service
from bot.app.cli import operator
from bot.core.clock import utc_now
from bot.core.config import Settings
from bot.core.service import PetitionService
from bot.organizing.broadcast import Progress


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
    async with petition_service(settings) as service, broadcast_engine(settings, service.repo, service.i18n) as engine:
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
    async with petition_service(settings) as service, broadcast_engine(settings, service.repo, service.i18n) as engine:
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

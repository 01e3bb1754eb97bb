"""Broadcasting from the shell: plan, confirm and send (or schedule) an update, resume, list and cancel jobs.

Every update is planned by `bot.organizing.plan` first, exactly as the chat and the dashboard plan it: a dry
run prints the same plan and fails exactly where the send would (`Refused`, exit status 1).
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from tqdm import tqdm

from bot.app.assembly import broadcast_engine, petition_service
from bot.app.organizer_cli import Refused, cli_locale, organizer_name, prices, require_database
from bot.core.clock import utc_now
from bot.core.config import Settings
from bot.core.i18n import I18n
from bot.core.service import PetitionService
from bot.organizing.broadcast import BroadcastEngine
from bot.organizing.plan import BroadcastPlan
from bot.organizing.planner import Planner, QuotaUnknown, describe_failure
from bot.organizing.sending import Progress


@dataclass(frozen=True)
class CliBroadcast:
    """What the organizer asked for on the command line."""

    texts: dict[str, str]
    link: str | None = None
    audience: str = "subscribers"
    image: Path | None = None
    at: datetime | None = None  # send then (the serving process does), not now
    partial: bool = False
    dry_run: bool = False
    yes: bool = False
    as_name: str | None = None


def _bar(total: int) -> tuple[tqdm[None], Callable[[Progress], None]]:
    bar: tqdm[None] = tqdm(total=total, unit="msg", file=sys.stderr, disable=None)

    def update(progress: Progress) -> None:
        bar.update(progress.done - bar.n)

    return bar, update


@asynccontextmanager
async def senders(settings: Settings, service: PetitionService) -> AsyncIterator[BroadcastEngine]:
    """The engine with its platform clients; a platform that cannot be reached is named, with what to do."""
    async with AsyncExitStack() as stack:
        try:
            engine = await stack.enter_async_context(broadcast_engine(settings, service.repo, service.i18n))
        except Exception as error:  # PTB's getMe: a refused token, a network error or a timeout
            host = urlsplit(settings.telegram_api_url).netloc or "Telegram"
            raise Refused(describe_failure(host, "checking the Telegram bot token (getMe)", error)) from error
        yield engine


def planner_for(settings: Settings, service: PetitionService, engine: BroadcastEngine) -> Planner:
    """The planner with this engine's LINE quota, the campaign's price and the public address."""
    return Planner(service.repo, service.i18n, engine.line.quota if engine.line else None, prices(settings),
                   settings.public_base_url, line_host=urlsplit(settings.line_api_url).netloc or "LINE")


def preview(i18n: I18n, locale: str, plan: BroadcastPlan, engine: BroadcastEngine) -> list[str]:
    """Each text exactly as recipients see it, then the plan: languages, fallbacks, counts, quota, cost."""
    lines = [i18n.format(locale, "cli-preview")]
    for text_locale in plan.texts:
        message = engine.message(dict(plan.texts), plan.link, text_locale)
        lines += [f"--- {text_locale} ---", message.text, *(f"[{b.label}] {b.url}" for b in message.buttons)]
    lines.append("---")
    return lines + [i18n.format(locale, t.id, dict(t.args)) for t in plan.messages()]


async def broadcast(settings: Settings, request: CliBroadcast, confirm: Callable[[str], bool]) -> str:
    """Plan, show, confirm and send (or schedule) one update; a dry run stops after the plan."""
    who = organizer_name(settings, request.as_name)
    require_database(settings)
    try:
        image = request.image.read_bytes() if request.image else None
    except OSError as error:
        raise Refused(f"cannot read the picture {request.image} ({error.strerror or error}): check the path") from None
    if not (settings.line_enabled or settings.telegram_enabled):
        raise Refused("no platform is configured: set the LINE and/or Telegram settings (see README), then retry")
    async with petition_service(settings) as service, senders(settings, service) as engine:
        i18n, locale = service.i18n, cli_locale(settings, service.i18n)
        try:
            plan = await planner_for(settings, service, engine).plan(
                request.texts, request.audience, request.link, image, request.partial)
        except QuotaUnknown as error:
            raise Refused(str(error)) from error
        print("\n".join(preview(i18n, locale, plan, engine)))
        if not plan.ok:
            problems = [i18n.format(locale, p.id, dict(p.args)) for p in plan.problems]
            raise Refused("\n".join([i18n.format(locale, "cli-refused"), *problems]))
        if request.dry_run:
            return i18n.format(locale, "cli-dry-run-ok")
        if request.at is not None:
            question = i18n.format(locale, "cli-confirm-at", {"at": _japan(request.at)})
        else:
            question = i18n.format(locale, "cli-confirm")
        if not (request.yes or confirm(question + " ")):
            return i18n.format(locale, "cli-nothing-sent")
        job_id = await engine.create(dict(plan.texts), plan.link, plan.audience, who, image=image,
                                     partial=plan.partial, at=request.at)
        if request.at is not None:
            return i18n.format(locale, "cli-scheduled", {"job": job_id, "at": _japan(request.at)})
        bar, update = _bar(plan.recipients)
        report = await engine.run(job_id, update)
        bar.close()
        return await job_report(settings, service, job_id, report, locale)


def _japan(at: datetime | None) -> str:
    from bot.core.render import JAPAN

    return "" if at is None else at.astimezone(JAPAN).strftime("%Y-%m-%d %H:%M (Japan)")


async def resume(settings: Settings) -> str:
    """Go on sending every broadcast that a crash or a kill left unfinished."""
    require_database(settings)
    async with petition_service(settings) as service, senders(settings, service) as engine:
        locale = cli_locale(settings, service.i18n)
        async with service.repo.transaction() as tx:
            await tx.broadcasts.abandon_unprepared(utc_now())
            job_ids = await tx.broadcasts.unfinished()
        results = []
        for job_id in job_ids:
            report = await engine.report(job_id)
            bar, update = _bar(sum(sum(states.values()) for states in report.values()))
            results.append(await job_report(settings, service, job_id, await engine.run(job_id, update), locale))
            bar.close()
        return "\n".join(results) or service.i18n.format(locale, "cli-nothing-unfinished")


async def job_report(settings: Settings, service: PetitionService, job_id: int,
                     report: dict[str, dict[str, int]], locale: str) -> str:
    """Each platform's counts per state, and LINE's opens and clicks when it has them."""
    i18n = service.i18n
    async with service.repo.transaction() as tx:
        job = await tx.broadcasts.get_job(job_id)
    state = job.state if job else "unknown"
    lines = [i18n.format(locale, "cli-job-report", {"job": job_id, "state": state, "note": job.note if job else ""})]
    for platform, states in sorted(report.items()):
        for name, n in sorted(states.items()):
            lines.append(i18n.format(locale, "cli-job-state", {"platform": platform, "state": name, "count": n}))
    if settings.line_enabled and "line" in report:
        lines.append(await insight_line(settings, service, job_id, locale))
    return "\n".join(lines)


async def insight_line(settings: Settings, service: PetitionService, job_id: int, locale: str) -> str:
    """LINE's count of people who opened the update and who opened its link (known a day or so later)."""
    from bot.channels.line.insight import read_insight

    async with service.repo.transaction() as tx:
        found = await tx.organizing.unit_since(job_id)
    if not found or not found[0]:
        return service.i18n.format(locale, "cli-insight-none")
    try:
        insight = await read_insight(settings, *found)
    except Exception as error:
        return describe_failure(urlsplit(settings.line_api_url).netloc or "LINE", "reading opens and clicks", error)
    if insight.opened is None:
        return service.i18n.format(locale, "cli-insight-pending")
    return service.i18n.format(locale, "cli-insight", {"opened": insight.opened, "clicked": insight.clicked or 0})


async def list_jobs(settings: Settings) -> str:
    """Scheduled and running broadcasts: number, state, when, who, audience, recipients left."""
    from bot.app.cli import existing
    from bot.core.render import JAPAN
    from bot.organizing.stats import aligned

    async with existing(settings) as (repo, i18n):
        async with repo.transaction() as tx:
            jobs = await tx.organizing.jobs()
    locale = cli_locale(settings, i18n)
    if not jobs:
        return i18n.format(locale, "cli-no-jobs")
    rows = [("#", "state", "when (Japan)", "who", "audience", "left")]
    rows += [(str(j.id), j.state, f"{(j.scheduled_at or j.created_at).astimezone(JAPAN):%Y-%m-%d %H:%M}",
              j.created_by, j.audience, f"{j.pending:,}" if j.state != "scheduled" else "-") for j in jobs]
    return "\n".join(aligned(rows, right=(0, 5)))


async def cancel(settings: Settings, job_id: int, as_name: str | None) -> str:
    """Cancel a scheduled broadcast, or stop one being sent, and note who did."""
    from bot.app.cli import existing

    who = organizer_name(settings, as_name)
    async with existing(settings) as (repo, i18n):
        async with repo.transaction() as tx:
            done = await tx.organizing.cancel(job_id, utc_now())
        locale = cli_locale(settings, i18n)
        if not done:
            raise Refused(i18n.format(locale, "cli-cancel-none", {"job": job_id}))
        await repo.add_audit(utc_now(), who, "cancel", f"job {job_id}", 0)
        return i18n.format(locale, "cli-cancelled", {"job": job_id})


async def report(settings: Settings, job_id: int) -> str:
    """One broadcast's report, with LINE's opens and clicks."""
    require_database(settings)
    async with petition_service(settings) as service:
        async with service.repo.reading_broadcasts() as broadcasts:
            counts = await broadcasts.report(job_id)
            job = await broadcasts.get_job(job_id)
        locale = cli_locale(settings, service.i18n)
        if job is None:
            raise Refused(service.i18n.format(locale, "cli-no-such-job", {"job": job_id}))
        return await job_report(settings, service, job_id, counts, locale)

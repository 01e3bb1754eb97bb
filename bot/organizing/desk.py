"""The organizer side of the service: audience counts, starting and stopping broadcasts, stats.

A broadcast started from a chat runs in the background; its progress and final report are sent to
the organizer who started it, through the notifier their platform's channel registered in the outlets.
The confirmation shows the same plan as the shell (bot.organizing.plan), and Send starts the job only when
that plan, made again at that moment, finds nothing wrong.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

from bot.core.clock import utc_now
from bot.core.outlets import Outlets
from bot.core.ports import Facts
from bot.core.render import Renderer
from bot.core.types import (
    CountAudience,
    DeniedOrganizerCommand,
    Effect,
    Fact,
    MakeDashboardLink,
    OutMessage,
    ShowStats,
    StartBroadcast,
    StopBroadcast,
    Text,
)
from bot.organizing.broadcast import BroadcastEngine
from bot.organizing.planner import NO_PRICE, Planner, PlanPrices, QuotaUnknown
from bot.organizing.sending import Progress
from bot.organizing.signin_links import new_link
from bot.organizing.stats import draw_chart, format_stats
from storage.base import Repository, Transaction

log = logging.getLogger(__name__)
QuotaReader = Callable[[], Awaitable[tuple[int | None, int]]]
# LINE's (opened, clicked) for an aggregation unit since a moment; None while LINE has not published them.
InsightReader = Callable[[str, datetime], Awaitable[tuple[int | None, int | None]]]
PROGRESS_STEPS = 10  # progress messages per broadcast, at most


class OrganizerDesk:
    def __init__(
        self, repo: Repository, renderer: Renderer, outlets: Outlets, *, engine: BroadcastEngine | None = None,
        line_quota: QuotaReader | None = None, prices: PlanPrices = NO_PRICE, dashboard_url: str = "",
        clock: Callable[[], datetime] = utc_now, line_insight: InsightReader | None = None,
    ) -> None:
        self.clock, self.line_insight = clock, line_insight
        self.repo, self.renderer, self.outlets = repo, renderer, outlets
        self.dashboard_url = dashboard_url  # where sign-in links point; empty: the dashboard is not served
        self.engine = engine  # None where no platform can send (the console): broadcasts are not started
        self.line_quota = line_quota
        self.planner = Planner(repo, renderer.i18n, line_quota, prices, engine.public_base_url if engine else "")
        self.running: dict[int, asyncio.Task[None]] = {}
        self.notices: set[asyncio.Task[None]] = set()

    async def apply(
        self, effect: Effect, tx: Transaction, platform: str, who: str, now: datetime
    ) -> Facts:
        """Carry out one organizer effect inside the event's transaction; return the facts it yields."""
        if isinstance(effect, DeniedOrganizerCommand):
            log.warning("organizer command /%s refused platform=%s person=%s", effect.command, platform, who)
        elif isinstance(effect, CountAudience):
            counts = await tx.broadcasts.count_audience(effect.audience)
            return {
                Fact.AUDIENCE_TELEGRAM: sum(n for (p, _), n in counts.items() if p == "telegram"),
                Fact.AUDIENCE_LINE: sum(n for (p, _), n in counts.items() if p == "line"),
                Fact.LINE_QUOTA_LEFT: await self._quota_left(),
                Fact.BROADCAST_PLAN: "",  # filled after commit, in the organizer's language
            }
        elif isinstance(effect, StartBroadcast):  # the job is planned and created after commit
            return {Fact.BROADCAST_ID: 0 if self.engine is None else -1, Fact.BROADCAST_PROBLEMS: ""}
        elif isinstance(effect, StopBroadcast):
            job_id = await tx.broadcasts.latest_sending()
            return {Fact.BROADCAST_ID: job_id if job_id and await tx.broadcasts.cancel_job(job_id, now) else 0}
        elif isinstance(effect, ShowStats):
            return {Fact.STATS_REPORT: "", Fact.STATS_CHART: b""}  # filled after commit: reads take the lock
        elif isinstance(effect, MakeDashboardLink):
            return {Fact.DASHBOARD_LINK: ""}  # made after commit, in the organizer's name (not their pseudonym)
        return {}

    async def after_commit(
        self, effects: tuple[Effect, ...], facts: Facts, platform: str, user_id: str,
        locale: str,
    ) -> None:
        """Do what cannot run inside the event's transaction: create jobs, read stats."""
        for effect in effects:
            if isinstance(effect, CountAudience):
                facts[Fact.BROADCAST_PLAN] = "\n".join(await self._plan_words(effect, locale))
            elif isinstance(effect, StartBroadcast) and self.engine is not None:
                problems = await self._problems(effect, locale)
                if problems:
                    facts[Fact.BROADCAST_ID], facts[Fact.BROADCAST_PROBLEMS] = -2, "\n".join(problems)
                    continue
                job_id = await self.engine.create(dict(effect.texts), effect.link, effect.audience,
                                                  f"{platform}:{user_id}")
                facts[Fact.BROADCAST_ID] = job_id
                self.running[job_id] = asyncio.create_task(self._run(job_id, platform, user_id, locale))
            elif isinstance(effect, MakeDashboardLink) and self.dashboard_url:
                async with self.repo.transaction() as tx:
                    facts[Fact.DASHBOARD_LINK] = await new_link(tx, self.dashboard_url, f"{platform}:{user_id}",
                                                                self.clock())
            elif isinstance(effect, ShowStats):
                stats = await self.repo.stats()
                names = {f"{n:02d}": self.renderer.i18n.format(locale, f"pref-{n:02d}") for n in range(1, 48)}
                facts[Fact.STATS_REPORT] = format_stats(stats, names)
                with tempfile.TemporaryDirectory() as folder:
                    chart = Path(folder) / "chart.png"
                    goal = int(self.renderer.campaign_vars.get(locale, {}).get("goal", 0) or 0)
                    await asyncio.to_thread(draw_chart, stats, chart, goal)
                    facts[Fact.STATS_CHART] = chart.read_bytes()

    def send_in_background(self, job_id: int) -> None:
        """Send a job created elsewhere (the dashboard) in this process, as one started in the chat is."""
        assert self.engine is not None
        self.running[job_id] = asyncio.create_task(self._run(job_id, "", "", self.renderer.i18n.default_locale))

    async def _plan_words(self, effect: CountAudience, locale: str) -> list[str]:
        """The draft's plan in the organizer's language: who gets which text, LINE's bill, and any problem."""
        try:
            plan = await self.planner.plan(dict(effect.texts), effect.audience, effect.link)
        except QuotaUnknown as error:
            return [str(error)]
        return self.planner.words(plan, locale)

    async def _problems(self, effect: StartBroadcast, locale: str) -> list[str]:
        """What stops this broadcast now, in words (none: send it)."""
        try:
            plan = await self.planner.plan(dict(effect.texts), effect.audience, effect.link)
        except QuotaUnknown as error:
            return [str(error)]
        return [self.renderer.i18n.format(locale, p.id, dict(p.args)) for p in plan.problems]

    async def _quota_left(self) -> int:
        if self.line_quota is None:
            return -1
        try:
            limit, used = await self.line_quota()
        except Exception:  # the count is advice for the organizer; sending checks the quota itself
            log.warning("could not read the LINE message quota")
            return -1
        return -1 if limit is None else max(0, limit - used)

    async def _run(self, job_id: int, platform: str, user_id: str, locale: str) -> None:
        """Send a job, telling the organizer how it goes."""
        assert self.engine is not None
        notify = self.outlets.notifiers.get(platform)
        step = [0]

        def progress(p: Progress) -> None:
            if notify and p.total and p.done * PROGRESS_STEPS // p.total > step[0] and p.done < p.total:
                step[0] = p.done * PROGRESS_STEPS // p.total
                text = Text("broadcast-progress", {"job": job_id, "done": p.done, "total": p.total})
                notice = asyncio.create_task(notify(user_id, [OutMessage(self.renderer.text(text, locale))]))
                self.notices.add(notice)  # keep a reference until it is sent
                notice.add_done_callback(self.notices.discard)

        try:
            report = await self.engine.run(job_id, progress)
            async with self.repo.transaction() as tx:
                job = await tx.broadcasts.get_job(job_id)
            if notify and job is not None:
                words = [self.renderer.text(self.report_text(job_id, job.state, job.note, report), locale)]
                if "line" in report:
                    words += await self._line_readers(job_id, locale)
                await notify(user_id, [OutMessage("\n".join(words))])
        except Exception:
            log.exception("broadcast %s failed", job_id)
        finally:
            self.running.pop(job_id, None)

    async def _line_readers(self, job_id: int, locale: str) -> list[str]:
        """LINE's opens and clicks of this job, as in the shell's report; nothing while LINE has no figures."""
        if self.line_insight is None:
            return []
        async with self.repo.transaction() as tx:
            found = await tx.organizing.unit_since(job_id)
        if not found or not found[0]:
            return []
        try:
            opened, clicked = await self.line_insight(*found)
        except Exception:  # the figures are a bonus to the report; the shell's `broadcast --report N` names why
            log.warning("LINE opens and clicks of broadcast %s not read", job_id)
            return []
        if opened is None:
            return []
        text = Text("broadcast-report-insight", {"opened": opened, "clicked": clicked or 0})
        return [self.renderer.text(text, locale)]

    @staticmethod
    def report_text(job_id: int, state: str, note: str, report: dict[str, dict[str, int]]) -> Text:
        def total(*states: str) -> int:
            return sum(counts.get(s, 0) for counts in report.values() for s in states)

        return Text("broadcast-report", {
            "job": job_id, "state": state, "note": note, "sent": total("sent"), "uncertain": total("uncertain"),
            "unreachable": total("unreachable"), "failed": total("failed"), "skipped": total("pending", "inflight"),
        })

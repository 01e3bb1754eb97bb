"""The overview (totals, goal, today, week, per platform, language and prefecture, charts), the funnel and audit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from aiohttp import web

from bot.core.render import JAPAN
from bot.dashboard.auth import CSRF, words
from bot.dashboard.chart import daily, daily_chart, total_chart
from bot.dashboard.deps import deps
from bot.dashboard.html import Words, esc, page, table
from storage.dashboard import MILESTONES
from storage.reports import Stats

LIVE_EVERY = 15  # seconds between refreshes of the overview while it is open


def _language(w: Words, locale: str) -> str:
    return w.language(locale) if locale else w.t("dashboard-unknown")


def _place(w: Words, code: str) -> str:
    if code.isdigit():
        return w.t(f"pref-{code}")
    return w.t("place-abroad") if code == "abroad" else w.t("dashboard-prefecture-none")


def _counts(w: Words, title: str, counts: dict[str, int], name: Callable[[str], str]) -> str:
    """A table of signatures per platform, language or prefecture, largest first."""
    rows = [[name(key), w.number(n)] for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    head = [w.t("dashboard-col-where"), w.t("dashboard-col-signatures")]
    return f"<section><h2>{title}</h2>{table(head, rows)}</section>"


def _figures(request: web.Request, stats: Stats) -> dict[str, int]:
    today = deps(request).clock().astimezone(JAPAN).date()
    week = {(today - timedelta(days=k)).isoformat() for k in range(7)}
    return {
        "total": stats.signatures, "goal": deps(request).campaign.signature_goal,
        "today": sum(n for day, _, n in stats.by_day if day == today.isoformat()),
        "week": sum(n for day, _, n in stats.by_day if day in week),
        "subscribers": stats.subscribers, "unreachable": stats.unreachable, "people": stats.people,
    }


def _charts(request: web.Request, w: Words, stats: Stats) -> str:
    days = daily(stats.by_day, deps(request).clock().astimezone(JAPAN).date())
    goal = deps(request).campaign.signature_goal
    return (total_chart(days, goal, w.t("dashboard-chart-total"), w.t("dashboard-goal-line"))
            + daily_chart(days, w.t("dashboard-chart-daily")))


def _tiles(w: Words, figures: dict[str, int]) -> str:
    tiles = []
    for key in ("total", "today", "week", "subscribers", "unreachable"):
        tiles.append(f'<div class="tile"><span class="big" data-live="{key}">{w.number(figures[key])}</span>'
                     f'<span>{w.t(f"dashboard-tile-{key}")}</span></div>')
    share = min(100, figures["total"] * 100 // max(1, figures["goal"]))
    said = w.t("dashboard-goal", total=figures["total"])
    goal = (f'<p class="goal-text" data-live="goal-text">{said}</p>'
            f'<progress max="100" value="{share}" data-live-value="share">{share}%</progress>')
    return f'{goal}<div class="tiles">{"".join(tiles)}</div>'


async def overview(request: web.Request) -> web.Response:
    w = words(request)
    stats = await deps(request).repo.stats()
    figures = _figures(request, stats)
    body = (_tiles(w, figures) + f'<section id="charts" data-live-html="charts">{_charts(request, w, stats)}</section>'
            + _counts(w, w.t("dashboard-by-platform"), stats.by_platform, lambda p: w.t(f"dashboard-platform-{p}"))
            + _counts(w, w.t("dashboard-by-language"), stats.by_language, lambda loc: _language(w, loc))
            + _counts(w, w.t("dashboard-by-prefecture"), stats.by_prefecture, lambda code: _place(w, code)))
    response = page(w, w.t("dashboard-nav-overview"), f'<div data-poll="/dashboard/live" data-every="{LIVE_EVERY}">'
                    f"{body}</div>", csrf=request[CSRF], active="overview", refresh=60)
    return response


async def live(request: web.Request) -> web.Response:
    """The overview's changing parts, for the script that refreshes it."""
    w = words(request)
    stats = await deps(request).repo.stats()
    figures = _figures(request, stats)
    share = min(100, figures["total"] * 100 // max(1, figures["goal"]))
    values = {key: w.i18n.format(w.locale, "dashboard-number", {"n": figures[key]})
              for key in ("total", "today", "week", "subscribers", "unreachable")}
    values["goal-text"] = w.i18n.format(w.locale, "dashboard-goal", {**w.campaign, "total": figures["total"]})
    charts = _charts(request, w, stats)
    return web.json_response({"text": values, "value": {"share": share}, "html": {"charts": charts}},
                             headers={"Cache-Control": "no-store"})


async def funnel(request: web.Request) -> web.Response:
    """How many people reached each milestone of the conversation, and where they stop."""
    w = words(request)
    async with deps(request).repo.transaction() as tx:
        counts = await tx.dashboard.funnel()
    platforms = sorted({p for p, _, _ in counts})
    languages = sorted({lang for _, lang, _ in counts}, key=lambda loc: (loc not in w.i18n.all_locales, loc))

    def total(milestone: str, platform: str | None = None, language: str | None = None) -> int:
        return sum(n for (p, lang, m), n in counts.items()
                   if m == milestone and platform in (None, p) and language in (None, lang))

    started = total("started")
    rows = []
    for k, milestone in enumerate(MILESTONES):
        here = total(milestone)
        lost = total(MILESTONES[k - 1]) - here if k else 0
        rows.append([w.t(f"dashboard-funnel-{milestone}"), w.number(here),
                     w.t("dashboard-percent", n=here * 100 // max(1, started)), w.number(max(0, lost)) if k else "",
                     *(w.number(total(milestone, platform=p)) for p in platforms)])
    head = [w.t("dashboard-col-milestone"), w.t("dashboard-col-people"), w.t("dashboard-col-of-started"),
            w.t("dashboard-col-lost"), *(w.t(f"dashboard-platform-{p}") for p in platforms)]
    by_language = [[_language(w, lang), *(w.number(total(m, language=lang)) for m in MILESTONES)] for lang in languages]
    body = (f'<p>{w.t("dashboard-funnel-intro")}</p>{table(head, rows, "funnel")}'
            f'<h2>{w.t("dashboard-funnel-by-language")}</h2>'
            + table([w.t("dashboard-col-language"), *(w.t(f"dashboard-funnel-{m}") for m in MILESTONES)], by_language))
    return page(w, w.t("dashboard-nav-funnel"), body, csrf=request[CSRF], active="funnel")


async def audit(request: web.Request) -> web.Response:
    """What organizers did: broadcasts, exports, sign-ins, from the shell, the chat or here."""
    w = words(request)
    entries = await deps(request).repo.audit(200)
    rows = [[esc(f"{e.at.astimezone(JAPAN):%Y-%m-%d %H:%M}"), esc(e.actor), esc(e.action), w.number(e.count),
             esc(e.detail)] for e in entries]
    head = [w.t("dashboard-col-when"), w.t("dashboard-col-who"), w.t("dashboard-col-what"), w.t("dashboard-col-count"),
            w.t("dashboard-col-detail")]
    body = table(head, rows) if rows else f'<p>{w.t("dashboard-audit-empty")}</p>'
    return page(w, w.t("dashboard-nav-audit"), body, csrf=request[CSRF], active="audit")

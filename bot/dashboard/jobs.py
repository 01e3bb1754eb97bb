"""One broadcast's page: its state, live progress, cancel while it is being sent, and the report."""

from __future__ import annotations

from aiohttp import web

from bot.dashboard.auth import ACTOR, CSRF, csrf_input, words
from bot.dashboard.deps import deps
from bot.dashboard.html import SECURITY_HEADERS, Words, esc, page, table
from storage.broadcasts import Job

STATES = ("sent", "uncertain", "unreachable", "failed", "pending", "inflight", "skipped")
LIVE_EVERY = 2  # seconds between progress refreshes while a broadcast is being sent


def _progress(report: dict[str, dict[str, int]]) -> tuple[int, int]:
    total = sum(sum(states.values()) for states in report.values())
    waiting = sum(states.get("pending", 0) + states.get("inflight", 0) for states in report.values())
    return total - waiting, total


def _job_id(request: web.Request) -> int:
    value = request.match_info["job"]
    if not value.isdigit():
        raise web.HTTPNotFound(headers=SECURITY_HEADERS)
    return int(value)


def _report_table(w: Words, report: dict[str, dict[str, int]]) -> str:
    rows = [[w.t(f"dashboard-platform-{platform}"), *(w.number(states.get(s, 0)) for s in STATES)]
            for platform, states in sorted(report.items())]
    return table([w.t("dashboard-col-platform"), *(w.t(f"dashboard-report-{s}") for s in STATES)], rows)


async def _job(request: web.Request) -> tuple[int, Job, dict[str, dict[str, int]]]:
    """The job the path names and its report so far; 404 when there is none."""
    job_id = _job_id(request)
    async with deps(request).repo.reading_broadcasts() as broadcasts:
        job = await broadcasts.get_job(job_id)
        report = await broadcasts.report(job_id) if job else {}
    if job is None:
        raise web.HTTPNotFound(headers=SECURITY_HEADERS)
    return job_id, job, report


async def job_page(request: web.Request) -> web.Response:
    w = words(request)
    job_id, job, report = await _job(request)
    done, total = _progress(report)
    sending = job.state == "sending"
    state = (f'<p id="job-state" data-live="state">{w.t(f"dashboard-state-{job.state}")}'
             f'{esc(": " + job.note) if job.note else ""}</p>')
    progress = (f'<progress max="{max(1, total)}" value="{done}" data-live-value="done"></progress>'
                f'<p data-live="progress">{w.t("dashboard-progress", done=done, total=total)}</p>')
    cancel = (f'<form method="post" action="/dashboard/broadcasts/{job_id}/cancel">{csrf_input(request)}'
              f'<button type="submit" class="danger" id="cancel">{w.t("dashboard-cancel")}</button></form>'
              if sending else "")
    texts = "".join(f'<details><summary>{esc(loc)}</summary><pre lang="{esc(loc)}">{esc(text)}</pre></details>'
                    for loc, text in job.texts.items())
    body = (f'<div data-poll="/dashboard/broadcasts/{job_id}/live" data-every="{LIVE_EVERY}">{state}{progress}'
            f'<section data-live-html="report">{_report_table(w, report)}</section>{cancel}</div>'
            f'<p>{w.t("dashboard-job-by", who=job.created_by, audience=job.audience)}</p>{texts}')
    title = w.t("dashboard-job-title", job=job_id)
    return page(w, title, body, csrf=request[CSRF], active="broadcasts", refresh=LIVE_EVERY if sending else None)


async def job_live(request: web.Request) -> web.Response:
    """Progress for the script; `done` stops it, `reload` shows the final page."""
    w = words(request)
    _, job, report = await _job(request)
    done, total = _progress(report)
    finished = job.state != "sending"
    return web.json_response({
        "text": {"progress": w.i18n.format(w.locale, "dashboard-progress", {"done": done, "total": total})},
        "value": {"done": done}, "html": {"report": _report_table(w, report)}, "done": finished, "reload": finished,
    }, headers={"Cache-Control": "no-store"})


async def cancel(request: web.Request) -> web.Response:
    """Stop a broadcast being sent (what was sent stays sent), and note it in the audit trail."""
    d = deps(request)
    job_id = _job_id(request)
    if d.engine is not None:
        cancelled = await d.engine.cancel(job_id)  # as /stop_broadcast does
    else:
        async with d.repo.transaction() as tx:
            cancelled = await tx.broadcasts.cancel_job(job_id, d.clock())
    if cancelled:
        await d.repo.add_audit(d.clock(), request[ACTOR], "broadcast-cancel", f"job {job_id} (dashboard)", 0)
    raise web.HTTPSeeOther(f"/dashboard/broadcasts/{job_id}", headers=SECURITY_HEADERS)

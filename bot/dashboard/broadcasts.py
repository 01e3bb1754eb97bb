"""Broadcasts from the dashboard: write the update per language, see the plan, preview, send.

The plan is bot.organizing.plan's, the same rule book as the CLI and the chat composer: which text each
recipient language gets (the default language's where it has none, said plainly), the counts per platform,
LINE's billable count against its quota, and every problem that stops the send. Sending creates the job
with the same engine (bot.organizing.broadcast), run by this process's organizer desk.
"""

from __future__ import annotations

from aiohttp import web
from multidict import MultiDictProxy

from bot.dashboard.auth import ACTOR, CSRF, csrf_input, words
from bot.dashboard.deps import Deps, deps
from bot.dashboard.html import SECURITY_HEADERS, Words, esc, page, table
from bot.organizing.broadcast import BroadcastEngine
from bot.organizing.plan import BroadcastPlan
from bot.organizing.planner import QuotaUnknown

Form = MultiDictProxy[str | bytes | bytearray | web.FileField]


def _language(w: Words, locale: str) -> str:
    return w.language(locale)


def draft_from(form: Form, d: Deps) -> tuple[dict[str, str], str | None, str]:
    """The texts (non-empty ones), the link and the audience an organizer wrote."""
    texts = {loc: str(form.get(f"text-{loc}", "")).strip() for loc in d.i18n.all_locales}
    link = str(form.get("link", "")).strip() or None
    return {loc: text for loc, text in texts.items() if text}, link, str(form.get("audience", "subscribers"))


async def make_plan(d: Deps, texts: dict[str, str], link: str | None, audience: str) -> BroadcastPlan | str:
    """The plan the desk's planner makes for every composer (counts, LINE's quota and price), or why there is none."""
    try:
        return await d.desk.planner.plan(texts, audience, link)
    except QuotaUnknown as error:
        return str(error)


def compose_form(request: web.Request, w: Words, texts: dict[str, str], link: str | None, audience: str) -> str:
    """The form: a text per language (the campaign's language required), a link, the audience."""
    d = deps(request)
    default = d.i18n.default_locale
    fields = []
    for loc in d.i18n.all_locales:
        area = (f'<label for="text-{esc(loc)}">{_language(w, loc)}</label>'
                f'<textarea id="text-{esc(loc)}" name="text-{esc(loc)}" lang="{esc(loc)}"'
                f'{" required" if loc == default else ""}>{esc(texts.get(loc, ""))}</textarea>')
        opened = " open" if loc in texts else ""
        fields.append(area if loc == default else
                      f"<details{opened}><summary>{_language(w, loc)}</summary>{area}</details>")
    choices = [("subscribers", w.t("dashboard-audience-subscribers")), ("signers", w.t("dashboard-audience-signers"))]
    choices += [(f"lang:{loc}", w.t("dashboard-audience-language", language=_language(w, loc)))
                for loc in d.i18n.all_locales]
    options = "".join(f'<option value="{esc(value)}"{" selected" if value == audience else ""}>{label}</option>'
                      for value, label in choices)
    return (f'<form method="post" action="/dashboard/broadcasts/preview" class="stack">{csrf_input(request)}'
            f'<p class="hint">{w.t("dashboard-compose-hint", language=_language(w, default))}</p>{"".join(fields)}'
            f'<label for="link">{w.t("dashboard-compose-link")}</label>'
            f'<input type="url" id="link" name="link" placeholder="https://" value="{esc(link or "")}">'
            f'<label for="audience">{w.t("dashboard-compose-audience")}</label>'
            f'<select id="audience" name="audience">{options}</select>'
            f'<button type="submit" class="primary" id="preview">{w.t("dashboard-compose-preview")}</button></form>')


async def compose(request: web.Request) -> web.Response:
    """The composer and the latest broadcasts."""
    w = words(request)
    d = deps(request)
    async with d.repo.transaction() as tx:
        jobs = await tx.dashboard.recent_broadcasts()
    rows = [[f'<a href="/dashboard/broadcasts/{job_id}">#{job_id}</a>', esc(f"{at:%Y-%m-%d %H:%M}"), esc(by),
             esc(audience), w.t(f"dashboard-state-{state}")] for job_id, at, by, audience, state in jobs]
    head = [w.t("dashboard-col-broadcast"), w.t("dashboard-col-when"), w.t("dashboard-col-who"),
            w.t("dashboard-col-audience"), w.t("dashboard-col-state")]
    unavailable = "" if d.engine else f'<p class="notice">{w.t("dashboard-broadcast-unavailable")}</p>'
    body = (f'{unavailable}{compose_form(request, w, {}, None, "subscribers")}'
            f'<h2>{w.t("dashboard-broadcast-latest")}</h2>' + (table(head, rows) if rows else ""))
    return page(w, w.t("dashboard-nav-broadcasts"), body, csrf=request[CSRF], active="broadcasts")


def plan_html(w: Words, plan: BroadcastPlan) -> str:
    """Who gets which text, the totals, LINE's bill and quota, and the problems, in words."""
    rows = []
    for line in plan.languages:
        gets = _language(w, line.text_locale)
        if line.fallback:
            said = w.t("dashboard-plan-fallback", text=_language(w, line.text_locale),
                       language=_language(w, line.locale))
            gets = f'<span class="fallback">{said}</span>'
        rows.append([_language(w, line.locale), w.number(line.counts.get("line", 0)),
                     w.number(line.counts.get("telegram", 0)), gets])
    head = [w.t("dashboard-col-language"), w.t("dashboard-platform-line"), w.t("dashboard-platform-telegram"),
            w.t("dashboard-col-text")]
    facts = [w.t("dashboard-plan-totals", line=plan.totals["line"], telegram=plan.totals["telegram"]),
             w.t("dashboard-plan-billable", count=plan.line_billable)]
    if plan.line_quota_left is None:
        facts.append(w.t("dashboard-plan-quota-unknown"))
    else:
        facts.append(w.t("dashboard-plan-quota-left", left=plan.line_quota_left))
    if plan.cost is not None and plan.totals["line"]:
        facts.append(w.t("dashboard-plan-cost", cost=f"{plan.cost:,.2f}".rstrip("0").rstrip("."),
                         currency=plan.currency))
    # the plan's own words for what stops the send, as the CLI and the chat say them
    problems = "".join(f"<li>{esc(w.i18n.format(w.locale, p.id, dict(p.args)))}</li>" for p in plan.problems)
    return (table(head, rows, "plan") + "".join(f"<p>{fact}</p>" for fact in facts)
            + (f'<ul class="notice" id="problems">{problems}</ul>' if problems else ""))


def previews_html(w: Words, d: Deps, plan: BroadcastPlan) -> str:
    """Each text as it will look on LINE and on Telegram, built by the engine that sends it."""
    maker = d.engine or BroadcastEngine(d.repo, d.i18n, d.clock)
    cards = []
    for loc in plan.texts:
        message = maker.message(dict(plan.texts), plan.link, loc)
        buttons = "".join(f'<span class="link">{esc(b.label)}</span>' for b in message.buttons)
        bubble = f'<div class="bubble" lang="{esc(loc)}">{esc(message.text)}{buttons}</div>'
        for platform in ("line", "telegram"):
            cards.append(f'<div class="phone {platform}"><h3>{w.t(f"dashboard-preview-{platform}")} · '
                         f"{_language(w, loc)}</h3>{bubble}</div>")
    return f'<div class="previews" id="previews">{"".join(cards)}</div>'


def send_form(request: web.Request, w: Words, plan: BroadcastPlan) -> str:
    """The button that sends exactly what was previewed."""
    hidden = "".join(f'<input type="hidden" name="text-{esc(loc)}" value="{esc(text)}">'
                     for loc, text in plan.texts.items())
    hidden += f'<input type="hidden" name="link" value="{esc(plan.link or "")}">'
    hidden += f'<input type="hidden" name="audience" value="{esc(plan.audience)}">'
    return (f'<form method="post" action="/dashboard/broadcasts/send" class="actions">{csrf_input(request)}{hidden}'
            f'<button type="submit" class="primary" id="send">{w.t("dashboard-send", count=plan.recipients)}</button>'
            "</form>")


async def preview(request: web.Request, status: int = 200) -> web.Response:
    """The plan and the previews; the send button when nothing stops it; the form to change it."""
    w = words(request)
    d = deps(request)
    texts, link, audience = draft_from(await request.post(), d)
    plan = await make_plan(d, texts, link, audience)
    if isinstance(plan, str):  # LINE's quota could not be read: nothing can be planned or sent now
        body = f'<p class="notice" id="problems">{esc(plan)}</p>{compose_form(request, w, texts, link, audience)}'
        return page(w, w.t("dashboard-preview-title"), body, csrf=request[CSRF], active="broadcasts", status=503)
    sendable = plan.ok and d.engine is not None
    body = (plan_html(w, plan) + previews_html(w, d, plan)
            + (send_form(request, w, plan) if sendable else "")
            + f'<h2>{w.t("dashboard-change")}</h2>{compose_form(request, w, texts, link, audience)}')
    return page(w, w.t("dashboard-preview-title"), body, csrf=request[CSRF], active="broadcasts", status=status)


async def send(request: web.Request) -> web.Response:
    """Plan again with fresh counts; create the job and send it from this process, or show what stops it."""
    d = deps(request)
    texts, link, audience = draft_from(await request.post(), d)
    plan = await make_plan(d, texts, link, audience)
    if isinstance(plan, str) or not plan.ok or d.engine is None:
        return await preview(request, status=409)
    job_id = await d.engine.create(texts, link, audience, f"{request[ACTOR]} (dashboard)")
    d.desk.send_in_background(job_id)
    raise web.HTTPSeeOther(f"/dashboard/broadcasts/{job_id}", headers=SECURITY_HEADERS)

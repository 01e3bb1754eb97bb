"""Signatures: the export for delivery, downloaded (CSV for Excel, or xlsx), written by the CLI's own code.

As with `run_bot.py export`: formula-like cells are neutralized, the file is written readable by its owner
only (in a private temporary folder, deleted once sent), and the export is in the audit trail, here with
the organizer's platform and id. The download is a POST (with the CSRF token) and is never cached.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from aiohttp import web

from bot.core.render import JAPAN
from bot.dashboard.auth import ACTOR, CSRF, csrf_input, words
from bot.dashboard.deps import deps
from bot.dashboard.html import SECURITY_HEADERS, page
from bot.organizing.export import write_export

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


async def signatures(request: web.Request) -> web.Response:
    """The export form."""
    w = words(request)
    total = (await deps(request).repo.totals()).signatures
    options = "".join(f'<label><input type="radio" name="format" value="{fmt}"{" checked" if fmt == "csv" else ""}>'
                      f' {w.t(f"dashboard-format-{fmt}")}</label>' for fmt in FORMATS)
    body = (f'<p>{w.t("dashboard-export-intro", total=total)}</p>'
            f'<form method="post" action="/dashboard/export" class="stack">{csrf_input(request)}'
            f'<fieldset><legend>{w.t("dashboard-export-format")}</legend>{options}</fieldset>'
            f'<button type="submit" class="primary" id="export">{w.t("dashboard-export-button")}</button></form>'
            f'<p class="hint">{w.t("dashboard-export-care")}</p>')
    return page(w, w.t("dashboard-nav-signatures"), body, csrf=request[CSRF], active="signatures")


async def export(request: web.Request) -> web.StreamResponse:
    """Write the export into a private file, send it, delete it, and note it in the audit trail."""
    d = deps(request)
    fmt = str((await request.post()).get("format", "csv"))
    if fmt not in FORMATS:
        raise web.HTTPBadRequest(text="format must be csv or xlsx", headers=SECURITY_HEADERS)
    names = {f"{n:02d}": d.i18n.format(None, f"pref-{n:02d}") for n in range(1, 48)}
    names["abroad"] = d.i18n.format(None, "place-abroad")
    stamp = d.clock().astimezone(JAPAN).strftime("%Y%m%d-%H%M")
    filename = f"signatures-{stamp}.{fmt}"
    with tempfile.TemporaryDirectory(prefix="petition-export-") as folder:
        path = Path(folder) / filename
        total = (await d.repo.totals()).signatures
        count = await write_export(d.repo.export_rows(), path, fmt, total, lambda code: names.get(code or "", ""))
        await d.repo.add_audit(d.clock(), request[ACTOR], "export", f"{fmt} {filename} (dashboard)", count)
        data = path.read_bytes()
    headers = {**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'}
    return web.Response(body=data, content_type=FORMATS[fmt].split(";")[0], charset="utf-8" if fmt == "csv" else None,
                        headers=headers)

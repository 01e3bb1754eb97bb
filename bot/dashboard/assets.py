"""The dashboard's stylesheet and script, served by the bot itself from static/ (no CDN, no external fonts)."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from bot.dashboard.html import SECURITY_HEADERS

STATIC = Path(__file__).parent / "static"
TYPES = {".css": "text/css", ".js": "text/javascript"}
FILES = {path.name: (path.read_bytes(), TYPES[path.suffix]) for path in STATIC.iterdir() if path.suffix in TYPES}


async def asset(request: web.Request) -> web.Response:
    """One of the files in static/, and nothing else."""
    found = FILES.get(request.match_info["name"])
    if found is None:
        raise web.HTTPNotFound()
    body, content_type = found
    headers = {**SECURITY_HEADERS, "Cache-Control": "public, max-age=3600"}
    return web.Response(body=body, content_type=content_type, charset="utf-8", headers=headers)

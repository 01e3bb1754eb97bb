"""The bot's one aiohttp server: /healthz, every configured platform's webhook and the dashboard, in one process.

The composition root (`bot.app.assembly`) builds the channels; a channel is an object with `install(app)`
(add its routes), `start()` (after the server listens: register webhooks, start polling) and `stop()`
(stop taking new updates, finish in-flight ones).
`serve` runs until SIGTERM or SIGINT, then stops the channels, the server and the database.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal

from aiohttp import log as web_log
from aiohttp import web

from bot.app.assembly import Channel, Served, serving
from bot.app.broadcasting import broadcasting
from bot.app.guard import Guard, guarded, listening
from bot.app.upkeep import upkeeping
from bot.core.config import MAX_BODY, Settings
from bot.dashboard.deps import Deps
from bot.dashboard.site import install as install_dashboard
from storage.base import Repository

log = logging.getLogger(__name__)
CHANNEL_NAMES = web.AppKey("channel_names", list[str])
REPOSITORY = web.AppKey("repository", Repository)


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok", "channels": request.app[CHANNEL_NAMES]})


async def media(request: web.Request) -> web.Response:
    """A broadcast's picture (or its preview) for LINE, by its unguessable token; 404 for anything else."""
    async with request.app[REPOSITORY].transaction() as tx:
        found = await tx.organizing.media(request.match_info["token"])
    if found is None:
        raise web.HTTPNotFound()
    preview = request.path.endswith("/preview")
    return web.Response(body=found.preview if preview else found.data,
                        content_type="image/jpeg" if preview else found.content_type,
                        headers={"Cache-Control": "public, max-age=86400"})


def build_app(channels: list[Channel], dashboard: Deps | None = None, guard: Guard | None = None,
              repo: Repository | None = None) -> web.Application:
    """The webhooks of every channel, /healthz, broadcast pictures (given the repository) and, when given its
    dependencies, the organizers' dashboard."""
    app = guarded(web.Application(client_max_size=MAX_BODY), guard)
    app[CHANNEL_NAMES] = [channel.name for channel in channels]
    app.router.add_get("/healthz", healthz)
    if repo is not None:  # broadcast pictures, which LINE fetches from PUBLIC_BASE_URL/media/...
        app[REPOSITORY] = repo
        app.router.add_get("/media/{token}", media)
        app.router.add_get("/media/{token}/preview", media)
    for channel in channels:
        channel.install(app)
    if dashboard is not None:
        install_dashboard(app, dashboard)
    return app


def dashboard_deps(served: Served, settings: Settings) -> Deps:
    """What the dashboard uses of the serving process."""
    service = served.service
    return Deps(service.repo, service.i18n, service.campaign, served.desk, served.engine,
                secure=settings.dashboard_url.startswith("https://"))


async def serve(settings: Settings) -> None:
    """Serve every configured platform until asked to stop."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with serving(settings) as served:
        channels = served.channels
        # The access log is off unless asked for: writing a line per webhook costs a visible share of the CPU per
        # event, and the nginx in front (deploy/) keeps one.
        access = web_log.access_logger if settings.access_log else None
        app = build_app(channels, dashboard_deps(served, settings), repo=served.service.repo)
        async with listening(app, settings.host, settings.port, access):
            log.info("listening on %s:%s for %s; dashboard at %s", settings.host, settings.port,
                     [c.name for c in channels] or "no platform", settings.dashboard_url)
            for channel in channels:
                await channel.start()
            repo = served.service.repo
            async with broadcasting(repo, served.desk, served.engine, settings.broadcast_check_seconds), \
                    upkeeping(repo, served.service.campaign.abandoned_draft_days):
                # What start-up loaded stays for the life of the process: keep full garbage collections
                # from walking it each time (their pauses of the loop made the slowest webhooks).
                gc.freeze()
                await stop.wait()
                log.info("stopping")
            for channel in channels:
                await channel.stop()

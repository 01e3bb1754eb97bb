"""The dashboard's routes, as a sub-application under /dashboard/ of the bot's one server."""

from __future__ import annotations

from aiohttp import web

from bot.dashboard import assets, auth, broadcasts, downloads, jobs, pages
from bot.dashboard.deps import DEPS, Deps


def dashboard_app(deps: Deps) -> web.Application:
    """Every dashboard page behind the sign-in guard (sign-in pages and assets excepted)."""
    app = web.Application(middlewares=[auth.guard])
    app[DEPS] = deps
    app.router.add_get("/signin", auth.signin_page, name="signin")
    app.router.add_get("/signin/{token}", auth.signin_link, name="signin-link")
    app.router.add_post("/signin", auth.signin, name="signin-post")
    app.router.add_get("/assets/{name}", assets.asset, name="asset")
    app.router.add_get("/language", auth.language, name="language")
    app.router.add_post("/signout", auth.signout)
    app.router.add_get("/", pages.overview)
    app.router.add_get("/live", pages.live)
    app.router.add_get("/funnel", pages.funnel)
    app.router.add_get("/audit", pages.audit)
    app.router.add_get("/signatures", downloads.signatures)
    app.router.add_post("/export", downloads.export)
    app.router.add_get("/broadcasts", broadcasts.compose)
    app.router.add_post("/broadcasts/preview", broadcasts.preview)
    app.router.add_post("/broadcasts/send", broadcasts.send)
    app.router.add_get("/broadcasts/{job}", jobs.job_page)
    app.router.add_get("/broadcasts/{job}/live", jobs.job_live)
    app.router.add_post("/broadcasts/{job}/cancel", jobs.cancel)
    return app


async def to_dashboard(request: web.Request) -> web.Response:
    raise web.HTTPMovedPermanently("/dashboard/")


def install(app: web.Application, deps: Deps) -> None:
    """Serve the dashboard under /dashboard/ of `app`."""
    app.router.add_get("/dashboard", to_dashboard)  # before the sub-application, which would take it
    app.add_subapp("/dashboard", dashboard_app(deps))

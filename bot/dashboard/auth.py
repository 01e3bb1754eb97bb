"""Signing in with one-time links, sessions kept in the database, and the CSRF check on every POST.

A link's page asks the organizer to press "Sign in" (a POST), so a chat app's link preview fetching it
spends nothing. The session cookie is HttpOnly, SameSite=Strict and Secure when the dashboard is served
over https; a session ends after IDLE without a request, or at sign-out. Without a session, pages redirect
to the sign-in page (no campaign data) and POSTs are refused; a POST without its session's CSRF token is
refused (403) before anything changes.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta

from aiohttp import web

from bot.dashboard.deps import deps
from bot.dashboard.html import LANG_COOKIE, SECURITY_HEADERS, Words, csrf_field, esc, page, pick_locale
from storage.dashboard import LinkState

log = logging.getLogger(__name__)
COOKIE = "dashboard_session"
SIGNIN_COOKIE = "dashboard_signin"  # double-submit token for the sign-in form (no session yet)
IDLE = timedelta(hours=12)
TOUCH_EVERY = timedelta(minutes=1)  # a session's last use is written at most this often
PUBLIC = frozenset({"signin", "signin-link", "signin-post", "asset", "language"})
ACTOR = web.RequestKey("dashboard_actor", str)  # who is signed in: telegram:<id>, line:<id> or cli:<user>
CSRF = web.RequestKey("dashboard_csrf", str)  # the session's CSRF token, carried by every form
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def words(request: web.Request) -> Words:
    d = deps(request)
    return Words(d.i18n, pick_locale(request, d.i18n), d.campaign)


def _cookie(response: web.StreamResponse, request: web.Request, name: str, value: str, max_age: int | None) -> None:
    response.set_cookie(name, value, path="/dashboard/", httponly=True, samesite="Strict",
                        secure=deps(request).secure, max_age=max_age)


@web.middleware
async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Let signed-in organizers through (POSTs only with their CSRF token); send everyone else to sign in."""
    route = request.match_info.route.name
    if route in PUBLIC:
        return await handler(request)
    d = deps(request)
    secret = request.cookies.get(COOKIE, "")
    now = d.clock()
    session = None
    if secret:
        async with d.repo.transaction() as tx:
            session = await tx.dashboard.session(secret)
            if session is not None and now - session.seen_at > IDLE:
                await tx.dashboard.end_session(secret)
                session = None
            elif session is not None and now - session.seen_at > TOUCH_EVERY:
                await tx.dashboard.touch_session(secret, now)
    if request.method == "POST":
        form = await request.post() if session is not None else {}
        sent = str(form.get("csrf", "")) if session is not None else ""
        if session is None or not hmac.compare_digest(sent.encode(), session.csrf.encode()):
            log.warning("dashboard POST refused: %s", "no session" if session is None else "bad CSRF token")
            raise web.HTTPForbidden(text="403: refused (sign in again)", headers=SECURITY_HEADERS)
    elif session is None:
        raise web.HTTPSeeOther("/dashboard/signin", headers=SECURITY_HEADERS)
    assert session is not None
    request[ACTOR], request[CSRF] = session.actor, session.csrf
    return await handler(request)


async def signin_page(request: web.Request) -> web.Response:
    """The page for people without a session: how to get a link, and why the last one failed."""
    w = words(request)
    why = request.query.get("why", "")
    notice = f'<p class="notice">{w.t(f"dashboard-signin-{why}")}</p>' if why in (
        "used", "expired", "unknown", "signedout") else ""
    body = f'{notice}<p>{w.t("dashboard-signin-how")}</p><pre>python run_bot.py dashboard-link</pre>'
    return page(w, w.t("dashboard-signin-title"), body)


async def signin_link(request: web.Request) -> web.Response:
    """A link's page: say at once if it no longer works, else offer the button that spends it."""
    w = words(request)
    token = request.match_info["token"]
    d = deps(request)
    async with d.repo.transaction() as tx:
        state = await tx.dashboard.link_state(token, d.clock())
    if state is not LinkState.OK:
        raise web.HTTPSeeOther(f"/dashboard/signin?why={state.value}", headers=SECURITY_HEADERS)
    pre = secrets.token_urlsafe(24)
    body = (f'<form method="post" action="/dashboard/signin">'
            f'<input type="hidden" name="token" value="{esc(token)}">'
            f'<input type="hidden" name="pre" value="{pre}">'
            f'<button type="submit" class="primary" id="signin">{w.t("dashboard-signin-button")}</button></form>')
    response = page(w, w.t("dashboard-signin-title"), body)
    _cookie(response, request, SIGNIN_COOKIE, pre, 15 * 60)
    return response


async def signin(request: web.Request) -> web.Response:
    """Spend a link: open a session for whoever asked for it."""
    form = await request.post()
    pre = request.cookies.get(SIGNIN_COOKIE, "")
    if not pre or not hmac.compare_digest(str(form.get("pre", "")).encode(), pre.encode()):
        raise web.HTTPForbidden(text="403: refused (open the sign-in link again)", headers=SECURITY_HEADERS)
    d = deps(request)
    now = d.clock()
    secret, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    async with d.repo.transaction() as tx:
        state, actor = await tx.dashboard.use_link(str(form.get("token", "")), now)
        if state is LinkState.OK:
            await tx.dashboard.add_session(secret, actor, csrf, now)
            await tx.dashboard.forget_before(now - IDLE, now - timedelta(days=1))
    if state is not LinkState.OK:
        log.warning("dashboard sign-in refused: link %s", state.value)
        raise web.HTTPSeeOther(f"/dashboard/signin?why={state.value}", headers=SECURITY_HEADERS)
    await d.repo.add_audit(now, actor, "dashboard-signin", "dashboard", 0)
    response = web.HTTPSeeOther("/dashboard/", headers=SECURITY_HEADERS)
    _cookie(response, request, COOKIE, secret, None)
    response.del_cookie(SIGNIN_COOKIE, path="/dashboard/")
    raise response


async def signout(request: web.Request) -> web.Response:
    """End this session and forget its cookie."""
    d = deps(request)
    async with d.repo.transaction() as tx:
        await tx.dashboard.end_session(request.cookies.get(COOKIE, ""))
    await d.repo.add_audit(d.clock(), request[ACTOR], "dashboard-signout", "dashboard", 0)
    response = web.HTTPSeeOther("/dashboard/signin?why=signedout", headers=SECURITY_HEADERS)
    response.del_cookie(COOKIE, path="/dashboard/")
    raise response


async def language(request: web.Request) -> web.Response:
    """Remember the language an organizer picked (a preference, no campaign data)."""
    lang = request.query.get("lang", "")
    response = web.HTTPSeeOther("/dashboard/", headers=SECURITY_HEADERS)
    if lang in deps(request).i18n.all_locales:
        _cookie(response, request, LANG_COOKIE, lang, 365 * 24 * 3600)
    raise response


def csrf_input(request: web.Request) -> str:
    """The hidden field every form of a signed-in page carries."""
    return csrf_field(request[CSRF])

"""Page layout: every word through Fluent (locales/*/dashboard.ftl) in the organizer's language, escaped.

Pages are plain HTML forms that work without JavaScript; the script only refreshes live numbers.
"""

from __future__ import annotations

import html
from typing import Any

from aiohttp import web
from babel import Locale

from bot.core.campaign import Campaign
from bot.core.i18n import I18n, cldr_locale, is_derived, match_locale

LANG_COOKIE = "dashboard_lang"
NAV = (("overview", "/dashboard/"), ("funnel", "/dashboard/funnel"), ("broadcasts", "/dashboard/broadcasts"),
       ("signatures", "/dashboard/signatures"), ("audit", "/dashboard/audit"))
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                               " form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # a sign-in address never leaves in a Referer
}


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def pick_locale(request: web.Request, i18n: I18n) -> str:
    """The organizer's chosen language, else their browser's, else the campaign's."""
    chosen = request.cookies.get(LANG_COOKIE, "")
    if chosen in i18n.all_locales:
        return chosen
    ranked = []
    for part in request.headers.get("Accept-Language", "").split(","):
        tag, _, q = part.strip().partition(";q=")
        try:
            ranked.append((float(q) if q else 1.0, tag.strip()))
        except ValueError:
            continue
    for _, tag in sorted(ranked, key=lambda pair: -pair[0]):
        if tag and tag != "*" and (found := match_locale(tag, i18n.all_locales)):
            return found
    return i18n.default_locale


class Words:
    """Fluent messages in one locale, escaped for HTML."""

    def __init__(self, i18n: I18n, locale: str, campaign: Campaign) -> None:
        self.i18n, self.locale = i18n, locale
        self.campaign = campaign.variables(locale)  # the goal, the organizer's name...: any message may use them

    def t(self, message_id: str, **args: Any) -> str:
        """A message, escaped for HTML."""
        return esc(self.i18n.format(self.locale, message_id, {**self.campaign, **args}))

    def number(self, n: int) -> str:
        return self.t("dashboard-number", n=n)

    def language(self, locale: str) -> str:
        """A locale's name in the page's language (CLDR's), or in its own where CLDR has none (ja-easy), escaped."""
        if not locale:
            return self.t("dashboard-no-language")
        if locale not in self.i18n.all_locales:
            return esc(locale)
        own, page = cldr_locale(locale), cldr_locale(self.locale)
        if is_derived(locale) or own is None or page is None:
            return esc(self.i18n.format(locale, "language-name"))
        return esc(Locale.parse(own).get_display_name(page) or locale)


def csrf_field(csrf: str) -> str:
    return f'<input type="hidden" name="csrf" value="{esc(csrf)}">'


def page(w: Words, title: str, body: str, *, csrf: str | None = None, active: str = "", status: int = 200,
         refresh: int | None = None) -> web.Response:
    """A whole page (`title` and `body` already escaped): header with navigation and sign-out (when signed in),
    the body, the language footer."""
    head = ['<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{title} · {w.t('dashboard-name')}</title>",
            '<link rel="stylesheet" href="/dashboard/assets/dashboard.css">',
            '<script src="/dashboard/assets/dashboard.js" defer></script>']
    if refresh:
        head.append(f'<noscript><meta http-equiv="refresh" content="{refresh}"></noscript>')
    nav = ""
    if csrf is not None:
        links = "".join(
            f'<a href="{href}"{" aria-current=page" if name == active else ""}>{w.t(f"dashboard-nav-{name}")}</a>'
            for name, href in NAV)
        signout = (f'<form method="post" action="/dashboard/signout" class="signout">{csrf_field(csrf)}'
                   f'<button type="submit">{w.t("dashboard-sign-out")}</button></form>')
        nav = f"<nav>{links}</nav>{signout}"
    languages = " ".join(
        f'<a href="/dashboard/language?lang={esc(loc)}" lang="{esc(loc)}">{esc(name)}</a>'
        for loc, name in ((loc, w.i18n.format(loc, "language-name")) for loc in w.i18n.all_locales))
    text = (f'<!doctype html><html lang="{esc(w.locale)}"><head>{"".join(head)}</head><body>'
            f'<header><strong>{w.t("dashboard-name")}</strong>{nav}</header>'
            f"<main><h1>{title}</h1>{body}</main>"
            f'<footer><span>{w.t("dashboard-language")}</span> {languages}</footer></body></html>')
    return web.Response(text=text, content_type="text/html", status=status, headers=SECURITY_HEADERS)


def table(head: list[str], rows: list[list[str]], css: str = "") -> str:
    """An HTML table from cells that are already escaped."""
    th = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<div class="scroll"><table class="{css}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table></div>'

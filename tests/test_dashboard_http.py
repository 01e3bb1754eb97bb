"""The dashboard's rules over HTTP: signed out, forged/used/expired links, CSRF, cookies, sessions, audit."""

from __future__ import annotations

import csv
import io
import re

import pytest

from bot.core.types import Event, EventKind
from tests.dashboard_kit import DASHBOARD_URL, Site, dashboard_site
from tests.test_broadcast_engine import seed

PAGES = ("/dashboard/", "/dashboard/live", "/dashboard/funnel", "/dashboard/broadcasts", "/dashboard/signatures",
         "/dashboard/audit", "/dashboard/broadcasts/1", "/dashboard/broadcasts/1/live", "/dashboard/nothing-here")
POSTS = ("/dashboard/export", "/dashboard/broadcasts/preview", "/dashboard/broadcasts/send",
         "/dashboard/broadcasts/1/cancel", "/dashboard/signout")


@pytest.fixture
async def site(db_url: str) -> Site:  # type: ignore[misc]
    async with dashboard_site(db_url) as built:
        yield built


async def sign(site: Site, name: str, prefecture: str = "13") -> None:
    """A signature, stored as the conversation stores one."""
    async with site.service.repo.transaction() as tx:
        from storage.base import PersonRecord

        person = await tx.save_person(PersonRecord("line", f"U-{name}", language="ja", updates=True), site.clock())
        assert person.id is not None
        await tx.add_signature(person.id, name, prefecture, "v1", site.clock(), site.clock(), f"code-{name}", None)


async def test_signed_out_every_page_redirects_to_a_sign_in_page_without_data(site: Site) -> None:
    await sign(site, "=Secret Name")
    for path in PAGES:
        response = await site.client.get(path, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"] == "/dashboard/signin", path
    signin = await site.client.get("/dashboard/signin")
    html = await signin.text()
    assert signin.status == 200 and "Secret" not in html and "dashboard-link" in html
    assert 'name="csrf"' not in html and "/dashboard/funnel" not in html
    for path in POSTS:
        response = await site.post(path, {"format": "csv"}, csrf="anything")
        assert response.status == 403, path
    assert await site.service.repo.audit() == []
    redirect = await site.client.get("/dashboard", allow_redirects=False)
    assert redirect.headers["Location"] == "/dashboard/"


async def test_a_link_works_once_and_says_so_afterwards(site: Site) -> None:
    path = await site.link()
    response = await site.open_link(path)
    assert response.status == 303 and response.headers["Location"] == "/dashboard/"
    again = await site.client.get(path, allow_redirects=False)
    assert again.headers["Location"] == "/dashboard/signin?why=used"
    said = await (await site.client.get("/dashboard/signin?why=used")).text()
    assert "already used" in said or "すでに使われています" in said


async def test_the_link_page_spends_nothing_until_the_button_is_pressed(site: Site) -> None:
    path = await site.link()
    for _ in range(3):  # a chat app's link preview fetching it
        assert (await site.client.get(path, allow_redirects=False)).status == 200
    assert (await site.open_link(path)).headers["Location"] == "/dashboard/"


async def test_forged_and_expired_links_sign_nobody_in(site: Site) -> None:
    forged = await site.client.get("/dashboard/signin/" + "A" * 43, allow_redirects=False)
    assert forged.headers["Location"] == "/dashboard/signin?why=unknown"
    expired = await site.link(minutes=15)
    site.clock.advance(minutes=15, seconds=1)
    response = await site.client.get(expired, allow_redirects=False)
    assert response.headers["Location"] == "/dashboard/signin?why=expired"
    page = await site.client.get("/dashboard/signin/x")  # a page for a valid-looking link sets the form's cookie
    assert page.status == 200
    pre = site.client.session.cookie_jar.filter_cookies(site.client.make_url("/dashboard/"))
    posted = await site.client.post("/dashboard/signin", allow_redirects=False,
                                    data={"token": expired.rsplit("/", 1)[1], "pre": "x"})
    assert posted.status == 403 or posted.headers["Location"].startswith("/dashboard/signin?why=")
    assert "dashboard_session" not in str(pre)
    assert (await site.client.get("/dashboard/", allow_redirects=False)).status == 303


async def test_the_sign_in_post_needs_its_form_token(site: Site) -> None:
    path = await site.link()
    token = path.rsplit("/", 1)[1]
    response = await site.client.post("/dashboard/signin", data={"token": token, "pre": "guessed"},
                                      allow_redirects=False)
    assert response.status == 403
    assert (await site.open_link(path)).headers["Location"] == "/dashboard/"  # not spent by the refused POST


async def test_cookie_attributes(db_url: str) -> None:
    async with dashboard_site(db_url) as site:
        await site.open_link(await site.link())
        session = next(c for c in site.cookies if c.startswith("dashboard_session="))
        assert "HttpOnly" in session and "SameSite=Strict" in session and "Path=/dashboard/" in session
        assert "Secure" not in session
    async with dashboard_site(db_url, secure=True) as site:  # over https, as DASHBOARD_URL says
        path = await site.link()
        page = await site.client.get(path)
        form_cookie = page.headers["Set-Cookie"]
        assert "Secure" in form_cookie and "HttpOnly" in form_cookie and "SameSite=Strict" in form_cookie
        pre = re.search(r'name="pre" value="([^"]+)"', await page.text())
        assert pre
        # the test's plain-http client keeps Secure cookies to itself: send the form's cookie as https would
        response = await site.client.post("/dashboard/signin", data={"token": path.rsplit("/", 1)[1], "pre": pre[1]},
                                          headers={"Cookie": f"dashboard_signin={pre[1]}"}, allow_redirects=False)
        session = next(c for c in response.headers.getall("Set-Cookie") if c.startswith("dashboard_session="))
        assert "Secure" in session and "HttpOnly" in session and "SameSite=Strict" in session


async def test_tokens_and_sessions_are_stored_hashed(site: Site) -> None:
    path = await site.link()
    await site.open_link(path)
    secret = next(c for c in site.cookies if c.startswith("dashboard_session=")).split(";")[0].split("=", 1)[1]
    db = site.service.repo.db  # type: ignore[attr-defined]
    stored = [row async for row in await db.execute("SELECT token_hash FROM dashboard_links")]
    stored += [row async for row in await db.execute("SELECT id_hash FROM dashboard_sessions")]
    text = repr(stored)
    assert path.rsplit("/", 1)[1] not in text and secret not in text and len(stored) == 2


async def test_csrf_is_required_on_every_post_and_nothing_changes_without_it(site: Site) -> None:
    await seed(site.service, "telegram", 3)
    await site.sign_in()
    before = await site.service.repo.audit()
    texts = {"text-ja": "お知らせ", "audience": "subscribers"}
    for path, data in (("/dashboard/export", {"format": "csv"}), ("/dashboard/broadcasts/send", texts),
                       ("/dashboard/broadcasts/preview", texts), ("/dashboard/signout", {})):
        for csrf in ("", "wrong", re.sub(".", "a", site.csrf)):
            assert (await site.post(path, data, csrf=csrf)).status == 403, (path, csrf)
    assert await site.service.repo.audit() == before
    async with site.service.repo.transaction() as tx:
        assert await tx.dashboard.recent_broadcasts() == []
    assert (await site.client.get("/dashboard/", allow_redirects=False)).status == 200  # still signed in


async def test_sessions_end_after_twelve_idle_hours_and_at_sign_out(site: Site) -> None:
    await site.sign_in()
    site.clock.advance(hours=11, minutes=59)
    assert (await site.client.get("/dashboard/", allow_redirects=False)).status == 200
    site.clock.advance(hours=11, minutes=59)  # used just now: still within 12 idle hours
    assert (await site.client.get("/dashboard/", allow_redirects=False)).status == 200
    site.clock.advance(hours=12, minutes=1)
    assert (await site.client.get("/dashboard/", allow_redirects=False)).status == 303
    await site.sign_in()
    kept = site.client.session.cookie_jar.filter_cookies(site.client.make_url("/dashboard/"))["dashboard_session"]
    response = await site.post("/dashboard/signout", {})
    assert response.headers["Location"] == "/dashboard/signin?why=signedout"
    site.client.session.cookie_jar.update_cookies({"dashboard_session": kept.value}, site.client.make_url("/"))
    assert (await site.client.get("/dashboard/", allow_redirects=False)).status == 303  # the old cookie is dead


async def test_every_action_is_in_the_audit_with_platform_and_id(site: Site) -> None:
    await seed(site.service, "telegram", 2)
    await sign(site, "Hanako")
    chat = await site.service.handle(Event("telegram", "org", EventKind.TEXT, text="/dashboard", language_hint="en"))
    link = re.search(r"(http://\S+)", chat.messages[0].text)
    assert link and link[1].startswith(DASHBOARD_URL + "signin/")
    assert (await site.open_link(link[1].removeprefix("http://127.0.0.1"))).headers["Location"] == "/dashboard/"
    site.csrf = await site.csrf_of("/dashboard/")
    export = await site.post("/dashboard/export", {"format": "csv"})
    assert export.status == 200
    sent = await site.post("/dashboard/broadcasts/send", {"text-ja": "お知らせ", "audience": "subscribers"})
    assert sent.status == 303
    job = int(sent.headers["Location"].rsplit("/", 1)[1])
    await site.desk.running[job] if job in site.desk.running else None
    await site.post(f"/dashboard/broadcasts/{job}/cancel", {})
    await site.post("/dashboard/signout", {})
    entries = [(e.actor, e.action) for e in reversed(await site.service.repo.audit())]
    assert entries[:4] == [("telegram:org", "dashboard-signin"), ("telegram:org", "export"),
                           ("telegram:org (dashboard)", "broadcast"), ("telegram:org", "dashboard-signout")]


async def test_others_asking_in_chat_get_no_link(site: Site) -> None:
    chat = await site.service.handle(Event("telegram", "someone", EventKind.TEXT, text="/dashboard",
                                           language_hint="en"))
    assert "/dashboard/signin/" not in " ".join(m.text for m in chat.messages)
    async with site.service.repo.transaction() as tx:
        assert await tx.dashboard.link_state("x", site.clock()) is not None
    db = site.service.repo.db  # type: ignore[attr-defined]
    assert [row async for row in await db.execute("SELECT * FROM dashboard_links")] == []


async def test_the_export_is_the_clis_with_its_protections(site: Site) -> None:
    await sign(site, "=HYPERLINK(1)")
    await sign(site, "Taro", "abroad")
    await site.sign_in()
    response = await site.post("/dashboard/export", {"format": "csv"})
    assert response.headers["Content-Disposition"].startswith('attachment; filename="signatures-')
    assert response.headers["Cache-Control"] == "no-store"
    body = (await response.read()).decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0][0] == "signer_number" and rows[1][1] == "'=HYPERLINK(1)" and len(rows) == 3
    xlsx = await site.post("/dashboard/export", {"format": "xlsx"})
    assert (await xlsx.read()).startswith(b"PK")
    assert (await site.post("/dashboard/export", {"format": "pdf"})).status == 400


async def test_pages_send_no_external_asset_and_forbid_framing(site: Site) -> None:
    await site.sign_in()
    for path in ("/dashboard/", "/dashboard/funnel", "/dashboard/broadcasts", "/dashboard/signatures",
                 "/dashboard/audit", "/dashboard/signin"):
        response = await site.client.get(path)
        html = await response.text()
        assert response.status == 200, path
        assert not re.search(r'(src|href)="(https?:)?//', html), path
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["Cache-Control"] == "no-store"
    css = await site.client.get("/dashboard/assets/dashboard.css")
    assert css.status == 200 and "http" not in await css.text()
    assert (await site.client.get("/dashboard/assets/../deps.py")).status in (303, 404)

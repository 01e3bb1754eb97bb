"""What the dashboard shows and does: overview, funnel, broadcasts through the one plan and engine, the CLI link."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import aiohttp

from bot.core.types import Event, EventKind
from tests.bot_process import ROOT, bot_processes
from tests.chat import ConsoleChat
from tests.dashboard_kit import Site, dashboard_site
from tests.test_broadcast_engine import seed
from tests.test_dashboard_http import sign


async def test_the_overview_counts_against_the_goal_per_platform_language_and_prefecture(db_url: str) -> None:
    async with dashboard_site(db_url) as site:
        for n in range(3):
            await sign(site, f"Person {n}", "13" if n else "abroad")
        await site.sign_in()
        html = await (await site.client.get("/dashboard/", headers={"Accept-Language": "en"})).text()
        assert 'data-live="total">3<' in html and 'data-live="today">3<' in html
        assert "東京都" in html or "Tokyo" in html
        assert "<svg" in html and 'class="goal"' in html and 'class="total"' in html
        live = await (await site.client.get("/dashboard/live")).json()
        assert live["text"]["total"] == "3" and "<svg" in live["html"]["charts"]
        await sign(site, "Person 4")
        assert (await (await site.client.get("/dashboard/live")).json())["text"]["total"] == "4"


async def test_the_funnel_counts_each_milestone_once_per_person(db_url: str) -> None:
    async with dashboard_site(db_url) as site:
        signer, reader = ConsoleChat(site.service, "signer"), ConsoleChat(site.service, "reader")
        for person in (signer, reader):
            await person.open()
            await person.press("English")
        await reader.press("The 5 concerns")
        await reader.press("Next")
        await signer.press("Sign")
        await signer.press("I agree")
        await signer.say("Ana Souza")
        await signer.say("tokyo")
        await signer.press("Yes, send updates")
        await signer.press("Confirm and sign")
        signer.expect("Thank you for signing")
        await signer.open()  # coming back counts nobody twice
        async with site.service.repo.transaction() as tx:
            funnel = await tx.dashboard.funnel()
        counts = {m: n for (_, _, m), n in funnel.items()}
        assert counts == {"started": 2, "language": 2, "concerns": 1, "agreed": 1, "name": 1, "signed": 1}, funnel
        await site.sign_in()
        html = await (await site.client.get("/dashboard/funnel")).text()
        assert "Ana" not in html and "signer" not in html


async def preview(site: Site, **fields: str) -> str:
    response = await site.post("/dashboard/broadcasts/preview", fields)
    return await response.text()


async def test_a_broadcast_is_planned_previewed_sent_and_reported(db_url: str) -> None:
    async with dashboard_site(db_url, line_quota=1000) as site:
        await seed(site.service, "line", 4)  # languages en, ja alternating
        await seed(site.service, "telegram", 3, language="vi", tag="vi")
        await site.sign_in()
        site.client.session.cookie_jar.update_cookies({"dashboard_lang": "en"}, site.client.make_url("/dashboard/"))
        html = await preview(site, **{"text-ja": "お知らせです", "text-en": "News", "link": "https://example.org/n",
                                      "audience": "subscribers"})
        assert "Recipients: 4 on LINE, 3 on Telegram." in html
        assert "LINE bills 4 messages" in html and "LINE messages left this month: 1,000." in html
        assert "The Japanese text (there is no Vietnamese text)" in html
        assert 'class="phone line"' in html and 'class="phone telegram"' in html and "お知らせです" in html
        assert 'id="send"' in html
        refused = await preview(site, **{"text-en": "News", "audience": "subscribers"})  # no Japanese text
        assert 'id="problems"' in refused and 'id="send"' not in refused
        bad = await site.post("/dashboard/broadcasts/send", {"text-en": "News", "audience": "subscribers"})
        assert bad.status == 409
        sent = await site.post("/dashboard/broadcasts/send", {"text-ja": "お知らせです", "text-en": "News",
                                                              "audience": "subscribers"})
        job = int(sent.headers["Location"].rsplit("/", 1)[1])
        await asyncio.wait_for(site.desk.running[job], 10) if job in site.desk.running else None
        page = await (await site.client.get(f"/dashboard/broadcasts/{job}")).text()
        assert "Finished" in page and 'id="cancel"' not in page
        assert sum(site.line.delivered.values()) == 4 and sum(site.telegram.delivered.values()) == 3
        assert set(site.telegram.texts.values()) == {"お知らせです"}  # Vietnamese readers get the Japanese text
        live = await (await site.client.get(f"/dashboard/broadcasts/{job}/live")).json()
        assert live["done"] and live["text"]["progress"] == "7 of 7 handled"


async def test_over_the_line_quota_the_plan_refuses(db_url: str) -> None:
    async with dashboard_site(db_url, line_quota=2) as site:
        await seed(site.service, "line", 4)
        await site.sign_in()
        html = await preview(site, **{"text-ja": "x", "audience": "subscribers"})
        assert 'id="problems"' in html and 'id="send"' not in html


async def test_an_organizer_cancels_a_broadcast_being_sent(db_url: str) -> None:
    async with dashboard_site(db_url) as site:
        await seed(site.service, "telegram", 2)
        await site.sign_in()
        assert site.desk.engine is not None
        job = await site.desk.engine.create({"ja": "x"}, None, "subscribers", "cli:tester")  # not started yet
        page = await (await site.client.get(f"/dashboard/broadcasts/{job}")).text()
        assert 'id="cancel"' in page and 'http-equiv="refresh"' in page
        await site.post(f"/dashboard/broadcasts/{job}/cancel", {})
        async with site.service.repo.transaction() as tx:
            state = await tx.broadcasts.get_job(job)
        assert state is not None and state.state == "cancelled"
        assert next(e.action for e in await site.service.repo.audit()) == "broadcast-cancel"


async def test_dashboard_link_prints_a_url_on_a_line_of_its_own(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}",
           "DASHBOARD_URL": "https://bot.example.org/dashboard/", "CAMPAIGN_FILE": str(ROOT / "campaign.toml")}
    subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "migrate"], cwd=tmp_path, env=env, check=True,
                   capture_output=True, timeout=60)  # the database the bot creates when it first runs
    result = subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "dashboard-link", "--minutes", "5"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"https://bot\.example\.org/dashboard/signin/[A-Za-z0-9_-]{40,}", lines[-1])
    assert "5 minutes" in lines[0]


async def test_serve_without_any_platform_serves_the_dashboard(tmp_path: Path) -> None:
    settings = {"DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}", "CAMPAIGN_FILE": str(ROOT / "campaign.toml")}
    async with bot_processes([settings], tmp_path) as (bot,), aiohttp.ClientSession() as http:
        async with http.get(f"{bot.url}/dashboard/", allow_redirects=False) as response:
            assert response.status == 303 and response.headers["Location"] == "/dashboard/signin"
        async with http.get(f"{bot.url}/dashboard/signin") as response:
            assert response.status == 200 and "dashboard-link" in await response.text()
    assert "dashboard at http://127.0.0.1:" in bot.output()


async def test_an_organizer_asks_in_chat_and_the_link_signs_them_in(db_url: str) -> None:
    async with dashboard_site(db_url) as site:
        handled = await site.service.handle(Event("telegram", "org", EventKind.TEXT, text="/dashboard",
                                                  language_hint="ja"))
        text = handled.messages[0].text
        assert "15分間" in text
        found = re.search(r"http://127\.0\.0\.1(/dashboard/signin/\S+)", text)
        assert found
        assert (await site.open_link(found[1])).headers["Location"] == "/dashboard/"

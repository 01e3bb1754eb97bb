"""The deployment recipe for real: nginx from the distribution, with deploy/nginx/petition-bot.conf and a
self-signed certificate, in front of a real `run_bot.py serve`; webhooks arrive over HTTPS.

nginx runs from a temporary folder, as whoever runs the tests, on free 127.0.0.1 ports; the site file
is used as shipped except for the lines that name the machine (ports, certificate, server address).
Without nginx or openssl the test is skipped with the reason, except in CI (CI=true), where it fails.
The systemd unit and the example settings are checked here too.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import ssl
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.core.config import SETTINGS
from testkit.common import free_port
from testkit.line_api import ACCESS_TOKEN, SECRET, FakeLineApi, LinePlatform, sign
from testkit.telegram_api import FakeTelegram
from tests.bot_process import BotProcess, bot_processes, wait_for

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
SITE = DEPLOY / "nginx" / "petition-bot.conf"
TELEGRAM_SECRET = "proxy-test-secret"


def require(tool: str) -> str:
    """The path of a tool, or skip (fail in CI) naming how to get it."""
    found = shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin")
    if found:
        return found
    reason = f"{tool} is not installed (apt-get install {tool}; .ci/run installs it)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI must run the HTTPS proxy test: {reason}")
    pytest.skip(reason)


def render_site(folder: Path, https: int, http: int, bot_port: int) -> Path:
    """The shipped site file, with this machine's ports, certificate and ACME folder."""
    text = SITE.read_text(encoding="utf-8")
    changes = {
        "    listen [::]:80;\n": "",
        "    listen [::]:443 ssl;\n": "",
        "    listen 80;": f"    listen 127.0.0.1:{http};",
        "    listen 443 ssl;": f"    listen 127.0.0.1:{https} ssl;",
        "/etc/letsencrypt/live/bot.example.org/fullchain.pem": str(folder / "cert.pem"),
        "/etc/letsencrypt/live/bot.example.org/privkey.pem": str(folder / "key.pem"),
        "root /var/www/letsencrypt;": f"root {folder / 'acme'};",
        "server 127.0.0.1:8080;": f"server 127.0.0.1:{bot_port};",
    }
    for old, new in changes.items():
        assert old in text, f"{SITE.name} no longer holds {old!r}: update this test"
        text = text.replace(old, new)
    site = folder / "site.conf"
    site.write_text(text, encoding="utf-8")
    return site


def main_config(folder: Path, site: Path) -> Path:
    temp = {name: folder / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for path in temp.values():
        path.mkdir()
    config = folder / "nginx.conf"
    config.write_text(
        f"worker_processes 1;\npid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'} info;\n"
        + ("user root;\n" if os.geteuid() == 0 else "")  # workers reach the temporary folder
        + "events { worker_connections 64; }\nhttp {\n"
        + f"    access_log {folder / 'access.log'};\n"
        + "".join(f"    {name}_temp_path {path};\n" if name != "body" else f"    client_body_temp_path {path};\n"
                  for name, path in temp.items())
        + f"    include {site};\n}}\n",
        encoding="utf-8",
    )
    return config


@pytest.fixture
async def platforms(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[FakeLineApi, str, FakeTelegram]]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    line, telegram = FakeLineApi(), FakeTelegram()
    line_url = await line.start()
    await telegram.start()
    try:
        yield line, line_url, telegram
    finally:
        await line.close()
        await telegram.close()


async def test_webhooks_arrive_through_nginx_over_https_and_nothing_else_does(
    platforms: tuple[FakeLineApi, str, FakeTelegram], tmp_path: Path
) -> None:
    nginx, openssl = require("nginx"), require("openssl")
    line_api, line_url, telegram = platforms
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=bot.example.org",
         "-addext", "subjectAltName=DNS:bot.example.org,IP:127.0.0.1",
         "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True, capture_output=True, timeout=60,
    )
    (tmp_path / "acme").mkdir()
    config = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'petition.db'}", "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN, "LINE_API_URL": line_url,
        "TELEGRAM_BOT_TOKEN": telegram.token, "TELEGRAM_API_URL": telegram.url,
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram/webhook", "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
        "ACCESS_LOG": "yes",  # to see which requests reached the bot
        "DASHBOARD_URL": "https://bot.example.org/dashboard/",
    }
    async with bot_processes([config], tmp_path) as (bot,):
        https, http = free_port(), free_port()
        conf = main_config(tmp_path, render_site(tmp_path, https, http, bot.port))
        command = [nginx, "-p", str(tmp_path), "-c", str(conf), "-e", str(tmp_path / "error.log")]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30)
        assert checked.returncode == 0, checked.stderr
        proxy = await asyncio.create_subprocess_exec(*command, "-g", "daemon off;", stderr=asyncio.subprocess.PIPE)
        try:
            await _exercise(bot, https, http, tmp_path, line_api, telegram)
        finally:
            proxy.terminate()  # SIGTERM: nginx's fast shutdown
            _, errors = await asyncio.wait_for(proxy.communicate(), 30)
        assert proxy.returncode == 0, errors.decode(errors="replace")


async def _exercise(bot: BotProcess, https: int, http: int, folder: Path, line_api: FakeLineApi,
                    telegram: FakeTelegram) -> None:
    trust = ssl.create_default_context(cafile=str(folder / "cert.pem"))
    base = f"https://127.0.0.1:{https}"
    probes = [f"/not-forwarded-{uuid.uuid4().hex[:8]}", "/line/webhook/extra", "/telegram/webhookX", "/healthz"]
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=trust)) as client:

        async def nginx_up() -> bool:
            try:
                async with client.get(f"{base}/") as response:
                    return response.status == 404
            except aiohttp.ClientConnectionError:
                return False

        await wait_for(nginx_up, "nginx to listen")
        await wait_for(lambda: _telegram_ready(telegram), "the bot to set its Telegram webhook")

        # A signed LINE follow: 200 through the proxy, and the bot answers with its welcome.
        event = LinePlatform.event("follow", {"type": "user", "userId": "U" + uuid.uuid4().hex},
                                   follow={"isUnblocked": False})
        event["replyToken"] = line_api.issue_reply_token()
        body = json.dumps({"destination": "Ubot", "events": [event]}).encode()
        headers = {"Content-Type": "application/json", "X-Line-Signature": sign(body)}
        async with client.post(f"{base}/line/webhook", data=body, headers=headers) as response:
            assert response.status == 200
        await wait_for(lambda: _replied(line_api, event["replyToken"]), "the LINE reply")
        headers["X-Line-Signature"] = sign(body, "not-the-secret")
        async with client.post(f"{base}/line/webhook", data=body, headers=headers) as response:
            assert response.status == 401  # the bot's own refusal, passed through

        # A Telegram update with the secret token: handled, and answered through the Bot API.
        person = {"id": 777, "is_bot": False, "first_name": "Hanako", "language_code": "en"}
        chat = {"id": 777, "type": "private", "first_name": "Hanako"}
        update = telegram.next_update(message=telegram.text_message(person, chat, "/start"))
        async with client.post(f"{base}/telegram/webhook", json=update,
                               headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}) as response:
            assert response.status == 200
        await wait_for(lambda: _sent(telegram, 777), "the Telegram reply")  # replies follow the answer
        assert "Welcome" in telegram.sent_to(777)[0].text

        # The organizers' dashboard goes through, over HTTPS: signed out, its pages lead to the sign-in page,
        # and a POST without a session is the bot's own refusal.
        async with client.get(f"{base}/dashboard/", allow_redirects=False) as response:
            assert response.status == 303 and response.headers["Location"] == "/dashboard/signin"
            assert response.headers["Strict-Transport-Security"].startswith("max-age=")
        async with client.get(f"{base}/dashboard/signin") as response:
            assert response.status == 200 and "dashboard-link" in await response.text()
        async with client.post(f"{base}/dashboard/export", data={"format": "csv"}) as response:
            assert response.status == 403
        async with client.get(f"{base}/dashboard", allow_redirects=False) as response:
            assert response.status == 301 and response.headers["Location"].endswith("/dashboard/")

        # Anything else stops at nginx: other paths, other methods; plain HTTP is sent to HTTPS.
        for path in probes:
            async with client.post(f"{base}{path}", data=b"{}") as response:
                assert response.status == 404, path
                assert "nginx" in await response.text()
        async with client.get(f"{base}/line/webhook") as response:
            assert response.status == 403
        async with client.post(f"http://127.0.0.1:{http}/line/webhook", allow_redirects=False) as response:
            assert response.status == 301 and response.headers["Location"].startswith("https://")
        async with client.get(f"{bot.url}/healthz") as response:
            assert response.status == 200  # /healthz exists, on the bot's local port only

    log = bot.output()
    assert "POST /line/webhook" in log and "POST /telegram/webhook" in log and "GET /dashboard/signin" in log
    for path in probes[:-1]:
        assert path not in log, f"{path} reached the bot"
    assert "GET /line/webhook" not in log


async def _telegram_ready(telegram: FakeTelegram) -> bool:
    return bool(telegram.called("setWebhook"))


async def _sent(telegram: FakeTelegram, chat_id: int) -> bool:
    return bool(telegram.sent_to(chat_id))


async def _replied(api: FakeLineApi, token: str) -> bool:
    return any(call.body.get("replyToken") == token and call.status == 200 for call in api.made("reply"))


def test_the_systemd_unit_runs_the_bot_unprivileged_and_restarts_it(tmp_path: Path) -> None:
    unit = (DEPLOY / "petition-bot@.service").read_text(encoding="utf-8")
    lines = {line.split("=", 1)[0]: line.split("=", 1)[1] for line in unit.splitlines() if "=" in line
             and not line.startswith("#")}
    assert lines["User"] not in ("", "root") and lines["Restart"] == "on-failure"
    assert lines["EnvironmentFile"].startswith("/etc/") and lines["ExecStart"].endswith("run_bot.py serve")
    assert "PORT=%i" in lines["Environment"]
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        return
    here = unit.replace("/opt/petition-bot/.venv/bin/python", sys.executable)
    (tmp_path / "petition-bot@.service").write_text(here.replace("/opt/petition-bot", str(ROOT)), encoding="utf-8")
    result = subprocess.run([analyze, "verify", "--man=no", "./petition-bot@8080.service"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    problems = [line for line in result.stderr.splitlines() if "petition-bot" in line]
    assert result.returncode == 0 and not problems, result.stderr


def test_the_example_settings_are_all_known_settings() -> None:
    known = {name for name, _, _ in SETTINGS}
    example = (DEPLOY / "petition-bot.env.example").read_text(encoding="utf-8")
    named = {line.lstrip("# ").split("=", 1)[0] for line in example.splitlines()
             if "=" in line and line.lstrip("# ").split("=", 1)[0].isupper()}
    assert named and named <= known, named - known
    assert "PORT" not in named and "HOST" not in named  # the unit sets them, one instance per port

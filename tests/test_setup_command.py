"""`run_bot.py setup [--apply]`: the configuration checked against (fake) LINE and Telegram, one line each."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.app.platform_check import FAIL, OK, WARN, Finding, check_platforms
from bot.core.config import Settings, load_settings
from testkit.line_api import ACCESS_TOKEN, SECRET, FakeLineApi
from testkit.telegram_api import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
LINE_URL = "https://bot.example.org/line/webhook"
TELEGRAM_URL = "https://bot.example.org/telegram/webhook"


@dataclass
class Platforms:
    line: FakeLineApi
    line_url: str
    telegram: FakeTelegram

    def environ(self, **changes: str) -> dict[str, str]:
        return {
            "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN, "LINE_API_URL": self.line_url,
            "LINE_API_DATA_URL": self.line.data_url,
            "LINE_WEBHOOK_URL": LINE_URL, "TELEGRAM_BOT_TOKEN": self.telegram.token,
            "TELEGRAM_API_URL": self.telegram.url, "TELEGRAM_WEBHOOK_URL": TELEGRAM_URL,
            "TELEGRAM_WEBHOOK_SECRET": "shared-secret", "DATABASE_URL": "sqlite://", **changes,
        }

    def settings(self, **changes: str) -> Settings:
        return load_settings(self.environ(**changes), env_file=None)


@pytest.fixture
async def platforms(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Platforms]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    line, telegram = FakeLineApi(), FakeTelegram()
    line_url = await line.start()
    await telegram.start()
    try:
        yield Platforms(line, line_url, telegram)
    finally:
        await line.close()
        await telegram.close()


def levels(findings: list[Finding]) -> list[str]:
    return [finding.level for finding in findings]


async def test_a_fresh_configuration_is_reported_then_applied(platforms: Platforms) -> None:
    findings = await check_platforms(platforms.settings())
    text = "\n".join(map(str, findings))
    assert levels(findings) == [OK, OK, FAIL, FAIL, OK, FAIL, WARN], text
    assert "the bot is 署名ボット (@123abcde)" in text and "the bot is @petition_test_bot" in text
    assert f"the webhook URL is not set, not {LINE_URL}" in text and "setup --apply" in text
    assert f"the webhook is not set, not {TELEGRAM_URL}" in text
    assert platforms.line.webhook_endpoint == "" and platforms.telegram.webhook.url == ""  # a check changes nothing

    applied = await check_platforms(platforms.settings(), apply=True)
    assert levels(applied) == [OK] * 7, "\n".join(map(str, applied))
    assert platforms.line.webhook_endpoint == LINE_URL
    assert platforms.telegram.webhook.url == TELEGRAM_URL and platforms.telegram.webhook.secret == "shared-secret"
    assert set(platforms.telegram.webhook.allowed_updates) == {"message", "callback_query", "my_chat_member"}

    again = await check_platforms(platforms.settings())
    assert levels(again) == [OK] * 7
    assert f"LINE: the webhook URL is {LINE_URL}" in str(again[2])
    assert f"Telegram: the webhook is set to {TELEGRAM_URL}" in str(again[5])


async def test_refused_tokens_are_named_without_their_values(platforms: Platforms) -> None:
    findings = await check_platforms(platforms.settings(LINE_CHANNEL_ACCESS_TOKEN="wrong-token",
                                                        TELEGRAM_BOT_TOKEN="123456:wrong"))
    text = "\n".join(map(str, findings))
    assert levels(findings) == [FAIL, FAIL], text
    assert "LINE_CHANNEL_ACCESS_TOKEN was refused (401)" in text and "TELEGRAM_BOT_TOKEN was refused" in text
    assert "wrong" not in text


async def test_problems_the_platforms_report_are_passed_on(platforms: Platforms) -> None:
    platforms.line.webhook_endpoint, platforms.line.webhook_active = LINE_URL, False
    platforms.telegram.webhook.url = TELEGRAM_URL
    platforms.telegram.webhook_error = "Connection timed out"
    findings = await check_platforms(platforms.settings())
    text = "\n".join(map(str, findings))
    assert levels(findings) == [OK, OK, OK, FAIL, FAIL, OK, OK, WARN, WARN], text
    assert "turn on 'Use webhook'" in text and "Connection timed out" in text


async def test_polling_and_an_unset_line_url(platforms: Platforms) -> None:
    platforms.telegram.webhook.url = "https://old.example.org/telegram/webhook"
    settings = platforms.settings(TELEGRAM_WEBHOOK_URL="", LINE_WEBHOOK_URL="")
    findings = await check_platforms(settings)
    assert levels(findings) == [OK, OK, WARN, FAIL, OK, WARN, WARN], "\n".join(map(str, findings))
    assert "LINE_WEBHOOK_URL is empty" in str(findings[2]) and "removes it at start" in str(findings[5])
    applied = await check_platforms(settings, apply=True)
    assert levels(applied) == [OK, OK, WARN, OK, OK, OK, OK] and platforms.telegram.webhook.url == ""


async def test_unreachable_apis_and_nothing_configured(platforms: Platforms) -> None:
    findings = await check_platforms(platforms.settings(LINE_API_URL="http://127.0.0.1:9",
                                                        TELEGRAM_API_URL="http://127.0.0.1:9"))
    assert levels(findings) == [FAIL, FAIL] and "cannot be reached" in str(findings[0])
    nothing = await check_platforms(load_settings({"DATABASE_URL": "sqlite://"}, env_file=None))
    assert levels(nothing) == [FAIL] and "no platform is configured" in str(nothing[0])


async def test_the_command_prints_one_line_per_finding_and_fails_on_problems(
    platforms: Platforms, tmp_path: Path
) -> None:
    env = {**os.environ, **platforms.environ(), "NO_PROXY": "127.0.0.1,localhost"}
    command = [sys.executable, str(ROOT / "run_bot.py"), "setup"]
    checked = await _run(command, env, tmp_path)
    assert checked.returncode == 1 and len(checked.stdout.strip().splitlines()) == 7, checked.stdout + checked.stderr
    applied = await _run([*command, "--apply"], env, tmp_path)
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert [line.split()[0] for line in applied.stdout.splitlines()] == ["ok"] * 7
    assert ACCESS_TOKEN not in applied.stdout + applied.stderr and platforms.telegram.token not in applied.stderr


async def _run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the command in a thread, so the fakes in this event loop can answer it."""
    import asyncio

    return await asyncio.to_thread(subprocess.run, command, capture_output=True, text=True, cwd=cwd, env=env,
                                   timeout=60)


async def test_rich_menus_are_applied_once_and_old_ones_replaced(platforms: Platforms) -> None:
    settings = platforms.settings(TELEGRAM_BOT_TOKEN="")
    menus = platforms.line.richmenus
    await check_platforms(settings, apply=True)
    created, default = len(menus.made("create")), menus.default
    assert created == 28 and len(menus.images) == 28 and default is not None
    assert menus.menus[default]["name"].startswith("petition:ja:unsigned:")

    again = await check_platforms(settings, apply=True)
    assert "the 28 rich menus are up to date" in str(again[-1])
    assert len(menus.made("create")) == created and menus.made("delete") == [] and menus.default == default

    old = {**menus.menus[default], "richMenuId": "richmenu-old", "name": "petition:ja:unsigned:0123456789ab"}
    menus.menus["richmenu-old"], menus.images["richmenu-old"] = old, b"png"
    foreign = {**old, "richMenuId": "richmenu-theirs", "name": "another campaign's menu"}
    menus.menus["richmenu-theirs"] = foreign
    menus.default = "richmenu-old"
    checked = await check_platforms(settings)
    assert checked[-1].level == FAIL and "1 old ones are left" in str(checked[-1]), checked[-1]
    assert "the default rich menu is not set" in str(checked[-1])
    await check_platforms(settings, apply=True)
    assert "richmenu-old" not in menus.menus and "richmenu-theirs" in menus.menus and menus.default == default


async def test_stale_rich_menu_images_are_not_uploaded(platforms: Platforms) -> None:
    from bot.channels.line.richmenus import menu_specs
    from bot.channels.line.richmenus.sync import check_rich_menus
    from bot.core.campaign import load_campaign
    from bot.core.i18n import I18n

    campaign = load_campaign()
    specs = menu_specs(I18n(campaign.default_language, menu=campaign.language_menu), manifest={})
    assert all(spec.stale for spec in specs)
    findings = await check_rich_menus(None, None, specs, "ja", apply=True)  # type: ignore[arg-type]
    assert findings[0][0] == FAIL and "python -m bot.channels.line.richmenus.images" in findings[0][1]


async def test_account_modes_that_make_the_bot_misbehave_are_named(platforms: Platforms) -> None:
    platforms.line.bot_info.update(chatMode="chat", markAsReadMode="manual")
    findings = await check_platforms(platforms.settings(TELEGRAM_BOT_TOKEN=""))
    assert findings[1].level == WARN
    assert "turn off Chat" in str(findings[1]) and "'manual'" in str(findings[1])

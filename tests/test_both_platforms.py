"""LINE and Telegram served by one process with one database: separate signers, shared totals, no pushes."""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer

from bot.app.assembly import configured_channels
from bot.app.server import build_app
from bot.core.config import load_settings
from bot.core.service import PetitionService
from testkit.line_api import ACCESS_TOKEN, SECRET, FakeLineApi, LinePlatform
from testkit.telegram_api import FakeTelegram, TelegramPerson


async def test_one_process_serves_both_platforms_on_one_database(service: PetitionService) -> None:
    line_api, telegram = FakeLineApi(), FakeTelegram()
    line_url = await line_api.start()
    await telegram.start()
    settings = load_settings({
        "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN, "LINE_API_URL": line_url,
        "TELEGRAM_BOT_TOKEN": telegram.token, "TELEGRAM_API_URL": telegram.url,
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram/webhook", "TELEGRAM_WEBHOOK_SECRET": "s3cret",
    }, env_file=None)
    channels = configured_channels(settings, service)
    assert [c.name for c in channels] == ["telegram", "line"]
    client = TestClient(TestServer(build_app(channels)))
    await client.start_server()
    telegram.webhook_target = str(client.make_url("/telegram/webhook"))
    telegram.settle = next(c for c in channels if c.name == "telegram").drain  # type: ignore[attr-defined]
    for channel in channels:
        await channel.start()
    try:
        health = await client.get("/healthz")
        assert (await health.json())["channels"] == ["telegram", "line"]
        line_channel = next(c for c in channels if c.name == "line")
        hanako = LinePlatform(client, line_api, line_channel, service).user()  # type: ignore[arg-type]
        await hanako.open()
        await hanako.press("日本語")
        await hanako.press("署名する")
        await hanako.press("同意する")
        await hanako.say("山田 花子")
        await hanako.press("スキップ")
        await hanako.press("受け取る")
        await hanako.press("署名する")
        hanako.expect("現在の署名数:1")

        ana = TelegramPerson(telegram, 4242, first_name="Ana", language_code="pt")
        await ana.open()  # the app is in Portuguese: the petition in Portuguese at once, with a Language button
        ana.expect("Bem-vindo!", "📝")
        await ana.press("🌐 Idioma")
        await ana.press("English")
        await ana.press("Sign")
        await ana.press("I agree")
        await ana.say("Ana Souza")
        await ana.press("Skip")
        await ana.press("No, thanks")
        await ana.press("Confirm and sign")
        ana.expect("So far 2 people have signed")

        stats = await service.repo.stats()
        assert stats.by_platform == {"line": 1, "telegram": 1} and stats.people == 2
        assert not line_api.billable  # the whole LINE conversation was free
    finally:
        for channel in channels:
            await channel.stop()
        await client.close()
        await line_api.close()
        await telegram.close()

"""Running Telegram: webhook or polling set-up, the secret token, the command menu, start and stop."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import stat
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.channels.telegram.webhook import TelegramChannel, TelegramSetupError
from bot.core.config import ConfigError, load_settings
from bot.core.service import PetitionService
from testkit.common import free_port
from testkit.telegram_api import FakeTelegram, TelegramPerson, bot_settings, running_bot

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = ["message", "callback_query", "my_chat_member"]


async def test_the_webhook_is_registered_with_its_secret_and_only_the_updates_handled(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service, webhook=True, secret="a-Secret_token"):
        assert fake.webhook.url == "https://bot.example.org/telegram/webhook"
        assert fake.webhook.secret == "a-Secret_token"
        assert sorted(fake.webhook.allowed_updates) == sorted(ALLOWED)
    assert fake.webhook.url  # kept on stop


async def test_a_webhook_without_the_right_secret_is_refused_and_changes_nothing(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service, webhook=True, secret="right-secret") as bot:
        person = TelegramPerson(fake, 3001)
        update = fake.next_update(message=fake.text_message(person.user, person.chat, "/start"))
        assert await fake.post_webhook(update, "wrong-secret") == 403
        assert await fake.post_webhook(update, "right-secre") == 403
        assert await fake.post_webhook(update, None) == 403
        assert fake.sent_to(person.id) == [] and (await service.repo.totals()).people == 0
        async with aiohttp.ClientSession() as session:
            headers = {"X-Telegram-Bot-Api-Secret-Token": "right-secret"}
            async with session.post(f"{bot.url}/telegram/webhook", data=b"{not json", headers=headers) as answer:
                assert answer.status == 400
        assert await fake.post_webhook(update, "right-secret") == 200
        assert "Welcome" in fake.sent_to(person.id)[0].text
        bot.channel.stopping.set()  # as when stopping: Telegram is asked to deliver again later
        later = fake.next_update(message=fake.text_message(person.user, person.chat, "/help"))
        assert await fake.post_webhook(later, "right-secret") == 503
        assert len(fake.sent_to(person.id)) == 1


async def test_a_generated_secret_is_kept_beside_the_database(fake: FakeTelegram, db_url: str, tmp_path: Path) -> None:
    from tests.conftest import make_service

    service = await make_service(db_url)
    try:
        async with running_bot(fake, service, webhook=True, db_url=db_url):
            first = fake.webhook.secret
        kept = tmp_path / "petition.db.telegram-webhook-secret"
        assert first and kept.read_text().strip() == first
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        async with running_bot(fake, service, webhook=True, db_url=db_url):
            assert fake.webhook.secret == first
            person = TelegramPerson(fake, 3002)
            await person.open()
            person.expect("Welcome!")
    finally:
        await service.repo.close()


def test_a_malformed_secret_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
        load_settings({"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_SECRET": "no spaces!"}, env_file=None)


async def test_polling_removes_a_webhook_and_has_no_webhook_route(fake: FakeTelegram, service: PetitionService) -> None:
    fake.webhook.url = "https://old.example.org/hook"
    async with running_bot(fake, service) as bot:
        person = TelegramPerson(fake, 3003)
        await person.open()
        person.expect("Welcome!")
        assert fake.called("deleteWebhook") and not fake.webhook.url
        assert all(sorted(c.params["allowed_updates"]) == sorted(ALLOWED) for c in fake.called("getUpdates"))
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{bot.url}/telegram/webhook", json={}) as answer:
                assert answer.status in (404, 405)
            async with session.get(f"{bot.url}/healthz") as answer:
                assert (await answer.json())["channels"] == ["telegram"]
    # Stopping confirmed everything handled, so nothing comes again after a restart.
    assert fake.offsets[-1] > person.last_update["update_id"]


async def test_the_command_menu_is_set_in_japanese_english_and_by_default(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service):
        pass
    names = ["start", "sign", "share", "language", "status", "withdraw", "updates", "help", "privacy", "menu", "paper",
             "cancel", "whoami"]
    assert {"ja", "en", None} <= set(fake.commands)  # and one per other locale (tests/test_locale_tools.py)
    for commands in fake.commands.values():
        assert [c["command"] for c in commands] == names
    assert fake.commands["ja"][1]["description"] == "署名する"
    assert fake.commands[None] == fake.commands["en"]
    assert fake.commands["en"][1]["description"] == "Sign the petition"


async def test_a_refused_token_stops_the_start_without_showing_the_token(
    fake: FakeTelegram, service: PetitionService
) -> None:
    settings = bot_settings(fake)
    channel = TelegramChannel(service, settings)
    fake.token = "123456:another-token"  # the bot's token is now unknown to the server
    with pytest.raises(TelegramSetupError) as refused:
        await channel.start()
    assert settings.telegram_bot_token not in str(refused.value)
    await channel.bot.shutdown()


async def test_the_fake_reads_json_and_form_bodies_and_enforces_limits(fake: FakeTelegram) -> None:
    url = f"{fake.url}/bot{fake.token}/sendMessage"
    keyboard = {"inline_keyboard": [[{"text": "Go", "callback_data": "x" * 65}]]}
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json={"chat_id": 5, "text": "x" * 4097}) as answer:
            assert answer.status == 400 and "too long" in (await answer.json())["description"]
        form = {"chat_id": "5", "text": "hi", "reply_markup": json.dumps(keyboard)}
        async with session.post(url, data=form) as answer:
            assert answer.status == 400 and "BUTTON_DATA_INVALID" in (await answer.json())["description"]
        async with session.post(url, json={"chat_id": 5, "text": "x" * 4096}) as answer:
            assert answer.status == 200
        async with session.post(f"{url}?chat_id=5&text=hello") as answer:
            assert (await answer.json())["result"]["text"] == "hello"


async def test_run_bot_serves_telegram_and_stops_cleanly_on_sigterm(fake: FakeTelegram, tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ, "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_URL": fake.url, "PORT": str(port),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'run.db'}", "TELEGRAM_WEBHOOK_URL": "",
        "LINE_CHANNEL_SECRET": "", "LINE_CHANNEL_ACCESS_TOKEN": "",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "run_bot.py"), "serve", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        person = TelegramPerson(fake, 3004)
        await person.open()  # answered once the bot polls
        person.expect("Welcome!")
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as answer:
                assert (await answer.json())["channels"] == ["telegram"]
        process.send_signal(signal.SIGTERM)
        _, errors = await asyncio.wait_for(process.communicate(), 20)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, errors.decode()
    assert fake.token not in errors.decode() and fake.token.split(":")[1] not in errors.decode()
    assert fake.offsets[-1] > person.last_update["update_id"]


async def test_by_webhook_a_button_press_is_answered_in_the_webhooks_answer(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service, webhook=True, secret="right-secret"):
        person = TelegramPerson(fake, 3002)
        assert await person.open() == 200
        assert await person.press("English") == 200
        assert await person.press("The 5 concerns") == 200
    answers = fake.called("answerCallbackQuery")
    assert len(answers) == len(fake.queries) == 2 and all(fake.queries.values())  # each press answered once
    assert fake.called("answerCallbackQuery", status=200) == answers
    person.expect("1/5")

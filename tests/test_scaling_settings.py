"""The settings for running several instances: pool size, Telegram's webhook connections, instances."""

from __future__ import annotations

import pytest

from bot.core.config import ConfigError, load_settings
from bot.core.service import PetitionService
from storage import open_repository
from storage.postgres.repository import PostgresRepository
from testkit.telegram_api import FakeTelegram, running_bot


def test_defaults_and_limits() -> None:
    settings = load_settings({}, env_file=None)
    assert (settings.database_pool_size, settings.telegram_max_connections, settings.instances) == (10, 40, 1)
    chosen = load_settings({"DATABASE_POOL_SIZE": "4", "TELEGRAM_MAX_CONNECTIONS": "100", "INSTANCES": "3",
                            "DATABASE_URL": "postgresql://bot@127.0.0.1/petition"}, env_file=None)
    assert (chosen.database_pool_size, chosen.telegram_max_connections, chosen.instances) == (4, 100, 3)
    for name, bad in (("DATABASE_POOL_SIZE", "0"), ("TELEGRAM_MAX_CONNECTIONS", "101"), ("INSTANCES", "two")):
        with pytest.raises(ConfigError, match=name):
            load_settings({name: bad}, env_file=None)
    with pytest.raises(ConfigError, match="INSTANCES above 1 needs a PostgreSQL"):
        load_settings({"INSTANCES": "2"}, env_file=None)  # SQLite


def test_the_pool_size_reaches_the_postgresql_repository() -> None:
    repo = open_repository("postgresql://bot@127.0.0.1/petition", 7)
    assert isinstance(repo, PostgresRepository) and repo.pool_size == 7


async def test_the_webhook_is_set_with_max_connections(fake: FakeTelegram, service: PetitionService) -> None:
    async with running_bot(fake, service, webhook=True, secret="s3cret"):
        pass
    (call,) = fake.called("setWebhook")
    assert int(call.params["max_connections"]) == 40

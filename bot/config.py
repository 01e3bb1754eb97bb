"""Settings from environment variables (and a `.env` file if present), checked at start.

Every setting is listed in SETTINGS with its default and meaning; `run_bot.py --help` prints them,
and every validation error names the variable at fault.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

from bot.campaign import DEFAULT_FILE


class ConfigError(Exception):
    pass


SETTINGS: tuple[tuple[str, str, str], ...] = (
    ("DATABASE_URL", "sqlite:///petition.db", "where data lives: sqlite:///relative.db or sqlite:////abs/path.db"),
    ("CAMPAIGN_FILE", str(DEFAULT_FILE), "the campaign TOML file (links, address, addressees, goal)"),
    ("LOG_LEVEL", "INFO", "DEBUG, INFO, WARNING or ERROR"),
    ("HOST", "127.0.0.1", "address the webhook server listens on"),
    ("PORT", "8080", "port of the webhook server (also serves /healthz)"),
    ("TELEGRAM_BOT_TOKEN", "", "enables Telegram"),
    ("TELEGRAM_WEBHOOK_URL", "", "public https URL of /telegram/webhook; empty: long polling"),
    ("TELEGRAM_WEBHOOK_SECRET", "", "secret token Telegram sends with each webhook; generated if empty"),
    ("TELEGRAM_API_URL", "https://api.telegram.org", "Bot API server"),
    ("LINE_CHANNEL_SECRET", "", "enables LINE, with LINE_CHANNEL_ACCESS_TOKEN"),
    ("LINE_CHANNEL_ACCESS_TOKEN", "", "enables LINE, with LINE_CHANNEL_SECRET"),
    ("LINE_API_URL", "https://api.line.me", "LINE Messaging API server"),
)
_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


@dataclass(frozen=True)
class Settings:
    database_url: str
    campaign_file: Path
    log_level: str
    host: str
    port: int
    telegram_bot_token: str
    telegram_webhook_url: str
    telegram_webhook_secret: str
    telegram_api_url: str
    line_channel_secret: str
    line_channel_access_token: str
    line_api_url: str

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_bot_token)

    @property
    def line_enabled(self) -> bool:
        return bool(self.line_channel_secret and self.line_channel_access_token)

    def __repr__(self) -> str:  # never print tokens or secrets
        return (
            f"Settings(database_url={self.database_url!r}, telegram={self.telegram_enabled},"
            f" line={self.line_enabled})"
        )


def load_settings(environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")) -> Settings:
    """Read settings: the environment wins over `.env`, which wins over the defaults."""
    values = {name: default for name, default, _ in SETTINGS}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if k in values and v is not None})
    source = os.environ if environ is None else environ
    values.update({name: source[name] for name in values if name in source})
    return _validate({k: v.strip() for k, v in values.items()})


def _validate(v: dict[str, str]) -> Settings:
    if not v["DATABASE_URL"].startswith("sqlite:///") and v["DATABASE_URL"] not in ("sqlite://",):
        raise ConfigError("DATABASE_URL must look like sqlite:///petition.db (relative) or sqlite:////abs/path.db")
    if v["LOG_LEVEL"].upper() not in _LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(_LEVELS)}")
    if not v["PORT"].isdigit() or not 0 < int(v["PORT"]) < 65536:
        raise ConfigError("PORT must be a number from 1 to 65535")
    if not Path(v["CAMPAIGN_FILE"]).is_file():
        raise ConfigError(f"CAMPAIGN_FILE: no such file: {v['CAMPAIGN_FILE']}")
    if bool(v["LINE_CHANNEL_SECRET"]) != bool(v["LINE_CHANNEL_ACCESS_TOKEN"]):
        raise ConfigError("LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN must be set together")
    for name in ("TELEGRAM_WEBHOOK_URL",):
        if v[name] and not v[name].startswith("https://"):
            raise ConfigError(f"{name} must be an https:// URL")
    for name in ("TELEGRAM_API_URL", "LINE_API_URL"):
        if not v[name].startswith(("https://", "http://")):
            raise ConfigError(f"{name} must be an http(s):// URL")
    return Settings(
        database_url=v["DATABASE_URL"], campaign_file=Path(v["CAMPAIGN_FILE"]), log_level=v["LOG_LEVEL"].upper(),
        host=v["HOST"], port=int(v["PORT"]), telegram_bot_token=v["TELEGRAM_BOT_TOKEN"],
        telegram_webhook_url=v["TELEGRAM_WEBHOOK_URL"], telegram_webhook_secret=v["TELEGRAM_WEBHOOK_SECRET"],
        telegram_api_url=v["TELEGRAM_API_URL"].rstrip("/"), line_channel_secret=v["LINE_CHANNEL_SECRET"],
        line_channel_access_token=v["LINE_CHANNEL_ACCESS_TOKEN"], line_api_url=v["LINE_API_URL"].rstrip("/"),
    )

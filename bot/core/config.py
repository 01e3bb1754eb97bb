"""Settings from environment variables (and a `.env` file if present), checked at start.

Every setting is listed in SETTINGS with its default and meaning; `run_bot.py --help` prints them,
and every validation error names the variable at fault.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from dotenv import dotenv_values

from bot.core.campaign import DEFAULT_FILE


class ConfigError(Exception):
    pass


SETTINGS: tuple[tuple[str, str, str], ...] = (
    ("DATABASE_URL", "sqlite:///petition.db",
     "where data lives: sqlite:///relative.db, sqlite:////abs/path.db or postgresql://user:password@host/db"),
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
    ("LINE_API_DATA_URL", "https://api-data.line.me", "LINE's server for content uploads (rich menu images)"),
    ("LINE_WEBHOOK_URL", "", "public https URL of /line/webhook, checked (and set with --apply) by `run_bot.py setup`"),
    ("ORGANIZER_TELEGRAM_IDS", "", "comma-separated Telegram user ids allowed to use organizer commands"),
    ("ORGANIZER_LINE_IDS", "", "comma-separated LINE user ids allowed to use organizer commands"),
    ("ORGANIZER_NAME", "", "who runs broadcasts and exports from the shell, for the audit (or give --as NAME)"),
    ("ORGANIZER_LANGUAGE", "en", "the language of the organizer commands' messages in the shell (a locale)"),
    ("PUBLIC_BASE_URL", "", "the bot's public https:// address; LINE fetches broadcast pictures from it"),
    ("TELEGRAM_BROADCAST_RATE", "30", "broadcast messages per second on Telegram (its limit is about 30)"),
    ("LINE_MULTICAST_RATE", "200", "multicast requests per second on LINE (its limit is 200)"),
    ("BROADCAST_CHECK_SECONDS", "15", "seconds between the serving process's looks for scheduled broadcasts"
     " that are due and unfinished ones to resume"),
    ("DB_CHECK_ON_START", "no", "yes: run PRAGMA integrity_check at start and refuse to run on a damaged database"),
    ("DASHBOARD_URL", "", "public address of the organizers' dashboard, e.g. https://bot.example.org/dashboard/;"
     " empty: http://HOST:PORT/dashboard/"),
    ("ACCESS_LOG", "no", "yes: log a line per HTTP request (method, path, status; it costs CPU per webhook)"),
    ("DATABASE_POOL_SIZE", "10", "PostgreSQL connections each process keeps (1-1000); see docs/operations-scaling.md"),
    ("TELEGRAM_MAX_CONNECTIONS", "40", "webhook connections Telegram may open at once (setWebhook max_connections)"),
    ("INSTANCES", "1", "bot processes behind one proxy (PostgreSQL): each takes its share of a person's flood budget"),
)
MAX_BODY = 1024 * 1024  # webhook bodies larger than this are refused before parsing
# Event ids are remembered this long (longer than LINE or Telegram redeliver), then forgotten by upkeep;
# a LINE event older than REPLAY_WINDOW is refused, so a captured request cannot be applied again later.
EVENT_MEMORY = timedelta(days=3)
REPLAY_WINDOW = timedelta(days=2)

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
    line_api_data_url: str
    line_webhook_url: str = ""
    organizer_telegram_ids: frozenset[str] = frozenset()
    organizer_line_ids: frozenset[str] = frozenset()
    telegram_broadcast_rate: float = 30.0
    line_multicast_rate: float = 200.0
    broadcast_check_seconds: float = 15.0
    db_check_on_start: bool = False
    access_log: bool = False
    database_pool_size: int = 10
    telegram_max_connections: int = 40
    instances: int = 1
    organizer_name: str = ""
    organizer_language: str = "en"
    public_base_url: str = ""
    dashboard_address: str = ""

    @property
    def dashboard_url(self) -> str:
        """The dashboard's public address, ending in a slash."""
        return self.dashboard_address or f"http://{self.host}:{self.port}/dashboard/"

    def is_organizer(self, platform: str, user_id: str) -> bool:
        ids = {"telegram": self.organizer_telegram_ids, "line": self.organizer_line_ids}.get(platform, frozenset())
        return user_id in ids

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
    postgres = v["DATABASE_URL"].startswith(("postgresql://", "postgres://"))
    if not (v["DATABASE_URL"].startswith("sqlite:///") or v["DATABASE_URL"] == "sqlite://" or postgres):
        raise ConfigError("DATABASE_URL must look like sqlite:///petition.db (relative), sqlite:////abs/path.db"
                          " or postgresql://user:password@host:5432/database")
    if postgres and v["TELEGRAM_WEBHOOK_URL"] and not v["TELEGRAM_WEBHOOK_SECRET"]:
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET must be set with a PostgreSQL DATABASE_URL: every instance must"
                          " check the same secret (generate one with: openssl rand -hex 32)")
    if v["LOG_LEVEL"].upper() not in _LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(_LEVELS)}")
    if not v["PORT"].isdigit() or not 0 < int(v["PORT"]) < 65536:
        raise ConfigError("PORT must be a number from 1 to 65535")
    if not Path(v["CAMPAIGN_FILE"]).is_file():
        raise ConfigError(f"CAMPAIGN_FILE: no such file: {v['CAMPAIGN_FILE']}")
    if bool(v["LINE_CHANNEL_SECRET"]) != bool(v["LINE_CHANNEL_ACCESS_TOKEN"]):
        raise ConfigError("LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN must be set together")
    if v["TELEGRAM_WEBHOOK_SECRET"] and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", v["TELEGRAM_WEBHOOK_SECRET"]):
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters among A-Z, a-z, 0-9, _ and -")
    for name in ("TELEGRAM_WEBHOOK_URL", "LINE_WEBHOOK_URL", "PUBLIC_BASE_URL"):
        if v[name] and not v[name].startswith("https://"):
            raise ConfigError(f"{name} must be an https:// URL")
    for name in ("TELEGRAM_API_URL", "LINE_API_URL", "LINE_API_DATA_URL"):
        if not v[name].startswith(("https://", "http://")):
            raise ConfigError(f"{name} must be an http(s):// URL")
    for name in ("TELEGRAM_BROADCAST_RATE", "LINE_MULTICAST_RATE"):
        try:
            if not 0 < float(v[name]) <= 10000:
                raise ValueError
        except ValueError:
            raise ConfigError(f"{name} must be a number of messages per second, above 0") from None
    try:
        if not 0 < float(v["BROADCAST_CHECK_SECONDS"]) <= 3600:
            raise ValueError
    except ValueError:
        raise ConfigError("BROADCAST_CHECK_SECONDS must be a number of seconds, above 0 and at most 3600") from None
    if v["DASHBOARD_URL"] and not re.fullmatch(r"https?://[^\s/]+(/\S*)?/dashboard/", v["DASHBOARD_URL"]):
        raise ConfigError("DASHBOARD_URL must be an http(s):// address ending in /dashboard/")
    for name in ("DB_CHECK_ON_START", "ACCESS_LOG"):
        if v[name].lower() not in ("yes", "no", "1", "0", "true", "false"):
            raise ConfigError(f"{name} must be yes or no")
    for name, top in (("DATABASE_POOL_SIZE", 1000), ("TELEGRAM_MAX_CONNECTIONS", 100), ("INSTANCES", 100)):
        if not v[name].isdigit() or not 1 <= int(v[name]) <= top:
            raise ConfigError(f"{name} must be a whole number from 1 to {top}")
    if int(v["INSTANCES"]) > 1 and not postgres:
        raise ConfigError("INSTANCES above 1 needs a PostgreSQL DATABASE_URL: a SQLite database has one instance")
    return Settings(
        database_pool_size=int(v["DATABASE_POOL_SIZE"]), telegram_max_connections=int(v["TELEGRAM_MAX_CONNECTIONS"]),
        instances=int(v["INSTANCES"]),
        db_check_on_start=v["DB_CHECK_ON_START"].lower() in ("yes", "1", "true"),
        access_log=v["ACCESS_LOG"].lower() in ("yes", "1", "true"),
        organizer_telegram_ids=_ids(v["ORGANIZER_TELEGRAM_IDS"]), organizer_line_ids=_ids(v["ORGANIZER_LINE_IDS"]),
        telegram_broadcast_rate=float(v["TELEGRAM_BROADCAST_RATE"]),
        line_multicast_rate=float(v["LINE_MULTICAST_RATE"]),
        broadcast_check_seconds=float(v["BROADCAST_CHECK_SECONDS"]),
        database_url=v["DATABASE_URL"], campaign_file=Path(v["CAMPAIGN_FILE"]), log_level=v["LOG_LEVEL"].upper(),
        host=v["HOST"], port=int(v["PORT"]), telegram_bot_token=v["TELEGRAM_BOT_TOKEN"],
        telegram_webhook_url=v["TELEGRAM_WEBHOOK_URL"], telegram_webhook_secret=v["TELEGRAM_WEBHOOK_SECRET"],
        telegram_api_url=v["TELEGRAM_API_URL"].rstrip("/"), line_channel_secret=v["LINE_CHANNEL_SECRET"],
        line_channel_access_token=v["LINE_CHANNEL_ACCESS_TOKEN"], line_api_url=v["LINE_API_URL"].rstrip("/"),
        line_api_data_url=v["LINE_API_DATA_URL"].rstrip("/"),
        line_webhook_url=v["LINE_WEBHOOK_URL"], dashboard_address=v["DASHBOARD_URL"],
        organizer_name=v["ORGANIZER_NAME"],
        organizer_language=v["ORGANIZER_LANGUAGE"] or "en", public_base_url=v["PUBLIC_BASE_URL"].rstrip("/"),
    )


def _ids(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(",") if part.strip())

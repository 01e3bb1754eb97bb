"""Telegram set-up that touches neither updates nor replies: the webhook secret and quiet loggers.

Without TELEGRAM_WEBHOOK_SECRET, a secret is generated once and kept in a file beside the SQLite
database (`petition.db.telegram-webhook-secret`, readable by its owner only), so that it survives
restarts and stays with the data it protects; an in-memory database gets a fresh one per start,
which is enough since the webhook is registered again at every start.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from pathlib import Path

from bot.core.config import Settings
from storage.sqlite.repository import MEMORY, sqlite_path

log = logging.getLogger(__name__)
SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what setWebhook accepts as secret_token
SECRET_SUFFIX = ".telegram-webhook-secret"


def hide_token_from_logs() -> None:
    """Keep the token and chat contents out of logs: httpx logs URLs at INFO, PTB payloads at DEBUG."""
    for name, level in (("httpx", logging.WARNING), ("httpcore", logging.WARNING), ("telegram", logging.INFO)):
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.level, level))


def secret_file(database_url: str) -> Path | None:
    """Name the file beside the database that keeps a generated secret (None for :memory:)."""
    path = sqlite_path(database_url)
    return None if path == MEMORY else Path(path + SECRET_SUFFIX)


def webhook_secret(settings: Settings) -> str:
    """Use TELEGRAM_WEBHOOK_SECRET, else the secret kept beside the database, made on first use."""
    if settings.telegram_webhook_secret:
        return settings.telegram_webhook_secret
    path = secret_file(settings.database_url)
    if path is None:
        return secrets.token_urlsafe(32)
    if path.is_file():
        kept = path.read_text(encoding="ascii", errors="replace").strip()
        if SECRET.fullmatch(kept):
            return kept
        log.warning("the kept webhook secret is unreadable; making a new one")
    secret = secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as file:
        file.write(secret + "\n")
    os.chmod(path, 0o600)
    return secret

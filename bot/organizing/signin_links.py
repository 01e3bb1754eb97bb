"""One-time sign-in links to the organizers' dashboard, made by `run_bot.py dashboard-link` and /dashboard.

A link carries a random token; only its hash is stored, with who asked for it and when it expires.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from storage.base import Transaction

LINK_MINUTES = 15  # how long a sign-in link works unless asked otherwise
SIGNIN_PATH = "signin/"  # under the dashboard's address


async def new_link(tx: Transaction, dashboard_url: str, actor: str, now: datetime,
                   minutes: int = LINK_MINUTES) -> str:
    """Store a fresh token for `actor` and return the sign-in address that carries it."""
    token = secrets.token_urlsafe(32)
    await tx.dashboard.add_link(token, actor, now, now + timedelta(minutes=minutes))
    return f"{dashboard_url}{SIGNIN_PATH}{token}"

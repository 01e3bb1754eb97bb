"""The time the bot lives by: UTC, made aware, so storage and rendering agree."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)

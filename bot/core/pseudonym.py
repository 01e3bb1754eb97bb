"""Pseudonyms for logs: correlate one person's lines without ever logging who they are."""

from __future__ import annotations

import hashlib
import hmac
import os

_LOG_KEY = os.urandom(16)  # new at every start: a pseudonym cannot be traced back across restarts


def pseudonym(platform: str, user_id: str) -> str:
    """A keyed hash of a person, to correlate log lines without logging who they are."""
    return hmac.new(_LOG_KEY, f"{platform}:{user_id}".encode(), hashlib.sha256).hexdigest()[:10]

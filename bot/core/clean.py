"""Text that every database and log can hold: valid UTF-8 and no NUL.

A signed webhook may still carry a lone surrogate (JSON's "\\ud800") or a NUL: SQLite cannot encode the
one, PostgreSQL refuses the other. Such an event is ignored with a 2xx (a 5xx would make the platform
send it again and again), and neither the value nor a traceback holding it reaches the log.
"""

from __future__ import annotations

from bot.core.types import Event


def is_clean(text: str) -> bool:
    """Valid UTF-8 (no lone surrogate) and no NUL."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def storable(event: Event) -> bool:
    """Whether every text an event carries can be stored and logged."""
    payload = event.payload.value if event.payload is not None else ""
    texts = (event.platform, event.user_id, event.text, event.event_id or "", event.language_hint or "", payload)
    return all(is_clean(text) for text in texts)

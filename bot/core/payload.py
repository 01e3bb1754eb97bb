"""Typed button payloads, encoded as short strings that fit every platform.

Telegram allows 1-64 bytes of callback data and LINE 300 characters of postback data, so a payload
is `action` or `action:value`, and is refused at construction if it would not fit in 64 bytes.
Decoding never raises: anything unknown or malformed becomes None and is treated as free text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

MAX_BYTES = 64
_VALUE = re.compile(r"[A-Za-z0-9_-]{1,40}")
_CHECKED: set[tuple[str, str]] = set()


class Action(StrEnum):
    LANGUAGE = "lang"  # value: a locale code
    READ = "read"  # open the petition, or go on reading where one stopped
    NEXT = "next"  # the next concern
    BACKGROUND = "bg"
    SIGN = "sign"
    CONSENT = "consent"  # value: yes | no
    PREFECTURE = "pref"  # value: 01..47 | abroad | skip
    UPDATES_CHOICE = "subscribe"  # value: yes | no, asked while signing
    CONFIRM = "confirm"  # value: yes | change
    WITHDRAW = "withdraw"  # value: yes | no, after /withdraw
    UPDATES = "updates"  # value: on | off, outside signing
    COMMAND = "cmd"  # value: a command name, for menu buttons
    ORGANIZER = "org"  # value: skip | nolink | aud-<audience> | send, while composing a broadcast


@dataclass(frozen=True)
class Payload:
    action: Action
    value: str = ""

    def __post_init__(self) -> None:
        if (self.action, self.value) in _CHECKED:  # the same few dozen payloads are made for every answer
            return
        if self.value and not _VALUE.fullmatch(self.value):
            raise ValueError(f"payload value {self.value!r} is not a short token")
        if len(self.encode().encode("utf-8")) > MAX_BYTES:
            raise ValueError("payload longer than 64 bytes")
        if len(_CHECKED) < 10_000:
            _CHECKED.add((self.action, self.value))

    def encode(self) -> str:
        return f"{self.action.value}:{self.value}" if self.value else self.action.value

    @classmethod
    def decode(cls, data: str | None) -> Payload | None:
        if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
            return None
        action, _, value = data.partition(":")
        try:
            return cls(Action(action), value)
        except ValueError:
            return None

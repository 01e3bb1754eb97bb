"""Shared pieces of the hostile-input tests: nasty names, a private event loop, and the checks.

The property tests run hypothesis inside a plain (synchronous) test on an event loop of their own, so
that one bot, one fake platform and one database serve every example: setting them up per example
would make the tests slow, and sharing them is closer to a real server, which also sees one hostile
request after another.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import Coroutine, Iterable
from functools import lru_cache
from typing import Any, TypeVar

from hypothesis import HealthCheck, example, settings
from hypothesis import strategies as st

from bot.core.i18n import I18n
from bot.core.router import split_command
from bot.core.text_match import fold
from handlers.names import check_name
from handlers.signing import QUESTION_MARKS

T = TypeVar("T")

# Moderate counts, a fixed order of examples and no example database: the same run in CI every time.
HOSTILE = settings(
    max_examples=40, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MANY = settings(HOSTILE, max_examples=100)  # for cheap examples: one request each

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e"
EMOJI = ["😀", "👍🏽", "👨\u200d👩\u200d👧", "🇯🇵", "1\ufe0f\u20e3", "❤️", "🙏"]
SQL = ["Robert'); DROP TABLE signatures;--", "' OR '1'='1", "\"; DELETE FROM people; --", "x' UNION SELECT *--"]
CSV = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A9)", "\t=1+1",
       'Yamada, "Hanako"\nTaro', "a;b;c"]
NAMES = [
    "Hanako Yamada", "山田 花子", "Nguyễn Văn An", "José Ñúñez", "O'Brien", "Anne-Marie", "Zoë", "Ali ibn Ahmad",
    "ก้้้้้้้้้", "Z̴̡̢͎̫͚̩͕̗̀̍̌͌͛͐ä̸͍̪̣̯̺́̏̔l̷g̷o", "a" * 10_000, "あ" * 10_000, "Hana\x00ko", "Hana\u202eokaH",
    "Hana\u200bko", "e\u0301\u0301\u0301\u0301\u0301", "\u3000\u3000", "", "   ", "Hanako 😀", "www.evil.com",
    "ｈａｎａｋｏ", "\U0001d4d7\U0001d4ea\U0001d4f7", "﷽", "/sign", "status", "1", "²", "١", "⑴",
]

# Tried first by every name test: one of each kind the issue names.
MUST_TRY = ["Hanako Yamada", "a" * 10_000, "Hana\x07ko", "Hana\u202eokaH", "Hana\u200bko", "Zoe\u0308",
            "e\u0301\u0301\u0301\u0301\u0301", "Hanako 😀", SQL[0], CSV[0], CSV[5], "ｈａｎａｋｏ"]


def try_names(test: Any) -> Any:
    """Add the MUST_TRY names as explicit examples of a test that takes `name`."""
    for name in MUST_TRY:
        test = example(name=name)(test)
    return test


_letters = st.characters(categories=["Lu", "Ll", "Lo", "Lt", "Lm"])
_hostile_chars = st.one_of(
    st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs", "Co"]),
    st.sampled_from(BIDI + ZERO_WIDTH),
    st.characters(categories=["Mn", "Me", "Mc"]),
    st.characters(categories=["So", "Sm", "Sc", "Sk", "Nd", "No", "Po", "Pd"]),
)
_hostile_pieces = st.one_of(_hostile_chars, st.sampled_from(EMOJI))  # emoji may be several code points


def _pieces(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.lists(_hostile_pieces, min_size=min_size, max_size=max_size).map("".join)


@st.composite
def _mixed(draw: st.DrawFn) -> str:
    """Letters with hostile characters sprinkled in, at the start, middle or end."""
    base = draw(st.text(_letters, min_size=1, max_size=12))
    parts = draw(st.lists(_pieces(1, 3), max_size=3))
    for part in parts:
        at = draw(st.integers(0, len(base)))
        base = base[:at] + part + base[at:]
    return base


# A name as a person might type it, or as an attacker would.
names = st.one_of(
    st.sampled_from(NAMES + SQL + CSV),
    _mixed(),
    _pieces(0, 20),
    st.text(max_size=60),
    st.builds(lambda n, e: n * e, st.sampled_from(["a", "あ", "😀", "e\u0301", "\u200b"]), st.integers(90, 10_000)),
)

# Whatever a person may type anywhere in the conversation: names, commands, numbers, nonsense.
typed = st.one_of(
    names,
    st.sampled_from(["/start", "/sign", "/status", "/withdraw", "/language", "/help", "/menu", "/updates",
                     "/privacy", "/paper", "yes", "no", "はい", "skip", "Tokyo", "東京", "/", "/sign@other_bot",
                     "/start " + "x" * 500]),
)


def valid_or_absent(name: object) -> bool:
    """A stored name follows handlers/names.py exactly: cleaning it again changes nothing."""
    return name is None or (isinstance(name, str) and check_name(name).name == name)


def expected_name(typed_name: str) -> str | None:
    """The name a signature should hold after this text was typed at the name step (None: refused)."""
    if split_command(typed_name) is not None:
        return None  # a slash command is never taken as a name
    if any(mark in typed_name for mark in QUESTION_MARKS):
        return None  # a question is answered, not signed with
    if fold(typed_name) in _leaving_words():
        return None  # the Cancel button's label, or a word for cancel in any language, leaves signing
    return check_name(typed_name).name


@lru_cache(maxsize=1)
def _leaving_words() -> frozenset[str]:
    i18n = I18n("ja")
    words = {fold(word) for words in i18n.words("keywords-cancel").values() for word in words}
    return frozenset(words | {fold(i18n.format("en", "button-cancel"))})


def stored(db_path: str) -> dict[str, Any]:
    """Read what the database holds, on a read-only connection of its own."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        signatures = db.execute(
            "SELECT p.platform, p.user_id, s.name, s.prefecture FROM signatures s JOIN people p ON p.id = s.person_id"
        ).fetchall()
        drafts = [json.loads(row[0]) for row in db.execute("SELECT draft FROM people")]
        events = db.execute("SELECT count(*), count(DISTINCT platform || ':' || event_id) FROM processed_events")
        total, distinct = events.fetchone()
    finally:
        db.close()
    return {"signatures": signatures, "drafts": drafts, "events": (total, distinct)}


def assert_nothing_invalid_stored(db_path: str) -> dict[str, Any]:
    """Every stored or drafted name passes the name rules; every prefecture is a known code."""
    data = stored(db_path)
    places = {f"{n:02d}" for n in range(1, 48)} | {"abroad", None}
    for _, _, name, prefecture in data["signatures"]:
        assert valid_or_absent(name), f"invalid name stored: {name!r}"
        assert prefecture in places, f"invalid prefecture stored: {prefecture!r}"
    for draft in data["drafts"]:
        assert valid_or_absent(draft.get("name")), f"invalid name drafted: {draft.get('name')!r}"
    return data


def signed_names(db_path: str, platform: str, user_id: str) -> list[str]:
    return [name for p, u, name, _ in stored(db_path)["signatures"] if (p, u) == (platform, user_id)]


def assert_clean_log(records: Iterable[logging.LogRecord]) -> None:
    """No stack trace and no error from the bot or the web server: hostile input is handled, not crashed on."""
    for record in records:
        assert record.exc_info is None, f"stack trace logged: {record.name}: {record.getMessage()}"
        assert not (record.levelno >= logging.ERROR and record.name.startswith(("bot", "aiohttp"))), (
            f"error logged: {record.name}: {record.getMessage()}"
        )


class Loop:
    """An event loop owned by a synchronous test, to run coroutines from inside hypothesis examples."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()

    def run(self, work: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(work)

    def close(self) -> None:
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()

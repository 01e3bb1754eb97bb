"""An attacker with a captured signed LINE request, or with signed but malformed input, on both backends.

Replaying a genuine request any number of times costs its sender nothing (duplicates are not counted by
the flood control); a LINE userId, webhookEventId or text holding a lone surrogate or a NUL is answered
2xx and ignored: never a 5xx (LINE would redeliver it), no traceback, and the value never reaches the log.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from testkit.line_api import LinePlatform, LineUser, line_platform, sign
from tests.backends import BACKENDS, backend_url, open_service, tables
from tests.hostile import assert_clean_log

ORGANIZER = "Uorganizer0000000000000000000000"


@pytest.fixture(params=BACKENDS)
async def line(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> AsyncIterator[tuple[LinePlatform, str]]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    caplog.set_level(logging.DEBUG)
    url = backend_url(request, tmp_path / "data")
    service = await open_service(url, organizers=lambda platform, user_id: user_id == ORGANIZER)
    try:
        async with line_platform(service) as platform:
            yield platform, url
    finally:
        await service.repo.close()


def text_event(line: LinePlatform, user: LineUser, text: str, **source: str) -> dict[str, Any]:
    message = {"type": "text", "id": uuid.uuid4().hex[:14], "quoteToken": uuid.uuid4().hex, "text": text}
    event = line.event("message", {**user.source, **source}, message=message)
    event["replyToken"] = line.api.issue_reply_token()
    return event


def body_of(*events: dict[str, Any]) -> bytes:
    """A webhook body as LINE encodes it: JSON, with \\u escapes (a lone surrogate stays an escape)."""
    return json.dumps({"destination": "Ubot", "events": list(events)}).encode()


async def test_45_replays_of_a_captured_request_do_not_silence_its_sender(
    line: tuple[LinePlatform, str], caplog: pytest.LogCaptureFixture
) -> None:
    platform, url = line
    user = platform.user()
    await user.open()
    captured = body_of(text_event(platform, user, "/help"))
    assert await platform.post(captured, sign(captured)) == 200  # the genuine request
    replies = len(platform.api.made("reply"))
    for _ in range(45):  # the attacker replays it: signed, and LINE signatures carry no time
        assert await platform.post(captured, sign(captured)) == 200
    assert len(platform.api.made("reply")) == replies, "a replayed event must not be answered again"
    await user.say("/help")  # the person's next genuine message
    assert user.last, "a genuine event after the replays must be answered"
    user.expect("「取り消し」")
    processed = (await tables(url))["processed_events"]
    assert len(processed) == 3  # follow, the captured /help, the new /help: replays stored nothing
    assert_clean_log(caplog.records)


async def test_a_request_captured_days_ago_is_refused_once_its_id_may_be_forgotten(
    line: tuple[LinePlatform, str], caplog: pytest.LogCaptureFixture
) -> None:
    platform, url = line
    user = platform.user()
    await user.open()
    old = text_event(platform, user, "/help")
    old["timestamp"] -= 3 * 24 * 3600 * 1000  # sent three days ago, its id forgotten since
    captured = body_of(old)
    assert await platform.post(captured, sign(captured)) == 200
    assert len((await tables(url))["processed_events"]) == 1 and not platform.api.made("reply")[1:]
    assert "older than the replay window" in caplog.text


UNSTORABLE = ["\ud800", "a\x00b", "\udfff\udbff", "\x00"]


@pytest.mark.parametrize("bad", UNSTORABLE, ids=["lone-high", "nul", "reversed-pair", "only-nul"])
async def test_signed_unstorable_values_are_ignored_with_2xx(
    line: tuple[LinePlatform, str], caplog: pytest.LogCaptureFixture, bad: str
) -> None:
    platform, url = line
    user = platform.user()
    await user.open()
    before = await tables(url)
    attempts = [
        text_event(platform, user, "/help", userId="U" + bad),  # the userId
        {**text_event(platform, user, "/help"), "webhookEventId": "01H" + bad},  # the event id
        text_event(platform, user, "hello " + bad),  # a message text
        text_event(platform, user, bad),
    ]
    for event in attempts:
        body = body_of(event)
        status = await platform.post(body, sign(body))
        assert 200 <= status < 500, f"a signed event with {bad!r} got {status}"
    together = body_of(*attempts)  # and all in one request
    assert 200 <= await platform.post(together, sign(together)) < 500
    after = await tables(url)
    assert after["people"] == before["people"] and after["processed_events"] == before["processed_events"]
    assert_clean_log(caplog.records)
    assert not [r for r in caplog.records if bad in r.getMessage() or ascii(bad)[1:-1] in r.getMessage()]
    await user.say("/help")  # the person is still answered
    user.expect("「取り消し」")


async def test_an_organizers_broadcast_text_with_a_nul_or_surrogate_is_ignored(
    line: tuple[LinePlatform, str], caplog: pytest.LogCaptureFixture
) -> None:
    platform, url = line
    organizer = platform.user(ORGANIZER)
    await organizer.open()
    await organizer.say("/broadcast")
    for bad in UNSTORABLE:
        body = body_of(text_event(platform, organizer, f"お知らせ {bad}"))
        status = await platform.post(body, sign(body))
        assert 200 <= status < 500
    assert (await tables(url))["broadcasts"] == []
    assert_clean_log(caplog.records)
    assert not [r for r in caplog.records if "お知らせ" in r.getMessage()]


def test_the_service_refuses_what_it_cannot_store() -> None:
    """The core check, for every platform: ids, texts and hints."""
    from bot.core.clean import is_clean

    assert is_clean("山田 花子") and is_clean("")
    assert not any(is_clean(bad) for bad in UNSTORABLE)




@pytest.mark.parametrize("blank", ["\u3164", "\uffa0", "\u3164\u3164 \u115f"], ids=["filler", "halfwidth", "mixed"])
async def test_an_invisible_name_is_refused(line: tuple[LinePlatform, str], blank: str) -> None:
    platform, url = line
    user = platform.user()
    await user.open()
    for label in ("English", "Sign", "I agree"):
        await user.press(label)
    await user.say(blank)
    user.expect("invisible or control characters")
    held = await tables(url)
    assert held["signatures"] == [] and all(blank not in repr(row) for row in held["people"])
    await user.say("Hanako Yamada")  # a visible name goes on
    user.expect("prefecture")

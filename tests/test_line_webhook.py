"""The LINE webhook's guard and delivery: signatures, bad bodies, redelivery, groups, retries and pushes."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app.server import MAX_BODY, build_app
from bot.channels.line.webhook import LineChannel
from bot.core.config import load_settings
from bot.core.service import PetitionService
from testkit.line_api import ACCESS_TOKEN, SECRET, LinePlatform, LineUser, line_platform, sign


@pytest.fixture
async def line(service: PetitionService, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[LinePlatform]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")  # the SDK's client honours proxy settings
    async with line_platform(service) as platform:
        yield platform


async def nothing_stored(service: PetitionService) -> bool:
    totals = await service.repo.totals()
    return totals.people == 0 and totals.signatures == 0


def follow_body(user_id: str = "Uforged") -> bytes:
    follow = {"isUnblocked": False}
    event = LinePlatform.event("follow", {"type": "user", "userId": user_id}, replyToken="r", follow=follow)
    return json.dumps({"destination": "Ubot", "events": [event]}).encode()


async def test_a_forged_signature_is_refused_and_changes_nothing(line: LinePlatform, service: PetitionService) -> None:
    body = follow_body()
    assert await line.post(body, sign(body, "another-secret")) == 401
    assert await line.post(body, sign(body + b" ")) == 401
    assert await nothing_stored(service)
    assert line.api.calls == []


async def test_a_missing_signature_is_refused_and_changes_nothing(line: LinePlatform, service: PetitionService) -> None:
    assert await line.post(follow_body(), None) == 401
    assert await line.post(follow_body(), "") == 401
    assert await nothing_stored(service)
    assert line.api.calls == []


async def test_bad_json_and_oversized_bodies_are_refused(line: LinePlatform, service: PetitionService) -> None:
    not_utf8 = b'{"events": ["\xff"]}'
    for body in (b"{not json", b'"a string"', b'{"events": "none"}', not_utf8):
        assert await line.post(body, sign(body)) == 400, body
    huge = b'{"events": [], "pad": "' + b"x" * MAX_BODY + b'"}'
    assert await line.post(huge, sign(huge)) == 413
    assert await nothing_stored(service)
    assert line.api.calls == []


async def test_an_empty_webhook_as_sent_by_the_verify_button_is_accepted(line: LinePlatform) -> None:
    assert await line.deliver() == 200
    assert line.api.calls == []


async def test_events_in_standby_mode_and_unknown_events_are_ignored(
    line: LinePlatform, service: PetitionService
) -> None:
    source = {"type": "user", "userId": "Ustandby"}
    standby = {**LinePlatform.event("follow", source, replyToken="r", follow={"isUnblocked": False}), "mode": "standby"}
    unknown = LinePlatform.event("somethingNew", source, replyToken="r")
    malformed = {"type": "message", "source": source}
    assert await line.deliver(standby, unknown, malformed) == 200
    assert await nothing_stored(service)
    assert line.api.calls == []


async def test_groups_get_a_pointer_to_the_one_on_one_chat_and_nothing_is_stored(
    line: LinePlatform, service: PetitionService
) -> None:
    group = {"type": "group", "groupId": "Cgroup", "userId": "Umember"}
    room = {"type": "room", "roomId": "Rroom", "userId": "Umember"}
    chatter = {"type": "text", "id": "1", "quoteToken": "q", "text": "こんにちは"}
    keyword = {"type": "text", "id": "2", "quoteToken": "q", "text": "署名"}
    events = [
        LinePlatform.event("join", group, replyToken=line.api.issue_reply_token()),
        LinePlatform.event("message", group, replyToken=line.api.issue_reply_token(), message=chatter),
        LinePlatform.event("message", room, replyToken=line.api.issue_reply_token(), message=keyword),
        LinePlatform.event("postback", group, replyToken=line.api.issue_reply_token(), postback={"data": "sign"}),
    ]
    assert await line.deliver(*events) == 200
    replies = line.api.made("reply")
    assert [call.body["replyToken"] for call in replies] == [events[i]["replyToken"] for i in (0, 2, 3)]
    assert all("1対1のトーク" in call.messages[0]["text"] for call in replies)
    # The way to the one-on-one chat: a friend link made from the bot's LINE ID.
    assert all("https://line.me/R/ti/p/%40123abcde" in call.messages[0]["text"] for call in replies)
    assert await nothing_stored(service)
    assert line.api.billable == []


async def test_the_group_pointer_speaks_the_members_language(line: LinePlatform, service: PetitionService) -> None:
    line.api.profiles["Uvan"] = {"displayName": "Vân", "language": "vi"}
    group = {"type": "group", "groupId": "Cgroup", "userId": "Uvan"}
    keyword = {"type": "text", "id": "3", "quoteToken": "q", "text": "ký tên"}
    event = LinePlatform.event("message", group, replyToken=line.api.issue_reply_token(), message=keyword)
    assert await line.deliver(event) == 200
    [reply] = line.api.made("reply")
    assert "https://line.me/R/ti/p/%40123abcde" in reply.messages[0]["text"]
    assert "1対1" not in reply.messages[0]["text"]
    assert await nothing_stored(service)


async def test_server_errors_are_retried_and_client_errors_are_not(
    line: LinePlatform, caplog: pytest.LogCaptureFixture
) -> None:
    user = line.user()
    line.api.fail_next("reply", 500, times=2)
    await user.open()
    user.expect("ようこそ")
    assert [call.status for call in line.api.made("reply")] == [500, 500, 200]
    line.api.fail_next("reply", 400)
    await user.press("English")
    assert user.last == []
    assert [call.status for call in line.api.made("reply")][3:] == [400]
    assert "An error occurred in the fake LINE server." in caplog.text  # LINE's own message is logged
    assert line.api.billable == []


async def test_a_refused_reply_token_for_the_confirmation_falls_back_to_one_counted_push(
    line: LinePlatform, service: PetitionService, caplog: pytest.LogCaptureFixture
) -> None:
    user = line.user()
    await user.open()
    await user.press("日本語")
    await user.press("署名する")
    await user.press("同意する")
    await user.say("山田 花子")
    await user.say("東京")
    await user.press("受け取らない")
    await user.press("署名する", expire_token=True)
    user.expect("現在の署名数:1", "LINEでシェア")
    pushes = line.api.made("push")
    assert len(pushes) == 1 and pushes[0].status == 200 and pushes[0].body["to"] == user.user_id
    assert pushes[0].headers.get("X-Line-Retry-Key")
    async with service.repo.transaction() as tx:
        assert await tx.counter("line_pushes") == 1
    assert "pushing it once" in caplog.text
    assert user.user_id not in caplog.text


async def test_a_refused_reply_token_for_an_ordinary_answer_costs_nothing(line: LinePlatform) -> None:
    user = line.user()
    await user.open()
    await user.postback("lang:en", expire_token=True)
    assert user.last == []
    assert line.api.billable == []
    await user.say("/status")  # the next event has its own token: the conversation goes on
    user.expect("You have not signed")


async def test_logs_hold_no_user_ids_texts_or_secrets(line: LinePlatform, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    user = LineUser(line, "Uprivate0123456789")
    line.api.profiles[user.user_id] = {"displayName": "Hanako Private", "language": "ja"}
    await user.open()  # the profile names Japanese: the petition in Japanese at once
    await user.say("署名")
    await user.say("/nonsense")
    await line.post(follow_body(), "forged")
    bot_logs = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith(("bot", "linebot")))
    for secret in (user.user_id, "Hanako", "/nonsense", SECRET, ACCESS_TOKEN):
        assert secret not in bot_logs


async def test_a_webhook_before_start_is_refused_and_the_channel_runs_beside_another(
    service: PetitionService,
) -> None:
    environ = {"LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN}
    channel = LineChannel(service, load_settings(environ, env_file=None))

    class Other:
        name = "other"

        def install(self, app: object) -> None:
            pass

        async def start(self) -> None:
            pass

        async def stop(self) -> None:
            pass

    async with TestClient(TestServer(build_app([Other(), channel]))) as client:
        health = await client.get("/healthz")
        assert (await health.json())["channels"] == ["other", "line"]
        body = follow_body()
        response = await client.post("/line/webhook", data=body, headers={"X-Line-Signature": sign(body)})
        assert response.status == 503  # not started: LINE will redeliver
    await channel.stop()
    assert await nothing_stored(service)


async def test_the_webhook_answers_only_once_the_event_is_committed(
    line: LinePlatform, service: PetitionService
) -> None:
    body = follow_body("Ucommitted")
    response = await line.client.post("/line/webhook", data=body, headers={"X-Line-Signature": sign(body)})
    assert response.status == 200
    async with service.repo.transaction() as tx:  # before any reply went out
        assert await tx.get_person("line", "Ucommitted") is not None
    await line.channel.drain()


async def test_a_failing_event_gets_a_500_so_that_line_redelivers_it(
    line: LinePlatform, service: PetitionService, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(event: object) -> None:
        raise RuntimeError("database unavailable")

    monkeypatch.setattr(service, "handle", broken)
    body = follow_body()
    assert await line.post(body, sign(body)) == 500
    assert line.api.made("reply") == [] and line.api.billable == []

"""The LINE channel reads webhook events itself (cheaper than the SDK's pydantic models): it must read
every event the way line-bot-sdk's own models read it."""

from __future__ import annotations

from typing import Any

import pytest
from linebot.v3.webhooks import Event as SdkEvent
from linebot.v3.webhooks import MessageEvent, PostbackEvent, TextMessageContent

from bot.channels.line.events import parse_event
from testkit.line_api import LinePlatform

USER = {"type": "user", "userId": "U" + "1" * 32}
GROUP = {"type": "group", "groupId": "C" + "2" * 32, "userId": "U" + "3" * 32}
TEXT = {"type": "text", "id": "1", "quoteToken": "q", "text": "署名 /sign"}
MENTION = {**TEXT, "mention": {"mentionees": [{"index": 0, "length": 4, "type": "user", "isSelf": True}]}}
STICKER = {"type": "sticker", "id": "2", "quoteToken": "q", "packageId": "1", "stickerId": "1",
           "stickerResourceType": "STATIC"}

EVENTS = [
    LinePlatform.event("follow", USER, replyToken="r", follow={"isUnblocked": False}),
    LinePlatform.event("follow", USER, replyToken="r", follow={"isUnblocked": True}),
    LinePlatform.event("unfollow", USER),
    LinePlatform.event("postback", USER, replyToken="r", postback={"data": "consent:yes"}),
    LinePlatform.event("message", USER, replyToken="r", message=TEXT),
    LinePlatform.event("message", USER, replyToken="r", message=STICKER),
    LinePlatform.event("message", GROUP, replyToken="r", message=MENTION),
    LinePlatform.event("join", GROUP, replyToken="r"),
    {**LinePlatform.event("message", USER, replyToken="r", message=TEXT), "mode": "standby",
     "deliveryContext": {"isRedelivery": True}},
]


@pytest.mark.parametrize("raw", EVENTS, ids=lambda raw: f"{raw['type']}-{raw['source']['type']}")
def test_an_event_is_read_as_the_sdk_reads_it(raw: dict[str, Any]) -> None:
    sdk = SdkEvent.from_dict(raw)
    ours = parse_event(raw)
    assert ours is not None
    assert (ours.type, ours.mode, ours.event_id) == (sdk.type, sdk.mode, sdk.webhook_event_id)
    assert ours.redelivery == sdk.delivery_context.is_redelivery
    assert (ours.source, ours.user_id) == (sdk.source.type, sdk.source.user_id)
    assert ours.reply_token == getattr(sdk, "reply_token", None)
    assert ours.unblocked == bool(getattr(getattr(sdk, "follow", None), "is_unblocked", False))
    assert ours.postback == (sdk.postback.data if isinstance(sdk, PostbackEvent) else None)
    if isinstance(sdk, MessageEvent):
        assert ours.message == sdk.message.type
        is_text = isinstance(sdk.message, TextMessageContent)
        assert ours.text == (sdk.message.text if is_text else None)
        mention = sdk.message.mention if is_text else None
        assert ours.mentions_me == bool(mention and any(getattr(m, "is_self", False) for m in mention.mentionees))


@pytest.mark.parametrize("raw", [
    None, [], {"type": "follow"}, {**EVENTS[0], "type": "futureEvent"}, {**EVENTS[0], "webhookEventId": 5},
    {**EVENTS[0], "deliveryContext": {}}, {**EVENTS[3], "postback": {"data": 3}}, {**EVENTS[4], "message": "hi"},
    {**EVENTS[4], "message": {"type": "text", "id": "1"}}, {**EVENTS[0], "source": {"type": "user", "userId": 7}},
], ids=str)
def test_an_event_not_of_lines_shape_is_skipped(raw: object) -> None:
    assert parse_event(raw) is None

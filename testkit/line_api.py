"""A fake LINE platform for tests: the Messaging API the bot calls, and the webhook that calls the bot.

`FakeLineApi` is an aiohttp app on 127.0.0.1 (random port) that the real line-bot-sdk client talks to.
Like LINE it checks the bearer token, accepts each reply token once and for 60 seconds, and answers
400 with LINE's error shape when a request breaks a limit: 1-5 messages, 5,000-character texts,
13 quick-reply items, 20-character action labels, 300-character postback data, 1,000-character links.
It records every call (reply, push, multicast, broadcast, narrowcast, profile) for assertions.

`LinePlatform` plays LINE's side of the webhook: it signs events with the channel secret and posts
them to the bot's aiohttp app; `LineUser` is one person chatting through it.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import re
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app.platform_check import check_line
from bot.app.server import build_app
from bot.channels.line.webhook import LineChannel
from bot.core.config import load_settings
from bot.core.service import PetitionService
from testkit.common import utf16_len
from testkit.line_richmenus import RichMenus

SECRET = "test-channel-secret"
ACCESS_TOKEN = "test-access-token"
REPLY_TOKEN_LIFETIME = 60.0
MAX_MESSAGES = 5
MAX_TEXT = 5000
MAX_QUICK_REPLIES = 13
MAX_LABEL = 20
MAX_DATA = 300
MAX_DISPLAY_TEXT = 300
MAX_URI = 1000
MAX_ALT = 1500
MAX_BUBBLE_BYTES = 30_000
BILLABLE = ("push", "multicast", "broadcast", "narrowcast")

Problem = tuple[str, str]  # (property, message), as in LINE's error details


@dataclass
class Slowdown:
    """A call that takes its time: it waits `seconds`, or until `release` is set, before it is answered.

    With `after`, the call takes effect first (a reply token is used up) and only its answer is late,
    so a client that gives up waiting cannot know it got through. With `drop`, the connection is
    closed instead of answering.
    """

    seconds: float = 0.0
    release: asyncio.Event | None = None
    after: bool = False
    drop: bool = False
    began: asyncio.Event = field(default_factory=asyncio.Event)  # set when a call reaches the wait

    async def wait(self) -> None:
        self.began.set()
        if self.release is not None:
            await self.release.wait()
        else:
            await asyncio.sleep(self.seconds)


def action_problems(action: Any, where: str, quick_reply: bool = False) -> list[Problem]:
    """Check one action object against LINE's limits."""
    if not isinstance(action, dict):
        return [(where, "must be an object")]
    problems: list[Problem] = []
    label, kind = action.get("label"), action.get("type")
    if not isinstance(label, str) or not 1 <= len(label) <= MAX_LABEL:
        problems.append((f"{where}.label", f"Length must be between 1 and {MAX_LABEL}"))
    if kind == "postback":
        data, display = action.get("data"), action.get("displayText")
        if not isinstance(data, str) or not 1 <= len(data) <= MAX_DATA:
            problems.append((f"{where}.data", f"Length must be between 1 and {MAX_DATA}"))
        if display is not None and (not isinstance(display, str) or not 1 <= len(display) <= MAX_DISPLAY_TEXT):
            problems.append((f"{where}.displayText", f"Length must be between 1 and {MAX_DISPLAY_TEXT}"))
        if quick_reply and display is None and action.get("text") is None:
            problems.append((f"{where}.displayText", "Required for quick reply buttons"))
        if display is not None and action.get("text") is not None:
            problems.append((where, "displayText and text cannot both be set"))
    elif kind == "uri":
        uri = action.get("uri")
        if not isinstance(uri, str) or not 1 <= len(uri) <= MAX_URI:
            problems.append((f"{where}.uri", f"Length must be between 1 and {MAX_URI}"))
        elif not uri.startswith(("https://", "http://", "line://", "tel:")):
            problems.append((f"{where}.uri", "Invalid URI scheme"))
    elif kind == "message":
        text = action.get("text")
        if not isinstance(text, str) or not 1 <= len(text) <= MAX_DISPLAY_TEXT:
            problems.append((f"{where}.text", f"Length must be between 1 and {MAX_DISPLAY_TEXT}"))
    else:
        problems.append((f"{where}.type", "Unsupported action type"))
    return problems


def _flex_problems(node: Any, where: str) -> Iterator[Problem]:
    """Walk a Flex container: every text non-empty, every action within limits."""
    if isinstance(node, dict):
        if node.get("type") == "text" and not node.get("text") and not node.get("contents"):
            yield (f"{where}.text", "May not be empty")
        for key, value in node.items():
            if key == "action":
                yield from action_problems(value, f"{where}.action")
            else:
                yield from _flex_problems(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _flex_problems(item, f"{where}[{index}]")


MAX_IMAGE_URL = 2000
UNIT = re.compile(r"[A-Za-z0-9_]{1,30}")  # a custom aggregation unit's name


def unit_problems(body: dict[str, Any]) -> list[Problem]:
    """Check a push or multicast's customAggregationUnits: at most one name of 1-30 letters, digits or _."""
    units = body.get("customAggregationUnits")
    if units is None:
        return []
    if not isinstance(units, list) or len(units) != 1 or not isinstance(units[0], str) or not UNIT.fullmatch(units[0]):
        return [("customAggregationUnits", "Must be one name of 1-30 characters among A-Z, a-z, 0-9 and _")]
    return []


def message_problems(messages: Any) -> list[Problem]:
    """Check a list of message objects as LINE does before sending them."""
    if not isinstance(messages, list) or not 1 <= len(messages) <= MAX_MESSAGES:
        return [("messages", f"Size must be between 1 and {MAX_MESSAGES}")]
    problems: list[Problem] = []
    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        if not isinstance(message, dict):
            problems.append((where, "must be an object"))
            continue
        if message.get("type") == "text":
            text = message.get("text")
            if not isinstance(text, str) or not 1 <= utf16_len(text) <= MAX_TEXT:
                problems.append((f"{where}.text", f"Length must be between 1 and {MAX_TEXT}"))
        elif message.get("type") == "flex":
            alt = message.get("altText")
            if not isinstance(alt, str) or not 1 <= utf16_len(alt.strip()) <= MAX_ALT:
                problems.append((f"{where}.altText", f"Length must be between 1 and {MAX_ALT}"))
            contents = message.get("contents")
            if not isinstance(contents, dict) or contents.get("type") not in ("bubble", "carousel"):
                problems.append((f"{where}.contents", "Must be a bubble or a carousel"))
            elif len(json.dumps(contents, ensure_ascii=False).encode()) > MAX_BUBBLE_BYTES:
                problems.append((f"{where}.contents", "Size must be at most 30 KB"))
            else:
                problems.extend(_flex_problems(contents, f"{where}.contents"))
        elif message.get("type") == "image":
            for key in ("originalContentUrl", "previewImageUrl"):
                url = message.get(key)
                if not isinstance(url, str) or not url.startswith("https://") or len(url) > MAX_IMAGE_URL:
                    problems.append((f"{where}.{key}", f"Must be an HTTPS URL of at most {MAX_IMAGE_URL} characters"))
        else:
            problems.append((f"{where}.type", "Unsupported message type in this fake"))
        quick = message.get("quickReply")
        if quick is not None:
            items = quick.get("items") if isinstance(quick, dict) else None
            if not isinstance(items, list) or not 1 <= len(items) <= MAX_QUICK_REPLIES:
                problems.append((f"{where}.quickReply.items", f"Size must be between 1 and {MAX_QUICK_REPLIES}"))
            else:
                for number, item in enumerate(items):
                    place = f"{where}.quickReply.items[{number}]"
                    if not isinstance(item, dict) or item.get("type") != "action":
                        problems.append((place, "type must be action"))
                    else:
                        problems.extend(action_problems(item.get("action"), f"{place}.action", quick_reply=True))
    return problems


def _error(status: int, message: str, details: Sequence[Problem] = ()) -> web.Response:
    body = {"message": message, "details": [{"property": p, "message": m} for p, m in details]}
    return web.json_response(body, status=status)


@dataclass
class Call:
    kind: str  # reply, push, multicast, broadcast, narrowcast or profile
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []


class FakeLineApi:
    def __init__(self, access_token: str = ACCESS_TOKEN, clock: Callable[[], float] = time.monotonic) -> None:
        self.access_token = access_token
        self.clock = clock
        self.calls: list[Call] = []
        self.profiles: dict[str, dict[str, Any]] = {}
        self._issued: dict[str, float] = {}
        self._failures: dict[str, list[int]] = {}
        self._slowdowns: dict[str, list[Slowdown]] = {}
        self._retry_keys: set[str] = set()
        self.quota: int | None = None  # monthly message limit; None: no limit
        self.used = 0  # messages counted against the quota (one per recipient)
        self.multicast_rate: float | None = None  # multicast requests per second (LINE's limit is 200)
        self._recent_multicasts: list[float] = []
        self.delivered: Counter[str] = Counter()  # user id -> accepted multicast/push deliveries
        self.bot_info = {"userId": "Ubot0123456789", "basicId": "@123abcde", "displayName": "署名ボット",
                         "chatMode": "bot", "markAsReadMode": "auto"}
        self.webhook_endpoint = ""  # as set in the LINE Developers console or by PUT
        self.webhook_active = True  # "Use webhook" switched on
        self.unit_recipients: Counter[str] = Counter()  # custom aggregation unit -> recipients sent under it
        self.unit_readers: dict[str, tuple[int, int]] = {}  # unit -> (people who opened, who clicked), set by a test
        self.app = web.Application()
        for kind in ("reply", "push", "multicast", "broadcast", "narrowcast"):
            self.app.router.add_post(f"/v2/bot/message/{kind}", self._message_handler(kind))
        self.app.router.add_get("/v2/bot/profile/{user_id}", self._profile)
        self.app.router.add_get("/v2/bot/message/quota", self._quota)
        self.app.router.add_get("/v2/bot/message/quota/consumption", self._consumption)
        self.app.router.add_get("/v2/bot/info", self._bot_info)
        self.app.router.add_get("/v2/bot/insight/message/event/aggregation", self._unit_statistics)
        self.app.router.add_get("/v2/bot/channel/webhook/endpoint", self._get_endpoint)
        self.app.router.add_put("/v2/bot/channel/webhook/endpoint", self._set_endpoint)
        self.data_app = web.Application(client_max_size=4 * 1024 * 1024)  # LINE's data host: content uploads
        self.richmenus = RichMenus(_error, self._authorized)
        self.richmenus.install(self.app, self.data_app)
        self._server = TestServer(self.app, host="127.0.0.1")
        self._data_server = TestServer(self.data_app, host="127.0.0.1")
        self.data_url = ""

    async def start(self) -> str:
        """Listen on random local ports (the API and the data host) and return the API's base URL."""
        await self._server.start_server()
        await self._data_server.start_server()
        self.data_url = str(self._data_server.make_url("")).rstrip("/")
        return str(self._server.make_url("")).rstrip("/")

    async def close(self) -> None:
        await self._server.close()
        await self._data_server.close()

    def issue_reply_token(self) -> str:
        token = uuid.uuid4().hex
        self._issued[token] = self.clock()
        return token

    def expire(self, token: str) -> None:
        """Age a reply token past its lifetime."""
        self._issued[token] = self.clock() - REPLY_TOKEN_LIFETIME - 1

    def fail_next(self, kind: str, status: int = 500, times: int = 1) -> None:
        """Answer the next `times` calls of a kind with an error status, as an outage would."""
        self._failures.setdefault(kind, []).extend([status] * times)

    def slow_next(
        self, kind: str, seconds: float = 0.0, *, release: asyncio.Event | None = None, after: bool = False,
        drop: bool = False, times: int = 1,
    ) -> Slowdown:
        """Make the next `times` calls of a kind slow (or hang until `release`), or drop their connection."""
        slowdown = Slowdown(seconds, release, after, drop)
        self._slowdowns.setdefault(kind, []).extend([slowdown] * times)
        return slowdown

    def made(self, kind: str) -> list[Call]:
        return [call for call in self.calls if call.kind == kind]

    @property
    def billable(self) -> list[Call]:
        """Every push, multicast, broadcast or narrowcast request, accepted or not."""
        return [call for call in self.calls if call.kind in BILLABLE]

    def _authorized(self, request: web.Request) -> bool:
        given = request.headers.get("Authorization", "")
        return hmac.compare_digest(given.encode(), f"Bearer {self.access_token}".encode())

    def _message_handler(self, kind: str) -> Callable[[web.Request], Any]:
        async def handle(request: web.Request) -> web.Response:
            try:
                body = await request.json()
            except ValueError:
                body = None
            slowdown = self._slowdowns[kind].pop(0) if self._slowdowns.get(kind) else None
            if slowdown is not None and not slowdown.after:
                await self._slow(slowdown, request)
            response = self._answer(kind, request, body)
            self.calls.append(Call(kind, response.status, body, dict(request.headers)))
            if slowdown is not None and slowdown.after:
                await self._slow(slowdown, request)
            return response

        return handle

    @staticmethod
    async def _slow(slowdown: Slowdown, request: web.Request) -> None:
        await slowdown.wait()
        if slowdown.drop:
            assert request.transport is not None
            request.transport.close()
            raise ConnectionResetError

    def _answer(self, kind: str, request: web.Request, body: Any) -> web.Response:
        if not self._authorized(request):
            return _error(401, "Authentication failed. Confirm that the access token in the header is valid.")
        if self._failures.get(kind):
            return _error(self._failures[kind].pop(0), "An error occurred in the fake LINE server.")
        if not isinstance(body, dict):
            return _error(400, "The request body has 1 error(s)", [("", "Invalid JSON")])
        problems = message_problems(body.get("messages")) + unit_problems(body)
        if kind == "reply" and not body.get("replyToken"):
            problems.insert(0, ("replyToken", "Must be specified"))
        if kind == "push" and not body.get("to"):
            problems.insert(0, ("to", "Must be specified"))
        if problems:
            return _error(400, f"The request body has {len(problems)} error(s)", problems)
        if kind == "multicast":
            refused = self._multicast_refusal(body)
            if refused is not None:
                return refused
        if kind == "reply":
            issued = self._issued.pop(body["replyToken"], None)  # single use
            if issued is None or self.clock() - issued > REPLY_TOKEN_LIFETIME:
                return _error(400, "Invalid reply token")
        retry_key = request.headers.get("X-Line-Retry-Key")
        if retry_key is not None:
            if retry_key in self._retry_keys:
                return _error(409, "The retry key is already accepted")
            self._retry_keys.add(retry_key)
        if kind == "multicast":
            self.used += len(body["to"])
            self.delivered.update(body["to"])
            for unit in body.get("customAggregationUnits", []):
                self.unit_recipients[unit] += len(body["to"])
        if kind in ("reply", "push"):
            sent = [{"id": uuid.uuid4().hex[:18], "quoteToken": uuid.uuid4().hex} for _ in body["messages"]]
            return web.json_response({"sentMessages": sent})
        return web.json_response({})

    def _multicast_refusal(self, body: dict[str, Any]) -> web.Response | None:
        """Check a multicast against LINE's recipient limit, rate limit and monthly quota."""
        to = body.get("to")
        if not isinstance(to, list) or not 1 <= len(to) <= 500:
            return _error(400, "The request body has 1 error(s)", [("to", "Size must be between 1 and 500")])
        if self.multicast_rate is not None:
            now = self.clock()
            self._recent_multicasts = [t for t in self._recent_multicasts if now - t < 1.0]
            if len(self._recent_multicasts) >= self.multicast_rate:
                return _error(429, "Too Many Requests")
            self._recent_multicasts.append(now)
        if self.quota is not None and self.used + len(to) > self.quota:
            return _error(429, "You have reached your monthly limit.")
        return None

    async def _quota(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return _error(401, "Authentication failed.")
        if self.quota is None:
            return web.json_response({"type": "none"})
        return web.json_response({"type": "limited", "value": self.quota})

    async def _consumption(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return _error(401, "Authentication failed.")
        return web.json_response({"totalUsage": self.used})

    async def _unit_statistics(self, request: web.Request) -> web.Response:
        """Per-unit opens and clicks; like LINE, null figures for a unit nobody (yet) opened."""
        self.calls.append(Call("insight", 200 if self._authorized(request) else 401, dict(request.query)))
        if not self._authorized(request):
            return _error(401, "Authentication failed.")
        unit, start, end = (request.query.get(k, "") for k in ("customAggregationUnit", "from", "to"))
        if not UNIT.fullmatch(unit) or not re.fullmatch(r"\d{8}", start) or not re.fullmatch(r"\d{8}", end):
            return _error(400, "The request has 1 error(s)", [("customAggregationUnit/from/to", "Invalid value")])
        opened, clicked = self.unit_readers.get(unit, (0, 0))
        overview = {"uniqueImpression": opened or None, "uniqueClick": clicked or None,
                    "uniqueMediaPlayed": None, "uniqueMediaPlayed100Percent": None}
        return web.json_response({"overview": overview, "messages": [], "clicks": []})

    async def _bot_info(self, request: web.Request) -> web.Response:
        self.calls.append(Call("bot_info", 200 if self._authorized(request) else 401, None))
        if not self._authorized(request):
            return _error(401, "Authentication failed. Confirm that the access token in the header is valid.")
        return web.json_response(self.bot_info)

    async def _get_endpoint(self, request: web.Request) -> web.Response:
        if not self._authorized(request):
            return _error(401, "Authentication failed.")
        return web.json_response({"endpoint": self.webhook_endpoint, "active": self.webhook_active})

    async def _set_endpoint(self, request: web.Request) -> web.Response:
        """Like LINE: an https URL of at most 500 characters."""
        if not self._authorized(request):
            return _error(401, "Authentication failed.")
        try:
            body = await request.json()
        except ValueError:
            body = None
        endpoint = body.get("endpoint") if isinstance(body, dict) else None
        self.calls.append(Call("set_webhook_endpoint", 200, body, dict(request.headers)))
        if not isinstance(endpoint, str) or not endpoint.startswith("https://") or len(endpoint) > 500:
            return _error(400, "The request body has 1 error(s)", [("endpoint", "Invalid webhook endpoint URL")])
        self.webhook_endpoint = endpoint
        return web.json_response({})

    async def _profile(self, request: web.Request) -> web.Response:
        user_id = request.match_info["user_id"]
        if not self._authorized(request):
            response = _error(401, "Authentication failed.")
        elif user_id not in self.profiles:
            response = _error(404, "Not found")
        else:
            response = web.json_response({"userId": user_id, **self.profiles[user_id]})
        self.calls.append(Call("profile", response.status, None, dict(request.headers)))
        return response


def sign(body: bytes, secret: str = SECRET) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def webhook_event_id() -> str:
    return uuid.uuid4().hex[:26].upper()  # shaped like LINE's ULIDs


class LinePlatform:
    """LINE's side of the webhook: signs events, posts them to the bot, waits for its replies."""

    def __init__(
        self, client: TestClient[web.Request, web.Application], api: FakeLineApi, channel: LineChannel,
        service: PetitionService,
    ) -> None:
        self.client = client
        self.api = api
        self.channel = channel
        self.service = service

    @staticmethod
    def event(kind: str, source: dict[str, Any], **fields: Any) -> dict[str, Any]:
        """Build a webhook event as LINE sends it."""
        return {
            "type": kind, "mode": "active", "timestamp": int(time.time() * 1000), "source": source,
            "webhookEventId": webhook_event_id(), "deliveryContext": {"isRedelivery": False}, **fields,
        }

    async def post(self, body: bytes, signature: str | None) -> int:
        """Post a raw body with a given signature header (None: no header); return the status."""
        headers = {"Content-Type": "application/json"}
        if signature is not None:
            headers["X-Line-Signature"] = signature
        response = await self.client.post("/line/webhook", data=body, headers=headers)
        await response.release()
        await self.channel.drain()
        return response.status

    async def deliver(self, *events: dict[str, Any]) -> int:
        """Post correctly signed events, then wait until the bot has replied to them."""
        body = json.dumps({"destination": "Ubot", "events": list(events)}, ensure_ascii=False).encode()
        return await self.post(body, sign(body))

    def user(self, user_id: str | None = None) -> LineUser:
        return LineUser(self, user_id or "U" + uuid.uuid4().hex)


class LineUser:
    """One person chatting with the bot on LINE."""

    def __init__(self, platform: LinePlatform, user_id: str) -> None:
        self.platform = platform
        self.user_id = user_id
        self.last: list[dict[str, Any]] = []  # the messages the last event was answered with
        self.last_event: dict[str, Any] = {}

    @property
    def source(self) -> dict[str, str]:
        return {"type": "user", "userId": self.user_id}

    async def send(self, event: dict[str, Any], replyable: bool = True, expire_token: bool = False) -> None:
        """Deliver one event with a fresh reply token and keep what the bot answered (replied or pushed)."""
        api = self.platform.api
        if replyable:
            event["replyToken"] = api.issue_reply_token()
            if expire_token:
                api.expire(event["replyToken"])
        before = len(api.calls)
        status = await self.platform.deliver(event)
        assert status == 200, f"webhook answered {status}"
        self.last_event = event
        self.last = [
            message
            for call in api.calls[before:]
            if call.status == 200
            and (
                (call.kind == "reply" and call.body.get("replyToken") == event.get("replyToken"))
                or (call.kind == "push" and call.body.get("to") == self.user_id)
            )
            for message in call.messages
        ]

    async def redeliver(self) -> None:
        """Send the last event again, as LINE does when it retries a webhook."""
        event = {**self.last_event, "deliveryContext": {"isRedelivery": True}}
        await self.send(event)

    async def open(self) -> None:
        """Start the conversation as a newcomer does on LINE: add the bot as a friend."""
        await self.follow()

    async def follow(self, unblocked: bool = False) -> None:
        await self.send(self.platform.event("follow", self.source, follow={"isUnblocked": unblocked}))

    async def unfollow(self) -> None:
        await self.send(self.platform.event("unfollow", self.source), replyable=False)

    async def say(self, text: str) -> None:
        """Type a text message."""
        message = {"type": "text", "id": uuid.uuid4().hex[:14], "quoteToken": uuid.uuid4().hex, "text": text}
        await self.send(self.platform.event("message", self.source, message=message))

    async def sticker(self) -> None:
        message = {
            "type": "sticker", "id": uuid.uuid4().hex[:14], "quoteToken": uuid.uuid4().hex,
            "packageId": "446", "stickerId": "1988", "stickerResourceType": "STATIC",
        }
        await self.send(self.platform.event("message", self.source, message=message))

    async def postback(self, data: str, expire_token: bool = False) -> None:
        event = self.platform.event("postback", self.source, postback={"data": data})
        await self.send(event, expire_token=expire_token)

    def menu(self) -> dict[str, Any]:
        """The rich menu this person sees: the one linked to them, else the default."""
        menu = self.platform.api.richmenus.shown(self.user_id)
        assert menu is not None, "no rich menu is shown to this person"
        return menu

    async def tap(self, label: str) -> None:
        """Tap the rich menu area whose action is labelled `label`, as LINE sends it: a postback."""
        actions = [area["action"] for area in self.menu()["areas"]]
        labels = [action.get("label") for action in actions]
        assert label in labels, f"no area {label!r} in the rich menu; areas are {labels}"
        await self.postback(actions[labels.index(label)]["data"])

    def actions(self) -> list[dict[str, Any]]:
        """Every action the last answer offers: quick replies and buttons inside cards."""
        found: list[dict[str, Any]] = []

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    if key == "action" and isinstance(value, dict):
                        found.append(value)
                    else:
                        walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        walk(self.last)
        return found

    def buttons(self) -> list[str]:
        return [action["label"] for action in self.actions()]

    async def press(self, label: str, expire_token: bool = False) -> None:
        """Press the postback button labelled `label` in the last answer."""
        pressable = [a for a in self.actions() if a.get("type") == "postback"]
        labels = [a["label"] for a in pressable]
        assert label in labels, f"no button {label!r}; buttons are {labels}\n{self.screen}"
        action = pressable[labels.index(label)]
        assert action.get("displayText") == label, "a pressed button should show its label in the chat"
        await self.postback(action["data"], expire_token=expire_token)

    @property
    def screen(self) -> str:
        """Every visible text of the last answer: texts, card texts and button labels."""
        parts: list[str] = []

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for key in ("text", "label", "altText"):
                    if isinstance(node.get(key), str):
                        parts.append(node[key])
                for key, value in node.items():
                    if key not in ("text", "label", "altText"):
                        walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        walk(self.last)
        return "\n".join(parts)

    def expect(self, *fragments: str) -> None:
        for fragment in fragments:
            assert fragment in self.screen, f"expected {fragment!r} in:\n{self.screen}"

    def expect_not(self, *fragments: str) -> None:
        for fragment in fragments:
            assert fragment not in self.screen, f"did not expect {fragment!r} in:\n{self.screen}"


@asynccontextmanager
async def line_platform(
    service: PetitionService, retry_delays: Sequence[float] = (0.0, 0.0), rich_menus: bool = False
) -> AsyncIterator[LinePlatform]:
    """Run the fake Messaging API and the bot's app with the LINE channel, both on 127.0.0.1; with
    `rich_menus`, `run_bot.py setup --apply` has put the rich menus on the fake first."""
    api = FakeLineApi()
    url = await api.start()
    environ = {"LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN, "LINE_API_URL": url,
               "LINE_API_DATA_URL": api.data_url}
    settings = load_settings(environ, env_file=None)
    if rich_menus:
        findings = await check_line(settings, service.renderer, apply=True)
        assert "rich menus created" in str(findings[-1]), findings
    channel = LineChannel(service, settings, retry_delays=retry_delays)
    client = TestClient(TestServer(build_app([channel])))
    await client.start_server()
    await channel.start()
    api.calls.clear()  # the channel's start reads the bot's info and rich menus: tests count what events cause
    api.richmenus.calls.clear()
    try:
        yield LinePlatform(client, api, channel, service)
    finally:
        await channel.stop()
        await client.close()
        await api.close()

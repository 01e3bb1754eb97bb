"""A fake Telegram Bot API on 127.0.0.1, for the real python-telegram-bot client to talk to in tests.

`FakeTelegram` serves `{url}/bot{token}/{method}` for the methods the bot calls. It reads parameters
as the real server does: from the query string, form-encoded or multipart bodies (where objects and
lists are JSON-encoded strings) and JSON bodies. It answers 400 like Telegram for texts outside
1-4096 characters and callback data outside 1-64 bytes, keeps each chat's messages with their
current keyboards, and records every call. Tests make people act with `TelegramPerson`: each action
becomes an update, fed to getUpdates (and awaited until the bot confirms it) or posted to the bot's
webhook with the secret token, as Telegram would. `fail` makes the next calls answer 429 with
retry_after, 403, a 5xx, or drop the connection.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from testkit.common import listen_local, utf16_len
from testkit.telegram_html import Unparsable, parse_html

JSON_PARAMS = {
    "reply_markup", "allowed_updates", "commands", "scope", "reply_parameters", "link_preview_options", "entities",
}
SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")
COMMAND = re.compile(r"[a-z0-9_]{1,32}")
ENTITY = re.compile(r"^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?|@[A-Za-z0-9_]{5,32}")


class ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200


@dataclass
class Sent:
    """A message in a chat, by the bot or by a person, with its keyboard as sent and as it is now."""

    chat_id: int
    message_id: int
    text: str
    from_bot: bool
    markup: dict[str, Any] | None = None
    first_markup: dict[str, Any] | None = None
    reply_to: int | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)  # formatting read from parse_mode HTML
    link_preview: bool = True  # False when the bot disabled the link preview

    def buttons(self, markup: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        rows = (markup if markup is not None else self.markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]


@dataclass
class Failure:
    method: str
    status: int
    description: str
    retry_after: int | None = None
    times: int = 1
    drop: bool = False  # close the connection instead of answering


@dataclass
class Slowdown:
    """A call that takes its time: it waits `seconds`, or until `release` is set, before it is answered.

    With `after`, the call takes effect first (the message is sent) and only its answer is late, so a
    client that gives up waiting cannot know it got through. With `drop`, the connection is closed
    instead of answering. `chat_id` limits it to calls about one chat.
    """

    method: str
    seconds: float = 0.0
    release: asyncio.Event | None = None
    chat_id: int | None = None
    after: bool = False
    drop: bool = False
    times: int = 1
    began: asyncio.Event = field(default_factory=asyncio.Event)  # set when a call reaches the wait

    async def wait(self, request: web.Request) -> None:
        self.began.set()
        if self.release is not None:
            await self.release.wait()
        else:
            await asyncio.sleep(self.seconds)
        if self.drop:
            assert request.transport is not None
            request.transport.close()
            raise ConnectionResetError


@dataclass
class Webhook:
    url: str = ""
    secret: str | None = None
    allowed_updates: list[str] = field(default_factory=list)


def int_param(params: dict[str, Any], name: str, default: int | None = None) -> int:
    """Read a numeric parameter as the Bot API does, refusing a missing or non-numeric one."""
    value = params.get(name, default)
    if value is None:
        raise ApiError(400, f"Bad Request: parameter {name} is required")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ApiError(400, f"Bad Request: field \"{name}\" must be a number") from None


def _chat(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class FakeTelegram:
    def __init__(self, token: str = "123456:TEST-fake-token", username: str = "petition_test_bot") -> None:
        self.token = token
        self.bot_user = {"id": int(token.split(":")[0]), "is_bot": True, "first_name": "Petition", "username": username}
        self.calls: list[Call] = []
        self.messages: list[Sent] = []
        self.updates: list[dict[str, Any]] = []  # not yet confirmed by an offset
        self.offsets: list[int] = []  # the offset of every getUpdates call that gave one (confirmations)
        self.webhook = Webhook()
        self.webhook_target = ""  # where webhooks really go: the bot's local server
        # Waits until the bot has sent its replies (they may go out after the update is acknowledged).
        self.settle: Callable[[], Awaitable[None]] | None = None
        self.webhook_error = ""  # getWebhookInfo's last_error_message, as after a failed delivery
        self.commands: dict[str | None, list[dict[str, str]]] = {}
        self.descriptions: dict[str | None, str] = {}  # language code (None: the default) -> description
        self.short_descriptions: dict[str | None, str] = {}
        self.blocked: set[int] = set()
        self.entities: dict[int, list[dict[str, Any]]] = {}  # message id -> the formatting it was sent with
        self.send_rate: float | None = None  # sendMessage calls allowed per second overall (429 above)
        self._recent_sends: list[float] = []
        self.photos: list[int] = []  # chat ids that received a photo
        self.failures: list[Failure] = []
        self.slowdowns: list[Slowdown] = []
        self.queries: dict[str, bool] = {}  # callback query id -> answered
        self.ids = itertools.count(1)
        self._changed = asyncio.Condition()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self.url = ""

    @property
    def username(self) -> str:
        return str(self.bot_user["username"])

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._serve)
        self._runner, self.url = await listen_local(app)

    async def close(self) -> None:
        self._closing = True
        await self._notify()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # The server side ------------------------------------------------------------------------------

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        params = await self._params(request)
        method = request.match_info["method"]
        call = Call(method, params)
        self.calls.append(call)
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            self._maybe_fail(method, request)
            slowdown = self._slowdown(method, params)
            if slowdown is not None and not slowdown.after:
                await slowdown.wait(request)
            handler = getattr(self, f"_api_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            result = await handler(params)
            if slowdown is not None and slowdown.after:
                await slowdown.wait(request)
            return web.json_response({"ok": True, "result": result})
        except ApiError as error:
            call.status = error.status
            body: dict[str, Any] = {"ok": False, "error_code": error.status, "description": error.description}
            if error.parameters:
                body["parameters"] = error.parameters
            return web.json_response(body, status=error.status)
        except ConnectionResetError:
            call.status = 0
            raise

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        """Read parameters the ways the Bot API accepts them; form values are strings or JSON strings."""
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            body = await request.json()
            params.update(body if isinstance(body, dict) else {})
            return params
        if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            params.update({k: v for k, v in (await request.post()).items() if isinstance(v, str)})
        for name in JSON_PARAMS & params.keys():
            if isinstance(params[name], str):
                try:
                    params[name] = json.loads(params[name])
                except ValueError:
                    raise ApiError(400, f"Bad Request: can't parse {name} JSON object") from None
        return params

    def _maybe_fail(self, method: str, request: web.Request) -> None:
        for failure in self.failures:
            if failure.method == method and failure.times > 0:
                failure.times -= 1
                if failure.drop:
                    assert request.transport is not None
                    request.transport.close()
                    raise ConnectionResetError
                parameters = {"retry_after": failure.retry_after} if failure.retry_after is not None else None
                raise ApiError(failure.status, failure.description, parameters)

    def _slowdown(self, method: str, params: dict[str, Any]) -> Slowdown | None:
        for slowdown in self.slowdowns:
            chat = params.get("chat_id")
            if slowdown.method == method and slowdown.times > 0 and slowdown.chat_id in (None, _chat(chat)):
                slowdown.times -= 1
                return slowdown
        return None

    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook.url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset, timeout = int_param(params, "offset", 0), int_param(params, "timeout", 0)
        limit = int_param(params, "limit", 100)
        allowed = params.get("allowed_updates") or []
        async with self._changed:
            if offset:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
                self.offsets.append(offset)
                self._changed.notify_all()

            def wanted() -> list[dict[str, Any]]:
                return [u for u in self.updates if not allowed or any(kind in u for kind in allowed)][:limit]

            if timeout and not wanted():
                try:
                    await asyncio.wait_for(self._changed.wait_for(lambda: bool(wanted()) or self._closing), timeout)
                except TimeoutError:
                    pass
            return wanted()

    async def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        url, secret = str(params.get("url", "")), params.get("secret_token")
        if url and not url.startswith("https://"):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        if secret is not None and not SECRET_TOKEN.fullmatch(str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        if "max_connections" in params and not 1 <= int_param(params, "max_connections") <= 100:
            raise ApiError(400, "Bad Request: bad webhook: max_connections must be between 1 and 100")
        self.webhook = Webhook(url, secret, list(params.get("allowed_updates") or []))
        return True

    async def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        info: dict[str, Any] = {"url": self.webhook.url, "has_custom_certificate": False,
                                "pending_update_count": len(self.updates) if self.webhook.url else 0}
        if self.webhook.allowed_updates:
            info["allowed_updates"] = self.webhook.allowed_updates
        if self.webhook_error:
            info["last_error_date"], info["last_error_message"] = 1_790_000_000, self.webhook_error
        return info

    async def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = Webhook()
        return True

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or not 0 < len(commands) <= 100:
            raise ApiError(400, "Bad Request: commands must be a non-empty list")
        for command in commands:
            if not COMMAND.fullmatch(command.get("command", "")) or not 0 < len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self.commands[params.get("language_code") or None] = commands
        return True

    @staticmethod
    def _language(params: dict[str, Any]) -> str | None:
        """A two-letter ISO 639-1 code or nothing (the default), as the Bot API takes it."""
        code = params.get("language_code") or None
        if code is not None and not re.fullmatch(r"[a-z]{2}", str(code)):
            raise ApiError(400, "Bad Request: invalid language code specified")
        return code

    async def _api_setMyDescription(self, params: dict[str, Any]) -> bool:
        text = str(params.get("description") or "")
        if len(text) > 512:
            raise ApiError(400, "Bad Request: description is too long")
        self.descriptions[self._language(params)] = text
        return True

    async def _api_getMyDescription(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"description": self.descriptions.get(self._language(params), "")}

    async def _api_setMyShortDescription(self, params: dict[str, Any]) -> bool:
        text = str(params.get("short_description") or "")
        if len(text) > 120:
            raise ApiError(400, "Bad Request: short description is too long")
        self.short_descriptions[self._language(params)] = text
        return True

    async def _api_getMyShortDescription(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"short_description": self.short_descriptions.get(self._language(params), "")}

    def _check_markup(self, markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if not button.get("text") or (data is None) == (button.get("url") is None):
                    raise ApiError(400, "Bad Request: can't parse inline keyboard button")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return dict(markup)

    def _check_rate(self) -> None:
        """Refuse sends over `send_rate` a second, as Telegram's flood control does."""
        if self.send_rate is None:
            return
        now = asyncio.get_running_loop().time()
        self._recent_sends = [t for t in self._recent_sends if now - t < 1.0]
        if len(self._recent_sends) >= self.send_rate:
            raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        self._recent_sends.append(now)

    async def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int_param(params, "chat_id")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        self.photos.append(chat_id)
        sent = Sent(chat_id, next(self.ids), str(params.get("caption", "")), True, None, None, None)
        return {**self.message_json(sent), "photo": [{"file_id": "photo", "file_unique_id": "p", "width": 1,
                                                      "height": 1}]}

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, text = int_param(params, "chat_id"), str(params.get("text", ""))
        self._check_rate()
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        text, entities = self._formatted(params)
        markup = self._check_markup(params.get("reply_markup"))
        reply_to = (params.get("reply_parameters") or {}).get("message_id")
        preview = not (params.get("link_preview_options") or {}).get("is_disabled", False)
        if any(not isinstance(e, dict) or e.get("offset", -1) < 0 or e.get("offset", 0) + e.get("length", 0)
               > utf16_len(text) for e in entities):
            raise ApiError(400, "Bad Request: can't parse entities")
        sent = Sent(chat_id, next(self.ids), text, True, markup, markup, reply_to, entities, preview)
        self.entities[sent.message_id] = entities
        self.messages.append(sent)
        return self.message_json(sent)

    def _formatted(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        """Read a text as Telegram does (HTML when asked), and check its length after the tags are read."""
        text = str(params.get("text", ""))
        entities: list[dict[str, Any]] = list(params.get("entities") or [])
        if params.get("parse_mode") == "HTML":
            try:
                text, entities = parse_html(text)
            except Unparsable as error:
                raise ApiError(400, f"Bad Request: can't parse entities: {error}") from None
        elif params.get("parse_mode"):
            raise ApiError(400, "Bad Request: unsupported parse_mode in this fake")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return text, entities

    async def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, message_id = int_param(params, "chat_id"), int_param(params, "message_id")
        found = [m for m in self.messages if (m.chat_id, m.message_id, m.from_bot) == (chat_id, message_id, True)]
        if not found:
            raise ApiError(400, "Bad Request: message to edit not found")
        text, entities = self._formatted(params)
        markup = self._check_markup(params.get("reply_markup"))
        if (text, entities, markup) == (found[0].text, found[0].entities, found[0].markup):
            raise ApiError(400, "Bad Request: message is not modified")
        found[0].text, found[0].entities, found[0].markup = text, entities, markup
        return self.message_json(found[0])

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, message_id = int_param(params, "chat_id"), int_param(params, "message_id")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        found = [m for m in self.messages if (m.chat_id, m.message_id, m.from_bot) == (chat_id, message_id, True)]
        if not found:
            raise ApiError(400, "Bad Request: message to edit not found")
        markup = self._check_markup(params.get("reply_markup"))
        if markup == found[0].markup or (not markup and not found[0].markup):
            raise ApiError(400, "Bad Request: message is not modified")
        found[0].markup = markup
        return self.message_json(found[0])

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if self.queries.get(query_id, True):  # unknown or already answered
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        self.queries[query_id] = True
        return True

    def message_json(self, sent: Sent) -> dict[str, Any]:
        chat = {"id": sent.chat_id, "type": "private" if sent.chat_id > 0 else "group"}
        data: dict[str, Any] = {"message_id": sent.message_id, "date": 1_790_000_000, "chat": chat, "text": sent.text}
        data["from"] = self.bot_user
        if sent.entities:
            data["entities"] = sent.entities
        if sent.markup:
            data["reply_markup"] = sent.markup
        return data

    # The test side --------------------------------------------------------------------------------

    def fail(self, method: str, status: int, description: str = "", *, retry_after: int | None = None,
             times: int = 1, drop: bool = False) -> None:
        """Make the next `times` calls of a method fail."""
        self.failures.append(Failure(method, status, description or f"Error {status}", retry_after, times, drop))

    def slow(
        self, method: str, seconds: float = 0.0, *, release: asyncio.Event | None = None,
        chat_id: int | None = None, after: bool = False, drop: bool = False, times: int = 1,
    ) -> Slowdown:
        """Make the next `times` calls of a method slow (or hang until `release`), or drop their connection."""
        slowdown = Slowdown(method, seconds, release, chat_id, after, drop, times)
        self.slowdowns.append(slowdown)
        return slowdown

    def sent_to(self, chat_id: int) -> list[Sent]:
        return [m for m in self.messages if m.chat_id == chat_id and m.from_bot]

    def called(self, method: str, status: int | None = 200) -> list[Call]:
        return [c for c in self.calls if c.method == method and (status is None or c.status == status)]

    def next_update(self, **content: Any) -> dict[str, Any]:
        return {"update_id": next(self.ids), **content}

    async def deliver(self, update: dict[str, Any]) -> int:
        """Give the bot an update by its webhook or getUpdates; return once it was handled."""
        if self.webhook.url:
            return await self.post_webhook(update, self.webhook.secret)
        async with self._changed:
            seen = len(self.offsets)
            self.updates.append(update)
            self._changed.notify_all()
            confirmed = lambda: any(offset > update["update_id"] for offset in self.offsets[seen:])  # noqa: E731
            await asyncio.wait_for(self._changed.wait_for(confirmed), 20)
        if self.settle is not None:
            await self.settle()
        return 200

    async def deliver_batch(self, updates: list[dict[str, Any]]) -> None:
        """Queue several updates at once, so one getUpdates returns them together; wait for all."""
        async with self._changed:
            seen = len(self.offsets)
            self.updates.extend(updates)
            self._changed.notify_all()
            last = max(update["update_id"] for update in updates)
            confirmed = lambda: any(offset > last for offset in self.offsets[seen:])  # noqa: E731
            await asyncio.wait_for(self._changed.wait_for(confirmed), 20)
        if self.settle is not None:
            await self.settle()

    async def post_webhook(self, update: dict[str, Any], secret: str | None) -> int:
        """Post an update to the bot's webhook as Telegram does, with the given secret token."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        async with aiohttp.ClientSession() as session, session.post(
            self.webhook_target, json=update, headers=headers
        ) as response:
            if response.status == 200 and response.content_type == "application/json":
                await self.webhook_answer(await response.json())
        if self.settle is not None:
            await self.settle()
        return response.status

    async def webhook_answer(self, body: object) -> None:
        """Carry out the method a webhook's answer names, as the Bot API does (its result goes nowhere)."""
        if not isinstance(body, dict) or not isinstance(body.get("method"), str):
            return
        params = {key: value for key, value in body.items() if key != "method"}
        call = Call(body["method"], params)
        self.calls.append(call)
        handler = getattr(self, f"_api_{body['method']}", None)
        try:
            if handler is None:
                raise ApiError(404, "Not Found")
            await handler(params)
        except ApiError as error:
            call.status = error.status

    def text_message(self, user: dict[str, Any], chat: dict[str, Any], text: str) -> dict[str, Any]:
        """A message as Telegram sends it, with entities for /commands and @mentions."""
        entities = []
        for match in ENTITY.finditer(text):
            kind = "bot_command" if match.group().startswith("/") else "mention"
            offset = utf16_len(text[: match.start()])
            entities.append({"type": kind, "offset": offset, "length": utf16_len(match.group())})
        message_id = next(self.ids)
        self.messages.append(Sent(chat["id"], message_id, text, False))
        message = {"message_id": message_id, "date": 1_790_000_000, "chat": chat, "from": user, "text": text}
        return {**message, "entities": entities} if entities else message


class TelegramPerson:
    """Someone chatting with the bot in a private chat: types, presses buttons, reads the answers."""

    def __init__(self, fake: FakeTelegram, user_id: int, first_name: str = "Hanako", language_code: str | None = None):
        self.fake = fake
        self.user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            self.user["language_code"] = language_code
        self.chat = {"id": user_id, "type": "private", "first_name": first_name}
        self.answers: list[Sent] = []
        self.last_update: dict[str, Any] = {}

    @property
    def id(self) -> int:
        return int(self.user["id"])

    async def _act(self, update: dict[str, Any]) -> int:
        before = len(self.fake.sent_to(self.id))
        self.last_update = update
        status = await self.fake.deliver(update)
        self.answers = self.fake.sent_to(self.id)[before:]
        return status

    async def open(self) -> int:
        """Start the conversation as a newcomer does on Telegram: the Start button sends /start."""
        return await self.say("/start")

    async def say(self, text: str) -> int:
        """Type a text message in the private chat; return the status the bot's side answered with."""
        update = self.fake.next_update(message=self.fake.text_message(self.user, self.chat, text))
        return await self._act(update)

    async def sticker(self) -> int:
        sticker = {"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512,
                   "is_animated": False, "is_video": False}
        message = {"message_id": next(self.fake.ids), "date": 1_790_000_000, "chat": self.chat, "from": self.user,
                   "sticker": sticker}
        return await self._act(self.fake.next_update(message=message))

    async def say_in_group(self, group_id: int, text: str) -> list[Sent]:
        """Write in a group the bot is in; return what the bot wrote there in answer."""
        chat = {"id": group_id, "type": "supergroup", "title": "Friends of the petition"}
        before = len(self.fake.sent_to(group_id))
        await self.fake.deliver(self.fake.next_update(message=self.fake.text_message(self.user, chat, text)))
        return self.fake.sent_to(group_id)[before:]

    async def redeliver(self) -> int:
        """Have Telegram deliver the last update again, as after a lost acknowledgement."""
        return await self._act(self.last_update)

    def find_button(self, label: str, *, old: bool = False) -> tuple[Sent, dict[str, Any]]:
        """Find a button by label: on a keyboard still shown (newest first), or as first sent if `old`."""
        for message in reversed(self.fake.sent_to(self.id)):
            for button in message.buttons(message.first_markup if old else None):
                if button["text"] == label and "callback_data" in button:
                    return message, button
        shown = [b["text"] for m in self.fake.sent_to(self.id) for b in m.buttons() if "callback_data" in b]
        raise AssertionError(f"no button {label!r}; pressable now: {shown}")

    async def press(self, label: str, *, old: bool = False) -> int:
        message, button = self.find_button(label, old=old)
        query_id = str(next(self.fake.ids))
        self.fake.queries[query_id] = False
        query = {"id": query_id, "from": self.user, "chat_instance": "ci", "data": button["callback_data"],
                 "message": self.fake.message_json(message)}
        return await self._act(self.fake.next_update(callback_query=query))

    async def set_blocked(self, blocked: bool) -> int:
        """Block or unblock the bot; Telegram then refuses messages to this chat, or allows them again."""
        (self.fake.blocked.add if blocked else self.fake.blocked.discard)(self.id)
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        change = {"chat": self.chat, "from": self.user, "date": 1_790_000_000,
                  "old_chat_member": {"status": old, "user": self.fake.bot_user, "until_date": 0},
                  "new_chat_member": {"status": new, "user": self.fake.bot_user, "until_date": 0}}
        return await self._act(self.fake.next_update(my_chat_member=change))

    @property
    def screen(self) -> str:
        return "\n\n".join(m.text for m in self.answers)

    def expect(self, *fragments: str) -> None:
        for fragment in fragments:
            assert fragment in self.screen, f"expected {fragment!r} in:\n{self.screen}"

    def expect_not(self, *fragments: str) -> None:
        for fragment in fragments:
            assert fragment not in self.screen, f"did not expect {fragment!r} in:\n{self.screen}"

    def buttons(self) -> list[str]:
        """The labels of the buttons that can be pressed now."""
        return [b["text"] for m in self.fake.sent_to(self.id) for b in m.buttons() if "callback_data" in b]


# Running the real channel against the fake ------------------------------------------------------------


@dataclass
class RunningBot:
    channel: Any  # bot.channels.telegram.webhook.TelegramChannel
    url: str  # the bot's own aiohttp server
    waits: list[float]  # every pause the channel asked for (429 retry_after, backoff), none actually waited


def bot_settings(fake: FakeTelegram, *, webhook: bool = False, secret: str = "", db_url: str = "sqlite://") -> Any:
    from bot.core.config import load_settings

    return load_settings({
        "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_URL": fake.url, "DATABASE_URL": db_url,
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram/webhook" if webhook else "",
        "TELEGRAM_WEBHOOK_SECRET": secret,
    }, env_file=None)


@asynccontextmanager
async def running_bot(fake: FakeTelegram, service: Any, **options: Any) -> AsyncIterator[RunningBot]:
    """Serve the Telegram channel on 127.0.0.1, by polling or webhook, against the fake; stop it after."""
    from bot.app.server import build_app
    from bot.channels.telegram.webhook import TelegramChannel

    waits: list[float] = []

    async def no_wait(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(0)

    channel = TelegramChannel(service, bot_settings(fake, **options), sleep=no_wait)
    runner, url = await listen_local(build_app([channel]))
    fake.webhook_target = f"{url}/telegram/webhook"
    fake.settle = channel.drain
    await channel.start()
    try:
        yield RunningBot(channel, url, waits)
    finally:
        await channel.stop()
        await runner.cleanup()

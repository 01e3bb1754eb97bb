"""The LINE channel: the petition conversation on LINE's webhook, answered with free replies only.

POST /line/webhook checks X-Line-Signature (HMAC-SHA256 of the raw body with the channel secret) in
constant time before anything is parsed; a missing or wrong signature, bad JSON or an oversized body
gets a 4xx and changes nothing. Each event goes through the petition service, which claims its
webhookEventId in the same transaction as its effects, so a redelivery changes nothing. The webhook
answers 200 once every event is committed; the replies go out right after, through the Reply API
with each event's token. Nothing is pushed in a conversation, except once when the reply carrying a
signer's confirmation is refused for its token: then it is pushed, logged and counted (`line_pushes`).

In groups and multi-person chats nothing is recorded: the bot only points to the one-on-one chat
when it is added, when a button is pressed, or when someone types a command or mentions it.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from aiohttp import web

from bot.channels.line.api import RETRY_DELAYS, Delivery, LineSender
from bot.channels.line.events import LineEvent, parse_event
from bot.channels.line.render import LineMessage, LineRenderer
from bot.channels.line.richmenus import menu_specs
from bot.channels.line.richmenus.links import MenuLinks
from bot.core.clean import is_clean
from bot.core.config import MAX_BODY, REPLAY_WINDOW, Settings
from bot.core.payload import Payload
from bot.core.pseudonym import pseudonym
from bot.core.service import PetitionService
from bot.core.text_match import fold
from bot.core.types import Event, EventKind, ReplyKind

log = logging.getLogger(__name__)

PLATFORM = "line"
WEBHOOK_PATH = "/line/webhook"
PUSH_COUNTER = "line_pushes"
STOP_TIMEOUT = 10.0


@dataclass(frozen=True)
class Outgoing:
    """An answer waiting for the Reply API."""

    reply_token: str
    messages: list[LineMessage]
    user_id: str | None = None  # set only when the answer is essential: whom to push it to
    chat: str = ""  # whose conversation: answers of one chat go out in order, other chats' meanwhile


def signature(secret: bytes, body: bytes) -> bytes:
    """Compute the X-Line-Signature value of a body."""
    return base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest())


def new_follower(event: LineEvent) -> str | None:
    """The user id of a first-time follow in a one-on-one chat (an unblock is not one)."""
    if event.type != "follow" or event.source != "user" or event.unblocked:
        return None
    return event.user_id


def to_event(event: LineEvent, user_id: str, language: str | None = None) -> Event | None:
    """Translate a one-on-one LINE event into a petition event; None for events the petition ignores."""
    base: dict[str, Any] = {"platform": PLATFORM, "user_id": user_id, "event_id": event.event_id}
    if event.type == "follow":
        return Event(kind=EventKind.FOLLOW, returning=event.unblocked, language_hint=language, **base)
    if event.type == "unfollow":
        return Event(kind=EventKind.UNFOLLOW, **base)
    if event.type == "postback":
        return Event(kind=EventKind.BUTTON, payload=Payload.decode(event.postback), **base)
    if event.type == "message":
        if event.message == "text" and event.text is not None:
            return Event(kind=EventKind.TEXT, text=event.text, **base)
        return Event(kind=EventKind.MEDIA, **base)  # sticker, image, video, audio, file, location
    return None


def chat_link(basic_id: str) -> str:
    """A link that opens a one-on-one chat with the account, by its LINE ID."""
    return f"https://line.me/R/ti/p/{quote(basic_id)}"


class LineChannel:
    """The LINE webhook and its replies, on the bot's aiohttp server."""

    name = PLATFORM

    def __init__(
        self, service: PetitionService, settings: Settings, retry_delays: Sequence[float] = RETRY_DELAYS
    ) -> None:
        self.service = service
        self.renderer = LineRenderer(service.i18n, service.campaign)
        self._secret = settings.line_channel_secret.encode("utf-8")
        self._access_token = settings.line_channel_access_token
        self._api_url = settings.line_api_url
        self._retry_delays = tuple(retry_delays)
        self.sender: LineSender | None = None
        self._webhooks: set[asyncio.Task[Any]] = set()
        self._deliveries: set[asyncio.Task[None]] = set()
        self.basic_id = ""  # the account's @id, read at start: signers' links open a chat with it
        self.menus = MenuLinks(menu_specs(service.i18n), service.i18n.default_locale)
        service.outlets.answer(PLATFORM, share_link=self.personal_link)

    def personal_link(self, code: str) -> str:
        """A chat with the account prefilled with the signer's code (`/start <code>`); the friend link before."""
        if not self.basic_id:
            return self.renderer.friend_link
        if not code:
            return chat_link(self.basic_id)
        return f"https://line.me/R/oaMessage/{quote(self.basic_id, safe='@')}/?{quote('/start ' + code, safe='')}"

    def install(self, app: web.Application) -> None:
        app.router.add_post(WEBHOOK_PATH, self.webhook)

    async def start(self) -> None:
        """Open the Messaging API client (aiohttp) inside the running loop."""
        self.sender = LineSender(self._api_url, self._access_token, self._retry_delays)
        self.basic_id = await self.sender.basic_id()
        await self.menus.load(self.sender)
        log.info("LINE webhook ready at %s", WEBHOOK_PATH)

    async def stop(self) -> None:
        """Refuse new webhooks, finish the ones in flight and their replies, then close the client."""
        sender, self.sender = self.sender, None
        if self._webhooks:
            await asyncio.wait(set(self._webhooks), timeout=STOP_TIMEOUT)
        try:
            await asyncio.wait_for(self.drain(), STOP_TIMEOUT)
        except TimeoutError:
            log.warning("LINE replies still pending at shutdown: %d", len(self._deliveries))
        if sender is not None:
            await sender.close()

    async def drain(self) -> None:
        """Wait until every reply scheduled so far has been sent (or given up)."""
        while pending := {task for task in self._deliveries if not task.done()}:
            await asyncio.gather(*pending, return_exceptions=True)

    async def webhook(self, request: web.Request) -> web.StreamResponse:
        """Verify a webhook, apply its events, answer 200, then reply to them."""
        sender = self.sender
        if sender is None:
            return web.Response(status=503)  # not started or stopping: LINE may redeliver later
        task = asyncio.current_task()
        if task is not None:
            self._webhooks.add(task)
        try:
            return await self._webhook(request, sender)
        finally:
            if task is not None:
                self._webhooks.discard(task)

    async def _webhook(self, request: web.Request, sender: LineSender) -> web.StreamResponse:
        body = await self._verified_body(request)
        if isinstance(body, web.Response):
            return body
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError):  # RecursionError: arrays or objects nested too deep
            log.warning("LINE webhook refused: the body is not JSON")
            return web.Response(status=400)
        events = payload.get("events") if isinstance(payload, dict) else None
        if not isinstance(events, list):
            log.warning("LINE webhook refused: no list of events")
            return web.Response(status=400)
        # In standby another module answers the chat: those events are not ours. An event repeated within
        # one request is taken once (groups store nothing, so the core's claim would not catch it there).
        parsed, seen = [], set()
        oldest = (time.time() - REPLAY_WINDOW.total_seconds()) * 1000  # ids of older events may be forgotten
        for raw in events:
            event = parse_event(raw)
            if event is None:
                kind = raw.get("type") if isinstance(raw, dict) else None
                log.info("LINE event skipped: type %r not understood", ascii(kind)[:40])
            elif not all(is_clean(text) for text in (event.user_id or "", event.event_id or "")):
                log.warning("LINE event skipped: an id holds a NUL or a lone surrogate")
            elif event.timestamp is not None and event.timestamp < oldest:
                log.warning("LINE event skipped: older than the replay window (a replayed request?)")
            elif event.mode != "standby" and event.event_id not in seen:
                seen.add(event.event_id)
                parsed.append(event)
        languages = await self._languages(parsed, sender)
        outgoing: list[Outgoing] = []
        status = 200
        for event in parsed:
            try:
                answer = await self._apply(event, languages)
            except Exception:
                # Not committed: a 500 lets LINE redeliver; events already applied will be skipped then.
                log.exception("LINE event failed")
                status = 500
                break
            if answer is not None:
                outgoing.append(answer)
        chats: dict[str, list[Outgoing]] = {}
        for answer in outgoing:  # one person's slow reply must not hold up the others of this webhook
            chats.setdefault(answer.chat or answer.reply_token, []).append(answer)
        for answers in chats.values():
            self._spawn(self._deliver(sender, answers))
        return web.Response(status=status)

    async def _verified_body(self, request: web.Request) -> bytes | web.Response:
        """Read the raw body and check its signature; a 4xx answer when either fails."""
        if request.content_length is not None and request.content_length > MAX_BODY:
            log.warning("LINE webhook refused: body too large")
            return web.Response(status=413)
        given = request.headers.get("X-Line-Signature")
        if not given:
            log.warning("LINE webhook refused: no signature")
            return web.Response(status=401)
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            log.warning("LINE webhook refused: body too large")
            return web.Response(status=413)
        if not hmac.compare_digest(signature(self._secret, body), given.encode("utf-8", "replace")):
            log.warning("LINE webhook refused: wrong signature")
            return web.Response(status=401)
        return body

    async def _languages(self, events: list[LineEvent], sender: LineSender) -> dict[str, str | None]:
        """Read the LINE language of every new follower, and of whoever is pointed to the one-on-one chat
        from a group, at once, so the webhook still answers in time."""
        wanted = {user_id for user_id in map(new_follower, events) if user_id}
        wanted |= {event.user_id for event in events if self._pointed(event) and event.user_id}
        people = sorted(wanted)
        found = await asyncio.gather(*(sender.profile_language(user_id) for user_id in people))
        if any(map(self._pointed, events)) and not self.basic_id and not self.service.campaign.line_friend_url:
            self.basic_id = await sender.basic_id()  # read at start; again here if LINE did not say then
        return dict(zip(people, found, strict=True))

    def _pointed(self, event: LineEvent) -> bool:
        """Tell whether a group or room event is answered with a pointer to the one-on-one chat."""
        return event.source in ("group", "room") and bool(event.reply_token) and self._wants_pointer(event)

    async def _apply(self, event: LineEvent, languages: dict[str, str | None]) -> Outgoing | None:
        """Apply one event; return the answer to reply with, if any."""
        if event.source == "user" and event.user_id:
            return await self._apply_personal(event, event.user_id, languages.get(event.user_id))
        if self._pointed(event) and event.reply_token:
            i18n = self.service.i18n
            locale = i18n.match(languages.get(event.user_id or "")) or i18n.default_locale
            link = chat_link(self.basic_id) if self.basic_id else ""  # the campaign's friend link comes first
            return Outgoing(event.reply_token, [self.renderer.group_pointer(locale, link)])
        return None

    async def _apply_personal(self, event: LineEvent, user_id: str, language: str | None) -> Outgoing | None:
        core = to_event(event, user_id, self.service.i18n.match(language) or language)  # zh-Hant -> zh-Hans
        if core is None:
            return None
        handled = await self.service.handle(core)
        sender = self.sender
        applied = not (handled.duplicate or handled.failed or handled.throttled)  # else `signed` is not known
        if sender is not None and applied and core.kind is not EventKind.UNFOLLOW:
            if menu_id := self.menus.due(user_id, handled.locale, handled.signed):  # a task only for a change
                self._spawn(self.menus.link(sender, user_id, menu_id))
        reply_token = event.reply_token
        if handled.duplicate or not handled.messages or not reply_token:
            return None
        messages = self.renderer.messages(handled.messages, handled.locale, handled.share_link)
        essential = any(message.kind is ReplyKind.ESSENTIAL for message in handled.messages)
        return Outgoing(reply_token, messages, user_id if essential else None, chat=user_id)

    def _wants_pointer(self, event: LineEvent) -> bool:
        """Answer in a group only when addressed: added, a button, a command or keyword, a mention."""
        if not event.reply_token or event.redelivery:
            return False
        if event.type in ("join", "postback"):
            return True
        if event.type == "message" and event.message == "text" and event.text is not None:
            text = event.text
            return event.mentions_me or text.strip().startswith("/") or fold(text) in self.service.commands
        return False

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._deliveries.add(task)
        task.add_done_callback(self._deliveries.discard)

    async def _deliver(self, sender: LineSender, outgoing: list[Outgoing]) -> None:
        """Send the answers of one chat in one webhook, in order."""
        for answer in outgoing:
            try:
                await self._send(sender, answer)
            except Exception:
                log.exception("LINE reply failed")

    async def _send(self, sender: LineSender, answer: Outgoing) -> None:
        """Reply; push once instead if an essential answer's reply token is refused."""
        delivery = await sender.reply(answer.reply_token, answer.messages)
        if delivery is not Delivery.TOKEN_REJECTED or answer.user_id is None:
            return
        person = pseudonym(PLATFORM, answer.user_id)
        log.warning("LINE reply token refused for a signature confirmation; pushing it once person=%s", person)
        if await sender.push(answer.user_id, answer.messages):
            spent = await self.service.bump_counter(PUSH_COUNTER)
            log.warning("LINE push sent person=%s pushes_spent=%d", person, spent)
        else:
            log.error("LINE signature confirmation not delivered person=%s", person)

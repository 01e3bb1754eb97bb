"""The Telegram channel: python-telegram-bot's `Bot` as a thin adapter between updates and the core.

Updates arrive by long polling (no TELEGRAM_WEBHOOK_URL) or at POST /telegram/webhook on the bot's
own aiohttp server. A private-chat update becomes a neutral Event whose id is "<bot id>:<update id>",
which the core applies at most once; its replies go out through `telegram_send`. Updates of one chat
are handled in order, different chats concurrently. In groups the bot only points to the private
chat. A polled batch is confirmed to Telegram only once the core has applied all of it, and a webhook
is answered once its update is applied, so a crash before that leads to a redelivery; the replies go
out after that (a crash can lose them, never the update; a redelivery would be ignored as a duplicate).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from functools import partial

from aiohttp import web
from telegram import Bot, ChatMember
from telegram.constants import ChatType, UpdateType
from telegram.error import InvalidToken, RetryAfter, TelegramError

from bot.channels.telegram.api import AiohttpRequest, BotApi
from bot.channels.telegram.groups import answer_group
from bot.channels.telegram.profile import command_menus
from bot.channels.telegram.send import Blocked, Sender, Sleep, backoff, retry_after
from bot.channels.telegram.setup import hide_token_from_logs, webhook_secret
from bot.channels.telegram.share import deep_link, with_share_sheet
from bot.channels.telegram.updates import Incoming, read_update
from bot.core.config import Settings
from bot.core.payload import Payload
from bot.core.pseudonym import pseudonym
from bot.core.service import PetitionService
from bot.core.types import Event, EventKind, OutMessage

log = logging.getLogger(__name__)

PLATFORM = "telegram"
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = [UpdateType.MESSAGE, UpdateType.CALLBACK_QUERY, UpdateType.MY_CHAT_MEMBER]
FALLBACK_LOCALE = "en"  # for every language_code the bot has no locale for
POLL_TIMEOUT = 30
POLL_READ_MARGIN = 5.0  # seconds to wait for getUpdates beyond its own timeout
CONCURRENCY = 64  # updates of different chats handled at once (each waits on Bot API round trips)
HELD_POLL = 1.0  # while an update is still in hand, poll again this often for the ones after it


class TelegramSetupError(Exception):
    pass


class CoreFailed(Exception):
    """The core could not apply an update (not the update's fault): Telegram should deliver it again."""


class TelegramChannel:
    name = PLATFORM

    def __init__(self, service: PetitionService, settings: Settings, *, sleep: Sleep = asyncio.sleep) -> None:
        hide_token_from_logs()
        self.service = service
        self.settings = settings
        request = AiohttpRequest(connection_pool_size=CONCURRENCY * 2)  # not httpx: see telegram_http.py
        polling = AiohttpRequest()
        self.bot = Bot(settings.telegram_bot_token, base_url=f"{settings.telegram_api_url}/bot", request=request,
                       get_updates_request=polling)
        self.api, self.polling_api = BotApi(self.bot, request), BotApi(self.bot, polling)
        self.sender = Sender(self.api, sleep)
        self.webhook_url = settings.telegram_webhook_url
        self.secret = webhook_secret(settings) if self.webhook_url else ""
        self.ready = False
        self.stopping = asyncio.Event()
        self.slots = asyncio.Semaphore(CONCURRENCY)
        self.chat_locks: dict[int, tuple[asyncio.Lock, int]] = {}
        self.tasks: set[asyncio.Task[None]] = set()
        self.poller: asyncio.Task[None] | None = None
        self.fetch: asyncio.Task[object] | None = None
        self.offset: int | None = None
        self.handling: dict[int, asyncio.Future[bool]] = {}  # polled update id -> its handling, until confirmed
        service.outlets.answer(  # a signer's link is a deep link to the bot, whose name is known once started
            PLATFORM, share_link=lambda code: deep_link(self.bot.username, code), notify=self.notify)

    def install(self, app: web.Application) -> None:
        """Add the webhook route when updates come by webhook."""
        if self.webhook_url:
            app.router.add_post(WEBHOOK_PATH, self.receive)

    async def start(self) -> None:
        """Learn the bot's name (for share links), register commands, then poll or set the webhook."""
        try:
            await self.sender.call(self.bot.initialize)  # getMe, retried if Telegram is briefly unreachable
        except InvalidToken:  # PTB's own message would show the token
            raise TelegramSetupError("TELEGRAM_BOT_TOKEN was refused by the Bot API") from None
        await self.register_commands()
        try:
            if self.webhook_url:
                await self.sender.call(partial(
                    self.bot.set_webhook, self.webhook_url, secret_token=self.secret, allowed_updates=ALLOWED_UPDATES,
                    max_connections=self.settings.telegram_max_connections,
                ))
            else:
                await self.sender.call(self.bot.delete_webhook)  # getUpdates is refused while a webhook is set
        except TelegramError as error:
            raise TelegramSetupError(f"Telegram refused the webhook set-up: {error.message}") from None
        if not self.webhook_url:
            self.poller = asyncio.create_task(self.poll())
        self.ready = True
        log.info("telegram ready by %s", "webhook" if self.webhook_url else "long polling")

    async def stop(self) -> None:
        """Stop taking updates, finish those in hand, confirm what was polled, close the client."""
        self.stopping.set()
        if self.fetch is not None and not self.fetch.done():
            self.fetch.cancel()
        if self.poller is not None:
            await asyncio.gather(self.poller, return_exceptions=True)
        await asyncio.gather(*self.tasks, *self.handling.values(), return_exceptions=True)
        if self.poller is not None and (offset := self.confirmable()) is not None:
            with suppress(TelegramError):  # unconfirmed updates come again, and are then ignored
                await self.polling_api.call("getUpdates", offset=offset, limit=1, timeout=0)
        await self.bot.shutdown()

    async def register_commands(self) -> None:
        """Publish the command menu in each locale, and in English for every other language."""
        for code, commands in command_menus(self.service.i18n, self.service.renderer):
            try:
                await self.sender.call(partial(self.bot.set_my_commands, commands, language_code=code))
            except TelegramError as error:  # the bot works without a menu; typed commands still do
                log.warning("command menu for %s not set: %s", code or "default", type(error).__name__)

    async def poll(self) -> None:
        """Fetch and handle updates until stopped.

        An update is confirmed (by the offset of a later getUpdates) only once it and every update
        before it are handled, so that a crash leads to a redelivery. A batch is waited for, but one
        slow update (its replies waiting on Telegram) holds up the next ones only HELD_POLL: then
        getUpdates is called again, gives it again with the new ones, and only the new ones are taken.
        """
        failures = 0
        while not self.stopping.is_set():
            busy = any(not task.done() for task in self.handling.values())
            wait = 0 if busy else POLL_TIMEOUT
            self.fetch = asyncio.create_task(self.polling_api.call(
                "getUpdates", offset=self.offset, timeout=wait, allowed_updates=ALLOWED_UPDATES,
                read_timeout=wait + POLL_READ_MARGIN,
            ))
            try:
                answer = await self.fetch
            except asyncio.CancelledError:
                if self.stopping.is_set():
                    return
                raise
            except RetryAfter as error:
                await self.pause(retry_after(error))
                continue
            except InvalidToken:
                log.error("TELEGRAM_BOT_TOKEN refused: polling stops")
                return
            except Exception as error:  # network, 5xx, 409 while another instance polls
                failures += 1
                log.warning("getUpdates failed (%s), attempt %d", type(error).__name__, failures)
                await self.pause(backoff(failures))
                continue
            failures = 0
            updates = [u for u in map(read_update, answer if isinstance(answer, list) else []) if u is not None]
            fresh = [u for u in updates if u.update_id not in self.handling and u.update_id >= (self.offset or 0)]
            for update in fresh:
                self.handling[update.update_id] = asyncio.ensure_future(self.dispatch(update))
            unfinished = [task for task in self.handling.values() if not task.done()]
            if unfinished:  # wait for the batch, but let a slow update hold up the next ones only a moment
                await asyncio.wait(unfinished, timeout=HELD_POLL)
            self.offset = self.confirmable()

    def confirmable(self) -> int | None:
        """The offset that confirms every update handled, up to the first one still in hand."""
        unfinished = [update_id for update_id, task in self.handling.items() if not task.done()]
        if unfinished:
            offset: int | None = min(unfinished)
        else:
            offset = max(self.handling) + 1 if self.handling else self.offset
        for update_id in [u for u in self.handling if offset is not None and u < offset]:
            del self.handling[update_id]  # confirmed by the next getUpdates: Telegram forgets it
        return offset

    async def pause(self, seconds: float) -> None:
        """Wait, unless the channel stops first."""
        with suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), seconds)

    async def receive(self, request: web.Request) -> web.Response:
        """Take one webhook delivery: 403 without the right secret, 503 while not serving."""
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not self.secret or not hmac.compare_digest(given, self.secret.encode()):
            log.warning("telegram webhook refused: wrong secret token")
            return web.Response(status=403)
        try:
            update = read_update(await request.json())
        except web.HTTPException:  # the body is over the size limit: 413
            raise
        except Exception as error:  # whatever breaks reading untrusted input is the sender's fault
            log.warning("telegram webhook refused: the update cannot be read (%s)", type(error).__name__)
            update = None
        if update is None:
            return web.Response(status=400)
        # No await from this check to the task's creation, so `stop` either waits for it or it is refused.
        if not self.ready or self.stopping.is_set():
            return web.Response(status=503)  # Telegram delivers it again later
        if not await self.dispatch(update, webhook=True):
            return web.Response(status=500)
        if update.query_id is not None:  # the Bot API carries out a method named in the answer: one call less
            return web.json_response({"method": "answerCallbackQuery", "callback_query_id": update.query_id})
        return web.Response(status=200)

    async def dispatch(self, update: Incoming, *, webhook: bool = False) -> bool:
        """Handle an update in its chat's turn, to the end even if the caller goes away.

        Return once the core has committed it (False if the core failed): its replies may still be on
        their way, as on LINE. A crash then loses those replies, not the update (a redelivery would be
        ignored as a duplicate in any case), and Telegram is not kept waiting for them.
        """
        applied: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        task = asyncio.create_task(self.guarded(update, applied, webhook))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return await asyncio.shield(applied)

    async def drain(self) -> None:
        """Wait until every update taken so far is handled and its replies sent (or given up)."""
        while self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)

    @asynccontextmanager
    async def chat_turn(self, chat_id: int) -> AsyncIterator[None]:
        """Hold a chat's lock (locks are fair, so a chat's updates run in arrival order)."""
        lock, users = self.chat_locks.get(chat_id, (asyncio.Lock(), 0))
        self.chat_locks[chat_id] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self.chat_locks[chat_id]
            if users == 1:
                del self.chat_locks[chat_id]
            else:
                self.chat_locks[chat_id] = (lock, users - 1)

    async def guarded(self, update: Incoming, applied: asyncio.Future[bool], webhook: bool = False) -> None:
        """Handle one update, logging failures; `applied` False if the core failed, so that a webhook
        delivers it again.

        Any other failure is the update's own (malformed, which a redelivery cannot mend) or comes after
        the core applied it (a redelivery would be ignored as a duplicate): one line, and no redelivery.
        """
        def done(ok: bool = True) -> None:
            if not applied.done():
                applied.set_result(ok)

        try:
            async with self.chat_turn(update.chat_id or update.user_id or 0), self.slots:
                try:
                    await self.handle(update, done, answer_query=not webhook)
                except TelegramError as error:  # replies undelivered; the update itself was applied
                    log.warning("telegram update %s: replies not sent (%s)", update.update_id, type(error).__name__)
                except CoreFailed:
                    log.exception("telegram update %s failed", update.update_id)
                    done(False)
                except Exception as error:
                    log.warning("telegram update %s not handled (%s)", update.update_id, type(error).__name__)
        finally:
            done()

    async def handle(self, update: Incoming, applied: Callable[[], None] = lambda: None,
                     answer_query: bool = True) -> None:
        """Answer one update: private chats go to the core, groups get a pointer, the rest is ignored.

        `applied` is called once the core committed it, before the replies go out. A button press is
        answered first when polling; a webhook answers it in its response instead."""
        if update.query_id is not None and answer_query:
            await self.sender.answer(update.query_id)
        if update.member_status is not None:
            await self.member_changed(update)
        elif update.chat_id is None:
            return
        elif update.chat_type in (ChatType.GROUP, ChatType.SUPERGROUP):
            if update.message is not None:
                await answer_group(self, update.message)
        elif update.chat_type != ChatType.PRIVATE or update.user_id is None:
            return
        elif (event := self.to_event(update)) is not None:
            try:
                handled = await self.service.handle(event)
            except Exception as error:
                raise CoreFailed from error
            applied()
            if messages := with_share_sheet(self.service.renderer, handled.messages, handled.locale,
                                            handled.share_link, handled.signed):
                try:
                    await self.sender.deliver(update.chat_id, messages, pressed=update.pressed)
                except Blocked:
                    await self.service.set_reachable(PLATFORM, event.user_id, False)

    async def notify(self, user_id: str, messages: list[OutMessage]) -> None:
        """Tell an organizer how their broadcast goes (outside any conversation turn)."""
        async with self.chat_turn(int(user_id)):
            try:
                await self.sender.deliver(int(user_id), messages)
            except (Blocked, TelegramError) as error:
                log.warning("telegram organizer notice not sent (%s)", type(error).__name__)

    def to_event(self, update: Incoming) -> Event | None:
        """Translate a private message or button press; None for service messages."""
        if update.user_id is None:
            return None

        def event(kind: EventKind, text: str = "", payload: Payload | None = None) -> Event:
            matched, event_id = self.service.i18n.match(update.language_code), f"{self.bot.id}:{update.update_id}"
            return Event(PLATFORM, str(update.user_id), kind, text, payload, language_hint=matched or FALLBACK_LOCALE,
                         event_id=event_id, hint_is_fallback=matched is None)

        if update.query_id is not None:
            return event(EventKind.BUTTON, payload=Payload.decode(update.data))
        if update.text is not None:
            return event(EventKind.TEXT, update.text)
        if update.media:
            return event(EventKind.MEDIA)
        return None

    def locale_for(self, language_code: str | None) -> str:
        """Offer the locale the app's language asks for ('pt-br' -> pt-BR, 'zh-hans' -> zh-Hans), else English."""
        return self.service.i18n.match(language_code) or FALLBACK_LOCALE

    async def member_changed(self, update: Incoming) -> None:
        """Note that a person blocked the bot or came back (private chats only)."""
        status = update.member_status
        if update.chat_type != ChatType.PRIVATE or status not in (ChatMember.BANNED, ChatMember.MEMBER):
            return
        user_id = str(update.user_id)
        log.info("telegram person=%s %s", pseudonym(PLATFORM, user_id), status)
        try:
            await self.service.set_reachable(PLATFORM, user_id, status == ChatMember.MEMBER)
        except Exception as error:
            raise CoreFailed from error

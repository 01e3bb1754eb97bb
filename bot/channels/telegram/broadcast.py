"""Broadcast updates to Telegram: one send per person, results told to the engine, never retried here.

The broadcast engine paces the sends (about 30 a second overall by default), waits out 429s and
retries network errors; this adapter only translates one send and its outcome.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from bot.core.config import Settings
from bot.core.types import OutMessage
from bot.organizing.broadcast import in_flight_for
from bot.organizing.sending import SendResult, Sent

# PTB is imported where it is used, so that the command-line tools importing this module (stats,
# export...) do not wait for it to load.
if TYPE_CHECKING:
    from telegram import InlineKeyboardMarkup

    from bot.channels.telegram.api import BotApi


MAX_CAPTION = 1024  # UTF-16 units in a photo's caption; a longer text follows the photo as messages


def _photo_buttons(message: OutMessage) -> InlineKeyboardMarkup | None:
    """The update's link buttons under its photo, as PTB's photo method takes them."""
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    rows = [[InlineKeyboardButton(b.label, url=b.url)] for b in message.buttons if b.url]
    return InlineKeyboardMarkup(rows) if rows else None


class TelegramBroadcaster:
    def __init__(self, api: BotApi) -> None:
        self.api = api

    async def send_update(self, user_id: str, message: OutMessage) -> SendResult:
        """Send one update to one chat (split if long, the link button under the last piece)."""
        from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

        from bot.channels.telegram.send import keyboard, retry_after, split_text, utf16_len

        links = keyboard([b for b in message.buttons if b.url])
        pieces = split_text(message.text)
        try:
            if message.image is not None:  # a picture: the text is its caption when short enough
                short = utf16_len(message.text) <= MAX_CAPTION
                await self.api.bot.send_photo(int(user_id), message.image, caption=message.text if short else None,
                                              reply_markup=_photo_buttons(message) if short else None)
                pieces = [] if short else pieces
            for number, piece in enumerate(pieces, 1):
                markup = links if number == len(pieces) else None
                await self.api.call("sendMessage", chat_id=int(user_id), text=piece, reply_markup=markup)
        except Forbidden:
            return SendResult(Sent.UNREACHABLE)
        except RetryAfter as error:
            return SendResult(Sent.RATE_LIMITED, retry_after=retry_after(error))
        except BadRequest as error:  # a NetworkError subclass in PTB, but a refusal: not retried
            return SendResult(Sent.FAILED, detail=error.message)
        except NetworkError as error:
            return SendResult(Sent.RETRY, detail=type(error).__name__)
        except TelegramError as error:
            return SendResult(Sent.FAILED, detail=type(error).__name__)
        return SendResult(Sent.OK)


@asynccontextmanager
async def telegram_broadcaster(settings: Settings, *, check_token: bool = True) -> AsyncIterator[TelegramBroadcaster]:
    """Open a Bot API client for broadcasting, and close it. `check_token` calls getMe first (the command
    line stops there on a refused token); the server leaves that to its channel, which retries it."""
    from telegram import Bot

    from bot.channels.telegram.api import AiohttpRequest, BotApi

    # Sends overlap (the engine paces them), so they need many connections: PTB's default is one.
    request = AiohttpRequest(connection_pool_size=in_flight_for(settings.telegram_broadcast_rate), pool_timeout=30.0)
    bot = Bot(settings.telegram_bot_token, base_url=f"{settings.telegram_api_url}/bot", request=request)
    if check_token:
        async with bot:
            yield TelegramBroadcaster(BotApi(bot, request))
        return
    await request.initialize()
    try:
        yield TelegramBroadcaster(BotApi(bot, request))
    finally:
        await request.shutdown()

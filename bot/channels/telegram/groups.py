"""Telegram groups: the bot stores nothing there, and points to the private chat when addressed."""

from __future__ import annotations

from contextlib import suppress
from typing import Protocol

from telegram import Bot, Message, MessageEntity

from bot.channels.telegram.send import Blocked, Sender
from bot.core.service import PetitionService
from bot.core.types import OutButton, OutMessage, Text


class GroupHost(Protocol):
    """What answering a group needs of the Telegram channel."""

    bot: Bot
    service: PetitionService
    sender: Sender

    def locale_for(self, language_code: str | None) -> str: ...


async def answer_group(channel: GroupHost, data: dict[str, object]) -> None:
    """Point to the private chat when a group message is meant for this bot (read with PTB: entities)."""
    message = Message.de_json(data, channel.bot)
    if message is not None and addressed_to(message, channel.bot.username, channel.bot.id):
        await point_to_private(channel, message)


def addressed_to(message: Message, username: str, bot_id: int) -> bool:
    """Tell whether a group message is a command not meant for another bot, or mentions this one."""
    me = username.lower()
    kinds: list[str | None] = [MessageEntity.BOT_COMMAND, MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    found = {**message.parse_entities(kinds), **message.parse_caption_entities(kinds)}
    for entity, text in found.items():
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            if text.partition("@")[2].lower() in ("", me):
                return True
        elif entity.type == MessageEntity.MENTION and text[1:].lower() == me:
            return True
        elif entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return True
    return False


async def point_to_private(channel: GroupHost, message: Message) -> None:
    """Answer in the group with a link to the private chat, storing nothing about anyone."""
    locale = channel.locale_for(message.from_user.language_code if message.from_user else None)
    renderer = channel.service.renderer
    text = renderer.text(Text("telegram-group-pointer"), locale)
    label = renderer.text(Text("telegram-group-button"), locale)
    link = OutButton(label, url=f"https://t.me/{channel.bot.username}")
    with suppress(Blocked):  # removed from the group meanwhile
        await channel.sender.deliver(message.chat.id, [OutMessage(text, (link,))], reply_to=message.message_id)

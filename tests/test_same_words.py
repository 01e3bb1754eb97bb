"""The same thing in the same words on LINE and Telegram (issue 21): the answer to a sticker, the share heading."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core.service import PetitionService
from tests.chat import chat_on


async def sticker_and_share(platform: str, service: PetitionService) -> tuple[str, str]:
    """Send a sticker, then sign; return what the sticker got and what the signing ended with."""
    async with chat_on(platform, service) as opened:
        chat: Any = opened  # LINE's and Telegram's drivers both send stickers
        await chat.open()
        await chat.press("English")
        await chat.sticker()
        after_sticker = chat.screen
        await chat.press("Sign")
        await chat.press("I agree")
        await chat.say("Hanako Yamada" if platform == "line" else "Taro Yamada")
        await chat.say("osaka")
        await chat.press("No, thanks")
        await chat.press("Confirm and sign")
        return after_sticker, chat.screen


async def test_a_sticker_and_the_share_heading_read_the_same_on_line_and_telegram(
    service: PetitionService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    said = {platform: await sticker_and_share(platform, service) for platform in ("line", "telegram")}
    media = service.i18n.format("en", "media-not-understood")
    heading = service.i18n.format("en", "share-heading")
    assert media == "Thank you! I can only read text and buttons, though." and heading == "Invite your friends"
    for platform, (after_sticker, after_signing) in said.items():
        assert media in after_sticker, (platform, after_sticker)
        assert heading in after_signing, (platform, after_signing)
        assert "Share with friends" not in after_signing, platform

"""Telegram's formatting (issue 21): bold headings, escaped names, the choice shown under a retired keyboard,
no link preview where it adds clutter, the privacy details folded away, and the 4096-unit limit."""

from __future__ import annotations

from bot.channels.telegram.formatting import html
from bot.channels.telegram.send import split_text, utf16_len
from bot.core.service import PetitionService
from bot.core.types import ReplyKind
from testkit.telegram_api import FakeTelegram, Sent, TelegramPerson, running_bot
from testkit.telegram_html import parse_html


def _kinds(message: Sent) -> list[str]:
    return [entity["type"] for entity in message.entities]


def _sent(fake: FakeTelegram, person: TelegramPerson, fragment: str) -> Sent:
    return next(m for m in fake.sent_to(person.id) if fragment in m.text)


async def test_headings_choices_previews_and_folded_privacy(fake: FakeTelegram, service: PetitionService) -> None:
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 2101)
        await person.open()
        await person.press("English")
        petition = _sent(fake, person, "The petition")
        assert petition.entities[0] == {"type": "bold", "offset": 0, "length": utf16_len(petition.text.split("\n")[0])}
        assert petition.text.endswith("✓ English") is False
        welcome = _sent(fake, person, "Which language")
        assert welcome.text.endswith("\n\n✓ English")  # the retired keyboard leaves the choice in the history
        await person.press("Sign")
        consent = _sent(fake, person, "What we collect")
        assert "expandable_blockquote" in _kinds(consent) and "bold" in _kinds(consent)
        await person.press("I agree")
        consent = _sent(fake, person, "What we collect")
        assert consent.text.endswith("✓ I agree")
        assert "expandable_blockquote" in _kinds(consent)  # the formatting survives the edit
        await person.say("Tom & Jerry")  # escaped in HTML, or the Bot API would refuse the read-back
        await person.press("Skip")
        await person.press("No, thanks")
        person.expect("Tom & Jerry, no prefecture given")
        await person.press("Confirm and sign")
        paper = _sent(fake, person, "Friends and family can sign on paper")
        share = _sent(fake, person, "Invite your friends")
        assert not paper.link_preview and share.link_preview
        assert share.entities[0] == {"type": "bold", "offset": 0, "length": utf16_len("Invite your friends")}
        assert all(call.status == 200 for call in fake.calls)


def test_a_long_text_fits_telegrams_limit_after_its_tags_are_read() -> None:
    text = "🔒 Heading\n" + "\n".join(f"• detail {n} & <more> " * 20 for n in range(60))
    pieces = split_text(text)
    assert len(pieces) > 1
    for number, piece in enumerate(pieces, 1):
        shown, _ = parse_html(html(piece, ReplyKind.PRIVACY, number == 1))
        assert shown == piece and utf16_len(shown) <= 4096

"""Getting answers through on Telegram: long texts, flood limits, failures, blocked people and groups."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.app.assembly import build_service
from bot.channels.telegram.send import split_text, utf16_len
from bot.core.campaign import load_campaign
from bot.core.i18n import LOCALES_DIR, I18n
from bot.core.service import PetitionService
from storage.sqlite.repository import SqliteRepository
from testkit.telegram_api import FakeTelegram, TelegramPerson, running_bot


async def reachable(service: PetitionService, user_id: int) -> bool:
    async with service.repo.transaction() as tx:
        person = await tx.get_person("telegram", str(user_id))
    assert person is not None
    return person.reachable


def test_texts_are_split_at_paragraphs_then_lines_then_words() -> None:
    paragraphs = [f"Paragraph {n}. " + " ".join(["word"] * 300) for n in range(6)]  # about 1,500 each
    pieces = split_text("\n\n".join(paragraphs))
    assert pieces == ["\n\n".join(paragraphs[0:2]), "\n\n".join(paragraphs[2:4]), "\n\n".join(paragraphs[4:6])]
    one_line = " ".join(["word"] * 2000)
    assert [len(p) for p in split_text(one_line)] == [4094, 4094, 1809]
    assert split_text("x" * 5000) == ["x" * 4096, "x" * 904]
    emoji = "😀" * 3000  # two UTF-16 units each
    assert [utf16_len(p) for p in split_text(emoji)] == [4096, 1904]
    assert split_text("short") == ["short"] and split_text(" \n\n ") == []


async def test_a_long_message_arrives_in_pieces_with_the_buttons_on_the_last(
    fake: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    root = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, root)
    paragraphs = [f"Paragraph {n}: " + " ".join(["word"] * 150) for n in range(12)]  # 767 characters each
    menu = "menu =\n" + "\n".join(f"    {line}" if line else "" for line in "\n\n".join(paragraphs).split("\n"))
    petition = root / "en" / "petition.ftl"
    petition.write_text(petition.read_text(encoding="utf-8").replace("menu = What would you like to do?", menu))
    campaign = load_campaign()
    repo = SqliteRepository(db_url)
    await repo.open()
    service = build_service(repo, I18n(campaign.default_language, root=root, strict=True), campaign)
    try:
        async with running_bot(fake, service):
            person = TelegramPerson(fake, 2001)
            await person.say("/menu")
    finally:
        await repo.close()
    assert [m.text for m in person.answers] == ["\n\n".join(paragraphs[i : i + 5]) for i in (0, 5, 10)]
    assert [bool(m.buttons()) for m in person.answers] == [False, False, True]
    assert fake.called("sendMessage", status=400) == []


async def test_a_flood_limit_is_waited_out(fake: FakeTelegram, service: PetitionService) -> None:
    async with running_bot(fake, service) as bot:
        person = TelegramPerson(fake, 2002)
        fake.fail("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
        await person.open()
        person.expect("Welcome!")
    assert bot.waits == [7.0]
    assert [c.status for c in fake.called("sendMessage", status=None)] == [429, 200]


async def test_server_errors_and_lost_connections_are_retried_without_signing_twice(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service) as bot:
        person = TelegramPerson(fake, 2003)
        await person.say("/sign")
        await person.press("I agree")
        await person.say("Hanako Yamada")
        await person.press("Skip")
        await person.press("No, thanks")
        fake.fail("sendMessage", 502, "Bad Gateway", times=2)
        # A message whose connection drops may have been sent already, so it is not sent again (see
        # tests/test_faults_platforms.py); answering the button press twice is harmless, so it is retried.
        fake.fail("answerCallbackQuery", 0, drop=True)
        await person.press("Confirm and sign")
    person.expect("So far one person has signed")
    assert [m.text.count("So far one person has signed") for m in person.answers] == [1, 0, 0, 0]
    assert len(bot.waits) == 3
    assert (await service.repo.totals()).signatures == 1


async def test_a_person_who_blocked_the_bot_is_marked_unreachable_until_they_unblock(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 2004)
        await person.open()
        fake.blocked.add(person.id)  # blocked while the bot was answering
        await person.say("/help")
        assert person.answers == [] and await reachable(service, person.id) is False
        await person.set_blocked(False)
        assert await reachable(service, person.id) is True
        await person.set_blocked(True)
        assert person.answers == [] and await reachable(service, person.id) is False
        await person.set_blocked(False)
        await person.open()
        person.expect("Welcome!")
        assert await reachable(service, person.id) is True
        stranger = TelegramPerson(fake, 2005)
        await stranger.set_blocked(True)
    assert (await service.repo.totals()).people == 1  # a stranger's block stores nothing


async def test_in_a_group_the_bot_only_points_to_the_private_chat(
    fake: FakeTelegram, service: PetitionService
) -> None:
    group = -100123
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 2006)
        answers = await person.say_in_group(group, f"/start@{fake.username}")
        assert len(answers) == 1
        assert "private chat" in answers[0].text and answers[0].reply_to is not None
        assert answers[0].buttons() == [{"text": "Open a private chat", "url": f"https://t.me/{fake.username}"}]
        assert len(await person.say_in_group(group, "/sign")) == 1
        assert len(await person.say_in_group(group, f"@{fake.username} how do I sign?")) == 1
        assert await person.say_in_group(group, "Hanako Yamada") == []
        assert await person.say_in_group(group, "/start@some_other_bot") == []
        japanese = TelegramPerson(fake, 2007, language_code="ja")
        answers = await japanese.say_in_group(group, "/status")
        assert "個別チャット" in answers[0].text
    totals = await service.repo.totals()
    assert (totals.people, totals.signatures) == (0, 0)

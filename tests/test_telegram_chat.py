"""Whole conversations on Telegram: the real PTB client, polling or webhook, against a fake Bot API."""

from __future__ import annotations

import pytest

from bot.core.service import PetitionService
from testkit.telegram_api import FakeTelegram, TelegramPerson, running_bot


async def sign_in_english(person: TelegramPerson) -> None:
    """Go from /start to a recorded signature, checking each step's answer."""
    await person.open()
    if "language_code" in person.user:  # the app names English: no picker, the petition at once
        person.expect("Welcome!", "To use another language, press “Language”.")
        assert person.buttons()[0] == "Language"
    else:
        person.expect("Welcome!", "Which language")
        assert person.buttons()[:2] == ["English", "日本語"]  # English first when the app names no language
        await person.press("English")
    person.expect("The petition", "the Minister of Justice")
    await person.press("The 5 concerns")
    for position in range(1, 6):
        person.expect(f"{position}/5")
        if position < 5:
            await person.press("Next")
    await person.press("Background")
    person.expect("Wishma Sandamali")
    await person.press("Sign")
    person.expect("What we collect", "One signature per person")
    await person.press("I agree")
    person.expect("type your name")
    await person.say("Hanako Yamada")
    person.expect("Which prefecture")
    await person.press("Osaka")
    await person.press("Yes, send updates")
    person.expect("Hanako Yamada, Osaka", "Updates: yes")
    await person.press("Confirm and sign")
    person.expect("one person has signed", "〒110-0005", "Invite your friends")
    assert any(b.get("url") == "https://bit.ly/3Z2gt8u" for m in person.answers for b in m.buttons())


@pytest.mark.parametrize("webhook", [False, True], ids=["polling", "webhook"])
async def test_english_signing_status_and_withdrawal(
    fake: FakeTelegram, service: PetitionService, webhook: bool
) -> None:
    async with running_bot(fake, service, webhook=webhook):
        person = TelegramPerson(fake, 1001, language_code="en-GB")
        await sign_in_english(person)
        person.expect(f"https://t.me/{fake.username}?start=")
        await person.say("/status")
        person.expect("Name: Hanako Yamada", "Prefecture: Osaka", "signer no. 1")
        await person.say("/withdraw")
        await person.press("Yes, delete it")
        person.expect("deleted")
        await person.say("/status")
        person.expect("You have not signed")
    assert (await service.repo.totals()).signatures == 0
    assert bool(fake.called("getUpdates")) is not webhook
    assert all(call.status == 200 for call in fake.calls)  # nothing refused: limits kept, no edit in vain


async def test_every_button_press_is_answered_and_old_keyboards_are_removed(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 1002)
        await sign_in_english(person)
        assert len(fake.called("answerCallbackQuery")) == len(fake.queries) == 12
        assert all(fake.queries.values())
        # Only the thanks message's menu can still be pressed; the paper form link stays.
        pressable = [m for m in fake.sent_to(person.id) if any("callback_data" in b for b in m.buttons())]
        assert [m.text for m in pressable] == ["What would you like to do?"]  # the menu sits on the last message
        assert any(b.get("url") == "https://bit.ly/3Z2gt8u" for m in fake.sent_to(person.id) for b in m.buttons())


async def test_japanese_from_the_app_language(fake: FakeTelegram, service: PetitionService) -> None:
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 1003, first_name="花子", language_code="ja")
        await person.open()  # the app's language is one the bot speaks: no picker
        person.expect("ようこそ", "署名の内容")
        person.expect_not("使う言語を選んでください")
        await person.say("/sign")
        await person.press("同意する")
        await person.say("山田 花子")
        await person.say("東京")
        await person.press("受け取らない")
        await person.press("署名する")
        person.expect("現在の署名数:1")
        other = TelegramPerson(fake, 1004, language_code="de")
        await other.open()
        other.expect("Welcome!")


async def test_an_old_button_gets_an_answer_for_where_the_person_is(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 1005)
        await sign_in_english(person)
        await person.press("Confirm and sign", old=True)
        person.expect("That button belongs to an earlier step.", "What would you like to do?")
        person.expect_not("So far 2 people have signed")
        await person.press("I agree", old=True)
        person.expect("That button belongs to an earlier step.")
        assert person.buttons()  # the menu of the last answer is pressable
    assert (await service.repo.totals()).signatures == 1


async def test_a_redelivered_update_is_applied_once_and_answered_once(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service, webhook=True):
        person = TelegramPerson(fake, 1006)
        await sign_in_english(person)
        sent = len(fake.sent_to(person.id))
        assert await person.redeliver() == 200
        assert person.answers == [] and len(fake.sent_to(person.id)) == sent
    assert (await service.repo.totals()).signatures == 1


async def test_a_redelivery_after_a_restart_is_ignored(fake: FakeTelegram, db_url: str) -> None:
    from tests.conftest import make_service

    service = await make_service(db_url)
    person = TelegramPerson(fake, 1007)
    async with running_bot(fake, service):
        await sign_in_english(person)
    await service.repo.close()
    # The confirmation of the last batch was lost: Telegram gives the "Confirm" press again.
    fake.updates.append(person.last_update)
    service = await make_service(db_url)
    try:
        async with running_bot(fake, service):
            await person.say("/status")
        # Both updates were handled, and only /status was answered: its status and the menu.
        first_lines = [m.text.split("\n")[0] for m in person.answers]
        assert first_lines == ["What we hold about you:", "What would you like to do?"]
        assert (await service.repo.totals()).signatures == 1
    finally:
        await service.repo.close()


async def test_a_signature_through_a_personal_link_counts_for_the_signer(
    fake: FakeTelegram, service: PetitionService
) -> None:
    async with running_bot(fake, service):
        first = TelegramPerson(fake, 1008)
        await sign_in_english(first)
        link = next(word for word in first.screen.split() if word.startswith("https://t.me/"))
        code = link.split("?start=")[1]
        friend = TelegramPerson(fake, 1009, first_name="Taro")
        await friend.say(f"/start {code}")
        await friend.press("English")
        await friend.say("/sign")
        await friend.press("I agree")
        await friend.say("Taro Suzuki")
        await friend.press("Skip")
        await friend.press("No, thanks")
        await friend.press("Confirm and sign")
        friend.expect("So far 2 people have signed")
        stranger = TelegramPerson(fake, 1010)
        await stranger.say("/start not-a-real-code")
        await first.say("/status")
        first.expect("People who signed through your link: 1")


async def test_stickers_and_unknown_commands_get_a_hint(fake: FakeTelegram, service: PetitionService) -> None:
    async with running_bot(fake, service):
        person = TelegramPerson(fake, 1011)
        await person.open()
        await person.press("English")
        await person.sticker()
        person.expect("I can only read text and buttons")
        await person.say("/frobnicate")
        person.expect("I don't know that command.")


async def test_a_batch_is_handled_in_order_within_each_chat(fake: FakeTelegram, service: PetitionService) -> None:
    async with running_bot(fake, service):
        alice, bob = TelegramPerson(fake, 1012), TelegramPerson(fake, 1013)
        texts = [(alice, "/start"), (bob, "/start"), (alice, "/privacy"), (alice, "/help"), (bob, "/help")]
        await fake.deliver_batch([fake.next_update(message=fake.text_message(p.user, p.chat, t)) for p, t in texts])
        for person, expected in ((alice, ["Welcome!", "🔒", "You can use"]), (bob, ["Welcome!", "You can use"])):
            assert [m.text.split(" ")[0] for m in fake.sent_to(person.id)] == [e.split(" ")[0] for e in expected]

"""One conversation script, run unchanged on the console, on LINE and on Telegram.

The script only uses the verbs every chat driver shares (tests/chat.py): open, say, press, expect.
On LINE and Telegram each step goes through the real HTTP path against the fake platform.
"""

from __future__ import annotations

from bot.core.service import PetitionService
from tests.chat import Chat


async def test_greet_pick_a_language_read_sign_check_and_withdraw(chat: Chat, service: PetitionService) -> None:
    await chat.open()
    chat.expect("Open the Gate for All")
    await chat.press("English")
    chat.expect("The petition", "the Minister of Justice")
    await chat.press("The 5 concerns")
    chat.expect("1/5")
    await chat.press("Next")
    chat.expect("2/5")
    await chat.press("Sign")
    chat.expect("What we collect", "One signature per person")
    await chat.press("I agree")
    chat.expect("type your name")
    await chat.say("Hanako Yamada")
    chat.expect("Which prefecture")
    await chat.say("Tokyo")
    chat.expect("updates")
    await chat.press("Yes, send updates")
    chat.expect("Hanako Yamada, Tokyo", "Updates: yes")
    await chat.press("Confirm and sign")
    chat.expect("one person has signed", "〒110-0005")
    await chat.say("/status")
    chat.expect("Name: Hanako Yamada", "Prefecture: Tokyo", "signer no. 1")
    await chat.say("/withdraw")
    chat.expect("Delete your signature?")
    await chat.press("Yes, delete it")
    chat.expect("deleted")
    await chat.say("/status")
    chat.expect("You have not signed")
    chat.expect_not("Hanako")
    assert (await service.repo.totals()).signatures == 0

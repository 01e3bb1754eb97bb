"""A person who stops in the middle continues where they were, even after the bot restarts."""

from __future__ import annotations

from bot.core.outlets import Outlets
from bot.core.types import Event, EventKind
from tests.chat import ConsoleChat
from tests.conftest import make_service


async def test_restart_in_the_middle_resumes(db_url: str) -> None:
    service = await make_service(db_url)
    chat = ConsoleChat(service)
    await chat.open()
    await chat.press("English")
    await chat.press("Sign")
    await chat.press("I agree")
    await chat.say("Hanako Yamada")
    chat.expect("Which prefecture")
    await service.repo.close()

    service = await make_service(db_url)  # the bot restarted
    chat = ConsoleChat(service)
    await chat.open()
    chat.expect("Welcome back", "Which prefecture")
    await chat.say("Osaka")
    await chat.press("No, thanks")
    chat.expect("Hanako Yamada, Osaka")
    await chat.press("Confirm and sign")
    chat.expect("So far one person has signed")
    await service.repo.close()


async def test_a_redelivered_event_is_applied_once(db_url: str) -> None:
    service = await make_service(db_url)
    first = await service.handle(Event("test", "u1", EventKind.TEXT, text="/start", event_id="e1"))
    again = await service.handle(Event("test", "u1", EventKind.TEXT, text="/start", event_id="e1"))
    assert first.messages and not first.duplicate
    assert again.duplicate and not again.messages
    await service.repo.close()


async def test_a_referral_counts_for_the_referrer(db_url: str) -> None:
    service = await make_service(db_url, outlets=Outlets({"console": lambda code: f"https://example.invalid/start?c={code}"}))
    alice = ConsoleChat(service, "alice")
    for step in ("/start", "3", "/sign", "1", "Alice", "skip", "2", "1"):  # 3: English, after 日本語 and やさしい日本語
        await alice.say(step)
    link = next(line for line in alice.screen.splitlines() if "example.invalid" in line)
    code = link.rsplit("c=", 1)[1]
    bob = ConsoleChat(service, "bob")
    for step in (f"/start {code}", "3", "/sign", "1", "Bob", "skip", "2", "1"):
        await bob.say(step)
    mallory = ConsoleChat(service, "mallory")  # a code nobody owns counts for nobody
    for step in ("/start zzzzzzzz", "3", "/sign", "1", "Mallory", "skip", "2", "1"):
        await mallory.say(step)
    await alice.say("/status")
    alice.expect("People who signed through your link: 1")
    await service.repo.close()

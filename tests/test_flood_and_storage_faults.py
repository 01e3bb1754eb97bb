"""Flooding is throttled per person; a database that cannot write refuses clearly and loses nothing."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path

from bot.core.service import PetitionService
from bot.core.throttle import Throttle, Verdict
from bot.core.types import Event, EventKind
from tests.chat import ConsoleChat
from tests.conftest import make_service


def test_throttle_warns_once_then_drops_then_recovers() -> None:
    now = [0.0]
    throttle = Throttle(burst=5, per_second=1.0, clock=lambda: now[0])
    verdicts = [throttle.check("line", "flooder") for _ in range(8)]
    assert verdicts[:5] == [Verdict.ALLOW] * 5
    assert verdicts[5:] == [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert throttle.check("line", "someone else") is Verdict.ALLOW
    now[0] = 10.0
    assert throttle.check("line", "flooder") is Verdict.ALLOW


async def test_a_flooder_is_throttled_without_slowing_others(service: PetitionService) -> None:
    flood = [Event("telegram", "flooder", EventKind.TEXT, text=f"spam {i}") for i in range(300)]
    results = await asyncio.gather(*(service.handle(e) for e in flood))
    answered = [r for r in results if r.messages and not r.throttled]
    notices = [r for r in results if r.throttled and r.messages]
    assert len(answered) <= 40 and len(notices) == 1
    assert notices[0].messages[0].message_id == "slow-down"
    other = await service.handle(Event("telegram", "calm", EventKind.TEXT, text="/start"))
    assert other.messages and other.messages[0].message_id == "welcome"


async def test_a_read_only_database_refuses_and_keeps_what_it_has(db_url: str, tmp_path: Path) -> None:
    service = await make_service(db_url)
    chat = ConsoleChat(service)
    for line in ("/start", "3", "/sign", "1", "Hanako Yamada", "skip", "2"):
        await chat.say(line)
    await service.repo.close()
    path = Path(db_url.removeprefix("sqlite:///"))
    for file in path.parent.glob(path.name + "*"):
        os.chmod(file, stat.S_IRUSR)
    os.chmod(path.parent, stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.geteuid() == 0:  # root ignores file modes: make the connection itself read-only
            service = await make_service(db_url)
            await service.repo.db.execute("PRAGMA query_only = ON")
        else:
            service = await make_service(db_url)
        chat = ConsoleChat(service)
        await chat.say("1")  # confirm the signature
        chat.expect("保存ができない")  # no database to read the language from: the platform hint or the default
        await service.repo.close()
    finally:
        os.chmod(path.parent, stat.S_IRWXU)
        for file in path.parent.glob(path.name + "*"):
            os.chmod(file, stat.S_IRUSR | stat.S_IWUSR)
    service = await make_service(db_url)
    chat = ConsoleChat(service)
    await chat.open()
    chat.expect("Hanako Yamada")  # the read-back is still waiting: nothing was lost, nothing half-done
    assert (await service.repo.totals()).signatures == 0
    await chat.say("1")
    chat.expect("So far one person has signed")
    await service.repo.close()

"""PostgreSQL's two-round-trip events (storage/postgres/optimistic.py): read without a lock, write only if unchanged.

What could go wrong when an event is read outside a transaction and written with its claim later: a
person changed meanwhile (their write must not be lost under a stale one), the same event applied
twice, a write of an event that was never claimed, values that break out of their quotes. Each is tried
here on a real server, by the repository and through the service.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import cast

import asyncpg
import pytest

from bot.core.service import PetitionService
from bot.core.types import Event, EventKind
from storage.base import DuplicateEvent, PersonRecord, StaleRead
from storage.postgres.literals import inline, literal
from storage.postgres.repository import PostgresRepository
from storage.sql import PostgresSql
from tests.test_postgres import make_service

NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


@pytest.fixture
async def repo(pg_url: str) -> AsyncIterator[PostgresRepository]:
    repo = PostgresRepository(pg_url)
    await repo.open()
    async with repo.transaction() as tx:
        await tx.save_person(PersonRecord("line", "U1", "en", step="reading"), NOW)
    yield repo
    await repo.close()


async def test_an_event_is_written_with_its_claim(repo: PostgresRepository) -> None:
    async with repo.transaction() as tx:
        claimed, person = await tx.claim_and_get_person("line", "E1", NOW, "U1")
        assert claimed and person is not None
        await tx.save_person(replace(person, position=2), NOW)
    async with repo.transaction() as tx:
        assert await tx.claim_and_get_person("line", "E1", NOW, "U1") == (False, None)  # applied once
        person = await tx.get_person("line", "U1")
    assert person is not None and person.position == 2


async def test_a_person_changed_after_the_read_makes_the_write_stale(repo: PostgresRepository) -> None:
    with pytest.raises(StaleRead):
        async with repo.transaction() as tx:
            claimed, person = await tx.claim_and_get_person("line", "E1", NOW, "U1")
            assert claimed and person is not None and person.reachable
            async with repo.transaction() as other:  # LINE says the person blocked the bot, meanwhile
                assert await other.set_reachable("line", "U1", False, NOW)
            await tx.save_person(replace(person, position=2), NOW)  # would write reachable back to True
    async with repo.transaction() as tx:
        claimed, person = await tx.claim_and_get_person("line", "E1", NOW, "U1")  # not claimed: run it again
        assert claimed and person is not None
        assert (person.position, person.reachable) == (0, False)


async def test_two_deliveries_read_at_once_are_applied_once(repo: PostgresRepository) -> None:
    first_read, second_done = asyncio.Event(), asyncio.Event()

    async def deliver(wait_for: asyncio.Event | None, done: asyncio.Event | None, position: int) -> str:
        try:
            async with repo.transaction() as tx:
                claimed, person = await tx.claim_and_get_person("line", "E1", NOW, "U1")
                assert claimed and person is not None  # neither has committed yet
                first_read.set()
                if wait_for:
                    await wait_for.wait()
                await tx.save_person(replace(person, position=position), NOW)
        except DuplicateEvent:
            return "duplicate"
        finally:
            if done:
                done.set()
        return "applied"

    results = await asyncio.gather(deliver(second_done, None, 1), deliver(None, second_done, 2))
    assert sorted(results) == ["applied", "duplicate"]
    async with repo.transaction() as tx:
        person = await tx.get_person("line", "U1")
    assert person is not None and person.position == 2  # the one that committed first; the other wrote nothing


async def test_a_statement_that_must_answer_begins_a_locked_transaction(repo: PostgresRepository) -> None:
    async with repo.transaction() as tx:
        claimed, person = await tx.claim_and_get_person("line", "E1", NOW, "U1")
        assert claimed and person is not None and person.id is not None
        await tx.save_person(replace(person, step="confirm"), NOW)  # waits
        number = await tx.add_signature(person.id, "Aiko", None, "1/en/x", NOW, NOW, "code", None)  # begins
        assert number == 1
    async with repo.transaction() as tx:
        assert (await tx.claim_and_get_person("line", "E1", NOW, "U1"))[0] is False
        person = await tx.get_person("line", "U1")
        assert person is not None and person.step == "confirm"
        assert (await tx.get_signature(person.id or 0)) is not None


async def test_a_failed_step_writes_nothing_and_claims_nothing(repo: PostgresRepository) -> None:
    with pytest.raises(RuntimeError):
        async with repo.transaction() as tx:
            _, person = await tx.claim_and_get_person("line", "E1", NOW, "U1")
            assert person is not None
            await tx.save_person(replace(person, position=4), NOW)
            raise RuntimeError("the step failed")
    async with repo.transaction() as tx:
        claimed, person = await tx.claim_and_get_person("line", "E1", NOW, "U1")
    assert claimed and person is not None and person.position == 0


async def many_steps(service: PetitionService, user_id: str, start: int, count: int) -> None:
    for n in range(start, start + count):
        event = Event("telegram", user_id, EventKind.TEXT, text="/status", event_id=f"{user_id}-{n}")
        handled = await service.handle(event)
        assert not handled.failed and not handled.duplicate


async def test_two_instances_stepping_one_person_lose_nothing(pg_url: str) -> None:
    """Each instance's steps read what the other just wrote (else it runs them again): nothing is lost."""
    first, second = await make_service(pg_url), await make_service(pg_url)
    try:
        await first.handle(Event("telegram", "42", EventKind.TEXT, text="/start", event_id="42-start",
                                 language_hint="en"))
        await asyncio.gather(many_steps(first, "42", 0, 15), many_steps(second, "42", 100, 15))
        again = await second.handle(Event("telegram", "42", EventKind.TEXT, text="/status", event_id="42-3"))
        assert again.duplicate  # delivered to the other instance earlier: applied once
        conn = await asyncpg.connect(pg_url)
        try:
            claimed = await conn.fetchval("SELECT count(*) FROM processed_events WHERE event_id LIKE '42-%'")
            people = await conn.fetchval("SELECT count(*) FROM people")
        finally:
            await conn.close()
        assert (claimed, people) == (31, 1)
    finally:
        await first.repo.close()
        await second.repo.close()


TRICKY = [
    "", "it's", "''", "\\", "\\'", "a\\nb", "line\nbreak", "$1", "$$ $tag$", "?", "--", "/* x */",
    "'; DROP TABLE people; --", "E'\\x41'", "名前", "🙂‍↔️", "\u200b", "Ω" * 300, '{"name": "O\'Brien \\"Bob\\""}',
]


async def test_literals_read_back_as_written(repo: PostgresRepository) -> None:
    async with repo.transaction() as tx:  # a connection with the repository's own settings
        conn = cast(PostgresSql, tx.sql).conn
        assert await conn.fetchval("SHOW standard_conforming_strings") == "on"
        for text in TRICKY:
            assert await conn.fetchval(f"SELECT {literal(text)}::text") == text
            draft = json.dumps({"name": text}, ensure_ascii=False)  # a draft, as save_person writes it
            assert await conn.fetchval(f"SELECT ({literal(draft)}::jsonb) ->> 'name'") == text
        for value in (None, True, False, 0, -7, 2**62, NOW):
            assert await conn.fetchval(f"SELECT {literal(value)}") == value
        statement = inline("SELECT ?::text || ?::text", ["?", "$1"])
        assert await conn.fetchval(statement) == "?$1"  # one pass: a value's text is never read as a placeholder


def test_what_cannot_be_a_literal_is_refused() -> None:
    for bad in ("nul\x00", "\ud800", datetime(2026, 12, 7), 1.5, b"bytes"):
        with pytest.raises((ValueError, TypeError, UnicodeEncodeError)):
            literal(bad)
    with pytest.raises(ValueError):
        inline("SELECT ?, ?", [1])

"""Sessions stored by earlier versions load unchanged now that the organizer feature keeps its own steps
and draft (handlers/organizer_state.py), and a loaded session is stored again exactly as it was."""

from __future__ import annotations

from dataclasses import fields

import handlers
from bot.core.sessions import to_record, to_session
from bot.core.types import Draft, Step
from handlers.organizer_state import BroadcastDraft, OrgStep
from storage.base import PersonRecord
from tests.conftest import FIXED_NOW

# As a version with Step.ORG_* and Draft.bc_* in the kernel stored them.
OLD_ORGANIZER = PersonRecord(
    "telegram", "42", "ja", "org_confirm", 0,
    {"bc_texts": {"ja": "お知らせ", "en": ""}, "bc_link": "https://example.org/news", "bc_audience": "lang:ja"},
    True, True, None, 7,
)
OLD_SIGNER = PersonRecord(
    "line", "U1", "en", "confirm", 0,
    {"name": "Hanako Yamada", "prefecture": "13", "updates": True, "consent_version": "1/en/abc",
     "consented_at": FIXED_NOW.isoformat()},
    False, True, None, 8,
)



def test_an_organizer_mid_broadcast_resumes_where_they_were() -> None:
    session = to_session(OLD_ORGANIZER, None, steps=handlers.STEPS, features=handlers.DRAFTS)
    assert session.step is OrgStep.CONFIRM
    assert session.draft == Draft(feature=BroadcastDraft({"ja": "お知らせ", "en": ""}, "https://example.org/news",
                                                         "lang:ja"))
    assert to_record(session, 7) == OLD_ORGANIZER


def test_a_broadcast_just_started_keeps_its_empty_texts() -> None:
    record = PersonRecord("telegram", "42", "en", "org_text", 0, {"bc_texts": {}}, id=3)
    session = to_session(record, None, steps=handlers.STEPS, features=handlers.DRAFTS)
    assert session.step is OrgStep.TEXT and session.draft.feature == BroadcastDraft()
    assert to_record(session, 3) == record


def test_a_signature_draft_loads_and_stores_as_before() -> None:
    session = to_session(OLD_SIGNER, None, steps=handlers.STEPS, features=handlers.DRAFTS)
    assert session.step is Step.CONFIRM and session.draft.feature is None
    assert session.draft.name == "Hanako Yamada" and session.draft.consented_at == FIXED_NOW
    assert to_record(session, 8) == OLD_SIGNER


def test_a_step_no_longer_known_goes_to_the_menu() -> None:
    record = PersonRecord("line", "U2", "en", "org_retired_step", 0, {}, id=9)
    assert to_session(record, None, steps=handlers.STEPS, features=handlers.DRAFTS).step is Step.MENU


def test_the_kernel_holds_no_organizer_state() -> None:
    assert not [step for step in Step if step.value.startswith("org_")]
    assert not [f.name for f in fields(Draft) if f.name.startswith("bc_")]

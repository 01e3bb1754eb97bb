"""Map between the handlers' Session and the stored person and signature records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.core.types import Draft, Session, Signed, Step
from storage.base import PersonRecord, SignatureRecord


def draft_to_json(draft: Draft) -> dict[str, Any]:
    data: dict[str, Any] = {k: v for k, v in draft.__dict__.items() if v is not None}
    if draft.consented_at is not None:
        data["consented_at"] = draft.consented_at.isoformat()
    return data


def draft_from_json(data: dict[str, Any]) -> Draft:
    known = {k: v for k, v in data.items() if k in Draft.__dataclass_fields__}
    if "consented_at" in known:
        known["consented_at"] = datetime.fromisoformat(known["consented_at"])
    return Draft(**known)


def to_session(person: PersonRecord, signature: SignatureRecord | None, referrals: int = 0) -> Session:
    signed = None
    if signature is not None:
        signed = Signed(
            signature.number, signature.name, signature.prefecture, signature.signed_at,
            signature.consent_version, signature.referral_code, referrals,
        )
    try:
        step = Step(person.step)
    except ValueError:  # a step renamed by a later version: start from the menu
        step = Step.MENU
    return Session(
        platform=person.platform, user_id=person.user_id, language=person.language, step=step,
        position=person.position, draft=draft_from_json(person.draft), updates=person.updates,
        reachable=person.reachable, referred_by=person.referred_by, signature=signed,
    )


def to_record(session: Session, person_id: int | None) -> PersonRecord:
    return PersonRecord(
        platform=session.platform, user_id=session.user_id, language=session.language, step=session.step.value,
        position=session.position, draft=draft_to_json(session.draft), updates=session.updates,
        reachable=session.reachable, referred_by=session.referred_by, id=person_id,
    )

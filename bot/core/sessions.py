"""Map between the handlers' Session and the stored person and signature records.

A session is stored as it always was: its step by value, its draft as one flat JSON object (the
signature draft's fields, and a feature draft's own keys beside them), so older rows load unchanged.
The conversation names the step classes and feature drafts it uses; the core knows neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.core.types import Draft, FeatureDraft, Session, Signed, Step, StepName
from storage.base import PersonRecord, SignatureRecord

_SIGNING_FIELDS = tuple(name for name in Draft.__dataclass_fields__ if name != "feature")


def draft_to_json(draft: Draft) -> dict[str, Any]:
    data: dict[str, Any] = {k: getattr(draft, k) for k in _SIGNING_FIELDS if getattr(draft, k) is not None}
    if draft.consented_at is not None:
        data["consented_at"] = draft.consented_at.isoformat()
    if draft.feature is not None:
        data.update(draft.feature.to_json())
    return data


def draft_from_json(data: dict[str, Any], features: Sequence[type[FeatureDraft]] = ()) -> Draft:
    known = {k: v for k, v in data.items() if k in _SIGNING_FIELDS}
    if "consented_at" in known:
        known["consented_at"] = datetime.fromisoformat(known["consented_at"])
    feature = next((f for f in (kind.from_json(data) for kind in features) if f is not None), None)
    return Draft(**known, feature=feature)


def step_from_value(value: str, steps: Sequence[type[StepName]] = (Step,)) -> StepName:
    """The step stored under this value; the menu for one a later version renamed or removed."""
    for kind in steps:
        try:
            return kind(value)
        except ValueError:
            continue
    return Step.MENU


def to_session(
    person: PersonRecord, signature: SignatureRecord | None, referrals: int = 0, *,
    steps: Sequence[type[StepName]] = (Step,), features: Sequence[type[FeatureDraft]] = (),
) -> Session:
    signed = None
    if signature is not None:
        signed = Signed(
            signature.number, signature.name, signature.prefecture, signature.signed_at,
            signature.consent_version, signature.referral_code, referrals,
        )
    return Session(
        platform=person.platform, user_id=person.user_id, language=person.language,
        step=step_from_value(person.step, steps), position=person.position,
        draft=draft_from_json(person.draft, features), updates=person.updates,
        reachable=person.reachable, referred_by=person.referred_by, signature=signed,
    )


def to_record(session: Session, person_id: int | None, funnel: int = 0) -> PersonRecord:
    return PersonRecord(
        platform=session.platform, user_id=session.user_id, language=session.language, step=session.step.value,
        position=session.position, draft=draft_to_json(session.draft), updates=session.updates,
        reachable=session.reachable, referred_by=session.referred_by, id=person_id, funnel=funnel,
    )

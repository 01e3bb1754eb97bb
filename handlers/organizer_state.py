"""The organizer feature's own state: its steps and its broadcast draft, kept in the person's session.

Stored as before the kernel knew nothing of them: the steps by their values ("org_text"...), the draft
under the flat keys bc_texts, bc_link and bc_audience beside the signature draft's fields, so sessions
saved by earlier versions load unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Self

from bot.core.types import FeatureDraft, Session, StepName

_KEYS = ("bc_texts", "bc_link", "bc_audience")


class OrgStep(StepName):
    TEXT = "org_text"  # an organizer writing a broadcast, one language at a time
    LINK = "org_link"
    AUDIENCE = "org_audience"
    CONFIRM = "org_confirm"


@dataclass(frozen=True)
class BroadcastDraft(FeatureDraft):
    """An organizer's broadcast being written."""

    texts: dict[str, str] = field(default_factory=dict)  # locale -> text ("" skipped)
    link: str | None = None
    audience: str | None = None

    def to_json(self) -> dict[str, Any]:
        values = dict(zip(_KEYS, (self.texts, self.link, self.audience), strict=True))
        return {key: value for key, value in values.items() if value is not None}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self | None:
        if not any(key in data for key in _KEYS):
            return None
        return cls(dict(data.get("bc_texts") or {}), data.get("bc_link"), data.get("bc_audience"))


def broadcast_draft(s: Session) -> BroadcastDraft:
    """The organizer's draft in this session (an empty one if there is none)."""
    return s.draft.feature if isinstance(s.draft.feature, BroadcastDraft) else BroadcastDraft()

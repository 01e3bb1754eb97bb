"""The conversation funnel: which milestones a step took a person to, read from their session before and after.

Only counts are kept (storage.dashboard): organizers see how many people started, chose a language, read
the concerns, agreed, typed a name and signed, per platform and language, not who did.
"""

from __future__ import annotations

from bot.core.types import Effect, RecordSignature, Session, Step

_CHOOSING = (Step.NEW, Step.LANGUAGE)
_AFTER_NAME = (Step.PREFECTURE, Step.UPDATES, Step.CONFIRM)


def milestones(before: Session, after: Session, new_person: bool, effects: tuple[Effect, ...]) -> tuple[str, ...]:
    """The milestones shown by this step (a person counted again for one already reached is not counted twice)."""
    if not new_person and before.step == after.step and before.position == after.position and not effects:
        return ()
    reached: list[str] = ["started"] if new_person else []
    if after.language and after.step not in _CHOOSING and (new_person or before.step in _CHOOSING):
        reached.append("language")
    if after.step == Step.READING and after.position >= 1:
        reached.append("concerns")
    if after.step == Step.NAME or after.step in _AFTER_NAME:
        reached.append("agreed")
    if after.step in _AFTER_NAME:
        reached.append("name")
    if any(isinstance(effect, RecordSignature) for effect in effects):
        reached += [m for m in ("agreed", "name", "signed") if m not in reached]
    return tuple(reached)

"""The petition service: load a person's session, run one handler step, commit, render.

Each event is one transaction: the event id is claimed (so a redelivery changes nothing), the
session is loaded, the step runs, the new session and the step's effects are stored together.
Replies are rendered after the commit, in the person's language.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache, cached_property, partial

from bot.core.campaign import Campaign
from bot.core.clean import storable
from bot.core.clock import utc_now
from bot.core.context import Context
from bot.core.funnel import milestones
from bot.core.i18n import I18n
from bot.core.language_names import language_names
from bot.core.outlets import Outlets
from bot.core.ports import Conversation, Desk, Facts
from bot.core.prefecture_readings import READINGS, readings
from bot.core.pseudonym import pseudonym
from bot.core.render import Renderer
from bot.core.sessions import to_record, to_session
from bot.core.text_match import fold, fold_place
from bot.core.throttle import Throttle, Verdict
from bot.core.types import DeleteSignature, Effect, Event, EventKind, Fact, OutMessage, RecordSignature, Session, Text
from storage.base import DuplicateEvent, PersonRecord, Repository, StaleRead, StorageUnavailable, Transaction
from storage.dashboard import funnel_after

log = logging.getLogger(__name__)


LABEL_PREFIXES = ("button-", "pref-", "place-")
INTENTS = ("thanks", "hello", "share", "help")
_PLACE_CODES = (*(f"{n:02d}" for n in range(1, 48)), "abroad", "skip")


def _place_message(code: str) -> str:
    """Prefectures are matched by their names, 'abroad' and 'skip' by keyword lists."""
    return f"pref-{code}" if code.isdigit() else f"keywords-{code}"


def _signed(session: Session, effects: tuple[Effect, ...]) -> bool:
    """Whether the person has a signature once the effects are applied."""
    if any(isinstance(effect, DeleteSignature) for effect in effects):
        return False
    return session.signature is not None or any(isinstance(effect, RecordSignature) for effect in effects)


@dataclass(frozen=True)
class Handled:
    messages: list[OutMessage] = field(default_factory=list)
    locale: str = ""
    duplicate: bool = False
    throttled: bool = False  # dropped or answered with a notice, not applied
    failed: bool = False  # the database could not store the event: nothing was applied
    signed: bool = False  # the person has a signature once the event is applied (LINE's rich menu follows it)
    share_link: str = ""  # the person's link to the bot: with their referral code once they have signed


class PetitionService:
    """Built by the composition root (bot/app/assembly.py) with everything it uses passed in."""

    def __init__(
        self, repo: Repository, i18n: I18n, campaign: Campaign, *, renderer: Renderer, conversation: Conversation,
        desk: Desk, outlets: Outlets, clock: Callable[[], datetime] = utc_now,
        organizers: Callable[[str, str], bool] = lambda platform, user_id: False, throttle: Throttle | None = None,
    ) -> None:
        self.repo = repo
        self.i18n = i18n
        self.campaign = campaign
        self.clock = clock
        self.renderer = renderer
        self.conversation = conversation
        self.organizers = organizers
        self.desk = desk
        self.throttle = throttle or Throttle()
        self.outlets = outlets  # channels register their platform's share-link maker here

    # Read from every locale when first needed (a command-line report never needs them).
    @cached_property
    def commands(self) -> dict[str, str]:
        return {fold(w): name for name in self.conversation.commands for w in self._words(f"keywords-{name}")}

    @cached_property
    def answers(self) -> dict[str, bool]:
        return {fold(w): answer == "yes" for answer in ("yes", "no") for w in self._words(f"keywords-{answer}")}

    @cached_property
    def places(self) -> dict[str, str]:
        typed = {fold_place(w): code for code in READINGS for w in readings(code)}
        return typed | {fold_place(w): code for code in _PLACE_CODES for w in self._words(_place_message(code))}

    @cached_property
    def labels(self) -> dict[tuple[str, str], str]:
        """Every button label in every locale, folded, so that typing a label presses its button."""
        ids = [i for i in self.i18n.plain_message_ids() if i.startswith(LABEL_PREFIXES) or i == "language-name"]
        return {
            (locale, i): fold(self.renderer.text(Text(i), locale)) for locale in self.i18n.all_locales for i in ids
        }

    @cached_property
    def intents(self) -> dict[str, str]:
        """Everyday words, folded, and what they ask for; the share command's own words ask to share too."""
        words = {fold(w): name for name in INTENTS for w in self._words(f"keywords-intent-{name}")}
        return {**{fold(w): "share" for w in self._words("keywords-share")}, **words}

    @cached_property
    def language_names(self) -> dict[str, str]:
        return language_names(self.i18n)

    @cached_property
    def menu_locales(self) -> tuple[str, ...]:
        return tuple(self.i18n.menu_locales)

    @cached_property
    def reviewed_locales(self) -> frozenset[str]:
        return frozenset(locale for locale, yes in self.i18n.reviewed.items() if yes)

    @cached_property
    def consent_versions(self) -> dict[str, str]:
        return {locale: self.consent_version(locale) for locale in self.i18n.all_locales}

    def _words(self, message_id: str) -> list[str]:
        """Every word a message lists, in every locale."""
        return [word for words in self.i18n.words(message_id).values() for word in words]

    def consent_version(self, locale: str) -> str:
        """Name the exact consent text a person in this locale agrees to: version, locale, fingerprint."""
        text = self.i18n.format(locale, "consent", self.renderer.campaign_vars[locale])
        return f"{self.campaign.consent_version}/{locale}/{hashlib.sha256(text.encode()).hexdigest()[:12]}"

    def context(self, event: Event, now: datetime) -> Context:
        return Context(
            event=event, now=now, default_locale=self.i18n.default_locale, locales=tuple(self.i18n.locales),
            commands=self.commands, answers=self.answers, places=self.places,
            consent_versions=self.consent_versions, paper_form_url=self.campaign.paper_form_url,
            contact_url=self.campaign.contact_url, background_url=self.campaign.background_url,
            labels=self.labels, intents=self.intents, language_names=self.language_names,
            menu_locales=self.menu_locales, reviewed=self.reviewed_locales,
            is_organizer=self.organizers(event.platform, event.user_id),
        )

    async def handle(self, event: Event) -> Handled:
        """Apply one event at most once and return the rendered replies."""
        if not storable(event):  # signed but unstorable: answering 5xx would only make the platform resend it
            log.warning("event ignored: it holds a NUL or a lone surrogate platform=%s kind=%s",
                        event.platform, event.kind)
            return Handled(throttled=True)
        try:
            return await self._handle(event)
        except (sqlite3.OperationalError, StorageUnavailable) as error:  # read-only, full, locked, unreachable
            log.error("database unavailable, event not applied platform=%s: %s", event.platform, error)
            return replace(self._notice("storage-unavailable", event), throttled=False, failed=True)

    def _throttle(self, event: Event) -> Verdict:
        """Take a new event from the person's flood allowance (people's messages and presses only)."""
        if event.kind in (EventKind.TEXT, EventKind.BUTTON, EventKind.MEDIA) and event.platform != "console":
            return self.throttle.check(event.platform, event.user_id)
        return Verdict.ALLOW

    def _notice(self, message_id: str, event: Event) -> Handled:
        """Answer without touching the database, in the language the platform suggests."""
        locale = self.context(event, self.clock()).locale_for_hint(event.language_hint)
        message = OutMessage(self.renderer.text(Text(message_id), locale), (), message_id)
        return Handled([message], locale, throttled=True)

    async def _handle(self, event: Event) -> Handled:
        """Run the step; again, holding the person, if they changed before it could commit (StaleRead)."""
        verdict = cache(partial(self._throttle, event))  # the flood allowance is taken once, whatever the retries
        try:
            return await self._step(event, verdict, hold=False)
        except StaleRead:
            log.info("person changed during the step, step run again platform=%s", event.platform)
        except DuplicateEvent:
            return self._duplicate(event)
        return await self._step(event, verdict, hold=True)  # holding the person from the read: no third try

    def _duplicate(self, event: Event) -> Handled:
        who = pseudonym(event.platform, event.user_id)
        log.info("duplicate event ignored platform=%s person=%s", event.platform, who)
        return Handled(duplicate=True)

    async def _step(self, event: Event, allowance: Callable[[], Verdict], *, hold: bool) -> Handled:
        now = self.clock()
        async with self.repo.transaction() as tx:
            if event.event_id:
                claimed, person = await tx.claim_and_get_person(
                    event.platform, event.event_id, now, event.user_id, hold=hold)
                if not claimed:
                    return self._duplicate(event)
            else:
                person = await tx.get_person(event.platform, event.user_id)
            # only new events take from the flood allowance: a replayed request costs its sender nothing
            if (verdict := allowance()) is not Verdict.ALLOW:
                return self._notice("slow-down", event) if verdict is Verdict.WARN else Handled(throttled=True)
            session = await self._load(tx, person, event)
            if not session.reachable and event.kind in (EventKind.TEXT, EventKind.BUTTON, EventKind.MEDIA):
                session = session.but(reachable=True)  # writing to the bot again means it is unblocked
            outcome = self.conversation.step(session, self.context(event, now))
            reached = milestones(session, outcome.session, person is None, outcome.effects)
            funnel, fresh = funnel_after(person.funnel if person else 0, reached)
            saved = await tx.save_person(to_record(outcome.session, person.id if person else None, funnel), now)
            await tx.dashboard.count_milestones(event.platform, outcome.session.language or "", fresh)
            facts = await self._apply(tx, outcome.effects, saved, now)
        signed = _signed(outcome.session, outcome.effects)
        code = outcome.session.signature.referral_code if outcome.session.signature else None
        link = str(facts.setdefault(Fact.SHARE_LINK, self.share_link(event.platform, code or "")))
        locale = outcome.session.language or self.i18n.default_locale
        await self.desk.after_commit(outcome.effects, facts, event.platform, event.user_id, locale)
        if log.isEnabledFor(logging.DEBUG):  # the keyed hash costs more than the rest of the line
            log.debug(
                "event platform=%s kind=%s person=%s step=%s->%s",
                event.platform, event.kind, pseudonym(event.platform, event.user_id),
                session.step, outcome.session.step,
            )
        return Handled(self.renderer.replies(outcome.replies, locale, facts), locale, signed=signed, share_link=link)

    async def _load(self, tx: Transaction, person: PersonRecord | None, event: Event) -> Session:
        if person is None or person.id is None:
            # A newcomer reads their app's language from the first event on, even a /sign from a menu.
            hint = event.language_hint
            language = self.context(event, self.clock()).locale_for_hint(hint) if hint else None
            return Session(event.platform, event.user_id, language=language)
        signature = await tx.get_signature(person.id)
        referrals = await tx.count_referrals(signature.referral_code) if signature and signature.referral_code else 0
        return to_session(person, signature, referrals, steps=self.conversation.steps,
                          features=self.conversation.drafts)

    async def _referrer(self, tx: Transaction, code: str | None, person_id: int) -> str | None:
        """Keep a referral code only if it belongs to another person's signature."""
        if code is None:
            return None
        owner = await tx.signature_by_code(code)
        return code if owner is not None and owner.person_id != person_id else None

    def share_link(self, platform: str, code: str) -> str:
        """The link a person shares: to the bot with their referral code ("" before they sign)."""
        make = self.outlets.share_links.get(platform)
        return make(code) if make else self.campaign.share_url

    async def _apply(
        self, tx: Transaction, effects: tuple[Effect, ...], person: PersonRecord, now: datetime
    ) -> Facts:
        assert person.id is not None
        facts: Facts = {}
        for effect in effects:
            if isinstance(effect, RecordSignature):
                code = secrets.token_urlsafe(6)
                facts[Fact.SIGNER_NUMBER] = await tx.add_signature(
                    person.id, effect.name, effect.prefecture, effect.consent_version, effect.consented_at, now,
                    code, await self._referrer(tx, effect.referred_by, person.id),
                )
                facts[Fact.TOTAL] = await tx.count_signatures()
                facts[Fact.SHARE_LINK] = self.share_link(person.platform, code)
                log.info("signature recorded platform=%s number=%s", person.platform, facts[Fact.SIGNER_NUMBER])
            elif isinstance(effect, DeleteSignature):
                if await tx.delete_signature(person.id, person.platform, now):
                    log.info("signature withdrawn platform=%s", person.platform)
            else:
                who = pseudonym(person.platform, person.user_id)
                facts.update(await self.desk.apply(effect, tx, person.platform, who, now))
        return facts

    async def set_reachable(self, platform: str, user_id: str, reachable: bool) -> None:
        """Record that a person blocked the bot (or came back), as a channel learns it when sending."""
        async with self.repo.transaction() as tx:
            await tx.set_reachable(platform, user_id, reachable, self.clock())
        log.info("person reachable=%s platform=%s person=%s", reachable, platform, pseudonym(platform, user_id))

    async def bump_counter(self, name: str, by: int = 1) -> int:
        """Add to a named tally, such as the LINE pushes spent."""
        async with self.repo.transaction() as tx:
            return await tx.bump_counter(name, by)

"""Route a neutral event to the handler step that answers it.

Feature modules in `handlers/` each own a `Router` and register their steps on it; the top router
includes them. Every step has one signature, `step(session, ctx, arg) -> Outcome`, where `arg` is
the typed text, the button's value or the command's argument. Order of precedence:
follow/unfollow, slash commands and localized command keywords, buttons, the text a step expects,
and last the fallback that repeats what the current step needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

from bot.core.payload import Action
from bot.core.text_match import fold
from bot.core.types import Button, Effect, Event, EventKind, Outcome, Reply, Session, StepName, Text

if TYPE_CHECKING:
    from bot.core.context import Context

StepFn = Callable[["Session", "Context", str], Outcome]
PromptFn = Callable[["Session", "Context"], tuple[Reply, ...]]
NeedsFn = Callable[["Session"], tuple["Effect", ...]]  # effects whose facts a prompt's texts show
Fallback = Callable[["Session", "Context", str], Outcome]
K = TypeVar("K")
V = TypeVar("V")


@dataclass
class _ButtonRoute:
    fn: StepFn
    steps: frozenset[StepName] | None  # None: valid in every step


@dataclass
class Router:
    commands: dict[str, StepFn] = field(default_factory=dict)
    buttons: dict[Action, _ButtonRoute] = field(default_factory=dict)
    texts: dict[StepName, StepFn] = field(default_factory=dict)
    events: dict[EventKind, StepFn] = field(default_factory=dict)
    prompts: dict[StepName, PromptFn] = field(default_factory=dict)
    prompt_needs: dict[StepName, NeedsFn] = field(default_factory=dict)
    free_text: set[StepName] = field(default_factory=set)  # steps where a typed keyword is text, not a command
    long_prompts: set[StepName] = field(default_factory=set)  # repeated as a short nudge with their buttons

    def command(self, *names: str) -> Callable[[StepFn], StepFn]:
        def register(fn: StepFn) -> StepFn:
            for name in names:
                self.commands[name] = fn
            return fn

        return register

    def button(self, action: Action, steps: Iterable[StepName] | None = None) -> Callable[[StepFn], StepFn]:
        def register(fn: StepFn) -> StepFn:
            self.buttons[action] = _ButtonRoute(fn, frozenset(steps) if steps is not None else None)
            return fn

        return register

    def text(self, *steps: StepName, free: bool = False) -> Callable[[StepFn], StepFn]:
        """Register the step that takes typed text; `free` text is never read as a command keyword."""

        def register(fn: StepFn) -> StepFn:
            for step in steps:
                self.texts[step] = fn
            if free:
                self.free_text.update(steps)
            return fn

        return register

    def event(self, kind: EventKind) -> Callable[[StepFn], StepFn]:
        def register(fn: StepFn) -> StepFn:
            self.events[kind] = fn
            return fn

        return register

    def prompt(
        self, *steps: StepName, needs: NeedsFn | None = None, long: bool = False
    ) -> Callable[[PromptFn], PromptFn]:
        """Register a step's prompt; `needs` names the effects whose facts it shows (counts...), which
        then come with it whenever it is repeated; a `long` prompt is repeated as a short nudge."""
        def register(fn: PromptFn) -> PromptFn:
            if long:
                self.long_prompts.update(steps)
            for step in steps:
                self.prompts[step] = fn
                if needs is not None:
                    self.prompt_needs[step] = needs
            return fn

        return register

    def include(self, other: Router) -> None:
        """Take over another router's routes; a route registered twice is a bug."""
        _merge(self.commands, other.commands)
        _merge(self.buttons, other.buttons)
        _merge(self.texts, other.texts)
        _merge(self.events, other.events)
        _merge(self.prompts, other.prompts)
        _merge(self.prompt_needs, other.prompt_needs)
        self.free_text |= other.free_text
        self.long_prompts |= other.long_prompts


def _merge(mine: dict[K, V], theirs: dict[K, V]) -> None:
    clash = set(mine) & set(theirs)
    if clash:
        raise ValueError(f"routes registered twice: {sorted(map(str, clash))}")
    mine.update(theirs)


def split_command(text: str) -> tuple[str, str] | None:
    """Split '/status@my_bot arg' into ('status', 'arg'); None when it is not a slash command."""
    stripped = text.strip()
    if not stripped.startswith("/") or len(stripped) < 2:
        return None
    head, _, arg = stripped[1:].partition(" ")
    return head.split("@", 1)[0].lower(), arg.strip()


def dispatch(router: Router, session: Session, ctx: Context, fallback: Fallback) -> Outcome:
    """Run the step for this event, then repeat the new step's prompt if the step asked for it."""
    outcome = _route(router, session, ctx, fallback)
    step = outcome.session.step
    if outcome.reprompt and step in router.prompts:
        extra = router.prompts[step](outcome.session, ctx)
        if step in router.long_prompts and not outcome.full_prompt and extra:
            extra = (Reply(Text("nudge"), extra[-1].buttons),)  # the full text was shown once already
        needs = router.prompt_needs[step](outcome.session) if step in router.prompt_needs else ()
        effects = outcome.effects + tuple(e for e in needs if e not in outcome.effects)
        return replace(outcome, replies=outcome.replies + extra, effects=effects, reprompt=False)
    return outcome


def typed_label(router: Router, session: Session, ctx: Context) -> Event | None:
    """Read a typed text that equals a button label on screen as the press of that button."""
    prompt = router.prompts.get(session.step)
    if prompt is None or not ctx.labels:
        return None
    typed = fold(ctx.event.text)
    locale = session.language or ctx.default_locale
    for reply in prompt(session, ctx):
        for button in reply.buttons:
            if isinstance(button, Button) and not button.label.args:
                label = ctx.labels.get((button.label.locale or locale, button.label.id))
                if label == typed:
                    return replace(ctx.event, kind=EventKind.BUTTON, payload=button.payload)
    return None


def _route(router: Router, session: Session, ctx: Context, fallback: Fallback) -> Outcome:
    event = ctx.event
    if event.kind in router.events:
        return router.events[event.kind](session, ctx, event.text)
    if event.kind is EventKind.TEXT:
        command = split_command(event.text)
        pressed = typed_label(router, session, ctx)
        if command is None and pressed is not None:
            return _route(router, session, replace(ctx, event=pressed), fallback)
        if command is None and session.step not in router.free_text and fold(event.text) in ctx.commands:
            command = (ctx.commands[fold(event.text)], "")
        if command is not None:
            name, arg = command
            if name in router.commands:
                return router.commands[name](session, ctx, arg)
            return fallback(session, ctx, "unknown-command")
        if session.step in router.texts:
            return router.texts[session.step](session, ctx, event.text)
        return fallback(session, ctx, "not-understood")
    if event.kind is EventKind.BUTTON:
        payload = event.payload
        if payload is not None and payload.action is Action.COMMAND and payload.value in router.commands:
            return router.commands[payload.value](session, ctx, "")
        if payload is None or payload.action not in router.buttons:
            return fallback(session, ctx, "old-button")
        route = router.buttons[payload.action]
        if route.steps is not None and session.step not in route.steps:
            return fallback(session, ctx, "old-button")
        return route.fn(session, ctx, payload.value)
    return fallback(session, ctx, "media-not-understood")

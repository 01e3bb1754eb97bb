"""Render neutral replies into text and buttons in one person's language."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from bot.core.campaign import Campaign
from bot.core.i18n import I18n
from bot.core.types import AnyButton, Button, Fact, OutButton, OutMessage, Reply, Text

JAPAN = timezone(timedelta(hours=9), "JST")


class Renderer:
    def __init__(self, i18n: I18n, campaign: Campaign) -> None:
        self.i18n = i18n
        self.campaign_vars = {locale: campaign.variables(locale) for locale in i18n.bundles}
        # Texts without arguments of their own (most messages and button labels) depend only on their id
        # and locale: each is formatted once. Fluent formatting was a large share of the bot's CPU.
        self._plain: dict[tuple[str, str], str] = {}

    def text(self, text: Text, locale: str, facts: Mapping[Fact, int | str | bytes] | None = None) -> str:
        """Format one text; nested texts in the arguments are formatted first, in the same locale."""
        locale = text.locale or locale
        if not text.args:
            key = (text.id, locale)
            plain = self._plain.get(key)
            if plain is None:
                plain = self.i18n.format(locale, text.id, self.campaign_vars.get(locale, {}))
                bundle = self.i18n.bundles.get(locale)
                if bundle is not None and bundle.has_message(text.id):  # a fallback is logged each time
                    self._plain[key] = plain
            return plain
        args: dict[str, Any] = dict(self.campaign_vars.get(locale, {}))
        for name, value in text.args.items():
            if isinstance(value, Fact):
                args[name] = (facts or {})[value]
            elif isinstance(value, Text):
                args[name] = self.text(value, locale, facts)
            elif isinstance(value, datetime):
                args[name] = value.astimezone(JAPAN)  # dates are shown in Japan time, where the petition is
            else:
                args[name] = value
        return self.i18n.format(locale, text.id, args)

    def button(self, button: AnyButton, locale: str) -> OutButton:
        label = self.text(button.label, locale)
        if isinstance(button, Button):
            return OutButton(label, data=button.payload.encode())
        return OutButton(label, url=button.url)

    def replies(
        self, replies: tuple[Reply, ...], locale: str, facts: Mapping[Fact, int | str | bytes]
    ) -> list[OutMessage]:
        return [
            OutMessage(
                self.text(reply.text, locale, facts),
                tuple(self.button(b, locale) for b in reply.buttons),
                reply.text.id,
                _image(facts.get(reply.image) if reply.image else None),
                reply.kind,
            )
            for reply in replies
        ]


def _image(value: object) -> bytes | None:
    return value if isinstance(value, bytes) and value else None

"""Telegram profile texts: the description (before Start), the short description (profile, share preview)
and the command menu.

Set per language with `setMyDescription` / `setMyShortDescription` and their `language_code`, from the
locales (`telegram-description`, `telegram-short-description`), plus a default in English for every other
language, as the command menu is. `run_bot.py setup` reports what differs; `--apply` sets it.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Bot, BotCommand

from bot.core.i18n import I18n
from bot.core.render import Renderer
from bot.core.types import Text

FALLBACK_LOCALE = "en"  # the default, for every language the bot has no locale for
MAX_DESCRIPTION = 512
MAX_SHORT_DESCRIPTION = 120
COMMANDS = (
    "start", "sign", "share", "language", "status", "withdraw", "updates", "help", "privacy", "menu", "paper", "cancel",
    "whoami",
)


@dataclass(frozen=True)
class ProfileText:
    language_code: str | None  # None: the default
    locale: str
    description: str
    short_description: str


def app_languages(i18n: I18n) -> list[tuple[str | None, str]]:
    """(Telegram language code, locale) for each code the locales answer, and (None, English) for the rest."""
    found: list[tuple[str | None, str]] = []
    for language in [*i18n.locales, None]:
        code = language.split("-")[0] if language else None
        if language and (i18n.match(code) or FALLBACK_LOCALE) != language:
            continue  # another locale answers this app language (ja, not ja-easy)
        found.append((code, language or FALLBACK_LOCALE))
    return found


def command_menus(i18n: I18n, renderer: Renderer) -> list[tuple[str | None, list[BotCommand]]]:
    """The command menu of each app language, and the default."""
    return [
        (code, [BotCommand(name, renderer.text(Text(f"telegram-command-{name}"), locale)) for name in COMMANDS])
        for code, locale in app_languages(i18n)
    ]


def wanted_texts(i18n: I18n, renderer: Renderer) -> list[ProfileText]:
    """One set of texts per Telegram language code the locales answer, and the default."""
    texts = []
    for code, locale in app_languages(i18n):
        description = renderer.text(Text("telegram-description"), locale)[:MAX_DESCRIPTION]
        short = renderer.text(Text("telegram-short-description"), locale)[:MAX_SHORT_DESCRIPTION]
        texts.append(ProfileText(code, locale, description, short))
    return texts


async def differing(bot: Bot, wanted: list[ProfileText]) -> list[ProfileText]:
    """The texts Telegram does not show yet (getMyDescription, getMyShortDescription per language)."""
    found = []
    for text in wanted:
        description = await bot.get_my_description(language_code=text.language_code)
        short = await bot.get_my_short_description(language_code=text.language_code)
        if description.description != text.description or short.short_description != text.short_description:
            found.append(text)
    return found


async def set_texts(bot: Bot, texts: list[ProfileText]) -> None:
    """Set the description and the short description of each language."""
    for text in texts:
        await bot.set_my_description(text.description, language_code=text.language_code)
        await bot.set_my_short_description(text.short_description, language_code=text.language_code)


def described(texts: list[ProfileText]) -> str:
    """Name the languages of some texts, the default included."""
    return ", ".join(text.language_code or "default" for text in texts)

"""What every organizer command in the shell shares: who runs it, in which language it speaks, refusals,
and the rule that a report never creates the database it was asked to read."""

from __future__ import annotations

from pathlib import Path

from bot.core.campaign import load_campaign
from bot.core.config import Settings
from bot.core.i18n import I18n
from bot.organizing.planner import PlanPrices
from storage.sqlite.repository import MEMORY, sqlite_path


class Refused(Exception):
    """A command that stopped before doing anything, with what failed and what to do (exit status 1)."""


def organizer_name(settings: Settings, as_name: str | None) -> str:
    """The organizer behind a broadcast or an export, for the audit: --as NAME, else ORGANIZER_NAME."""
    name = (as_name or settings.organizer_name).strip()
    if not name:
        raise Refused("say who you are for the audit trail: add --as NAME (or set ORGANIZER_NAME), then retry")
    return f"cli:{name}"


def cli_locale(settings: Settings, i18n: I18n) -> str:
    """The locale the shell commands speak (ORGANIZER_LANGUAGE, else English)."""
    return settings.organizer_language if settings.organizer_language in i18n.all_locales else "en"


def prices(settings: Settings) -> PlanPrices:
    campaign = load_campaign(settings.campaign_file)
    return PlanPrices(campaign.line_message_price, campaign.currency)


def require_database(settings: Settings) -> None:
    """Refuse to report on a SQLite database that does not exist, before anything creates it."""
    if not settings.database_url.startswith("sqlite:"):
        return  # PostgreSQL: a missing database is refused when connecting, and nothing is created
    name = sqlite_path(settings.database_url)
    path = Path(name)
    if name != MEMORY and not path.is_file():
        raise Refused(f"no database at {path} (DATABASE_URL={settings.database_url}): check the path for a typo;"
                      " nothing was created. The bot creates its database when it first runs (serve or console).")

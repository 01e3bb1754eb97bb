"""Assemble the bot: settings in, an open repository and a ready service out."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.campaign import load_campaign
from bot.config import Settings
from bot.i18n import I18n
from bot.service import PetitionService
from storage import open_repository

log = logging.getLogger(__name__)


class DatabaseDamaged(Exception):
    """PRAGMA integrity_check found problems: restore a backup before serving."""


@asynccontextmanager
async def petition_service(
    settings: Settings, strict_locales: bool = False, lazy_locales: bool = False,
) -> AsyncIterator[PetitionService]:
    """Open the database (applying migrations), load campaign and locales, and close on exit.

    `lazy_locales` reads each locale only when it is used, for the command-line reports.
    """
    campaign = load_campaign(settings.campaign_file)
    i18n = I18n(campaign.default_language, strict=strict_locales, menu=campaign.language_menu, lazy=lazy_locales)
    repo = open_repository(settings.database_url)
    try:
        await repo.open()  # applies pending migrations
        if settings.db_check_on_start and (result := await repo.integrity_check()) != ["ok"]:
            raise DatabaseDamaged("; ".join(result[:20]))
    except sqlite3.DatabaseError as error:
        await repo.close()
        raise DatabaseDamaged(str(error)) from error
    except DatabaseDamaged:
        await repo.close()
        raise
    try:
        yield PetitionService(repo, i18n, campaign, organizers=settings.is_organizer)
    finally:
        await repo.close()

"""Assemble the bot: settings in, an open repository and a ready service out."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from bot.core.campaign import load_campaign
from bot.core.config import Settings
from bot.core.i18n import I18n
from storage import open_repository
from storage.base import Repository

if TYPE_CHECKING:  # the service pulls in the whole conversation: a report command does without it
    from bot.core.service import PetitionService

log = logging.getLogger(__name__)


class DatabaseDamaged(Exception):
    """PRAGMA integrity_check found problems: restore a backup before serving."""


@asynccontextmanager
async def open_database(settings: Settings) -> AsyncIterator[Repository]:
    """Open the database (applying migrations, checking it if asked), and close it on exit."""
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
        yield repo
    finally:
        await repo.close()


@asynccontextmanager
async def reporting(settings: Settings) -> AsyncIterator[tuple[Repository, I18n]]:
    """The database and the locales (each read when first used), for the commands that report and keep data."""
    campaign = load_campaign(settings.campaign_file)
    i18n = I18n(campaign.default_language, menu=campaign.language_menu, lazy=True)
    async with open_database(settings) as repo:
        yield repo, i18n


@asynccontextmanager
async def petition_service(settings: Settings, strict_locales: bool = False) -> AsyncIterator[PetitionService]:
    """Open the database, load campaign and every locale, and give the service; close on exit."""
    from bot.core.service import PetitionService

    campaign = load_campaign(settings.campaign_file)
    i18n = I18n(campaign.default_language, strict=strict_locales, menu=campaign.language_menu)
    async with open_database(settings) as repo:
        yield PetitionService(repo, i18n, campaign, organizers=settings.is_organizer)

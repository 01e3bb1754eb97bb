"""Assemble the bot: settings in, an open repository and a ready service out."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.campaign import load_campaign
from bot.config import Settings
from bot.i18n import I18n
from bot.service import PetitionService
from storage import open_repository

log = logging.getLogger(__name__)


@asynccontextmanager
async def petition_service(settings: Settings, strict_locales: bool = False) -> AsyncIterator[PetitionService]:
    """Open the database (applying migrations), load campaign and locales, and close on exit."""
    campaign = load_campaign(settings.campaign_file)
    i18n = I18n(campaign.default_language, strict=strict_locales)
    repo = open_repository(settings.database_url)
    await repo.open()
    try:
        yield PetitionService(repo, i18n, campaign, organizers=settings.is_organizer)
    finally:
        await repo.close()

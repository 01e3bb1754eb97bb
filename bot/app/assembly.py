"""The composition root: settings in; an open repository, the service, its desk and channels out.

Everything is built here and passed in at construction: the conversation (handlers) and the organizer
desk with its broadcast engine, LINE quota and notifiers go into the service; the channels get the
service and register their platform's share links and notices in the outlets. Nothing is patched
onto an object after it is built.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Protocol

from bot.core.campaign import Campaign, load_campaign
from bot.core.clock import utc_now
from bot.core.config import Settings
from bot.core.i18n import I18n
from bot.core.outlets import Outlets
from bot.core.throttle import Throttle
from storage import open_repository
from storage.base import Repository

if TYPE_CHECKING:  # the service pulls in the whole conversation: a report command does without it
    from aiohttp import web

    from bot.core.service import PetitionService
    from bot.organizing.broadcast import BroadcastEngine
    from bot.organizing.desk import InsightReader, OrganizerDesk, QuotaReader

log = logging.getLogger(__name__)


class DatabaseDamaged(Exception):
    """PRAGMA integrity_check found problems: restore a backup before serving."""


@asynccontextmanager
async def open_database(settings: Settings) -> AsyncIterator[Repository]:
    """Open the database (applying migrations, checking it if asked), and close it on exit."""
    repo = open_repository(settings.database_url, settings.database_pool_size)
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


class Channel(Protocol):
    """A platform's adapter: add routes, start after the server listens, stop taking updates."""

    name: str

    def install(self, app: web.Application) -> None: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


@dataclass(frozen=True)
class Served:
    """What `serve` runs: the service, its desk (for the broadcasts under way), the engine and the channels."""

    service: PetitionService
    desk: OrganizerDesk
    engine: BroadcastEngine | None
    channels: list[Channel]


def assemble(
    repo: Repository, i18n: I18n, campaign: Campaign, *, clock: Callable[[], datetime] = utc_now,
    organizers: Callable[[str, str], bool] = lambda platform, user_id: False,
    engine: BroadcastEngine | None = None, line_quota: QuotaReader | None = None, outlets: Outlets | None = None,
    throttle: Throttle | None = None, dashboard_url: str = "", line_insight: InsightReader | None = None,
) -> tuple[PetitionService, OrganizerDesk]:
    """Assemble the service: the conversation's steps and commands, the desk with its engine and quota."""
    import handlers
    from bot.core.ports import Conversation
    from bot.core.render import Renderer
    from bot.core.service import PetitionService
    from bot.organizing.desk import OrganizerDesk
    from bot.organizing.planner import PlanPrices
    from handlers.common import COMMANDS

    outlets = outlets if outlets is not None else Outlets()
    renderer = Renderer(i18n, campaign)
    desk = OrganizerDesk(repo, renderer, outlets, engine=engine, line_quota=line_quota,
                         prices=PlanPrices(campaign.line_message_price, campaign.currency), dashboard_url=dashboard_url,
                         clock=clock, line_insight=line_insight)
    conversation = Conversation(handlers.handle, COMMANDS, handlers.STEPS, handlers.DRAFTS)
    service = PetitionService(
        repo, i18n, campaign, renderer=renderer, conversation=conversation, desk=desk, outlets=outlets, clock=clock,
        organizers=organizers, throttle=throttle,
    )
    return service, desk


def build_service(
    repo: Repository, i18n: I18n, campaign: Campaign, *, clock: Callable[[], datetime] = utc_now,
    organizers: Callable[[str, str], bool] = lambda platform, user_id: False,
    engine: BroadcastEngine | None = None, line_quota: QuotaReader | None = None, outlets: Outlets | None = None,
    throttle: Throttle | None = None, line_insight: InsightReader | None = None,
) -> PetitionService:
    """The service alone, assembled as `assemble` does."""
    return assemble(repo, i18n, campaign, clock=clock, organizers=organizers, engine=engine, line_quota=line_quota,
                    outlets=outlets, throttle=throttle, line_insight=line_insight)[0]


@asynccontextmanager
async def petition_service(settings: Settings, strict_locales: bool = False) -> AsyncIterator[PetitionService]:
    """Open the database, load campaign and every locale, and give the service (no broadcasting); close on exit."""
    campaign = load_campaign(settings.campaign_file)
    i18n = I18n(campaign.default_language, strict=strict_locales, menu=campaign.language_menu)
    async with open_database(settings) as repo:
        yield build_service(repo, i18n, campaign, organizers=settings.is_organizer)


@asynccontextmanager
async def broadcast_engine(
    settings: Settings, repo: Repository, i18n: I18n, *, check_token: bool = True
) -> AsyncIterator[BroadcastEngine]:
    """An engine with a sender for every configured platform, closed afterwards (see telegram_broadcaster)."""
    from bot.channels.line.broadcast import line_broadcaster
    from bot.channels.telegram.broadcast import telegram_broadcaster
    from bot.organizing.broadcast import BroadcastEngine

    async with AsyncExitStack() as stack:
        line = await stack.enter_async_context(line_broadcaster(settings)) if settings.line_enabled else None
        telegram = (
            await stack.enter_async_context(telegram_broadcaster(settings, check_token=check_token))
            if settings.telegram_enabled else None
        )
        yield BroadcastEngine(repo, i18n, utc_now, line, telegram,
                              line_rate=settings.line_multicast_rate, telegram_rate=settings.telegram_broadcast_rate,
                              public_base_url=settings.public_base_url)


def line_figures(settings: Settings) -> InsightReader | None:
    """LINE's opens and clicks for the desk's chat reports, where LINE is configured."""
    if not settings.line_enabled:
        return None
    from bot.channels.line.insight import read_figures

    return partial(read_figures, settings)


def configured_channels(settings: Settings, service: PetitionService) -> list[Channel]:
    """A channel for every configured platform, each answering for its platform in the service's outlets."""
    channels: list[Channel] = []
    if settings.telegram_enabled:
        from bot.channels.telegram.webhook import TelegramChannel

        channels.append(TelegramChannel(service, settings))
    if settings.line_enabled:
        from bot.channels.line.webhook import LineChannel

        channels.append(LineChannel(service, settings))
    return channels


@asynccontextmanager
async def serving(settings: Settings) -> AsyncIterator[Served]:
    """Everything `serve` runs, with broadcasting where a platform is configured; closed on exit."""
    campaign = load_campaign(settings.campaign_file)
    i18n = I18n(campaign.default_language, menu=campaign.language_menu)
    async with open_database(settings) as repo, AsyncExitStack() as stack:
        engine = None
        if settings.line_enabled or settings.telegram_enabled:
            # no getMe here: the Telegram channel checks the token when it starts, retrying while unreachable
            engine = await stack.enter_async_context(broadcast_engine(settings, repo, i18n, check_token=False))
        service, desk = assemble(repo, i18n, campaign, organizers=settings.is_organizer, engine=engine,
                                 line_quota=engine.line.quota if engine and engine.line else None,
                                 throttle=Throttle(share=1 / settings.instances),
                                 dashboard_url=settings.dashboard_url, line_insight=line_figures(settings))
        yield Served(service, desk, engine, configured_channels(settings, service))

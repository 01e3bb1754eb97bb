"""What the dashboard's pages are given: the repository, the locales, the campaign and the broadcasting."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from aiohttp import web

from bot.core.campaign import Campaign
from bot.core.clock import utc_now
from bot.core.i18n import I18n
from bot.organizing.broadcast import BroadcastEngine
from bot.organizing.desk import OrganizerDesk
from storage.base import Repository

QuotaReader = Callable[[], Awaitable[tuple[int | None, int]]]


@dataclass(frozen=True)
class Deps:
    repo: Repository
    i18n: I18n
    campaign: Campaign
    desk: OrganizerDesk
    engine: BroadcastEngine | None = None  # None: no platform configured, nothing can be sent
    secure: bool = False  # the dashboard's public address is https: cookies are Secure
    clock: Callable[[], datetime] = utc_now


DEPS = web.AppKey("dashboard_deps", Deps)


def deps(request: web.Request) -> Deps:
    """The dashboard's dependencies, from the request's application."""
    return request.config_dict[DEPS]

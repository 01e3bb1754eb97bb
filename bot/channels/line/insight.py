"""LINE's opens and clicks for one broadcast, read through line-bot-sdk's insight client.

Each broadcast's multicasts carry the custom aggregation unit `broadcast_<job id>`; LINE counts the
people who opened them and who opened a link under that unit (GET /v2/bot/insight/message/event/aggregation).
LINE publishes the figures a day or so later, and only above a handful of readers: until then they are None.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.config import Settings
from bot.core.render import JAPAN

INSIGHT_DAYS = 30  # LINE's longest period for one query


@dataclass(frozen=True)
class Insight:
    opened: int | None  # people who opened the update
    clicked: int | None  # people who opened its link


async def read_insight(settings: Settings, unit: str, sent_at: datetime) -> Insight:
    """LINE's figures for one aggregation unit since the day it was sent (Japan time)."""
    from linebot.v3.insight import AsyncApiClient, AsyncInsight, Configuration

    start = sent_at.astimezone(JAPAN).date()
    end = min(start + timedelta(days=INSIGHT_DAYS), datetime.now(JAPAN).date())
    client = AsyncApiClient(Configuration(host=settings.line_api_url, access_token=settings.line_channel_access_token))
    try:
        answer = await AsyncInsight(client).get_statistics_per_unit(
            unit, start.strftime("%Y%m%d"), max(end, start).strftime("%Y%m%d"))
    finally:
        await client.close()
    overview = answer.overview
    return Insight(overview.unique_impression if overview else None, overview.unique_click if overview else None)


async def read_figures(settings: Settings, unit: str, sent_at: datetime) -> tuple[int | None, int | None]:
    """`read_insight` as the organizer desk takes it: (opened, clicked)."""
    insight = await read_insight(settings, unit, sent_at)
    return insight.opened, insight.clicked

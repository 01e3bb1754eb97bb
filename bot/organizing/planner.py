"""Gather what a broadcast plan needs (audience counts, LINE quota, price) and make the plan.

`Planner.plan` is what the CLI, the chat desk and the dashboard call; the rules are in `bot.organizing.plan`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.core.i18n import I18n
from bot.organizing.plan import BroadcastPlan, plan_broadcast
from storage.base import Repository, Transaction

log = logging.getLogger(__name__)
QuotaReader = Callable[[], Awaitable[tuple[int | None, int]]]


class QuotaUnknown(Exception):
    """LINE's quota could not be read: what failed and what to do, in words."""


@dataclass(frozen=True)
class PlanPrices:
    """What the campaign file says a LINE message costs (0: not set)."""

    line_message_price: float = 0.0
    currency: str = "JPY"


NO_PRICE = PlanPrices()


class Planner:
    def __init__(self, repo: Repository, i18n: I18n, line_quota: QuotaReader | None = None,
                 prices: PlanPrices = NO_PRICE, public_base_url: str = "", line_host: str = "LINE") -> None:
        self.repo, self.i18n, self.line_quota = repo, i18n, line_quota
        self.prices, self.public_base_url, self.line_host = prices, public_base_url, line_host

    async def quota_left(self) -> int | None:
        """LINE messages left this month (None: unlimited, or LINE is not configured)."""
        if self.line_quota is None:
            return None
        try:
            limit, used = await self.line_quota()
        except Exception as error:
            raise QuotaUnknown(describe_failure(self.line_host, "reading the monthly message quota", error)) from error
        return None if limit is None else max(0, limit - used)

    async def plan(self, texts: dict[str, str], audience: str, link: str | None = None, image: bytes | None = None,
                   partial: bool = False, tx: Transaction | None = None) -> BroadcastPlan:
        """The plan for this update, with every problem that would stop its sending (counted in `tx` if given)."""
        try:
            if tx is not None:
                counts = await tx.broadcasts.count_audience(audience)
            else:
                async with self.repo.transaction() as own:
                    counts = await own.broadcasts.count_audience(audience)
        except ValueError:  # an audience that is none of subscribers, signers, lang:<locale>
            counts = {}
        left = await self.quota_left() if any(p == "line" and n for (p, _), n in counts.items()) else None
        return plan_broadcast(
            texts, counts, default_locale=self.i18n.default_locale, known_locales=self.i18n.all_locales,
            audience=audience, link=link, image=image, line_quota_left=left,
            line_price=self.prices.line_message_price or None, currency=self.prices.currency, partial=partial,
            public_base_url=self.public_base_url,
        )

    def words(self, plan: BroadcastPlan, locale: str | None) -> list[str]:
        """The plan and then its problems, each a line in the organizer's language."""
        return [self.i18n.format(locale, t.id, dict(t.args)) for t in plan.messages()] + [
            self.i18n.format(locale, p.id, dict(p.args)) for p in plan.problems]


def describe_failure(service: str, doing: str, error: BaseException) -> str:
    """Say what failed (`service`: a name or host), how, and what to do: never an empty `error: `."""
    kind, status = type(error).__name__, getattr(error, "status", None)
    if isinstance(error, TimeoutError) or "Timeout" in kind:
        how = "did not answer in time (timeout)"
    elif status:
        how = f"refused the request (HTTP {status})"
    elif kind in ("InvalidToken", "Forbidden", "Unauthorized"):
        how = f"refused the access token ({kind}: {error})"
    else:
        how = f"could not be reached ({kind}{': ' + str(error) if str(error) else ''})"
    return (f"{service} {how} while {doing}. Check the network and the settings for {service}, then retry;"
            " a broadcast already started goes on with `run_bot.py broadcast --resume`.")

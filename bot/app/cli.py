"""The organizers' server commands that read and keep the data: stats, export, audit, backup, check, purge,
and dashboard-link.

They open the database and the locales only (`bot.app.assembly.reporting`), not the whole bot, so that a report
starts in a fraction of a second; broadcasting from the shell is in `bot.app.broadcast_cli`.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from bot.app.assembly import reporting
from bot.core.campaign import load_campaign
from bot.core.config import Settings
from bot.core.i18n import I18n
from bot.core.render import JAPAN
from bot.organizing.stats import draw_chart, format_stats


def operator() -> str:
    """Name who runs a server command, for the audit trail."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


def place_names(i18n: I18n, locale: str | None = None) -> dict[str, str]:
    """Prefecture codes to names, in the campaign's language unless another is asked for."""
    names = {f"{n:02d}": i18n.format(locale, f"pref-{n:02d}") for n in range(1, 48)}
    names["abroad"] = i18n.format(locale, "place-abroad")
    return names


async def stats(settings: Settings, chart: Path | None) -> str:
    async with reporting(settings) as (repo, i18n):
        result = await repo.stats()
        if chart is not None:
            draw_chart(result, chart)
        return format_stats(result, place_names(i18n), i18n.review_status())


async def export(settings: Settings, output: Path, fmt: str) -> int:
    from bot.organizing.export import write_export

    async with reporting(settings) as (repo, i18n):
        total = (await repo.totals()).signatures
        names = place_names(i18n)
        count = await write_export(repo.export_rows(), output, fmt, total,
                                   lambda code: names.get(code or "", ""))
        await repo.add_audit(datetime.now(UTC), operator(), "export",
                             f"{fmt} {output.name}", count)
        return count


async def audit(settings: Settings) -> str:
    async with reporting(settings) as (repo, _):
        entries = await repo.audit()
    if not entries:
        return "No broadcasts or exports yet."
    lines = [f"{'when (Japan)':<17} {'who':<20} {'what':<10} {'how many':>8}  detail"]
    for e in entries:
        lines.append(f"{e.at.astimezone(JAPAN):%Y-%m-%d %H:%M} {e.actor:<20} {e.action:<10} {e.count:>8,}  {e.detail}")
    return "\n".join(lines)


async def dashboard_link(settings: Settings, minutes: int) -> str:
    """A one-time sign-in address for the dashboard, on a line of its own, in the name of who ran the command."""
    from bot.organizing.signin_links import new_link

    async with reporting(settings) as (repo, _):
        async with repo.transaction() as tx:
            link = await new_link(tx, settings.dashboard_url, operator(), datetime.now(UTC), minutes)
    return f"Sign in to the organizers' dashboard within {minutes} minutes (the link works once):\n{link}"


async def backup(settings: Settings, target: Path) -> str:
    async with reporting(settings) as (repo, _):
        await repo.backup(target)
        totals = await repo.totals()
    return f"Backup written to {target} ({totals.signatures:,} signatures, {totals.people:,} people)."


async def check(settings: Settings) -> tuple[bool, str]:
    async with reporting(settings) as (repo, _):
        result = await repo.integrity_check()
        version = await repo.schema_version()
    ok = result == ["ok"]
    return ok, f"schema version {version}; integrity: {'ok' if ok else '; '.join(result[:20])}"


async def purge(settings: Settings, before: date | None, dry_run: bool, confirm: Callable[[str], bool]) -> str:
    """Delete the signatures made before the retention date (or an earlier --before date)."""
    campaign = load_campaign(settings.campaign_file)
    today = datetime.now(JAPAN).date()
    cutoff_day = before or campaign.retention_until
    if before is None and today < campaign.retention_until:
        raise ValueError(f"the retention date {campaign.retention_until} has not come yet: give --before DATE to "
                         "purge earlier, for example once the petition is delivered")
    cutoff = datetime.combine(cutoff_day, datetime.min.time(), JAPAN).astimezone(UTC)
    async with reporting(settings) as (repo, _):
        count = await repo.purge_before(cutoff, dry_run=True)
        if dry_run or not count:
            return f"{count:,} signatures were made before {cutoff_day} (Japan time). Nothing was deleted."
        if not confirm(f"Delete {count:,} signatures made before {cutoff_day}? [y/N] "):
            return "Nothing was deleted."
        deleted = await repo.purge_before(cutoff, dry_run=False)
        await repo.add_audit(datetime.now(UTC), operator(), "purge", f"before {cutoff_day}", deleted)
    return f"{deleted:,} signatures made before {cutoff_day} were deleted."

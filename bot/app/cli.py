"""The organizers' server commands that read and keep the data: stats, export, audit, backup, check, purge,
compact and dashboard-link.

They open the database and the locales only (`bot.app.assembly.reporting`), not the whole bot, so that a report
starts in a fraction of a second; broadcasting from the shell is in `bot.app.broadcast_cli`. Each refuses a
SQLite database that does not exist (`require_database`) instead of creating an empty one and reporting zeros.
"""

from __future__ import annotations

import getpass
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from bot.app.assembly import reporting
from bot.app.organizer_cli import Refused, cli_locale, organizer_name, require_database
from bot.app.upkeep import tidy_once
from bot.core.campaign import load_campaign
from bot.core.config import Settings
from bot.core.i18n import I18n
from bot.core.render import JAPAN
from bot.organizing.stats import draw_chart, format_stats
from storage.base import Repository

FORMATS = ("csv", "xlsx")


@asynccontextmanager
async def existing(settings: Settings) -> AsyncIterator[tuple[Repository, I18n]]:
    """`reporting`, but only on a database that already exists."""
    require_database(settings)
    async with reporting(settings) as opened:
        yield opened


def export_format(output: Path, fmt: str | None) -> str:
    """The export's format: as given, else from the file's suffix; a suffix that contradicts it is refused."""
    suffix = output.suffix.lower().lstrip(".")
    if fmt is None:
        if suffix not in FORMATS:
            raise Refused(f"cannot tell the format of {output.name}: name the file .csv or .xlsx, or give --format")
        return suffix
    if suffix in FORMATS and suffix != fmt:
        raise Refused(f"--format {fmt} contradicts the file name {output.name}: name it .{fmt} or drop --format")
    return fmt


def place_names(i18n: I18n, locale: str | None = None) -> dict[str, str]:
    """Prefecture codes to names, in the campaign's language unless another is asked for."""
    names = {f"{n:02d}": i18n.format(locale, f"pref-{n:02d}") for n in range(1, 48)}
    names["abroad"] = i18n.format(locale, "place-abroad")
    return names


async def stats(settings: Settings, chart: Path | None) -> str:
    async with existing(settings) as (repo, i18n):
        result = await repo.stats()
        if chart is not None:
            draw_chart(result, chart, load_campaign(settings.campaign_file).signature_goal)
        report = format_stats(result, place_names(i18n), i18n.review_status())
        if chart is not None:
            report += "\n" + i18n.format(cli_locale(settings, i18n), "cli-chart-written", {"file": str(chart)})
        return report


async def export(settings: Settings, output: Path, fmt: str | None, force: bool = False,
                 as_name: str | None = None) -> str:
    """Write the standing signatures to a new file (an existing one only with `force`); say how many."""
    from bot.organizing.export import write_export

    who = organizer_name(settings, as_name)
    fmt = export_format(output, fmt)
    if output.exists() and not force:
        raise Refused(f"{output} already exists: choose another name, or add --force to replace it")
    async with existing(settings) as (repo, i18n):
        total = (await repo.totals()).signatures
        names = place_names(i18n)
        count = await write_export(repo.export_rows(), output, fmt, total,
                                   lambda code: names.get(code or "", ""))
        await repo.add_audit(datetime.now(UTC), who, "export", f"{fmt} {output.name}", count)
        return i18n.format(cli_locale(settings, i18n), "cli-export-written", {"count": count, "file": str(output)})


async def audit(settings: Settings) -> str:
    from bot.organizing.stats import aligned

    async with existing(settings) as (repo, i18n):
        entries = await repo.audit()
    if not entries:
        return i18n.format(cli_locale(settings, i18n), "cli-audit-empty")
    rows = [("when (Japan)", "who", "what", "how many", "detail")]
    rows += [(f"{e.at.astimezone(JAPAN):%Y-%m-%d %H:%M}", e.actor, e.action, f"{e.count:,}", e.detail) for e in entries]
    return "\n".join(aligned(rows, right=(3,)))


def shell_user(settings: Settings) -> str:
    """Who signs in with a link from the shell, for the audit: ORGANIZER_NAME, else the login name."""
    try:
        return f"cli:{settings.organizer_name.strip() or getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


async def dashboard_link(settings: Settings, minutes: int) -> str:
    """A one-time sign-in address for the dashboard, on a line of its own, in the name of who ran the command."""
    from bot.organizing.signin_links import new_link

    async with existing(settings) as (repo, _), repo.transaction() as tx:
        link = await new_link(tx, settings.dashboard_url, shell_user(settings), datetime.now(UTC), minutes)
    return f"Sign in to the organizers' dashboard within {minutes} minutes (the link works once):\n{link}"


async def backup(settings: Settings, target: Path) -> str:
    async with existing(settings) as (repo, i18n):
        await repo.backup(target)
        totals = await repo.totals()
    return i18n.format(cli_locale(settings, i18n), "cli-backup-written",
                       {"file": str(target), "signatures": totals.signatures, "people": totals.people})


async def check(settings: Settings) -> tuple[bool, str]:
    async with existing(settings) as (repo, _):
        result = await repo.integrity_check()
        version = await repo.schema_version()
    ok = result == ["ok"]
    return ok, f"schema version {version}; integrity: {'ok' if ok else '; '.join(result[:20])}"


async def purge(settings: Settings, before: date | None, dry_run: bool, confirm: Callable[[str], bool],
                as_name: str | None = None) -> str:
    """Delete the signatures made before the retention date (or an earlier --before date)."""
    campaign = load_campaign(settings.campaign_file)
    today = datetime.now(JAPAN).date()
    cutoff_day = before or campaign.retention_until
    if before is None and today < campaign.retention_until:
        raise ValueError(f"the retention date {campaign.retention_until} has not come yet: give --before DATE to "
                         "purge earlier, for example once the petition is delivered")
    cutoff = datetime.combine(cutoff_day, datetime.min.time(), JAPAN).astimezone(UTC)
    who = organizer_name(settings, as_name) if not dry_run else ""
    async with existing(settings) as (repo, i18n):
        locale = cli_locale(settings, i18n)
        count = await repo.purge_before(cutoff, dry_run=True)
        args = {"count": count, "day": cutoff_day.isoformat()}
        if dry_run:
            return i18n.format(locale, "cli-purge-counted", args)
        if count and not confirm(i18n.format(locale, "cli-purge-confirm", args) + " "):
            return i18n.format(locale, "cli-purge-nothing")
        deleted = await repo.purge_before(cutoff, dry_run=False) if count else 0
        if deleted:
            await repo.add_audit(datetime.now(UTC), who, "purge", f"before {cutoff_day}", deleted)
        tidied = await tidy_once(repo, campaign.abandoned_draft_days, datetime.now(UTC))
        compacted = await repo.compact()
    done = i18n.format(locale, "cli-purge-done", {"count": deleted, "day": cutoff_day.isoformat()})
    days = campaign.abandoned_draft_days
    abandoned = i18n.format(locale, "cli-purge-abandoned", {"count": tidied.drafts, "days": days})
    return f"{done}\n{abandoned}\n{compacted}"


async def compact(settings: Settings) -> str:
    """Remove what deleted rows leave in the database files (SQLite: VACUUM; PostgreSQL: VACUUM FULL)."""
    async with existing(settings) as (repo, _):
        return await repo.compact()

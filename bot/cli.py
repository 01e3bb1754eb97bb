"""The organizers' server commands: stats, export and audit (run through run_bot.py)."""

from __future__ import annotations

import getpass
from datetime import datetime, timezone
from pathlib import Path

from bot.app import petition_service
from bot.config import Settings
from bot.export import write_export
from bot.i18n import I18n
from bot.render import JAPAN
from bot.stats_report import draw_chart, format_stats


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
    async with petition_service(settings) as service:
        result = await service.repo.stats()
        if chart is not None:
            draw_chart(result, chart)
        return format_stats(result, place_names(service.i18n))


async def export(settings: Settings, output: Path, fmt: str) -> int:
    async with petition_service(settings) as service:
        repo = service.repo
        total = (await repo.totals()).signatures
        names = place_names(service.i18n)
        count = await write_export(repo.export_rows(), output, fmt, total,
                                   lambda code: names.get(code or "", ""))
        await repo.add_audit(datetime.now(timezone.utc), operator(), "export",
                             f"{fmt} {output.name}", count)
        return count


async def audit(settings: Settings) -> str:
    async with petition_service(settings) as service:
        entries = await service.repo.audit()
    if not entries:
        return "No broadcasts or exports yet."
    lines = [f"{'when (Japan)':<17} {'who':<20} {'what':<10} {'how many':>8}  detail"]
    for e in entries:
        lines.append(f"{e.at.astimezone(JAPAN):%Y-%m-%d %H:%M} {e.actor:<20} {e.action:<10} {e.count:>8,}  {e.detail}")
    return "\n".join(lines)

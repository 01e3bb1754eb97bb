"""Organizers' view of how signing goes: a plain-text summary and a chart per day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from storage.reports import Stats


def _table(title: str, counts: dict[str, int], label: dict[str, str] | None = None) -> list[str]:
    lines = [f"{title}:"]
    for key, value in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {(label or {}).get(key, key) or '(none)':<24} {value:>8,}")
    return lines if counts else [f"{title}: none"]


def format_stats(stats: Stats, place_names: dict[str, str], reviewed: dict[str, bool] | None = None) -> str:
    """Lay the totals out as aligned plain text."""
    lines = [
        f"Signatures standing   {stats.signatures:>8,}",
        f"People reached        {stats.people:>8,}",
        f"Subscribers (updates) {stats.subscribers:>8,}",
        f"Unreachable (blocked) {stats.unreachable:>8,}",
        f"Withdrawals           {stats.withdrawals:>8,}",
        f"LINE pushes spent     {stats.counters.get('line_pushes', 0):>8,}",
        f"LINE broadcast msgs   {stats.counters.get('line_broadcast_messages', 0):>8,}",
        "",
        *_table("Per platform", stats.by_platform),
        *_table("Per language", stats.by_language),
        *_table("Per prefecture", stats.by_prefecture, place_names),
        "Per day (Japan time):",
    ]
    per_day: dict[str, int] = defaultdict(int)
    for day, _, count in stats.by_day:
        per_day[day] += count
    lines += [f"  {day}  {count:>8,}" for day, count in sorted(per_day.items())] or ["  none"]
    lines.append("Top referrers (signer number: signatures through their link):")
    lines += [f"  no. {number:<8} {count:>8,}" for number, count in stats.top_referrers] or ["  none"]
    return "\n".join(lines + _review_lines(reviewed or {}))


def _review_lines(reviewed: dict[str, bool]) -> list[str]:
    """List each locale with whether a native speaker has reviewed its translation."""
    if not reviewed:
        return []
    lines = ["Translations (see docs/translating.md):"]
    lines += [f"  {locale:<24} {'reviewed' if ok else 'not reviewed'}" for locale, ok in reviewed.items()]
    return lines


def draw_chart(stats: Stats, path: Path) -> None:
    """Draw signatures per day and the running total per platform into a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.dates import AutoDateLocator, DateFormatter
    from matplotlib.ticker import MaxNLocator

    days = sorted({date.fromisoformat(day) for day, _, _ in stats.by_day})
    platforms = sorted({platform for _, platform, _ in stats.by_day})
    counts = {(date.fromisoformat(day), platform): n for day, platform, n in stats.by_day}
    figure, (daily, running) = plt.subplots(2, 1, figsize=(9, 7), sharex=True)
    bottom = [0] * len(days)
    for platform in platforms:
        values = [counts.get((day, platform), 0) for day in days]
        daily.bar(days, values, bottom=bottom, label=platform)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        total, cumulative = 0, []
        for value in values:
            total += value
            cumulative.append(total)
        running.plot(days, cumulative, marker="o", label=platform)
    daily.set_title("Signatures per day (Japan time)")
    running.set_title("Running total per platform")
    for axes in (daily, running):
        if platforms:
            axes.legend(loc="upper left")
        axes.grid(alpha=0.3)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    running.xaxis.set_major_locator(AutoDateLocator(minticks=2, maxticks=10))  # type: ignore[no-untyped-call]
    running.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))  # type: ignore[no-untyped-call]
    figure.autofmt_xdate()
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)

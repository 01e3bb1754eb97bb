"""Organizers' view of how signing goes: a plain-text summary aligned by display width, and a chart.

Columns are aligned by how wide text shows in a fixed-width font (東京都 takes six columns, not three), and
chat platforms that can show fixed-width text are asked to (ReplyKind.TABLE). The chart draws the combined
running total against the goal, the total per platform, and signatures per day, from the first signature to
the last day, with axes that read well for one day of data as for sixty.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from storage.reports import Stats

if TYPE_CHECKING:
    from matplotlib.figure import Figure

GOAL_IN_VIEW = 0.25  # the goal line is drawn once the total reaches this share of it; the title always says it


def width(text: str) -> int:
    """Columns a text takes in a fixed-width font: wide and full-width characters take two, combining marks none."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def pad(text: str, columns: int, right: bool = False) -> str:
    """Pad a text with spaces to `columns` display columns."""
    space = " " * max(0, columns - width(text))
    return space + text if right else text + space


def aligned(rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    """Lay rows out in columns by display width; the columns numbered in `right` are right-aligned."""
    widths = [max(width(row[i]) for row in rows if i < len(row)) for i in range(max(map(len, rows)))]
    return ["  ".join(pad(cell, widths[i], i in right) for i, cell in enumerate(row)).rstrip() for row in rows]


def _table(title: str, counts: dict[str, int], label: dict[str, str] | None = None) -> list[list[str]]:
    rows = [[f"{title}:", ""]]
    for key, value in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append([f"  {(label or {}).get(key, key) or '(none)'}", f"{value:,}"])
    return rows if counts else [[f"{title}:", "none"]]


def format_stats(stats: Stats, place_names: dict[str, str], reviewed: dict[str, bool] | None = None) -> str:
    """Lay the totals out as plain text, aligned in a fixed-width font."""
    per_day: dict[str, int] = defaultdict(int)
    for day, _, count in stats.by_day:
        per_day[day] += count
    rows = [
        ["Signatures standing", f"{stats.signatures:,}"],
        ["People reached", f"{stats.people:,}"],
        ["Subscribers (updates)", f"{stats.subscribers:,}"],
        ["Unreachable (blocked)", f"{stats.unreachable:,}"],
        ["Withdrawals", f"{stats.withdrawals:,}"],
        ["LINE pushes spent", f"{stats.counters.get('line_pushes', 0):,}"],
        ["LINE broadcast msgs", f"{stats.counters.get('line_broadcast_messages', 0):,}"],
        ["", ""],
        *_table("Per platform", stats.by_platform),
        *_table("Per language", stats.by_language),
        *_table("Per prefecture", stats.by_prefecture, place_names),
        ["Per day (Japan time):", "" if per_day else "none"],
        *[[f"  {day}", f"{count:,}"] for day, count in sorted(per_day.items())],
        ["Top referrers (signer number: signatures through their link):", "" if stats.top_referrers else "none"],
        *[[f"  no. {number}", f"{count:,}"] for number, count in stats.top_referrers],
    ]
    if reviewed:
        rows.append(["Translations (see docs/translating.md):", ""])
        rows += [[f"  {locale}", "reviewed" if ok else "not reviewed"] for locale, ok in reviewed.items()]
    body = [(label, value) for label, value in rows if not label.endswith(":")]
    label_width = max(width(label) for label, _ in body)
    value_width = max(width(value) for _, value in body)
    return "\n".join(
        (label + (" " + value if value else "")) if label.endswith(":")
        else (pad(label, label_width) + "  " + pad(value, value_width, right=True)).rstrip()
        for label, value in rows
    )


def _days(stats: Stats) -> list[date]:
    """Every day from the first signature to the last day with data (at least one day: today's, if none)."""
    seen = sorted({date.fromisoformat(day) for day, _, _ in stats.by_day})
    if not seen:
        return []
    return [seen[0] + timedelta(days=n) for n in range((seen[-1] - seen[0]).days + 1)]


def draw_chart(stats: Stats, path: Path, goal: int = 0) -> None:
    """Draw the running total (combined and per platform) against the goal, and signatures per day, into a PNG."""
    import matplotlib.pyplot as plt

    figure = chart_figure(stats, goal)
    figure.savefig(path, dpi=100)
    plt.close(figure)


def chart_figure(stats: Stats, goal: int = 0) -> Figure:
    """The chart as a matplotlib figure: the running totals above, signatures per day below (sharing days)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.dates import AutoDateLocator, DateFormatter, DayLocator, date2num
    from matplotlib.ticker import MaxNLocator

    days = _days(stats)
    platforms = sorted({platform for _, platform, _ in stats.by_day})
    counts = {(date.fromisoformat(day), platform): n for day, platform, n in stats.by_day}
    figure, (running, daily) = plt.subplots(2, 1, figsize=(9, 7), sharex=True, height_ratios=(3, 2))
    combined = [0] * len(days)
    bottom = [0] * len(days)
    for platform in platforms:
        values = [counts.get((day, platform), 0) for day in days]
        daily.bar(days, values, bottom=bottom, label=platform, width=0.8)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        cumulative = [sum(values[: i + 1]) for i in range(len(values))]
        combined = [c + v for c, v in zip(combined, cumulative, strict=True)]
        running.plot(days, cumulative, marker="o" if len(days) <= 31 else None, linewidth=1.2, label=platform)
    if days:
        running.plot(days, combined, marker="o" if len(days) <= 31 else None, color="black", linewidth=2.4,
                     label=f"all platforms ({combined[-1]:,})")
    total = combined[-1] if combined else 0
    near = goal and total >= goal * GOAL_IN_VIEW  # far below, the goal line would flatten the curve to nothing
    if near:
        running.axhline(goal, color="tab:red", linestyle="--", linewidth=1.2, label=f"goal ({goal:,})")
    progress = f": {total:,} of the goal of {goal:,} ({total / goal:.0%})" if goal else f": {total:,}"
    running.set_title(f"Signatures so far (running total){progress}")
    daily.set_title("Signatures per day (Japan time)")
    if not days:
        for axes in (running, daily):
            axes.text(0.5, 0.5, "No signatures yet", transform=axes.transAxes, ha="center", va="center",
                      fontsize=14, color="gray")
            axes.set_xticks([])
    else:
        margin = 0.6 if len(days) < 8 else 1.0  # days either side, so a single day's bar is not squeezed
        daily.set_xlim(date2num(days[0]) - margin, date2num(days[-1]) + margin)  # type: ignore[no-untyped-call]
        if len(days) <= 10:
            daily.xaxis.set_major_locator(DayLocator())  # type: ignore[no-untyped-call]
            daily.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))  # type: ignore[no-untyped-call]
        else:
            daily.xaxis.set_major_locator(AutoDateLocator(minticks=4, maxticks=10))  # type: ignore[no-untyped-call]
            daily.xaxis.set_major_formatter(DateFormatter("%m-%d"))  # type: ignore[no-untyped-call]
            years = sorted({days[0].year, days[-1].year})
            daily.set_xlabel("–".join(map(str, years)) + " (month-day)")
    top = max([goal * 1.08 if near else 0, total * 1.1, 5])
    running.set_ylim(0, top)
    daily.set_ylim(0, max([*bottom, 4]) * 1.15)
    for axes in (running, daily):
        axes.yaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=3))
        axes.grid(alpha=0.3)
        if axes.get_legend_handles_labels()[0]:
            axes.legend(loc="upper left")
    figure.tight_layout()
    return figure

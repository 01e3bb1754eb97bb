"""The overview's charts, drawn on the server as inline SVG (no script, no external library in the browser).

One chart shows the running total climbing towards the goal line, the other the signatures of each day.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from bot.dashboard.html import esc

WIDTH, HEIGHT, PAD = 640, 220, 36


def daily(by_day: list[tuple[str, str, int]], today: date, days: int = 30) -> list[tuple[date, int]]:
    """Signatures per day over the campaign so far (at least `days` days up to today), every platform together."""
    counts: Counter[date] = Counter()
    for day, _, n in by_day:
        counts[date.fromisoformat(day)] += n
    first = min([*counts, today - timedelta(days=days - 1)])
    span = (today - first).days + 1
    return [(first + timedelta(days=k), counts[first + timedelta(days=k)]) for k in range(span)]


def _x(k: int, count: int) -> float:
    return PAD + (WIDTH - 2 * PAD) * (k / max(1, count - 1))


def _y(value: int, top: int) -> float:
    return HEIGHT - PAD - (HEIGHT - 2 * PAD) * (value / max(1, top))


def _frame(title: str, inner: str, first: date, last: date, top_label: str) -> str:
    """The chart's box, axis and labels around its marks (`title` already escaped)."""
    axis = (f'<line class="axis" x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}"/>'
            f'<text class="label" x="{PAD}" y="{HEIGHT - 12}">{first:%m-%d}</text>'
            f'<text class="label end" x="{WIDTH - PAD}" y="{HEIGHT - 12}">{last:%m-%d}</text>'
            f'<text class="label" x="4" y="{PAD - 8}">{esc(top_label)}</text>')
    return (f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{title}">'
            f"<title>{title}</title>{axis}{inner}</svg>")


def total_chart(days: list[tuple[date, int]], goal: int, title: str, goal_label: str) -> str:
    """The running total as a line, with the goal as a dashed line."""
    running, points = 0, []
    top = max(goal, sum(n for _, n in days), 1)
    for k, (_, n) in enumerate(days):
        running += n
        points.append(f"{_x(k, len(days)):.1f},{_y(running, top):.1f}")
    goal_y = _y(goal, top)
    inner = (f'<line class="goal" x1="{PAD}" y1="{goal_y:.1f}" x2="{WIDTH - PAD}" y2="{goal_y:.1f}"/>'
             f'<text class="label end" x="{WIDTH - PAD}" y="{goal_y - 4:.1f}">{goal_label}</text>'
             f'<polyline class="total" points="{" ".join(points)}"/>')
    return _frame(title, inner, days[0][0], days[-1][0], f"{top:,}")


def daily_chart(days: list[tuple[date, int]], title: str) -> str:
    """A bar per day."""
    top = max([n for _, n in days] + [1])
    step = (WIDTH - 2 * PAD) / len(days)
    bars = []
    for k, (day, n) in enumerate(days):
        y = _y(n, top)
        bars.append(f'<rect class="bar" x="{PAD + k * step + 1:.1f}" y="{y:.1f}" width="{max(1.0, step - 2):.1f}"'
                    f' height="{HEIGHT - PAD - y:.1f}"><title>{day:%Y-%m-%d}: {n:,}</title></rect>')
    return _frame(title, "".join(bars), days[0][0], days[-1][0], f"{top:,}")

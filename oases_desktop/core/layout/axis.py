"""The time axis of a timeline: its origin, its end and its ticks by month, quarter or year.

Days are counted from the origin (day 0 = the origin date). A tick labels the interval
[start, end) of one period, so a drawer can centre the label or clip it to a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from oases_desktop.core.language import Language, format_month_name, format_quarter_name, format_year

SCALES = ("month", "quarter", "year")


@dataclass(frozen=True)
class AxisTick:
    """One period of the axis: `level` 0 is the upper band (years), 1 the lower (months/quarters)."""

    level: int
    start: int   # first day of the period, in days from the origin
    end: int     # first day after the period
    label: str


def check_scale(scale: str) -> str:
    """The scale name, or ValueError naming the allowed ones."""
    if scale not in SCALES:
        raise ValueError(f"unknown timeline scale {scale!r}; use one of {', '.join(SCALES)}")
    return scale


def period_start(day: date, scale: str) -> date:
    """The first day of the month, quarter or year holding `day`."""
    if scale == "month":
        return day.replace(day=1)
    if scale == "quarter":
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def next_period(day: date, scale: str) -> date:
    """The first day of the period after the one starting on `day`."""
    return _add_months(day, {"month": 1, "quarter": 3, "year": 12}[scale])


def period_end(day: date, scale: str) -> date:
    """The first day after the period holding `day` (the axis ends on a period boundary)."""
    return next_period(period_start(day, scale), scale)


def axis_days(first: date, last: date, scale: str, pad_days: int = 0) -> int:
    """Days an axis covering [first, last + pad_days] spans once rounded out to whole periods."""
    return (period_end(last + timedelta(days=pad_days), scale) - period_start(first, scale)).days


def _label(start: date, scale: str, language: Language) -> str:
    if scale == "month":
        return format_month_name(start, language)
    if scale == "quarter":
        return format_quarter_name(start, language)
    return format_year(start, language)


def build_ticks(origin: date, end: date, scale: str, language: Language = Language.EN) -> tuple[AxisTick, ...]:
    """Year bands (level 0) and month/quarter/year cells (level 1) covering [origin, end), labelled in `language`."""
    ticks: list[AxisTick] = []
    if scale != "year":
        year_start = date(origin.year, 1, 1)
        while year_start < end:
            following = date(year_start.year + 1, 1, 1)
            lo, hi = max(year_start, origin), min(following, end)
            ticks.append(AxisTick(0, (lo - origin).days, (hi - origin).days, format_year(year_start, language)))
            year_start = following
    cell = period_start(origin, scale)
    while cell < end:
        following = next_period(cell, scale)
        lo, hi = max(cell, origin), min(following, end)
        ticks.append(AxisTick(1, (lo - origin).days, (hi - origin).days, _label(cell, scale, language)))
        cell = following
    return tuple(ticks)

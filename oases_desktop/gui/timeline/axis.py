"""Calendar ticks for the timeline axis and grid: months, quarters or years by zoom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date



@dataclass(frozen=True)
class Tick:
    """A grid line on the chart: its day offset from the origin (the header's labels are core.layout.axis's)."""

    day: int
    major: bool  # a year boundary (drawn darker)


def tick_unit(px_per_day: float) -> str:
    """The finest unit whose labels still fit at this zoom."""
    if px_per_day >= 2.5:
        return "month"
    if px_per_day >= 0.9:
        return "quarter"
    return "year"


def axis_unit(px_per_day: float) -> str:
    """The lower tier of the on-screen axis under the years: months, quarters ("Q1" fits 24 px), else none ("year")."""
    unit = tick_unit(px_per_day)
    return "quarter" if unit == "year" and px_per_day * 91 >= 24 else unit


def _month_starts(origin: date, span_days: int):
    year, month = origin.year, origin.month
    while True:
        first = date(year, month, 1)
        day = (first - origin).days
        if day > span_days:
            return
        if day >= 0:
            yield first, day
        month += 1
        if month > 12:
            year, month = year + 1, 1


def ticks(origin: date, span_days: int, px_per_day: float) -> list[Tick]:
    """Grid lines between the origin and origin + span, at months, quarters or years for the zoom."""
    unit = tick_unit(px_per_day)
    every = {"month": 1, "quarter": 3, "year": 12}[unit]
    return [Tick(day, first.month == 1) for first, day in _month_starts(origin, span_days)
            if (first.month - 1) % every == 0]

"""Calendar ticks for the timeline axis and grid: months, quarters or years by zoom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from oases_desktop.core.language import format_month, format_month_name, format_quarter, format_year
from oases_desktop.gui.dates import display_language


@dataclass(frozen=True)
class Tick:
    """A boundary on the axis: its day offset from the origin and its label."""

    day: int
    label: str
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
    """Tick marks between the origin and origin + span, labelled for the zoom."""
    unit = tick_unit(px_per_day)
    language = display_language()
    result = []
    for first, day in _month_starts(origin, span_days):
        major = first.month == 1
        if unit == "month":
            label = format_month(first, language) if major or px_per_day >= 5 else format_month_name(first, language)
            result.append(Tick(day, label, major))
        elif unit == "quarter" and first.month in (1, 4, 7, 10):
            result.append(Tick(day, format_quarter(first, language), major))
        elif unit == "year" and major:
            result.append(Tick(day, format_year(first, language), True))
    return result

"""Duration and lag arithmetic on instants (day ordinals, start of day), and the next or last cadence sitting (rules read by domain/cadence.py).

A duration is compiled into segments `(unit, amount, calendar)`: whole calendar days, whole
months (plus leftover days for a fractional month) or whole working days on one calendar.
Fractions of a day round up (a 0.5-day task still takes a day; a 0.5-day lead takes a day).
"""

from __future__ import annotations

import math
from calendar import isleap
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from oases_desktop.core.domain.cadence import sitting_table
from oases_desktop.core.domain.plan import DurationUnit
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import DateRangeError, WorkingCalendar

DAYS, MONTHS, WORKING = 0, 1, 2  # segment units after compilation
DAYS_PER_MONTH = 30.436875       # mean Gregorian month (365.2425 / 12): the app's one average month
_MAX_ORDINAL = date(9999, 1, 1).toordinal()


def whole(value: float) -> int:
    """Round a duration away from zero to whole units (tolerant of float noise)."""
    magnitude = math.ceil(abs(value) - 1e-9)
    return magnitude if value >= 0 else -magnitude


def segments(value: float, unit: DurationUnit, calendar: WorkingCalendar | None) -> list[tuple[int, int, WorkingCalendar | None]]:
    """Compile a value in a plan unit into [(kind, amount, calendar)]; a fractional month adds a days segment."""
    if unit == DurationUnit.WORKING_DAYS:
        return [(WORKING, whole(value), calendar)]
    if unit == DurationUnit.CALENDAR_DAYS:
        return [(DAYS, whole(value), None)]
    if unit == DurationUnit.WEEKS:
        return [(DAYS, whole(value * 7), None)]
    if unit == DurationUnit.MONTHS:
        sign = 1 if value >= 0 else -1
        months = math.floor(abs(value) + 1e-9)  # 1.9999999999 months is 2 months
        rest = abs(value) - months
        if rest < 1e-9:
            return [(MONTHS, sign * months, None)]
        return [(MONTHS, sign * months, None), (DAYS, sign * whole(rest * DAYS_PER_MONTH), None)]
    raise PlanError(f"Unknown duration unit \"{unit}\"; use calendar_days, weeks, months or working_days.")


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@lru_cache(maxsize=65536)  # the same month shifts recur on every recompute while a bar is dragged
def add_months(instant: int, months: int) -> int:
    """Calendar months later, the day clipped to the month's length (as dateutil's relativedelta does)."""
    day = date.fromordinal(instant)
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    length = 29 if month == 1 and isleap(year) else _MONTH_DAYS[month]
    return date(year, month + 1, min(day.day, length)).toordinal()


def shift(instant: int, seg: tuple[int, int, WorkingCalendar | None], sign: int = 1) -> int:
    """The instant `seg` later (sign=1) or earlier (sign=-1) than `instant`."""
    kind, amount, calendar = seg
    if amount == 0:
        return instant
    if kind == DAYS:
        result = instant + sign * amount
    elif kind == WORKING:
        result = calendar.add(instant, sign * amount)
    else:
        if not 1 <= instant < _MAX_ORDINAL or abs(amount) > 12 * 200:
            raise DateRangeError("a date falls outside the years 1-9999")
        result = add_months(instant, sign * amount)
    if not 1 <= result < _MAX_ORDINAL:
        raise DateRangeError("a date falls outside the years 1-9999")
    return result


def describe(seg: tuple[int, int, WorkingCalendar | None]) -> str:
    """'10 working days (HK)', '3 months', '150 calendar days'."""
    kind, amount, calendar = seg
    if kind == WORKING:
        return f"{amount} working day{'s' if abs(amount) != 1 else ''} on the {calendar.code} calendar"
    if kind == DAYS:
        return f"{amount} calendar day{'s' if abs(amount) != 1 else ''}"
    return f"{amount} month{'s' if abs(amount) != 1 else ''}"


def _moved(days: tuple[int, ...], k: int, calendar: WorkingCalendar | None) -> int:
    """Sitting k, moved to the calendar's next working day (a committee does not sit on a day off)."""
    return days[k] if calendar is None else calendar.snap(days[k])


Published = tuple[tuple[int, int], ...]   # (deadline, sitting) day ordinals a library publishes for a rule


def next_sitting(rule: str, instant: int, calendar: WorkingCalendar | None = None, published: Published = ()) -> int | None:
    """The day of the sitting a step ready on the instant's day catches, or None if the rule has no more.

    A committee with submission deadlines (cadence.sitting_table) is caught by being ready on or
    before the sitting's deadline. Otherwise the first sitting on or after the day; with a calendar, a
    sitting on a weekend or holiday is held on the next working day; moving is monotone, so an
    earlier sitting moved forward may be the answer (walk back while it is)."""
    k = _caught(sitting_table(rule, published), instant, calendar)
    days = sitting_table(rule, published).days
    return _moved(days, k, calendar) if k < len(days) else None


def _caught(table, instant: int, calendar: WorkingCalendar | None) -> int:
    """Index of the first sitting whose gate (deadline, else held day) is on or after the instant."""
    if table.deadlines is not None:
        return bisect_left(table.deadlines, instant)
    days = table.days
    k = bisect_left(days, instant)
    if calendar is not None:
        while k > 0 and calendar.snap(days[k - 1]) >= instant:
            k -= 1
    return k


@dataclass(frozen=True)
class Sitting:
    """One sitting as a plan meets it: the day it is held, the last day to be ready for it, estimated or published."""

    day: int
    deadline: int     # the held day itself when the committee has no submission deadline
    estimated: bool
    has_deadline: bool


def sitting_place(rule: str, ready: int, calendar: WorkingCalendar | None = None,
                  published: Published = ()) -> tuple[Sitting | None, Sitting | None]:
    """(the sitting a step ready on `ready` catches, the one before it that it missed): the one cadence
    function the explanations and the key-milestone cadence buffer read (buffer = caught.deadline - ready)."""
    table = sitting_table(rule, published)
    k = _caught(table, ready, calendar)

    def at(i: int) -> Sitting | None:
        if not 0 <= i < len(table.days):
            return None
        held = _moved(table.days, i, calendar)
        deadline = held if table.deadlines is None else table.deadlines[i]
        return Sitting(held, deadline, table.estimated[i], table.deadlines is not None)

    return at(k), at(k - 1)


def sitting_held_on(rule: str, day: int, calendar: WorkingCalendar | None = None,
                    published: Published = ()) -> Sitting | None:
    """The sitting held on `day` (its deadline, estimated or published), or None if none is held then."""
    table = sitting_table(rule, published)
    k = bisect_right(table.days, day) - 1
    while k >= 0 and _moved(table.days, k, calendar) > day:
        k -= 1
    if k < 0 or _moved(table.days, k, calendar) != day:
        return None
    deadline = day if table.deadlines is None else table.deadlines[k]
    return Sitting(day, deadline, table.estimated[k], table.deadlines is not None)


def last_sitting(rule: str, instant: int, calendar: WorkingCalendar | None = None, published: Published = ()) -> int | None:
    """The last sitting held on or before the instant's day (moved off days off, with a calendar), or None."""
    days = sitting_table(rule, published).days
    k = bisect_right(days, instant) - 1
    while k >= 0 and calendar is not None and calendar.snap(days[k]) > instant:
        k -= 1
    return _moved(days, k, calendar) if k >= 0 else None


def moved_from(rule: str, meeting: int, calendar: WorkingCalendar | None, published: Published = ()) -> int | None:
    """The rule's own day of a sitting held on `meeting`, when it was moved off a day off; else None."""
    raw = last_sitting(rule, meeting, None, published)
    if calendar is None or raw is None or raw == meeting or calendar.snap(raw) != meeting:
        return None
    return raw

"""Duration and lag arithmetic on instants (day ordinals, start of day), and the next or last cadence sitting (rules read by domain/cadence.py).

A duration is compiled into segments `(unit, amount, calendar)`: whole calendar days, whole
months (plus leftover days for a fractional month) or whole working days on one calendar.
Fractions of a day round up (a 0.5-day task still takes a day; a 0.5-day lead takes a day).
"""

from __future__ import annotations

import math
from calendar import isleap
from bisect import bisect_left, bisect_right
from datetime import date
from functools import lru_cache

from oases_desktop.core.domain.cadence import sittings
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


def next_sitting(rule: str, instant: int, calendar: WorkingCalendar | None = None) -> int | None:
    """The first sitting on or after the instant's day, or None if the rule has no more sittings.

    With a calendar, a sitting on a weekend or holiday is held on the next working day; moving is
    monotone, so an earlier sitting moved forward may be the answer (walk back while it is)."""
    days = sittings(rule)
    k = bisect_left(days, instant)
    if calendar is not None:
        while k > 0 and calendar.snap(days[k - 1]) >= instant:
            k -= 1
    return _moved(days, k, calendar) if k < len(days) else None


def last_sitting(rule: str, instant: int, calendar: WorkingCalendar | None = None) -> int | None:
    """The last sitting on or before the instant's day (moved off days off, with a calendar), or None."""
    days = sittings(rule)
    k = bisect_right(days, instant) - 1
    while k >= 0 and calendar is not None and calendar.snap(days[k]) > instant:
        k -= 1
    return _moved(days, k, calendar) if k >= 0 else None


def moved_from(rule: str, meeting: int, calendar: WorkingCalendar | None) -> int | None:
    """The rule's own day of a sitting held on `meeting`, when it was moved off a day off; else None."""
    raw = last_sitting(rule, meeting)
    if calendar is None or raw is None or raw == meeting or calendar.snap(raw) != meeting:
        return None
    return raw

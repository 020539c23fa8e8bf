"""Cadence rules: a strict reader of the RRULE subset the app supports, and their sittings in a bounded window.

A cadence gate waits for a body's next sitting, written as an RFC 5545 recurrence rule such as
"FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15". Plan files and reference data arrive from outside,
so a rule is read here part by part (never handed to a general recurrence library, which loops for
ever on INTERVAL=0 and raises on parts the app does not use) and refused with the part at fault.
The supported subset: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT or UNTIL, BYMONTH,
BYMONTHDAY, BYDAY, BYSETPOS, WKST and an optional DTSTART line (default 1 Jan 1990). The sittings
are whole days between SITTINGS_FROM and SITTINGS_TO, so every search for a sitting is finite.
Expansion follows dateutil's reading of RFC 5545 (the reference the tests compare against).

Two extension lines (RFC 5545 allows X- properties) make a committee with submission deadlines:
"X-DEADLINE-WEEKS:12;2=16" (the deadline 12 weeks before a sitting, 16 before February's) and
"X-PUBLISHED:ha.dac" (the reference library's published sittings and deadlines under that key,
which replace the rule's own sittings within their span; the rule's other sittings are estimated).
`sitting_table` joins the two; the gate of such a sitting is its deadline, not its day.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache

from oases_desktop.core.errors import PlanError

SITTINGS_FROM, SITTINGS_TO = date(1990, 1, 1), date(2150, 12, 31)
EARLIEST_START = date(1900, 1, 1)   # a DTSTART or UNTIL outside these years is a typing slip
LATEST_DATE = date(2200, 12, 31)
MAX_RULE_CHARS = 500
MAX_INTERVAL = 1000
MAX_COUNT = 100_000
FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SUPPORTED = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS", "WKST")
_INTEGER = re.compile(r"[+-]?\d{1,6}")
_WEEKDAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_KEY = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?")


class CadenceError(PlanError):
    """A cadence rule the app cannot read; `part` names the rule part at fault (e.g. INTERVAL)."""

    def __init__(self, rule: str, problem: str, part: str = ""):
        self.rule, self.problem, self.part = rule, problem, part
        shown = rule if len(rule) <= 80 else rule[:77] + "..."
        super().__init__(f"Cadence rule \"{shown}\" is not a valid recurrence rule: {problem}")


@dataclass(frozen=True)
class CadenceRule:
    """A parsed rule; weekdays are 0 (Monday) to 6, `by_day` holds (weekday, ordinal or 0)."""

    freq: str
    interval: int = 1
    count: int | None = None
    until: datetime | None = None
    start: datetime = datetime(1990, 1, 1)
    by_month: tuple[int, ...] = ()
    by_month_day: tuple[int, ...] = ()
    by_day: tuple[tuple[int, int], ...] = ()
    by_set_pos: tuple[int, ...] = ()
    week_start: int = 0
    deadline_weeks: tuple[tuple[int, int], ...] = ()  # (month or 0 for any month, weeks before the sitting)
    published: str = ""                                # library key of the published sittings, if any


def parse_cadence(rule: str) -> CadenceRule:
    """Read a rule of the supported subset, or raise CadenceError naming the part and its bounds."""
    if not isinstance(rule, str):
        raise CadenceError(str(rule), "a rule must be text")
    if len(rule) > MAX_RULE_CHARS:
        raise CadenceError(rule, f"the rule has {len(rule)} characters; at most {MAX_RULE_CHARS}")
    start, body, deadline, published = None, None, (), ""
    for line in (part.strip() for part in rule.replace("\\n", "\n").splitlines()):
        if not line:
            continue
        name, colon, value = line.partition(":")
        key = name.strip().upper()
        if colon and key in ("DTSTART", "DTSTART;VALUE=DATE"):
            if start is not None:
                raise CadenceError(rule, "DTSTART appears twice", "DTSTART")
            start = _date(rule, "DTSTART", value.strip())
        elif colon and key == "X-DEADLINE-WEEKS":
            if deadline:
                raise CadenceError(rule, "X-DEADLINE-WEEKS appears twice", key)
            deadline = _deadline_weeks(rule, value.strip())
        elif colon and key == "X-PUBLISHED":
            if published or not _KEY.fullmatch(value.strip()):
                raise CadenceError(rule, "X-PUBLISHED takes one library key such as ha.dac", key)
            published = value.strip()
        elif colon and key == "RRULE" or not colon:
            if body is not None:
                raise CadenceError(rule, "only one RRULE line is supported", "RRULE")
            body = value if colon else line
        else:
            raise CadenceError(rule, f"{key[:20]} lines are not supported (only DTSTART and RRULE)", key[:20])
    if body is None:
        raise CadenceError(rule, "there is no RRULE (e.g. FREQ=MONTHLY;BYMONTHDAY=15)", "RRULE")
    parts = _parts(rule, body)
    built = _build(rule, parts, start or datetime(1990, 1, 1))
    return replace(built, deadline_weeks=deadline, published=published) if deadline or published else built


def _deadline_weeks(rule: str, text: str) -> tuple[tuple[int, int], ...]:
    """'12;2=16': 12 weeks before any sitting, 16 before a February one (months 1-12, weeks 0-52)."""
    out = {}
    for item in (piece.strip() for piece in text.split(";") if piece.strip()):
        month, equals, weeks = item.rpartition("=")
        month_no = _number(rule, "X-DEADLINE-WEEKS", month.strip(), 1, 12) if equals else 0
        if month_no in out:
            raise CadenceError(rule, "X-DEADLINE-WEEKS gives a month twice", "X-DEADLINE-WEEKS")
        out[month_no] = _number(rule, "X-DEADLINE-WEEKS", weeks.strip(), 0, 52)
    if 0 not in out:
        raise CadenceError(rule, "X-DEADLINE-WEEKS needs the weeks for any month first, e.g. 12;2=16",
                           "X-DEADLINE-WEEKS")
    return tuple(sorted(out.items()))


def _parts(rule: str, body: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for piece in body.split(";"):
        if not piece.strip():
            continue  # a trailing ';' is harmless
        name, equals, value = piece.partition("=")
        name, value = name.strip().upper(), value.strip().upper()
        if not equals or not name or not value:
            raise CadenceError(rule, f"\"{piece.strip()[:20]}\" is not NAME=value", name[:20])
        if name not in SUPPORTED:
            raise CadenceError(rule, f"{name[:20]} is not supported (the app reads {', '.join(SUPPORTED)})", name[:20])
        if name in parts:
            raise CadenceError(rule, f"{name} appears twice", name)
        parts[name] = value
    return parts


def _build(rule: str, parts: dict[str, str], start: datetime) -> CadenceRule:
    freq = parts.get("FREQ")
    if freq is None:
        raise CadenceError(rule, "FREQ is missing (DAILY, WEEKLY, MONTHLY or YEARLY)", "FREQ")
    if freq in ("HOURLY", "MINUTELY", "SECONDLY"):
        raise CadenceError(rule, f"FREQ={freq} repeats within a day; sittings are days "
                                 "(use DAILY, WEEKLY, MONTHLY or YEARLY)", "FREQ")
    if freq not in FREQUENCIES:
        raise CadenceError(rule, f"FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY (not {freq[:20]})", "FREQ")
    if "COUNT" in parts and "UNTIL" in parts:
        raise CadenceError(rule, "COUNT and UNTIL cannot both be given", "UNTIL")
    interval = _number(rule, "INTERVAL", parts.get("INTERVAL", "1"), 1, MAX_INTERVAL)
    count = _number(rule, "COUNT", parts["COUNT"], 1, MAX_COUNT) if "COUNT" in parts else None
    until = _date(rule, "UNTIL", parts["UNTIL"]) if "UNTIL" in parts else None
    months = _list(rule, "BYMONTH", parts.get("BYMONTH"), 1, 12, signed=False)
    month_days = _list(rule, "BYMONTHDAY", parts.get("BYMONTHDAY"), 1, 31, signed=True)
    set_pos = _list(rule, "BYSETPOS", parts.get("BYSETPOS"), 1, 366, signed=True)
    days = _weekdays(rule, freq, parts.get("BYDAY"), bool(months))
    week_start = _weekday(rule, "WKST", parts.get("WKST", "MO"))
    if month_days and freq == "WEEKLY":
        raise CadenceError(rule, "BYMONTHDAY cannot be used with FREQ=WEEKLY (RFC 5545)", "BYMONTHDAY")
    if set_pos and not (months or month_days or days):
        raise CadenceError(rule, "BYSETPOS needs BYMONTH, BYMONTHDAY or BYDAY to choose from", "BYSETPOS")
    if month_days and not any(_fits(day, month) for month in months or range(1, 13) for day in month_days):
        raise CadenceError(rule, "the rule matches no calendar day (check BYMONTH and BYMONTHDAY)",
                           "BYMONTHDAY")
    if until is not None and until < start:
        raise CadenceError(rule, "UNTIL is before the rule's start", "UNTIL")
    if not (month_days or days):  # dateutil's defaults: the start's day (and month) or weekday
        if freq == "YEARLY":
            months, month_days = months or (start.month,), (start.day,)
        elif freq == "MONTHLY":
            month_days = (start.day,)
        elif freq == "WEEKLY":
            days = ((start.weekday(), 0),)
    return CadenceRule(freq, interval, count, until, start, months, month_days, days, set_pos, week_start)


def _fits(day: int, month: int) -> bool:
    """Some year has this month day (29 February in leap years; -1 is the last day)."""
    return abs(day) <= monthrange(2000, month)[1]


def _number(rule: str, part: str, text: str, low: int, high: int) -> int:
    if not _INTEGER.fullmatch(text) or not low <= int(text) <= high:
        raise CadenceError(rule, f"{part} must be a whole number from {low} to {high} (not {text[:20]})", part)
    return int(text)


def _list(rule: str, part: str, text: str | None, low: int, high: int, signed: bool) -> tuple[int, ...]:
    """A comma list of integers within low..high (or -high..-low when signed); 0 is never allowed."""
    if text is None:
        return ()
    values = []
    for item in text.split(","):
        item = item.strip()
        ok = _INTEGER.fullmatch(item) and low <= (abs(int(item)) if signed else int(item)) <= high
        if not ok or (not signed and item.startswith(("+", "-"))):
            bounds = f"{low} to {high}" + (f" or -{high} to -{low}" if signed else "")
            raise CadenceError(rule, f"{part} values must be whole numbers from {bounds} (not \"{item[:20]}\")", part)
        values.append(int(item))
    return tuple(sorted(set(values)))


def _weekday(rule: str, part: str, text: str) -> int:
    if text not in WEEKDAYS:
        raise CadenceError(rule, f"{part} must be one of {', '.join(WEEKDAYS)} (not {text[:20]})", part)
    return WEEKDAYS.index(text)


def _weekdays(rule: str, freq: str, text: str | None, in_month: bool) -> tuple[tuple[int, int], ...]:
    """BYDAY items: MO..SU, with an ordinal (1MO, -1FR) only for MONTHLY and YEARLY: 1-5 within a
    month (MONTHLY, or YEARLY with BYMONTH), 1-53 within a year."""
    if text is None:
        return ()
    found = set()
    for item in (piece.strip() for piece in text.split(",")):
        match = _WEEKDAY.fullmatch(item)
        if not match:
            raise CadenceError(rule, f"BYDAY values are MO to SU, optionally with an ordinal such as 1MO or "
                                     f"-1FR (not \"{item[:20]}\")", "BYDAY")
        ordinal = int(match.group(1) or 0)
        if match.group(1) is not None:
            limit = {"MONTHLY": 5, "YEARLY": 53 if not in_month else 5}.get(freq)
            if limit is None:
                raise CadenceError(rule, f"an ordinal weekday ({item}) needs FREQ=MONTHLY or YEARLY", "BYDAY")
            if not 1 <= abs(ordinal) <= limit:
                raise CadenceError(rule, f"the ordinal of {item} must be from 1 to {limit} or -{limit} to -1", "BYDAY")
        found.add((WEEKDAYS.index(match.group(2)), ordinal))
    if len({ordinal == 0 for _, ordinal in found}) > 1:
        raise CadenceError(rule, "BYDAY mixes plain and ordinal weekdays; write one rule of each kind", "BYDAY")
    return tuple(sorted(found))


def _date(rule: str, part: str, text: str) -> datetime:
    match = _DATE.fullmatch(text.strip().upper())
    try:
        if not match:
            raise ValueError
        numbers = [int(g) for g in match.groups() if g is not None]
        value = datetime(*numbers)
    except ValueError:
        raise CadenceError(rule, f"{part} must be a date such as 20300115 or 20300115T000000 "
                                 f"(not \"{text[:20]}\")", part) from None
    if not EARLIEST_START <= value.date() <= LATEST_DATE:
        raise CadenceError(rule, f"{part} must fall in the years {EARLIEST_START.year} to {LATEST_DATE.year}", part)
    return value


def _nth(first_weekday: int, length: int, by_day) -> set[int]:
    """1-based days of a span (month or year) matching ordinal weekdays such as 2MO or -1FR."""
    chosen = set()
    for weekday, ordinal in by_day:
        first = 1 + (weekday - first_weekday) % 7
        count = (length - first) // 7 + 1
        if 0 < ordinal <= count:
            chosen.add(first + 7 * (ordinal - 1))
        elif 0 < -ordinal <= count:
            chosen.add(first + 7 * (count + ordinal))
    return chosen


def _month_days(rule: CadenceRule, year: int, month: int, plain: set[int], in_month: bool) -> list[int]:
    """Ordinals of the month's days that pass BYMONTH, BYMONTHDAY and BYDAY (ordinals counted in the month)."""
    if rule.by_month and month not in rule.by_month:
        return []
    first = date(year, month, 1).toordinal()
    length = monthrange(year, month)[1]
    weekday = (first - 1) % 7   # ordinal 1 (1 Jan 0001) is a Monday
    days = sorted({d if d > 0 else length + d + 1 for d in rule.by_month_day if abs(d) <= length}) \
        if rule.by_month_day else range(1, length + 1)
    if plain:
        days = [d for d in days if (weekday + d - 1) % 7 in plain]
    if in_month:
        nth = _nth(weekday, length, rule.by_day)
        days = [d for d in days if d in nth]
    return [first + d - 1 for d in days]


def _candidates(rule: CadenceRule, last: int):
    """(period key, ordinal) of every day passing the filters, in order, from the start's month (or
    year, for YEARLY) to `last`; periods the INTERVAL skips are left out."""
    start = rule.start.date()
    begin = start.toordinal()
    plain = {weekday for weekday, ordinal in rule.by_day if ordinal == 0}
    ordinals = any(ordinal for _, ordinal in rule.by_day)
    in_month = ordinals and (rule.freq == "MONTHLY" or bool(rule.by_month))
    in_year = ordinals and not in_month
    week_base = begin - ((begin - 1) % 7 - rule.week_start) % 7
    year, month = start.year, 1 if rule.freq == "YEARLY" else start.month
    year_nth = None
    while year <= LATEST_DATE.year:
        if date(year, month, 1).toordinal() > last:
            return
        if rule.freq == "YEARLY" and (year - start.year) % rule.interval:
            year += 1
            continue
        key_month = year * 12 + month - 1
        if rule.freq != "MONTHLY" or (key_month - (start.year * 12 + start.month - 1)) % rule.interval == 0:
            days = _month_days(rule, year, month, plain, in_month)
            if in_year:
                if month == 1 or year_nth is None:
                    jan1 = date(year, 1, 1).toordinal()
                    year_nth = {jan1 + d - 1 for d in _nth((jan1 - 1) % 7, 337 + monthrange(year, 2)[1], rule.by_day)}
                days = [d for d in days if d in year_nth]
            for day in days:
                if rule.freq == "DAILY":
                    if day >= begin and (day - begin) % rule.interval == 0:
                        yield day, day
                elif rule.freq == "WEEKLY":
                    week = (day - week_base) // 7
                    if day >= begin and week % rule.interval == 0:
                        yield week, day
                else:
                    yield (key_month if rule.freq == "MONTHLY" else year), day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _positions(days: list[int], positions: tuple[int, ...]) -> list[int]:
    """BYSETPOS: the days at these 1-based positions of a period (negative counts from its end)."""
    if not positions:
        return days
    return sorted({days[p - 1 if p > 0 else p] for p in positions if -len(days) <= p <= len(days)})


def expand(rule: CadenceRule, last: date = SITTINGS_TO) -> list[int]:
    """Day ordinals of the rule from its start up to `last` (and its UNTIL or COUNT), in order; always finite."""
    begin = rule.start.date().toordinal()
    stop = last.toordinal()
    if rule.until is not None:
        until_day = rule.until.date().toordinal()
        stop = min(stop, until_day if rule.start.time() <= rule.until.time() else until_day - 1)
    count = MAX_COUNT if rule.count is None else rule.count
    out: list[int] = []
    if not rule.by_set_pos:  # every candidate is a sitting: no need to gather periods
        for _, day in _candidates(rule, stop):
            if day > stop or len(out) >= count:
                break
            if day >= begin:
                out.append(day)
        return out
    period, days = None, []
    # a period cut by `last` still chooses its positions among all its days, as with UNTIL
    for key, day in [*_candidates(rule, stop + 366), (None, None)]:
        if key != period:
            for chosen in _positions(days, rule.by_set_pos):
                if chosen > stop or len(out) >= count:
                    return out
                if chosen >= begin:
                    out.append(chosen)
            period, days = key, []
        days.append(day)
    return out


@lru_cache(maxsize=256)
def sittings(rule: str) -> tuple[int, ...]:
    """Sorted day ordinals of the rule's sittings between SITTINGS_FROM and SITTINGS_TO (CadenceError if unreadable)."""
    parsed = parse_cadence(rule.strip())
    first = SITTINGS_FROM.toordinal()
    return tuple(day for day in expand(parsed) if day >= first)


def check_cadence(rule: str) -> None:
    """The one check of a cadence rule, shared by plan files, reference data and the scheduler:
    readable and with some sitting in the window (CadenceError otherwise)."""
    if not sittings(rule):
        raise CadenceError(rule, f"it has no sittings between {SITTINGS_FROM.year} and {SITTINGS_TO.year}")


@dataclass(frozen=True)
class SittingTable:
    """A committee's sittings in order: raw days (before moving off days off), submission
    deadlines (None: the sitting itself is the gate) and which sittings are estimated."""

    days: tuple[int, ...]
    deadlines: tuple[int, ...] | None
    estimated: tuple[bool, ...]


@lru_cache(maxsize=256)
def sitting_table(rule: str, published: tuple[tuple[int, int], ...] = ()) -> SittingTable:
    """The rule's sittings joined with the published (deadline, sitting) day ordinals of its
    X-PUBLISHED key: published ones within their span, the rule's own outside it (estimated when the
    rule names a published schedule); deadlines from the published data or X-DEADLINE-WEEKS."""
    parsed = parse_cadence(rule.strip())
    own = sittings(rule)
    if not parsed.deadline_weeks and not parsed.published:
        return SittingTable(own, None, (False,) * len(own))
    weeks = dict(parsed.deadline_weeks)
    pairs = sorted((meeting, deadline) for deadline, meeting in published) if parsed.published else []
    first, last = (pairs[0][0], pairs[-1][0]) if pairs else (None, None)
    rows = [(meeting, deadline, False) for meeting, deadline in pairs]
    for day in own:
        if first is None or not first <= day <= last:
            ahead = weeks.get(date.fromordinal(day).month, weeks.get(0, 0))
            rows.append((day, day - 7 * ahead, bool(parsed.published)))
    rows.sort()
    deadlines = [deadline for _, deadline, _ in rows]
    if any(b < a for a, b in zip(deadlines, deadlines[1:])) or any(d > m for m, d, _ in rows):
        raise CadenceError(rule, "the published deadlines are not in the order of their sittings, or one "
                                 "falls after its sitting", "X-PUBLISHED")
    return SittingTable(tuple(r[0] for r in rows), tuple(deadlines), tuple(r[2] for r in rows))

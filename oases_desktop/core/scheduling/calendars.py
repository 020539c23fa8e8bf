"""Working-day calendars of Hong Kong, Mainland China and Macao, with fast day arithmetic.

Days are handled as proleptic ordinals (`date.toordinal()`) and time points as *instants*: the
instant `t` is the start of day `t`, so a task working days S..F inclusive spans [S, F + 1).
Each calendar keeps the sorted ordinals of its working days for a range of years, extended on
demand, so "N working days after t" is one bisect and an index, never a day-by-day loop.

Data: a published notice in the reference library (knowledge/notices.py) is the authority for its
year; other years come from the `holidays` package (its version is the data's as-of). Hong Kong
uses the general holidays of Cap. 149, which are the package's "optional" category alone (the
union with "public" adds days that are no holiday, e.g. Tue 3 Oct 2028); Mainland China its
statutory days off plus make-up working days; Macao its public holidays plus the public
administration's own days off (the package's "government" category). Saturdays and Sundays are
off everywhere unless declared a make-up working day. A year is flagged *estimated* when no
notice covers it and it is a Mainland year without make-up days in the package (the State
Council's notice is not in it) or a Hong Kong year after the newest gazetted one (a library fact).
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from datetime import date

import holidays as holidays_pkg

from oases_desktop.core.errors import PlanError


class DateRangeError(PlanError):
    """A computed date outside what the scheduler can date; the passes re-raise it naming the step."""

FIRST_YEAR = 1970
LAST_YEAR = 2200
# Years loaded past what a computation needs (the year of its day and one either side): none. A year
# of package holidays costs milliseconds (Hong Kong's about 13 ms), so only the years a plan touches
# are loaded, each once.
_CHUNK_YEARS = 0

_COVERING = threading.RLock()  # one calendar extension at a time, across every calendar (see _cover)

NAMES = {"HK": "Hong Kong (general holidays)", "CN": "Mainland China (statutory holidays, make-up days)",
         "MO": "Macao (public administration holidays)"}


def data_as_of() -> str:
    """Where the holiday data comes from, shown next to every working-day figure."""
    return f"holidays package {holidays_pkg.__version__}"


def _package_days(code: str, year: int) -> tuple[dict[date, str], set[date]]:
    """(days off with names, make-up working days) for one year from the holidays package."""
    if code == "HK":
        table = holidays_pkg.HongKong(years=year, categories=("optional",), language="en_US")
        return dict(table.items()), set()
    if code == "CN":
        table = holidays_pkg.China(years=year, language="en_US")
        makeup = {day for day in table.weekend_workdays if day.year == year}
        return dict(table.items()), makeup
    if code == "MO":
        # Regulators are public administration: public holidays plus the government's own days off;
        # half days ("Afternoon") stay working days.
        table = holidays_pkg.Macau(years=year, categories=("public", "government"), language="en_US")
        return {d: n for d, n in table.items() if "(Afternoon)" not in n}, set()
    raise PlanError(f"Unknown calendar \"{code}\"; use one of {', '.join(sorted(NAMES))}.")


class WorkingCalendar:
    """One jurisdiction's working days, covering more years as computations need them."""

    def __init__(self, code: str, notices: Mapping[int, object] | None = None, gazetted_through: int | None = None,
                 cited: Mapping[str, str] | None = None):
        """`notices` maps a year to its published notice; `gazetted_through` is HK's newest gazetted year;
        `cited` names each notice's source ("Publisher: title, date") for explanations."""
        if code not in NAMES:
            raise PlanError(f"Unknown calendar \"{code}\"; use one of {', '.join(sorted(NAMES))}.")
        self.code = code
        self.name = NAMES[code]
        self.notices = dict(notices or {})
        self.gazetted_through = gazetted_through
        self.cited = dict(cited or {})
        self._holidays: dict[int, str] = {}   # ordinal -> name, days off that fall on weekdays or weekends
        self._makeup: dict[int, str] = {}   # ordinal -> name, weekend days declared working days
        self._estimated: set[int] = set()
        self._lo = self._hi = None  # covered years, inclusive
        self._safe_lo, self._safe_hi = 0, -1
        self.work: list[int] = []   # sorted ordinals of working days in the covered years
        self._holiday_days: list[int] = []  # sorted ordinals of days off that are weekdays (skipped days)

    # ----- coverage -------------------------------------------------------------------------------
    def _cover(self, lo: int, hi: int) -> None:
        # Calendars are shared by threads (calendars_for caches them; the GUI simulates in the
        # background): one extension at a time, and the covered range is published only after the
        # lists that serve it, so a reader on the fast path never indexes a shorter list.
        with _COVERING:
            lo, hi = max(lo, FIRST_YEAR), min(hi, LAST_YEAR)
            if self._lo is not None:
                lo, hi = min(lo, self._lo), max(hi, self._hi)
                if (lo, hi) == (self._lo, self._hi):
                    return
            for year in range(lo, hi + 1):
                if self._lo is not None and self._lo <= year <= self._hi:
                    continue
                self._load_year(year)
            first, last = date(lo, 1, 1).toordinal(), date(hi, 12, 31).toordinal()
            makeup, off = self._makeup, self._holidays
            self.work = [d for d in range(first, last + 1)
                         if d in makeup or (d % 7 not in (6, 0) and d not in off)]  # ordinal % 7: 6 = Sat, 0 = Sun
            self._holiday_days = sorted(d for d in off if d % 7 not in (6, 0) and d not in makeup)
            self._lo, self._hi = lo, hi
            self._safe_lo, self._safe_hi = first, last

    def _load_year(self, year: int) -> None:
        notice = self.notices.get(year)
        if notice is not None:
            days_off = {d.date: d.name for d in notice.days_off}
            makeup = {d.date: d.name for d in notice.makeup_workdays}
        else:
            days_off, package_makeup = _package_days(self.code, year)
            makeup = dict.fromkeys(package_makeup, "make-up working day")
            if (self.code == "CN" and not makeup) or (
                    self.code == "HK" and self.gazetted_through is not None and year > self.gazetted_through):
                self._estimated.add(year)
        self._holidays.update({d.toordinal(): name for d, name in days_off.items()})
        self._makeup.update({d.toordinal(): name for d, name in makeup.items()})

    def _ensure(self, ordinal: int, index_margin: int = 0) -> None:
        """Extend the covered years so `ordinal` and `index_margin` working days around it are inside."""
        margin = 2 * index_margin + 400
        if self._safe_lo <= ordinal - margin and ordinal + margin <= self._safe_hi:
            return  # the fast path: well inside the covered years
        while True:
            year = date.fromordinal(min(max(ordinal, 1), date.max.toordinal())).year
            need_lo = year - 1 - index_margin // 240
            need_hi = year + 1 + index_margin // 240
            if self._lo is None:  # nothing loaded yet: the years around the first day asked about
                self._cover(min(max(need_lo, FIRST_YEAR), LAST_YEAR), max(min(need_hi, LAST_YEAR), FIRST_YEAR))
            lo, hi = self._lo, self._hi
            if need_lo >= lo and need_hi <= hi:
                return
            if (need_lo < lo and lo <= FIRST_YEAR) or (need_hi > hi and hi >= LAST_YEAR):
                raise DateRangeError(f"the {self.code} calendar covers {FIRST_YEAR}-{LAST_YEAR} only and a date "
                                     "falls outside it")
            self._cover(min(lo, need_lo - _CHUNK_YEARS), max(hi, need_hi + _CHUNK_YEARS))

    # ----- queries --------------------------------------------------------------------------------
    def is_working(self, day: date) -> bool:
        """True when offices are open on this day."""
        ordinal = day.toordinal()
        self._ensure(ordinal)
        work = self.work
        i = bisect_left(work, ordinal)
        return i < len(work) and work[i] == ordinal

    def holiday_name(self, day: date) -> str | None:
        """The name of the holiday on this day, if it is one."""
        self._ensure(day.toordinal())
        return self._holidays.get(day.toordinal())

    def is_estimated(self, year: int) -> bool:
        """True when this year's data is a forecast (no notice: Mainland make-up days or HK gazette not out)."""
        self._ensure(date(year, 7, 1).toordinal())
        return year in self._estimated

    def snap(self, instant: int) -> int:
        """The first working day on or after `instant` (as an ordinal)."""
        self._ensure(instant, 30)
        work = self.work   # read once: another thread may swap in a longer list (_cover)
        return work[bisect_left(work, instant)]

    def snap_back(self, instant: int) -> int:
        """The last working day on or before `instant` (as an ordinal)."""
        self._ensure(instant, 30)
        work = self.work
        return work[bisect_right(work, instant) - 1]

    def add(self, instant: int, days: int) -> int:
        """The instant after `days` working days counted from `instant` (negative goes back)."""
        if days == 0:
            return instant
        self._ensure(instant, abs(days) + 30)
        work = self.work
        i = bisect_left(work, instant)  # working days before the instant
        if days > 0:
            return work[i + days - 1] + 1  # end of the last working day counted
        return work[i + days]              # start of the earliest working day counted back

    def count(self, start: int, end: int) -> int:
        """Working days in [start, end)."""
        self._ensure(start)
        self._ensure(end)
        work = self.work
        return bisect_left(work, end) - bisect_left(work, start)

    def holidays_between(self, start: int, end: int) -> list[tuple[date, str]]:
        """Weekday holidays in [start, end) that a working-day clock skips, with their names."""
        self._ensure(start)
        self._ensure(end)
        days = self._holiday_days
        lo, hi = bisect_left(days, start), bisect_left(days, end)
        return [(date.fromordinal(d), self._holidays[d]) for d in days[lo:hi]]

    def makeup_days_between(self, start: int, end: int) -> list[tuple[date, str]]:
        """Weekend days in [start, end) that are declared working days, with their names."""
        self._ensure(start)
        self._ensure(end)
        return [(date.fromordinal(d), self._makeup[d]) for d in sorted(self._makeup) if start <= d < end]

    def notice(self, year: int):
        """The published notice this calendar uses for `year`, or None (package data)."""
        return self.notices.get(year)

    def data_note(self, start: int, end: int) -> str:
        """Where the days in [start, end) come from: the package, and any notice of those years."""
        years = range(date.fromordinal(start).year, date.fromordinal(max(start, end - 1)).year + 1)
        used = [self.notices[y] for y in years if y in self.notices]
        notes = [f"{n.year} from the published notice ({self.cited.get(n.source_id, n.source_id)})" for n in used]
        if len(used) < len(years):
            notes.insert(0, data_as_of())
        return "; ".join(notes)

    def year_days(self, year: int) -> tuple[list[tuple[date, str]], list[tuple[date, str]]]:
        """(named days off, make-up working days) of one year as the calendar uses them, by date."""
        first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        self._ensure(first)
        self._ensure(last)
        off = [(date.fromordinal(d), n) for d, n in sorted(self._holidays.items()) if first <= d <= last]
        return off, self.makeup_days_between(first, last + 1)

    def estimated_years_between(self, start: int, end: int) -> list[int]:
        """Years touched by [start, end] whose data is estimated."""
        first = date.fromordinal(start).year
        last = date.fromordinal(max(start, end)).year
        return [y for y in range(first, last + 1) if self.is_estimated(y)]

    def working_days_array(self, first: int, last: int):
        """Numpy array of working-day ordinals covering [first, last] with margin (for vectorised use)."""
        import numpy as np

        self._ensure(first, 30)
        self._ensure(last, 30)
        if self.work[0] > first or self.work[-1] < last:
            self._cover(date.fromordinal(first).year - 1, date.fromordinal(last).year + 1)
        return np.asarray(self.work, dtype=np.int64)


class CalendarSet:
    """The calendars a schedule runs on: package data with the library's notices (built by calendars_for)."""

    def __init__(self, notices: Iterable = (), gazetted_through: int | None = None,
                 cited: Mapping[str, str] | None = None, published: Mapping[str, tuple] | None = None):
        self._notices: dict[str, dict[int, object]] = {}
        for notice in notices:
            self._notices.setdefault(str(notice.calendar), {})[notice.year] = notice
        self.gazetted_through = gazetted_through
        self.cited = dict(cited or {})
        self.published = dict(published or {})  # library key -> ((deadline, sitting) ordinals, ...)
        self._calendars: dict[str, WorkingCalendar] = {}
        # Compiled step durations keyed by their inputs (model.py); they hold calendars.
        self.program_cache: dict[tuple, tuple] = {}

    def get(self, code: str) -> WorkingCalendar:
        """The calendar with this code (HK, CN, MO); PlanError for an unknown one."""
        found = self._calendars.get(code)
        if found is None:
            code = str(code)
            found = self._calendars[code] = WorkingCalendar(code, self._notices.get(code),
                                                            self.gazetted_through if code == "HK" else None,
                                                            self.cited)
        return found

    def published_for(self, rule: str) -> tuple:
        """The published (deadline, sitting) days a cadence rule's X-PUBLISHED line names, else ()."""
        for line in rule.replace("\\n", "\n").splitlines():
            name, colon, value = line.partition(":")
            if colon and name.strip().upper() == "X-PUBLISHED":
                return self.published.get(value.strip(), ())
        return ()

    def all_notices(self) -> tuple:
        """Every notice the calendars use, by calendar and year (what a baseline records)."""
        return tuple(sorted((n for by_year in self._notices.values() for n in by_year.values()), key=lambda n: n.key))

    def data_note(self) -> str:
        """Where all the calendars' days come from, for a schedule's footnote."""
        notices = self.all_notices()
        if not notices:
            return data_as_of()
        listed = ", ".join(f"{n.title} ({self.cited.get(n.source_id, n.source_id)})" for n in notices)
        return f"{data_as_of()}; published notices: {listed}"


GAZETTED_THROUGH_KEY = "calendar.hk.gazetted_through"
PUBLISHED_MEETINGS, PUBLISHED_DEADLINES = "_published_meetings", "_published_deadlines"


def published_sittings(library) -> dict[str, tuple]:
    """A committee's published sittings from the library: the latest facts <key>_published_meetings and
    <key>_published_deadlines (comma lists of ISO dates, one deadline per meeting) for each key."""
    out = {}
    for fact in library.facts:
        if not fact.key.endswith(PUBLISHED_MEETINGS) or fact.key[:-len(PUBLISHED_MEETINGS)] in out:
            continue
        key = fact.key[:-len(PUBLISHED_MEETINGS)]
        try:
            meetings = library.latest(fact.key).value.split(",")
            deadlines = library.latest(key + PUBLISHED_DEADLINES).value.split(",")
        except KeyError:
            continue
        if len(meetings) != len(deadlines):
            raise PlanError(f"The library's published sittings \"{key}\" give {len(meetings)} meetings "
                            f"but {len(deadlines)} deadlines; give one deadline per meeting.")
        out[key] = tuple(sorted((date.fromisoformat(d.strip()).toordinal(), date.fromisoformat(m.strip()).toordinal())
                                for m, d in zip(meetings, deadlines)))
    return out
_BUILT: dict[tuple, CalendarSet] = {}


def calendars_for(library) -> CalendarSet:
    """The calendars of a reference library: its notices and HK's newest gazetted year (a fact).

    Libraries with the same notices share one CalendarSet, so the years it computed stay cached
    across schedules; a library with other notices gets its own.
    """
    try:
        gazetted = int(library.latest(GAZETTED_THROUGH_KEY).number)
    except KeyError:
        gazetted = None
    cited = {}
    for notice in library.notices:
        source = library.source(notice.source_id)
        cited[source.id] = f"{source.publisher}: {source.title}, {source.date.isoformat()}"
    published = published_sittings(library)
    key = (tuple(library.notices), gazetted, tuple(sorted(cited.items())), tuple(sorted(published.items())))
    found = _BUILT.get(key)
    if found is None:
        if len(_BUILT) > 16:  # a long session with many edits: keep memory bounded
            _BUILT.clear()
        found = _BUILT[key] = CalendarSet(library.notices, gazetted, cited, published)
    return found

"""Published holiday notices: one jurisdiction's days off and make-up working days for one year.

A notice (the State Council's annual holiday notice, the HK Gazette's general holidays) is the
authority for its year: the calendars use its list instead of the `holidays` package's, and the
year is no longer "estimated". Notices live in the user's layer of the library, cite a Source
like any fact, and travel in library files. `__pydantic_config__` is read when files are loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from oases_desktop.core.domain.plan import Calendar
from oases_desktop.core.domain.strict import STRICT
from oases_desktop.core.errors import OasesError


class NoticeError(OasesError):
    """A notice that cannot be used as entered; the message names the notice and the day."""


@dataclass(frozen=True)
class NoticeDay:
    """One day a notice lists, with its name as published ("Spring Festival", "make-up working day")."""

    __pydantic_config__ = STRICT
    date: date
    name: str


@dataclass(frozen=True)
class CalendarNotice:
    """A published notice for (calendar, year); `source_id` names the library Source it was read in."""

    __pydantic_config__ = STRICT
    calendar: Calendar
    year: int
    days_off: tuple[NoticeDay, ...]
    makeup_workdays: tuple[NoticeDay, ...]
    source_id: str

    @property
    def key(self) -> tuple[str, int]:
        return str(self.calendar), self.year

    @property
    def title(self) -> str:
        """'CN 2027' for messages and summaries."""
        return f"{self.calendar} {self.year}"


def check_notice(notice: CalendarNotice, source_ids: set[str] | frozenset[str]) -> None:
    """Raise NoticeError unless the notice is usable: days in its year, make-up days on weekends, a known source."""
    where = f"Calendar notice {notice.title}"
    if not 1970 <= notice.year <= 2200:
        raise NoticeError(f"{where}: the year must be between 1970 and 2200.")
    if notice.source_id not in source_ids:
        raise NoticeError(f"{where}: source \"{notice.source_id}\" is not in the library; a notice needs its source.")
    seen: set[date] = set()
    for kind, days in (("day off", notice.days_off), ("make-up working day", notice.makeup_workdays)):
        for day in days:
            if day.date.year != notice.year:
                raise NoticeError(f"{where}: the {kind} {day.date.isoformat()} is not in {notice.year}.")
            if day.date in seen:
                raise NoticeError(f"{where}: {day.date.isoformat()} is listed twice.")
            seen.add(day.date)
            if not day.name.strip():
                raise NoticeError(f"{where}: the {kind} {day.date.isoformat()} needs a name.")
    for day in notice.makeup_workdays:
        if day.date.weekday() < 5:
            raise NoticeError(f"{where}: {day.date.isoformat()} is a weekday; a make-up working day is a "
                              "Saturday or Sunday declared a working day.")


def check_notices(notices: tuple[CalendarNotice, ...], source_ids: set[str] | frozenset[str]) -> None:
    """Each notice usable, and at most one per calendar and year."""
    keys: set[tuple[str, int]] = set()
    for notice in notices:
        check_notice(notice, source_ids)
        if notice.key in keys:
            raise NoticeError(f"Calendar notice {notice.title} is given twice; keep one notice per year.")
        keys.add(notice.key)


def replace_notice(notices: tuple[CalendarNotice, ...], notice: CalendarNotice) -> tuple[CalendarNotice, ...]:
    """The notices with `notice` in place of any earlier one for its calendar and year, sorted."""
    kept = [n for n in notices if n.key != notice.key]
    return tuple(sorted([*kept, notice], key=lambda n: n.key))

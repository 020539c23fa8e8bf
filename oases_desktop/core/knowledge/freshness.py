"""How far a figure can be trusted today: one staleness rule and one reliability mark for every view.

A measured figure (a duration, a count, a fee) last confirmed more than `months` months before
the day it is shown is stale; dates and years record events and never go stale. The library
window, the step inspector and the PDF all ask `is_stale` with the same setting (default 12
months), and all mark a low-reliability source with `reliability_mark`.
"""

from __future__ import annotations

from datetime import date

from oases_desktop.core.knowledge.model import Fact, ReferenceLibrary, Reliability

STALE_AFTER_MONTHS = 12  # the default of the "figures go stale after" setting
EVENT_UNITS = ("date", "year")  # when something happened: history, not a figure that goes out of date
LOW_MARK = "⚠ low reliability"


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the last day of a shorter month)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    for candidate in range(day.day, 27, -1):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    return date(year, month + 1, min(day.day, 28))


def is_stale_date(as_of: date | None, today: date, months: int = STALE_AFTER_MONTHS) -> bool:
    """True when a figure dated `as_of` was last confirmed more than `months` months before `today`."""
    return as_of is not None and as_of < months_before(today, months)


def is_stale(fact: Fact, today: date, months: int = STALE_AFTER_MONTHS) -> bool:
    """A measured figure last confirmed more than `months` months ago (events never go stale)."""
    return fact.unit not in EVENT_UNITS and is_stale_date(fact.as_of, today, months)


def reliability_of(library: ReferenceLibrary, source_id: str | None) -> Reliability | None:
    """The reliability tag of a source, None for no source or one the library does not know."""
    if not source_id or not library.has_source(source_id):
        return None
    return library.source(source_id).reliability


def reliability_mark(reliability: Reliability | None) -> str:
    """The mark a low-reliability figure carries wherever it is shown or printed ("" otherwise)."""
    return LOW_MARK if reliability == Reliability.LOW else ""

"""One way to show a date everywhere in the GUI, in the language the advisor chose (View > Language).

English: "1 Dec 2026" (day without a leading zero, English month names on every system locale,
like the PDF); Chinese: "2026年12月1日". The writing itself is core.language's, shared with the
PDF and the CLI. Files and the CLI's JSON keep ISO dates; only what a person reads goes through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from oases_desktop.core.language import MONTH_ABBR as MONTHS
from oases_desktop.core.language import Language, format_date, qt_date_format

if TYPE_CHECKING:   # annotations only: datetime loads with the first plan, not before the first paint
    from datetime import date, datetime

_shown = {"language": Language.EN}    # set once at start-up, like Qt's translators (gui/language.py)


def set_display_language(language: Language) -> None:
    """The language dates are shown in from now on (the app calls it at start-up, before any window)."""
    _shown["language"] = language


def display_language() -> Language:
    """The language the GUI shows dates (and, through its translators, words) in."""
    return _shown["language"]


def qt_display_format() -> str:
    """The displayFormat of a QDateEdit / QDateTimeEdit that writes dates as display_date does."""
    return qt_date_format(_shown["language"])


def display_date(day: date | None, empty: str = "") -> str:
    """'1 Dec 2026' (or '2026年12月1日'); `empty` for None."""
    if day is None:
        return empty
    return format_date(day, _shown["language"])


def display_datetime(moment: datetime) -> str:
    """'1 Dec 2026 14:05'."""
    return f"{display_date(moment.date())} {moment:%H:%M}"


def display_iso_date(text: str) -> str:
    """An ISO date string shown the app's way; text that is not a date comes back unchanged."""
    from datetime import date

    try:
        return display_date(date.fromisoformat(text))
    except (TypeError, ValueError):
        return text


_MONTH_NAMES = {name.casefold(): number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NAMES.update({full.casefold(): number for number, full in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"), start=1)})
_MONTH_NAMES["sept"] = 9


def parse_date_text(text: str) -> date | None:
    """A date as an advisor types it: "15/3/2026" (day first, as in Hong Kong), "15 Mar 2026", "2026-03-15".

    Also "15-3-2026", "15.3.2026", "2026/3/15", "15 March 2026", "Mar 15, 2026". None when it is not a date.
    """
    import re
    from datetime import date as day

    words = [w for w in re.split(r"[\s/.,\-]+", text.strip().casefold()) if w]
    if len(words) != 3:
        return None
    try:
        if all(w.isdigit() for w in words):
            numbers = [int(w) for w in words]
            year, month, dom = numbers if len(words[0]) == 4 else (numbers[2], numbers[1], numbers[0])
        else:
            names = [i for i, w in enumerate(words) if not w.isdigit()]
            if len(names) != 1 or words[names[0]] not in _MONTH_NAMES:
                return None
            month = _MONTH_NAMES[words[names[0]]]
            rest = [int(w) for i, w in enumerate(words) if i != names[0]]
            dom, year = (rest[1], rest[0]) if len(words[0]) == 4 else rest
        if year < 100:
            year += 2000
        return day(year, month, dom)
    except ValueError:
        return None

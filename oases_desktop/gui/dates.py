"""One way to show a date everywhere in the GUI: "1 Dec 2026" (day without a leading zero).

Files and the CLI's JSON keep ISO dates; only what a person reads goes through these helpers.
Month names are the English abbreviations on every system locale, like the PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:   # annotations only: datetime loads with the first plan, not before the first paint
    from datetime import date, datetime

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
QT_DATE_FORMAT = "d MMM yyyy"   # the same style for QDateEdit / QDateTimeEdit displayFormat


def display_date(day: date | None, empty: str = "") -> str:
    """'1 Dec 2026'; `empty` for None."""
    if day is None:
        return empty
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


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

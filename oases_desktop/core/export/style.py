"""Colours, type sizes and date formats shared by every page of the report."""

from __future__ import annotations

from datetime import date

from reportlab.lib.colors import HexColor

from oases_desktop.core.language import MONTH_ABBR, Language, format_date

INK = HexColor("#1E2A36")          # body text
DRIVING = HexColor("#000000")      # the outline of a key milestone's driving path: it survives greyscale printing
MUTED = HexColor("#5B6773")        # secondary text, axis labels
NAVY = HexColor("#1F3A5F")         # headings, milestones
ACCENT = HexColor("#2E6DA4")       # rules, links
BAR = HexColor("#5A8FC4")
BAR_EDGE = HexColor("#3D6E9E")
CRITICAL = HexColor("#C4513B")
CRITICAL_EDGE = HexColor("#9C3B28")
DONE = HexColor("#8FA89B")
PROJECTED = HexColor("#B9CBE0")
STOP_CLOCK = HexColor("#E9A53B")
WHISKER = HexColor("#4A5560")
ARROW = HexColor("#8A96A3")
TODAY = HexColor("#D2302C")
GRID = HexColor("#DDE2E8")
GRID_STRONG = HexColor("#AEB7C2")
ZEBRA = HexColor("#F5F7FA")
LANE_BAND = HexColor("#E4EBF3")
WARN = HexColor("#A8441F")
WATERMARK = HexColor("#C9D1DA")

BODY_SIZE = 9.0
SMALL_SIZE = 7.5
MIN_SIZE = 7.0                     # nothing is printed smaller than this at 100 % scale
HEADING_SIZE = 15.0


def fmt_date(day: date | None) -> str:
    """'5 Apr 2026': day-month-year with a named month, unambiguous in HK, the UK and the US."""
    if day is None:
        return "—"
    return format_date(day, Language.EN)


def fmt_short(day: date) -> str:
    """'5 Apr' for labels next to bars."""
    return f"{day.day} {MONTH_ABBR[day.month - 1]}"


def fmt_range(start: date, finish: date) -> str:
    """'15 Jul 2029' for one day, '1 Feb – 16 Mar 2027' within a year, '1 Dec 2026 – 31 Jan 2027' across years."""
    if start == finish:
        return fmt_date(finish)
    first = fmt_short(start) if start.year == finish.year else fmt_date(start)
    return f"{first} – {fmt_date(finish)}"


def fmt_delta(days: int) -> str:
    """'+12 days', '−3 days', 'same'."""
    if days == 0:
        return "same"
    unit = "day" if abs(days) == 1 else "days"
    return f"+{days} {unit}" if days > 0 else f"−{-days} {unit}"

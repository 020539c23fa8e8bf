"""The legend under every timeline page: a swatch and a word for each mark the chart uses."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import REGULAR, text_width

LEGEND_ITEMS = ("bar", "critical", "driving", "projected", "done", "whisker", "stop", "milestone", "p80", "link", "today")
LEGEND_TEXT = {
    "bar": "Step (likely dates)", "critical": "Critical path (to plan finish)",
    "driving": "Drives a key milestone (outlined)", "projected": "Projected route (hatched)",
    "done": "Done (actual dates; in progress: up to the status date)",
    "whisker": "Min–max finish", "stop": "Applicant stop-clock", "milestone": "Milestone",
    "p80": "P80 date (80 % confidence)", "link": "Dependency", "today": "Date of issue",
}


def diamond(c: Canvas, x: float, y: float, r: float, filled: bool) -> None:
    """A milestone diamond of half-width `r` centred on (x, y), in the current colours."""
    path = c.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    c.drawPath(path, stroke=1, fill=1 if filled else 0)


def hatch_lines(path, x: float, y: float, w: float, h: float, step: float = 3.5) -> None:
    """Diagonal hatching over the rectangle (clip to it before stroking)."""
    start = x - h
    while start < x + w:
        path.moveTo(start, y)
        path.lineTo(start + h, y + h)
        start += step


def _swatch(c: Canvas, item: str, x: float, y: float) -> None:
    h, w = 6.0, 14.0
    c.setLineWidth(0.5)
    if item in ("bar", "critical", "projected", "stop", "done"):
        fill = {"bar": style.BAR, "critical": style.CRITICAL, "projected": style.PROJECTED, "stop": style.STOP_CLOCK,
                "done": style.DONE}[item]
        c.setFillColor(fill)
        c.setStrokeColor(style.CRITICAL_EDGE if item == "critical" else style.BAR_EDGE)
        c.rect(x, y, w, h, stroke=item != "stop", fill=1)
        if item == "projected":
            c.saveState()
            clip = c.beginPath()
            clip.rect(x, y, w, h)
            c.clipPath(clip, stroke=0, fill=0)
            lines = c.beginPath()
            hatch_lines(lines, x, y, w, h)
            c.drawPath(lines, stroke=1, fill=0)
            c.restoreState()
    elif item == "driving":
        c.setFillColor(style.BAR)
        c.setStrokeColor(style.DRIVING)
        c.setLineWidth(1.4)
        c.rect(x + 1, y + 0.5, w - 2, h - 1, stroke=1, fill=1)
    elif item == "whisker":
        c.setStrokeColor(style.WHISKER)
        c.lines(((x, y + h / 2, x + w, y + h / 2), (x, y + 1, x, y + h - 1), (x + w, y + 1, x + w, y + h - 1)))
    elif item in ("milestone", "p80"):
        c.setStrokeColor(style.NAVY)
        c.setFillColor(style.NAVY)
        diamond(c, x + w / 2, y + h / 2, 4 if item == "milestone" else 3, filled=item == "milestone")
    elif item == "link":
        c.setStrokeColor(style.ARROW)
        c.setFillColor(style.ARROW)
        c.line(x, y + h / 2, x + w - 3, y + h / 2)
        head = c.beginPath()
        head.moveTo(x + w, y + h / 2)
        head.lineTo(x + w - 3, y + h / 2 + 1.7)
        head.lineTo(x + w - 3, y + h / 2 - 1.7)
        head.close()
        c.drawPath(head, stroke=0, fill=1)
    else:
        c.setStrokeColor(style.TODAY)
        c.setDash(3, 2)
        c.setLineWidth(0.9)
        c.line(x + w / 2, y - 1, x + w / 2, y + h + 1)
        c.setDash()


def legend_items(layout) -> tuple[str, ...]:
    """The LEGEND_ITEMS a timeline layout draws (a comparison has no links or stop-clocks, a plan without
    progress no done work): the legend lists only those."""
    bars, marks = layout.bars, layout.milestones
    drawn = {
        "bar": bool(bars), "critical": any(b.critical for b in bars),
        "driving": any(b.driving for b in bars) or any(m.driving for m in marks),
        "projected": any(b.projected for b in bars) or any(m.projected for m in marks),
        "done": any(b.done or b.progress_end is not None for b in bars) or any(m.done for m in marks),
        "whisker": any(b.max_end > b.end or b.min_end < b.end for b in bars)
        or any(m.max_day > m.day or m.min_day < m.day for m in marks),
        "stop": bool(layout.stop_clocks), "milestone": bool(marks), "p80": any(m.p80_day is not None for m in marks),
        "link": bool(layout.arrows), "today": layout.today is not None and 0 <= layout.today < layout.end_day,
    }
    return tuple(item for item in LEGEND_ITEMS if drawn[item])


def draw_legend(c: Canvas, x: float, y: float, width: float, items: tuple[str, ...] = LEGEND_ITEMS) -> None:
    """The legend of `items` in one or two lines, from the top-left (x, y) downwards, within `width`."""
    cursor, line_y = x, y - 8
    for item in items:
        needed = 30 + text_width(LEGEND_TEXT[item], REGULAR, style.MIN_SIZE)
        if cursor + needed > x + width and cursor > x:
            cursor, line_y = x, line_y - 10
        _swatch(c, item, cursor, line_y)
        c.setFillColor(style.INK)
        c.setFont(REGULAR, style.MIN_SIZE)
        c.drawString(cursor + 18, line_y, LEGEND_TEXT[item])
        cursor += needed

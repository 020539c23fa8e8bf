"""Two marks of the chart: a milestone's P50/P80 markers, and the cut at the end of a fitted chart.

P50 is a hollow circle and P80 a filled one on a dashed line from the likely diamond, so the two
read apart in greyscale too. A fitted chart ends at the plan's span (TimelineData.clip_day); what
runs past it is hidden there and marked as the PDF marks it: an arrowhead at the edge and "to <date>".
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPolygonF

from oases_desktop.gui.i18n import tr
from oases_desktop.gui.timeline import style
from oases_desktop.gui.timeline.data import BarData, TimelineData, reach_day

RADIUS = 3.5
CUT_MARGIN = 96.0   # pixels right of a fitted chart's cut, for the "to <date>" of what runs on


def percentile_labels(bar: BarData, date_label) -> list[str]:
    """The texts beside a milestone, longest first: its likely date, with P50/P80 when the markers show
    (then shorter forms for a narrow chart: the likely date is in the Finish column too)."""
    text = date_label(bar.start_day)
    if bar.p50_day is None or bar.p80_day is None:
        return [text]
    p50, p80 = date_label(bar.p50_day), date_label(bar.p80_day)
    return [tr("%1 · P50 %2 · P80 %3").replace("%1", text).replace("%2", p50).replace("%3", p80),
            tr("P50 %1 · P80 %2").replace("%1", p50).replace("%2", p80), tr("P80 %s") % p80]


def place_label(texts: list[str], width_of, right_of: float, left_of: float, end: float) -> tuple[str, float]:
    """The longest text that fits between `right_of` and `end` or left of `left_of` (from 0), the right side
    first; else the shortest on the right: (text, x)."""
    for text in texts:
        width = width_of(text)
        if right_of + 5 + width <= end:
            return text, right_of + 5
        if left_of - 5 - width >= 0:
            return text, left_of - 5 - width
    return texts[-1], right_of + 5


def draw_percentiles(painter: QPainter, bar: BarData, px_per_day: float, y: float) -> None:
    """The P50 (hollow) and P80 (filled) markers of a milestone on its row's centre line `y`."""
    if bar.p50_day is None or bar.p80_day is None:
        return
    x0, x50, x80 = bar.start_day * px_per_day, bar.p50_day * px_per_day, bar.p80_day * px_per_day
    colour = style.MILESTONE
    painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QLineF(min(x0, x50), y, max(x0, x80), y))
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(style.palette().color(QPalette.ColorRole.Base))
    painter.drawEllipse(QPointF(x50, y), RADIUS, RADIUS)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(x80, y), RADIUS, RADIUS)


def draw_swatch(painter: QPainter, kind: str, r: QRectF) -> None:
    """The legend's sample of the P50 ("p50") or P80 ("p80") marker."""
    painter.setPen(QPen(style.MILESTONE, 1.5))
    painter.setBrush(style.palette().color(QPalette.ColorRole.Base) if kind == "p50" else style.MILESTONE)
    painter.drawEllipse(r.center(), RADIUS, RADIUS)


def draw_cut(painter: QPainter, data: TimelineData, px_per_day: float, rect: QRectF, date_label) -> None:
    """Past `data.clip_day`: nothing of the plan; at it, an arrowhead and "to <date>" (in the CUT_MARGIN right of
    the cut) on each row that runs on."""
    edge = data.clip_day * px_per_day
    if rect.right() < edge - 2 * RADIUS:
        return   # the cut is not in view
    base = style.palette().color(QPalette.ColorRole.Base)
    if rect.right() > edge:
        painter.fillRect(QRectF(edge, rect.top(), rect.right() - edge + 1, rect.height()), base)
        painter.setPen(QPen(style.whisker_colour(), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QLineF(edge, max(rect.top(), 0), edge, min(rect.bottom(), data.row_count * style.ROW_HEIGHT)))
    font = QFont(painter.font())
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    painter.setFont(font)
    r = style.ROW_HEIGHT * 0.22
    for bar in data.bars.values():
        last = reach_day(bar)
        top = bar.row * style.ROW_HEIGHT
        if last <= data.clip_day or top > rect.bottom() or top + style.ROW_HEIGHT < rect.top():
            continue
        y = top + style.ROW_HEIGHT / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.whisker_colour())
        painter.drawPolygon(QPolygonF([QPointF(edge + 1 + 2 * r, y), QPointF(edge + 1, y + r), QPointF(edge + 1, y - r)]))
        painter.setPen(style.text_colour())
        painter.drawText(QPointF(edge + 4 + 2 * r, y + 4), tr("to %s") % date_label(last))

"""Under the timeline's bars: the shown baseline's thin ghost bars and the status-date line."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF

GHOST = QColor(120, 120, 120, 150)     # grey, visible on light and dark lanes
STATUS = QColor("#0e7c86")             # teal: apart from the red critical path and the today line
GHOST_HEIGHT = 4.0


def draw_progress_marks(painter, data, px: float, rect: QRectF, row_height: float, height: float) -> None:
    """Paint the ghosts (a thin bar at the foot of each row; a small diamond for a milestone) and the status line."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GHOST)
    for step_id, (start, end) in data.ghosts.items():
        bar = data.bars.get(step_id)
        if bar is None:
            continue
        y = bar.row * row_height + row_height - GHOST_HEIGHT - 1
        if end > start:
            box = QRectF(start * px, y, max((end - start) * px, 1.0), GHOST_HEIGHT)
            if box.intersects(rect):
                painter.drawRect(box)
        else:
            x = start * px
            painter.drawPolygon(QPolygonF([QPointF(x, y - 2), QPointF(x + 4, y + 2), QPointF(x, y + 6),
                                           QPointF(x - 4, y + 2)]))
    if data.status_line and data.status_day is not None and 0 <= data.status_day <= data.span_days:
        x = data.status_day * px
        painter.setPen(QPen(STATUS, 2, Qt.PenStyle.DashDotLine))
        painter.drawLine(QLineF(x, max(rect.top(), 0), x, min(rect.bottom(), height)))
    painter.restore()

"""Graphics items of the timeline: a step bar (or milestone diamond), a dependency arrow, a lane.

Items hold their `BarData` and the zoom (pixels per day) and recompute their geometry from them,
so a drag or a zoom moves existing items instead of rebuilding the scene.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from oases_desktop.gui.timeline import style
from oases_desktop.gui.timeline.data import ArrowData, BarData
from oases_desktop.gui.timeline.marks import RADIUS, draw_percentiles, percentile_labels, place_label

STEP_ITEM_TYPE = QGraphicsItem.UserType + 1
ARROW_ITEM_TYPE = QGraphicsItem.UserType + 2


class StepItem(QGraphicsItem):
    """One scheduled step: bar with min–max whisker, stop-clock segment, hatch if projected."""

    def __init__(self, bar: BarData, px_per_day: float):
        super().__init__()
        self.bar = bar
        self.px_per_day = px_per_day
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        self._drag_mode: str | None = None
        self._ghost: QRectF | None = None   # where the bar was when the drag began
        self._bounds: QRectF | None = None
        self._press_x = 0.0
        self._drag_days = 0

    def type(self) -> int:  # noqa: A003 - Qt override
        return STEP_ITEM_TYPE

    # geometry -------------------------------------------------------------------------------
    def set_bar(self, bar: BarData, px_per_day: float) -> None:
        """Move/resize to new dates or a new zoom; a no-op when nothing visible changed."""
        if bar == self.bar and px_per_day == self.px_per_day:
            return
        self.prepareGeometryChange()
        self.bar = bar
        self.px_per_day = px_per_day
        self._bounds = None
        self.update()

    def row_top(self) -> float:
        return self.bar.row * style.ROW_HEIGHT

    def bar_rect(self) -> QRectF:
        """The bar itself in scene coordinates (a square around the diamond for a milestone)."""
        px = self.px_per_day
        top = self.row_top() + (style.ROW_HEIGHT - style.BAR_HEIGHT) / 2
        if self.bar.milestone:
            half = style.BAR_HEIGHT / 2 + 1
            x = self.bar.start_day * px
            return QRectF(x - half, top - 1, 2 * half, style.BAR_HEIGHT + 2)
        x0 = self.bar.start_day * px
        width = max((self.bar.end_day - self.bar.start_day) * px, 2.0)
        return QRectF(x0, top, width, style.BAR_HEIGHT)

    def whisker_span(self) -> tuple[float, float]:
        return self.bar.min_end_day * self.px_per_day, self.bar.max_end_day * self.px_per_day

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        # Cached: with no BSP index Qt asks every item for it on every paint.
        if self._bounds is None:
            self._bounds = self._compute_bounds()
        return self._bounds

    def _compute_bounds(self) -> QRectF:
        rect = self.bar_rect()
        lo, hi = self.whisker_span()
        left = min(rect.left(), lo) - 4
        right = max(rect.right() + (90 if self.bar.milestone else 0), hi) + 6
        if self.bar.p80_day is not None:   # the markers and the longer label right of them (or left of the diamond)
            width = QFontMetricsF(QFont()).horizontalAdvance("0" * 48)
            right = max(right, max(self.bar.p80_day, self.bar.p50_day) * self.px_per_day + 8 + width)
            left = min(left, rect.left() - 8 - width)
        if self.bar.note:   # right of the bar, or left of it near the chart's end
            width = QFontMetricsF(QFont()).horizontalAdvance(self.bar.note) * 1.1
            right, left = max(right, rect.right() + 8 + width), min(left, rect.left() - 8 - width)
        if self._ghost is not None:
            left, right = min(left, self._ghost.left() - 2), max(right, self._ghost.right() + 2)
        return QRectF(left, self.row_top(), right - left, style.ROW_HEIGHT)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.bar_rect().adjusted(-2, -3, style.RESIZE_GRIP / 2, 3))
        return path

    # painting -------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = self.bar_rect()
        if self._ghost is not None:
            painter.setPen(QPen(style.whisker_colour(), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._ghost, 3, 3)
        self._paint_whisker(painter, rect)
        if self._driving():
            painter.setPen(QPen(style.DRIVING, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if self.bar.milestone:
                c, half = rect.center(), rect.height() / 2 + 3
                painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - half), QPointF(c.x() + half, c.y()),
                                               QPointF(c.x(), c.y() + half), QPointF(c.x() - half, c.y())]))
            else:
                painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)
        if self.bar.milestone:
            self._paint_diamond(painter, rect, selected)
            return
        fill, border = self._colours()
        painter.setPen(QPen(style.SELECTION if selected else border, 2.5 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if self.bar.progress_end is not None:  # in progress: the work done up to the status date
            done = QRectF(rect.left(), rect.top(), self.bar.progress_end * self.px_per_day - rect.left(), rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.DONE)
            painter.drawRoundedRect(done.intersected(rect.adjusted(1, 1, -1, -1)), 2, 2)
        if self.bar.stop_clock:
            s0, s1 = (d * self.px_per_day for d in self.bar.stop_clock)
            stop = QRectF(s0, rect.top() + 3, max(s1 - s0, 1.5), rect.height() - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.STOP_CLOCK)
            painter.drawRect(stop.intersected(rect))
        if self.bar.projected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.hatch_brush(QColor(255, 255, 255, 200)))
            painter.drawRoundedRect(rect, 3, 3)
        if self.bar.note:
            self._paint_note(painter, rect)

    def _paint_note(self, painter: QPainter, rect: QRectF) -> None:
        """A cadence gate's buffer in small type right of the bar, on a halo over the grid."""
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        x, y = rect.right() + 6, rect.center().y() + 4
        width = painter.fontMetrics().horizontalAdvance(self.bar.note)
        scene = self.scene()
        data = getattr(scene, "data", None)
        if data is not None and x + width > data.shown_days * self.px_per_day:   # past the chart's end (or its cut)
            x = rect.left() - 6 - width
        box = painter.fontMetrics().boundingRect(self.bar.note).translated(int(x), int(y))
        halo = QColor(style.palette().color(style.palette().ColorRole.Base))
        halo.setAlpha(215)
        painter.fillRect(QRectF(box).adjusted(-2, -1, 2, 1), halo)
        painter.setPen(style.text_colour())
        painter.drawText(QPointF(x, y), self.bar.note)

    def _driving(self) -> bool:
        scene = self.scene()
        return scene is not None and self.bar.step_id in getattr(scene, "driving", ())

    def _colours(self) -> tuple[QColor, QColor]:
        if self.bar.done:
            return style.DONE, style.DONE.darker(130)
        if self.bar.critical:
            return style.CRITICAL, style.CRITICAL_BORDER
        return style.BAR, style.BAR_BORDER

    def _paint_whisker(self, painter: QPainter, rect: QRectF) -> None:
        lo, hi = self.whisker_span()
        if hi - lo < 1:
            return
        y = rect.center().y()
        painter.setPen(QPen(style.whisker_colour(), 1.2))
        painter.drawLine(QLineF(lo, y, hi, y))
        cap = style.BAR_HEIGHT / 2 - 2
        painter.drawLine(QLineF(lo, y - cap, lo, y + cap))
        painter.drawLine(QLineF(hi, y - cap, hi, y + cap))

    def _paint_diamond(self, painter: QPainter, rect: QRectF, selected: bool) -> None:
        c = rect.center()
        half = rect.height() / 2
        diamond = QPolygonF([QPointF(c.x(), c.y() - half), QPointF(c.x() + half, c.y()),
                             QPointF(c.x(), c.y() + half), QPointF(c.x() - half, c.y())])
        colour = style.CRITICAL if self.bar.critical else style.MILESTONE
        draw_percentiles(painter, self.bar, self.px_per_day, c.y())
        painter.setPen(QPen(style.SELECTION if selected else colour.darker(140), 2.5 if selected else 1))
        painter.setBrush(style.hatch_brush(colour) if self.bar.projected else QBrush(colour))
        painter.drawPolygon(diamond)
        scene = self.scene()
        if scene is not None and hasattr(scene, "date_label"):
            font = QFont(painter.font())
            font.setPointSizeF(max(font.pointSizeF() - 1, 7))
            painter.setFont(font)
            data = getattr(scene, "data", None)
            end = data.shown_days * self.px_per_day if data is not None else scene.sceneRect().right()
            marked = self.bar.p50_day is not None and self.bar.p80_day is not None
            right_of, left_of = c.x() + half, c.x() - half
            if marked:   # the markers may lie on either side of the likely date
                right_of = max(right_of, self.bar.p80_day * self.px_per_day + RADIUS)
                left_of = min(left_of, self.bar.p50_day * self.px_per_day - RADIUS)
            text, x = place_label(percentile_labels(self.bar, scene.date_label), painter.fontMetrics().horizontalAdvance,
                                  right_of, left_of, end if marked else float("inf"))
            box = painter.fontMetrics().boundingRect(text).translated(int(x), int(c.y() + 4))
            halo = QColor(style.palette().color(style.palette().ColorRole.Base))
            halo.setAlpha(215)   # keeps the date readable over the whisker and grid lines
            painter.fillRect(QRectF(box).adjusted(-2, -1, 2, 1), halo)
            painter.setPen(style.text_colour())
            painter.drawText(QPointF(x, c.y() + 4), text)

    # dragging -------------------------------------------------------------------------------
    def drag_mode_at(self, scene_x: float) -> str:
        """"resize" near a task's right end, else "move"."""
        rect = self.bar_rect()
        if not self.bar.milestone and rect.right() - scene_x <= style.RESIZE_GRIP and rect.width() > 2 * style.RESIZE_GRIP:
            return "resize"
        return "move"

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Tooltips are built when the mouse arrives, not for every bar on every refresh.
        provider = getattr(self.scene(), "tooltip_provider", None)
        if provider is not None:
            self.setToolTip(provider(self.bar.step_id))
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if getattr(self.scene(), "read_only", False):
            self.setCursor(Qt.CursorShape.ArrowCursor)
            return
        resize = self.drag_mode_at(event.scenePos().x()) == "resize"
        self.setCursor(Qt.CursorShape.SizeHorCursor if resize else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)
        scene = self.scene()
        if event.button() != Qt.MouseButton.LeftButton or self.bar.done or getattr(scene, "read_only", False):
            return
        self._drag_mode = self.drag_mode_at(event.scenePos().x())
        self._press_x = event.scenePos().x()
        self.prepareGeometryChange()
        self._ghost = self.bar_rect()
        self._bounds = None
        self._drag_days = 0
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._drag_mode is None:
            return
        days = int(round((event.scenePos().x() - self._press_x) / self.px_per_day))
        if days != self._drag_days:
            self._drag_days = days
            scene = self.scene()
            if scene is not None:
                scene.dragMoved.emit(self.bar.step_id, self._drag_mode, days)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        mode, days = self._drag_mode, self._drag_days
        self._drag_mode = None
        if self._ghost is not None:
            self.prepareGeometryChange()
            self._ghost = None
            self._bounds = None
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if mode is not None and scene is not None:
            scene.dragFinished.emit(self.bar.step_id, mode, days)


class LinksItem(QGraphicsItem):
    """Every dependency arrow in one item, routed at paint time from the bars' current places.

    One item instead of one per link: a drag frame then costs one `update()` for all the links,
    and painting routes only the arrows that cross the exposed area.
    """

    def __init__(self, step_items: dict[str, StepItem]):
        super().__init__()
        self.step_items = step_items
        self.arrows: tuple[ArrowData, ...] = ()
        self._bounds = QRectF()
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def type(self) -> int:  # noqa: A003 - Qt override
        return ARROW_ITEM_TYPE

    def set_arrows(self, arrows: tuple[ArrowData, ...], bounds: QRectF) -> None:
        """Show these links inside `bounds` (the chart area)."""
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(bounds)
        self.arrows = arrows
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds

    def ends(self, arrow: ArrowData) -> tuple[QPointF, QPointF]:
        """Where the arrow leaves the predecessor and where it meets the successor."""
        src = self.step_items[arrow.predecessor].bar_rect()
        dst = self.step_items[arrow.successor].bar_rect()
        start = QPointF(src.left() if arrow.from_start else src.right(), src.center().y())
        end = QPointF(dst.right() if arrow.to_end else dst.left(), dst.center().y())
        return start, end

    def arrow_path(self, arrow: ArrowData) -> QPainterPath:
        """An elbow from predecessor to successor with an arrowhead."""
        start, end = self.ends(arrow)
        dst = self.step_items[arrow.successor].bar_rect()
        path = QPainterPath(start)
        elbow_x = start.x() + (-6 if arrow.from_start else 6)
        path.lineTo(elbow_x, start.y())
        approach = end.x() + (8 if arrow.to_end else -8)
        if approach >= elbow_x and not arrow.to_end:
            path.lineTo(elbow_x, end.y())
        else:  # the successor starts left of the elbow: go round, between the rows
            mid_y = dst.top() - 3 if dst.center().y() > start.y() else dst.bottom() + 3
            path.lineTo(elbow_x, mid_y)
            path.lineTo(approach, mid_y)
            path.lineTo(approach, end.y())
        path.lineTo(end)
        direction = -1 if arrow.to_end else 1
        path.addPolygon(QPolygonF([QPointF(end.x() - 5 * direction, end.y() - 3.5), end,
                                   QPointF(end.x() - 5 * direction, end.y() + 3.5)]))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        exposed = option.exposedRect.adjusted(-14, -14, 14, 14)
        left, right, top, bottom = exposed.left(), exposed.right(), exposed.top(), exposed.bottom()
        row_height = style.ROW_HEIGHT
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        normal = QColor(style.whisker_colour())
        normal.setAlpha(170)
        pens = {False: QPen(normal, 1.0), True: QPen(style.CRITICAL, 1.3)}
        painter.setBrush(Qt.BrushStyle.NoBrush)
        items = self.step_items
        current = None
        for arrow in self.arrows:
            # Cheap rejection from plain numbers first: most links are off screen in a large plan.
            src, dst = items[arrow.predecessor].bar, items[arrow.successor].bar
            y0, y1 = sorted((src.row * row_height, (dst.row + 1) * row_height))
            if y1 < top or y0 > bottom:
                continue
            px = items[arrow.predecessor].px_per_day
            x0, x1 = sorted((min(src.start_day, dst.start_day) * px - 20, max(src.end_day, dst.end_day) * px + 20))
            if x1 < left or x0 > right:
                continue
            if current is not arrow.critical:
                current = arrow.critical
                painter.setPen(pens[current])
            painter.drawPath(self.arrow_path(arrow))

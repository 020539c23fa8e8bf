"""The view on the timeline scene: Ctrl+wheel zoom and a date axis pinned to the top edge."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGraphicsView

from oases_desktop.gui.timeline import style
from oases_desktop.gui.timeline.axis import ticks
from oases_desktop.gui.timeline.scene import TimelineScene


class TimelineView(QGraphicsView):
    """Shows a `TimelineScene`; zoom changes pixels per day (bars stay the same height)."""

    zoomChanged = Signal(float)
    nudgeRequested = Signal(int)   # days: Ctrl+Left/Right moves the selected bar (Shift: a week)

    def __init__(self, scene: TimelineScene, parent=None):
        super().__init__(scene, parent)
        self._scene = scene  # the view does not own its scene; keep it alive (a blank view otherwise)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)

    def scroll_to_start(self) -> None:
        """Show the step names and the plan's start (the left edge of the scene)."""
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def set_px_per_day(self, px_per_day: float, anchor_x: float | None = None) -> None:
        """Zoom to `px_per_day`, keeping the date under `anchor_x` (viewport pixels) in place."""
        px_per_day = min(max(px_per_day, style.MIN_PX_PER_DAY), style.MAX_PX_PER_DAY)
        old = self._scene.px_per_day
        if abs(px_per_day - old) < 1e-9:
            return
        anchor_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        scene_x = self.mapToScene(int(anchor_x), 0).x()
        day = scene_x / old
        self._scene.set_zoom(px_per_day)
        bar = self.horizontalScrollBar()
        bar.setValue(int(bar.value() + day * px_per_day - scene_x))
        self.viewport().update()
        self.zoomChanged.emit(px_per_day)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_px_per_day(self._scene.px_per_day * (1.25 ** steps), event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            days = 7 if mods & Qt.KeyboardModifier.ShiftModifier else 1
            self.nudgeRequested.emit(days if key == Qt.Key.Key_Right else -days)
            event.accept()
            return
        super().keyPressEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        if dy:
            self.viewport().update()  # the pinned axis must be repainted at its new scene position

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        """The date axis, pinned to the top of the viewport whatever the vertical scroll."""
        data = self._scene.data
        if data is None:
            return
        top = self.mapToScene(0, 0).y()
        band = QRectF(rect.left(), top, rect.width(), style.HEADER_HEIGHT)
        pal = self.palette()
        painter.fillRect(band, pal.color(QPalette.ColorRole.Window))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(QLineF(band.left(), band.bottom(), band.right(), band.bottom()))
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        px = self._scene.px_per_day
        all_ticks = ticks(data.origin, data.span_days, px)
        for index, tick in enumerate(all_ticks):
            x = tick.day * px
            next_x = all_ticks[index + 1].day * px if index + 1 < len(all_ticks) else data.span_days * px
            if next_x < rect.left() or x > rect.right():
                continue
            painter.setPen(QPen(text if tick.major else muted, 1))
            painter.drawLine(QLineF(x, band.bottom() - (10 if tick.major else 6), x, band.bottom()))
            painter.setPen(text if tick.major else muted)
            painter.drawText(QRectF(x + 3, band.top() + 2, max(next_x - x - 4, 1), style.HEADER_HEIGHT - 6),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tick.label)
        if data.today_day is not None:
            x = data.today_day * px
            painter.setPen(QPen(style.TODAY, 2))
            painter.drawLine(QLineF(x, band.bottom() - 8, x, band.bottom()))
        # the gutter corner stays a plain caption over the step names
        corner = QRectF(self.mapToScene(0, 0).x(), top, style.GUTTER_WIDTH, style.HEADER_HEIGHT)
        if corner.left() < 0:
            corner.setWidth(min(style.GUTTER_WIDTH, -corner.left()))
            painter.fillRect(corner, pal.color(QPalette.ColorRole.Window))
            painter.setPen(text)
            painter.drawText(corner.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.tr("Route / step"))

    def centre_on_day(self, day: float) -> None:
        """Scroll so that `day` is near the left of the chart area."""
        self.horizontalScrollBar().setValue(int(day * self._scene.px_per_day - 40 + style.GUTTER_WIDTH
                                                - self.horizontalScrollBar().minimum() - style.GUTTER_WIDTH))

"""The view on the timeline scene: Ctrl+wheel and pinch zoom, and a two-tier date axis pinned to the top edge."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QLineF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGraphicsView

from oases_desktop.core.language import format_quarter
from oases_desktop.core.layout.axis import build_ticks
from oases_desktop.gui.timeline import style
from oases_desktop.gui.dates import display_language
from oases_desktop.gui.timeline.axis import axis_unit
from oases_desktop.gui.timeline.scene import TimelineScene


class TimelineView(QGraphicsView):
    """Shows a `TimelineScene`; zoom changes pixels per day (bars stay the same height)."""

    zoomChanged = Signal(float)
    nudgeRequested = Signal(int)   # days: Ctrl+Left/Right moves the selected bar (Shift: a week)
    zoomRequested = Signal(float, float)   # factor, viewport x to keep in place (pinch gestures)

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
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)   # touch screens; trackpads send native zoom gestures

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

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        """Pinch to zoom: a trackpad's native zoom gesture (macOS) or a touch screen's pinch."""
        kind = event.type()
        if kind == QEvent.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoomRequested.emit(1.0 + event.value(), event.position().x())
            return True
        if kind == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                factor = pinch.scaleFactor()
                if factor > 0 and abs(factor - 1.0) > 1e-3:
                    self.zoomRequested.emit(factor, self.viewport().mapFromGlobal(pinch.centerPoint().toPoint()).x())
                event.accept(pinch)
                return True
        return super().viewportEvent(event)

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
        """Over the bars: the client's target dates and latest-start ticks (gui/targets.py), then the date
        axis, pinned to the top of the viewport whatever the vertical scroll."""
        from oases_desktop.gui.targets import draw_target_marks

        data = self._scene.data
        if data is None:
            return
        draw_target_marks(painter, data, self._scene.px_per_day, rect, style.ROW_HEIGHT)
        if data.clip_day is not None:
            from oases_desktop.gui.timeline.marks import draw_cut

            draw_cut(painter, data, self._scene.px_per_day, rect, self._scene.date_label)
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
        self._draw_axis(painter, rect, band, data, px, text, muted)
        if data.today_day is not None:
            x = data.today_day * px
            painter.setPen(QPen(style.TODAY, 2))
            painter.drawLine(QLineF(x, band.bottom() - 8, x, band.bottom()))
        if not self._scene.show_labels:
            return
        # the gutter corner stays a plain caption over the step names
        corner = QRectF(self.mapToScene(0, 0).x(), top, style.GUTTER_WIDTH, style.HEADER_HEIGHT)
        if corner.left() < 0:
            corner.setWidth(min(style.GUTTER_WIDTH, -corner.left()))
            painter.fillRect(corner, pal.color(QPalette.ColorRole.Window))
            painter.setPen(text)
            painter.drawText(corner.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.tr("Route / step"))

    def _draw_axis(self, painter: QPainter, rect: QRectF, band: QRectF, data, px: float, text: QColor, muted: QColor) -> None:
        """Two tiers like the PDF: years above months or quarters; at year zoom the years fill both tiers."""
        unit = axis_unit(px)
        end = data.origin + timedelta(days=int(data.shown_days))
        half = band.height() / 2
        language = display_language()
        for tick in build_ticks(data.origin, end, unit, language):
            x0, x1 = tick.start * px, tick.end * px
            if x1 < rect.left() or x0 > rect.right():
                continue
            top, height = (band.top(), half) if tick.level == 0 else (band.top() + (half if unit != "year" else 0),
                                                                      half if unit != "year" else band.height())
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QLineF(x0, top + 2, x0, top + height))
            label = tick.label
            if tick.level == 1 and unit == "quarter":
                label = format_quarter(data.origin + timedelta(days=tick.start), language) if x1 - x0 > 70 else label
            # a year's label stays in view while its band is scrolled half out of the viewport
            left = max(x0, self.mapToScene(0, 0).x()) if tick.level == 0 else x0
            painter.setPen(text if tick.level == 0 or unit == "year" else muted)
            box = QRectF(left + 3, top, max(x1 - left - 5, 1), height)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(box.width())))
        if unit != "year":
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QLineF(band.left(), band.top() + half, band.right(), band.top() + half))

    def centre_on_day(self, day: float) -> None:
        """Scroll so that `day` is in the middle of the viewport (rows unchanged)."""
        bar = self.horizontalScrollBar()
        left = self.mapToScene(0, 0).x()
        bar.setValue(int(bar.value() + day * self._scene.px_per_day - left - self.viewport().width() / 2))

    def day_in_view(self, day: float, margin: float = 20) -> bool:
        """True when `day` lies inside the viewport's width (with `margin` pixels to spare)."""
        left = self.mapToScene(0, 0).x()
        x = day * self._scene.px_per_day
        return left + margin <= x <= left + self.viewport().width() - margin

    def centre_day(self) -> float:
        """The day at the viewport's horizontal centre."""
        return self.mapToScene(self.viewport().width() // 2, 0).x() / self._scene.px_per_day

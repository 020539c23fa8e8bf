"""The timeline's legend: a swatch per kind of mark, painted with the scene's own colours."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from oases_desktop.gui.flow_layout import FlowLayout
from oases_desktop.gui.timeline import style

SWATCH = QSize(22, 12)


class _Swatch(QWidget):
    """A tiny painted sample of one mark."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(SWATCH)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(1, 1, SWATCH.width() - 2, SWATCH.height() - 2)
        kind = self.kind
        if kind in ("task", "critical", "done", "projected", "stop_clock", "in_progress"):
            fill = {"critical": style.CRITICAL, "done": style.DONE}.get(kind, style.BAR)
            painter.setPen(QPen(fill.darker(130), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(r, 2, 2)
            if kind == "in_progress":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.DONE)
                painter.drawRoundedRect(QRectF(r.left() + 1, r.top() + 1, r.width() / 2, r.height() - 2), 2, 2)
            if kind == "stop_clock":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.STOP_CLOCK)
                painter.drawRect(QRectF(r.left() + 7, r.top() + 3, 8, r.height() - 6))
            if kind == "projected":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.hatch_brush(QColor(255, 255, 255, 200)))
                painter.drawRoundedRect(r, 2, 2)
        elif kind == "driving":
            painter.setPen(QPen(style.DRIVING, 2.5))
            painter.setBrush(style.BAR)
            painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 2, 2)
        elif kind == "range":
            painter.setPen(QPen(style.whisker_colour(), 1.2))
            y = r.center().y()
            painter.drawLine(QPointF(r.left() + 1, y), QPointF(r.right() - 1, y))
            painter.drawLine(QPointF(r.left() + 1, y - 4), QPointF(r.left() + 1, y + 4))
            painter.drawLine(QPointF(r.right() - 1, y - 4), QPointF(r.right() - 1, y + 4))
        elif kind == "milestone":
            c, h = r.center(), r.height() / 2
            painter.setPen(QPen(style.MILESTONE.darker(140), 1))
            painter.setBrush(QBrush(style.MILESTONE))
            painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - h), QPointF(c.x() + h, c.y()),
                                           QPointF(c.x(), c.y() + h), QPointF(c.x() - h, c.y())]))
        elif kind == "today":
            painter.setPen(QPen(style.TODAY, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()))
        elif kind in ("baseline", "status"):
            from oases_desktop.gui.living.timeline_marks import GHOST, GHOST_HEIGHT, STATUS

            if kind == "baseline":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(GHOST)
                painter.drawRect(QRectF(r.left(), r.bottom() - GHOST_HEIGHT, r.width(), GHOST_HEIGHT))
            else:
                painter.setPen(QPen(STATUS, 2, Qt.PenStyle.DashDotLine))
                painter.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()))
        elif kind in ("p50", "p80"):
            from oases_desktop.gui.timeline.marks import draw_swatch

            draw_swatch(painter, kind, r)
        elif kind in ("target", "latest"):
            from oases_desktop.gui.targets import draw_target_swatch

            draw_target_swatch(painter, kind, r)
        painter.end()


class TimelineLegend(QWidget):
    """Swatches with labels (what each colour and mark means), wrapping onto a second line when narrow."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = FlowLayout(self, spacing=10)
        entries = [
            ("task", self.tr("Step")), ("critical", self.tr("Critical path")),
            ("driving", self.tr("Driving")), ("range", self.tr("Min–max")),
            ("stop_clock", self.tr("Stop-clock")), ("milestone", self.tr("Milestone")),
            ("p50", self.tr("P50")), ("p80", self.tr("P80")),
            ("projected", self.tr("Projected route")), ("done", self.tr("Done")),
            ("in_progress", self.tr("In progress")), ("today", self.tr("Today")),
            ("status", self.tr("Status date")), ("baseline", self.tr("Baseline")),
            ("target", self.tr("Client's target")), ("latest", self.tr("Latest start to make it")),
        ]
        self.entries: dict[str, QWidget] = {}
        tips = {"critical": self.tr("No float to the plan's finish (its last date)"),
                "driving": self.tr("Outlined: the steps that set the date of the key milestone selected last"),
                "p50": self.tr("Reached by then in half of the simulated runs (10 000, as in the PDF)"),
                "p80": self.tr("Reached by then in 80 % of the simulated runs (10 000, as in the PDF)")}
        for kind, text in entries:
            entry = QWidget(self)  # swatch and label wrap together
            self.entries[kind] = entry
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            row.addWidget(_Swatch(kind, entry))
            label = QLabel(text, entry)
            label.setObjectName(f"legend-{kind}")
            entry.setToolTip(tips.get(kind, ""))
            row.addWidget(label)
            layout.addWidget(entry)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.show_progress(False, False)
        self.show_targets(False)
        self.show_percentiles(False)

    def show_percentiles(self, shown: bool) -> None:
        """List the P50 and P80 markers only while the chart draws them."""
        self.entries["p50"].setVisible(shown)
        self.entries["p80"].setVisible(shown)

    def show_progress(self, status: bool, baseline: bool) -> None:
        """List the status-date line (and in-progress bars) and the baseline's ghost bars only while the chart draws them."""
        self.entries["status"].setVisible(status)
        self.entries["in_progress"].setVisible(status)
        self.entries["baseline"].setVisible(baseline)

    def show_targets(self, shown: bool) -> None:
        """List the target flag and the latest-start tick only while the chart draws them."""
        self.entries["target"].setVisible(shown)
        self.entries["latest"].setVisible(shown)

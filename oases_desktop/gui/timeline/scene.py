"""The timeline scene: mirrors a `TimelineData`, moving existing items when only dates change."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLineF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSimpleTextItem

from oases_desktop.gui.timeline import style
from oases_desktop.gui.timeline.axis import ticks
from oases_desktop.gui.timeline.data import TimelineData
from oases_desktop.gui.timeline.items import LinksItem, StepItem
from oases_desktop.gui.timeline.marks import CUT_MARGIN
from oases_desktop.gui.dates import display_date


class TimelineScene(QGraphicsScene):
    """Lanes per route, a bar per step, arrows per dependency, a today line; no editing logic."""

    dragMoved = Signal(str, str, int)      # step id, "move" | "resize", whole days dragged
    dragFinished = Signal(str, str, int)
    stepSelected = Signal(str)             # "" when nothing is selected

    def __init__(self, parent=None):
        super().__init__(parent)
        # Bars move on every drag frame; a BSP index would be rebuilt each time for a few hundred items.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.data: TimelineData | None = None
        self.px_per_day = style.ZOOM_PX_PER_DAY["quarter"]
        self.step_items: dict[str, StepItem] = {}
        self.links_item: LinksItem | None = None
        self.label_items: dict[str, QGraphicsSimpleTextItem] = {}
        self.lane_title_items: list[QGraphicsSimpleTextItem] = []
        self._today: QGraphicsLineItem | None = None
        self._syncing_selection = False
        self.projected_suffix = self.tr("  (projected)")
        self.tooltip_provider = None   # step id -> rich text, asked when the mouse enters a bar
        self.read_only = False   # a comparison chart: bars can be selected but not dragged
        self.rebuild_count = 0         # how many full rebuilds happened (tests check drags do not rebuild)
        self._geometry_px = 0.0        # zoom the items were last placed at
        self._labels_placed = False
        # Names drawn in the scene, left of day 0 (the comparison chart); the Gantt pane shows them in its tree.
        self.show_labels = True
        self.driving: frozenset[str] = frozenset()   # a key milestone's driving path: outlined bars
        self.selectionChanged.connect(self._emit_selection)

    @property
    def gutter(self) -> float:
        """Scene width left of day 0: the names' column, or a small margin when a tree shows the names."""
        return style.GUTTER_WIDTH if self.show_labels else style.CHART_MARGIN

    # public ---------------------------------------------------------------------------------
    def set_data(self, data: TimelineData, px_per_day: float | None = None) -> None:
        """Show `data`; rebuilds only when steps, lanes or links changed, else moves items."""
        if px_per_day is not None:
            self.px_per_day = px_per_day
        if self.data is None or data.structure_key != self.data.structure_key:
            self.data = data
            self._rebuild()
        else:
            self.data = data
            self._update_geometry()

    def set_driving(self, step_ids) -> None:
        """Outline these steps (a key milestone's driving path); repaints only the bars that change."""
        step_ids = frozenset(step_ids)
        changed, self.driving = self.driving ^ step_ids, step_ids
        for step_id in changed:
            item = self.step_items.get(step_id)
            if item is not None:
                item.update()

    def set_zoom(self, px_per_day: float) -> None:
        """Change pixels per day, keeping every item."""
        self.px_per_day = px_per_day
        if self.data is not None:
            self._update_geometry()

    def date_label(self, day: int) -> str:
        """A short date for labels ("12 Mar 2027")."""
        if self.data is None:
            return ""
        return display_date(self.data.origin + timedelta(days=day))

    def select_step(self, step_id: str) -> None:
        """Select the step's bar (and only it) without echoing `stepSelected`."""
        self._syncing_selection = True
        try:
            self.clearSelection()
            item = self.step_items.get(step_id)
            if item is not None:
                item.setSelected(True)
        finally:
            self._syncing_selection = False

    def selected_step_id(self) -> str:
        """The selected step's id, or ""."""
        for item in self.selectedItems():
            if isinstance(item, StepItem):
                return item.bar.step_id
        return ""

    def chart_width(self) -> float:
        if self.data is None:
            return 365 * self.px_per_day
        cut = CUT_MARGIN if self.data.clip_day is not None and self.data.past_fit else 0.0   # the cut marks' dates
        return self.data.shown_days * self.px_per_day + cut

    # building -------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        selected = self.selected_step_id()
        self.clear()
        self.step_items.clear()
        self.links_item = None
        self.label_items.clear()
        self.lane_title_items.clear()
        self._labels_placed = False
        self._geometry_px = 0.0
        self.rebuild_count += 1
        data = self.data
        bold = QFont()
        bold.setBold(True)
        for lane in data.lanes if self.show_labels else ():
            title = lane.title + (self.projected_suffix if lane.projected else "")
            text = self.addSimpleText(self._elide(title, 40, bold), bold)
            text.setBrush(style.text_colour())
            text.setToolTip(title)
            self.lane_title_items.append(text)
        for step_id, bar in data.bars.items():
            item = StepItem(bar, self.px_per_day)
            self.addItem(item)
            self.step_items[step_id] = item
            if self.show_labels:
                label = self.addSimpleText("")
                label.setBrush(style.text_colour())
                self.label_items[step_id] = label
        self.links_item = LinksItem(self.step_items)
        self.addItem(self.links_item)
        pen = QPen(style.TODAY, 1.5, Qt.PenStyle.DashLine)
        self._today = self.addLine(QLineF(), pen)
        self._today.setZValue(3)
        self._today.setToolTip(self.tr("Today"))
        self._update_geometry()
        if selected:
            self.select_step(selected)

    @staticmethod
    def _elide(name: str, limit: int = 34, font: QFont | None = None) -> str:
        """Cut by pixel width, not characters: a Chinese name is about twice as wide per character."""
        width = (style.GUTTER_WIDTH - 28) * limit / 34
        return QFontMetrics(font or QFont()).elidedText(name, Qt.TextElideMode.ElideRight, int(width))

    def _update_geometry(self) -> None:
        """Move items to `self.data`; only bars that changed (and the arrows touching them) are touched."""
        data, px = self.data, self.px_per_day
        zoomed = px != self._geometry_px
        self._geometry_px = px
        moved: set[str] = set()
        for step_id, item in self.step_items.items():
            bar = data.bars[step_id]
            old = item.bar
            if bar is old and not zoomed:
                continue
            if not zoomed and bar == old:
                item.bar = bar   # same geometry; keep the newest object so the next frame can skip it by identity
                continue
            item.set_bar(bar, px)
            moved.add(step_id)
            label = self.label_items.get(step_id)
            if label is not None and (bar.row != old.row or bar.name != old.name or zoomed or not self._labels_placed):
                label.setPos(-style.GUTTER_WIDTH + 20, bar.row * style.ROW_HEIGHT + 4)
                if label.toolTip() != bar.name:
                    label.setText(self._elide(bar.name))
                    label.setToolTip(bar.name)
        self._labels_placed = True
        if self.links_item is not None and (moved or data.arrows != self.links_item.arrows or zoomed):
            self.links_item.set_arrows(data.arrows, QRectF(-self.gutter, 0, self.gutter + self.chart_width(),
                                                           data.row_count * style.ROW_HEIGHT))
        for text, lane in zip(self.lane_title_items, data.lanes):
            text.setPos(-style.GUTTER_WIDTH + 8, lane.header_row * style.ROW_HEIGHT + 4)
        width = self.chart_width()
        height = data.row_count * style.ROW_HEIGHT
        if self._today is not None:
            visible = data.today_day is not None and 0 <= data.today_day <= data.span_days
            self._today.setVisible(visible)
            if visible:
                self._today.setLine(QLineF(data.today_day * px, 0, data.today_day * px, height))
        # No margin under the last row when a tree beside the chart scrolls with it (their ranges must match).
        self.setSceneRect(QRectF(-self.gutter, -style.HEADER_HEIGHT, self.gutter + width + 20,
                                 style.HEADER_HEIGHT + height + (12 if self.show_labels else 0)))
        self.update()

    # lanes and grid, painted rather than items: cheap, and always under the bars ------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        painter.fillRect(rect, style.palette().color(QPalette.ColorRole.Base))
        if self.data is None:
            return
        width = self.chart_width()
        for index, lane in enumerate(self.data.lanes):
            top = lane.header_row * style.ROW_HEIGHT
            body = QRectF(-self.gutter, top, self.gutter + width, (lane.row_count + 1) * style.ROW_HEIGHT)
            if body.intersects(rect):
                painter.fillRect(body, style.lane_colour(index))
                painter.fillRect(QRectF(body.left(), top, body.width(), style.ROW_HEIGHT), style.header_colour())
                if lane.end_day > lane.start_day:   # the route's span, as a Gantt summary bar: visible when folded too
                    x0, x1 = lane.start_day * self.px_per_day, lane.end_day * self.px_per_day
                    y = top + style.ROW_HEIGHT / 2
                    painter.fillRect(QRectF(x0, y - 2.5, x1 - x0, 5), style.summary_colour())
                    painter.fillRect(QRectF(x0, y - 2.5, 2, 8), style.summary_colour())
                    painter.fillRect(QRectF(x1 - 2, y - 2.5, 2, 8), style.summary_colour())
        height = self.data.row_count * style.ROW_HEIGHT
        minor = QColor(style.muted_text_colour())
        minor.setAlpha(45)
        major = QColor(style.muted_text_colour())
        major.setAlpha(110)
        for tick in ticks(self.data.origin, int(self.data.shown_days), self.px_per_day):
            x = tick.day * self.px_per_day
            if rect.left() - 1 <= x <= rect.right() + 1:
                painter.setPen(QPen(major if tick.major else minor, 1))
                painter.drawLine(QLineF(x, max(rect.top(), 0), x, min(rect.bottom(), height)))
        from oases_desktop.gui.living.timeline_marks import draw_progress_marks

        draw_progress_marks(painter, self.data, self.px_per_day, rect, style.ROW_HEIGHT, height)
        gutter_edge = QColor(style.muted_text_colour())
        gutter_edge.setAlpha(90)
        painter.setPen(QPen(gutter_edge, 1))
        painter.drawLine(QLineF(-1, max(rect.top(), 0), -1, min(rect.bottom(), height)))

    def _emit_selection(self) -> None:
        if not self._syncing_selection:
            self.stepSelected.emit(self.selected_step_id())

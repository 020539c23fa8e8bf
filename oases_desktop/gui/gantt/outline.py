"""The Gantt's row order as a tree model: routes at the top, their steps below, numbered like "2.4".

The rows come from the same `TimelineData` the chart draws (lanes in scenario order, steps by
date within a lane), so the tree beside the chart and the chart can never disagree. Step cells
(dates, durations, basis, editing) are the flat `StepsTableModel`'s: this model only adds the
structure, the numbers and the route rows. A new schedule that reorders rows is a layout change
(persistent indexes, so selection and expanded routes survive); steps or routes coming or going
reset it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from oases_desktop.gui.steps.model import COL_NAME, COLUMN_COUNT, STEP_ID_ROLE, StepsTableModel
from oases_desktop.gui.timeline import style

ROUTE_ROLE = Qt.ItemDataRole.UserRole + 10    # the route id of a route row or a step row
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 11   # "2" for the second route, "2.4" for its fourth step
NAME_ROLE = Qt.ItemDataRole.UserRole + 12     # the plain name or route title, without the number
_LANE = 0                                     # internal id of a route row; a step row holds lane index + 1


class OutlineModel(QAbstractItemModel):
    """Route rows with step children, in the chart's order; columns are `StepsTableModel`'s COL_*."""

    def __init__(self, cells: StepsTableModel, parent=None):
        super().__init__(parent)
        self.cells = cells
        self._lanes: list[tuple[str, str, bool]] = []   # (route, title, projected)
        self._steps: list[list[str]] = []               # step ids per lane, in row order
        self._source_rows: dict[str, int] = {}
        cells.dataChanged.connect(self._on_cells_changed)
        cells.headerDataChanged.connect(self.headerDataChanged)   # the slack column names its key milestone
        for signal in (cells.modelReset, cells.rowsInserted, cells.rowsRemoved):
            signal.connect(self._cells_restructured)
        self._index_source()

    # structure ------------------------------------------------------------------------------
    def set_layout(self, data) -> None:
        """Take the lanes and step order of `data` (a `TimelineData`, or None for no plan)."""
        lanes, steps = [], []
        if data is not None:
            by_lane: dict[str, list] = {lane.route: [] for lane in data.lanes}
            for bar in sorted(data.bars.values(), key=lambda b: b.row):
                by_lane.setdefault(bar.route, []).append(bar.step_id)
            lanes = [(lane.route, lane.title, lane.projected) for lane in data.lanes]
            steps = [by_lane[lane.route] for lane in data.lanes]
        self._index_source()
        if (lanes, steps) == (self._lanes, self._steps):
            self._emit_all_changed()
            return
        if [lane[0] for lane in lanes] != [lane[0] for lane in self._lanes] or \
                [set(ids) for ids in steps] != [set(ids) for ids in self._steps]:
            self.beginResetModel()   # rows come or go: the views re-read (the pane re-expands and re-selects)
            self._lanes, self._steps = lanes, steps
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()   # the same rows in another order: selection and folding survive
        old = [(index, self._identity(index)) for index in self.persistentIndexList()]
        self._lanes, self._steps = lanes, steps
        for index, (kind, key, column) in old:
            self.changePersistentIndex(index, self._find(kind, key, column))
        self.layoutChanged.emit()
        self._emit_all_changed()

    def _identity(self, index: QModelIndex) -> tuple[str, str, int]:
        if not index.isValid():
            return "", "", 0
        if index.internalId() == _LANE:
            return "lane", self._lanes[index.row()][0], index.column()
        return "step", self._steps[index.internalId() - 1][index.row()], index.column()

    def _find(self, kind: str, key: str, column: int) -> QModelIndex:
        if kind == "lane":
            return self.lane_index(key, column)
        if kind == "step":
            return self.step_index(key, column)
        return QModelIndex()

    def _index_source(self, *_args) -> None:
        self._source_rows = {self.cells.step_id(row): row for row in range(self.cells.rowCount())}

    def _cells_restructured(self, *_args) -> None:
        self._index_source()
        self._emit_all_changed()   # the plan may reach the cells after the schedule reached us

    def _emit_all_changed(self) -> None:
        last = COLUMN_COUNT - 1
        if self._lanes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lanes) - 1, last))
        for lane, ids in enumerate(self._steps):
            if ids:
                parent = self.index(lane, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(ids) - 1, last, parent))

    def _on_cells_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        ids = {self.cells.step_id(row) for row in range(top_left.row(), bottom_right.row() + 1)}
        for lane, steps in enumerate(self._steps):
            rows = [row for row, step_id in enumerate(steps) if step_id in ids]
            if rows:
                parent = self.index(lane, 0)
                self.dataChanged.emit(self.index(min(rows), top_left.column(), parent),
                                      self.index(max(rows), bottom_right.column(), parent), roles)

    # lookup ---------------------------------------------------------------------------------
    def lane_index(self, route: str, column: int = 0) -> QModelIndex:
        """The route row of `route` (invalid if the route has no row)."""
        for row, lane in enumerate(self._lanes):
            if lane[0] == route:
                return self.index(row, column)
        return QModelIndex()

    def step_index(self, step_id: str, column: int = COL_NAME) -> QModelIndex:
        """The row of `step_id` (invalid if the step is not scheduled)."""
        for lane, ids in enumerate(self._steps):
            if step_id in ids:
                return self.index(ids.index(step_id), column, self.index(lane, 0))
        return QModelIndex()

    def step_ids(self) -> list[str]:
        """Every step in row order."""
        return [step_id for ids in self._steps for step_id in ids]

    def _source(self, index: QModelIndex) -> QModelIndex:
        step_id = self._steps[index.internalId() - 1][index.row()]
        row = self._source_rows.get(step_id, -1)
        return self.cells.index(row, index.column()) if row >= 0 else QModelIndex()

    # Qt model -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _LANE) if row < len(self._lanes) else QModelIndex()
        if parent.internalId() != _LANE or parent.row() >= len(self._steps) or row >= len(self._steps[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _LANE:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _LANE)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._lanes)
        if parent.internalId() == _LANE and parent.column() == 0:
            return len(self._steps[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        return self.cells.headerData(section, orientation, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _LANE:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        source = self._source(index)
        return self.cells.flags(source) if source.isValid() else Qt.ItemFlag.ItemIsEnabled

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.internalId() == _LANE:
            return False
        source = self._source(index)
        return source.isValid() and self.cells.setData(source, value, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _LANE:
            return self._lane_data(index.row(), index.column(), role)
        lane = index.internalId() - 1
        number = f"{lane + 1}.{index.row() + 1}"
        if role == NUMBER_ROLE:
            return number
        if role == ROUTE_ROLE:
            return self._lanes[lane][0]
        if role == STEP_ID_ROLE:
            return self._steps[lane][index.row()]
        source = self._source(index)
        if not source.isValid():
            return None
        if index.column() == COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{number}  {self.cells.data(source)}"
            if role == NAME_ROLE:
                return self.cells.data(source, Qt.ItemDataRole.EditRole)
            if role == Qt.ItemDataRole.ToolTipRole:   # the whole name, however narrow the column
                extra = self.cells.data(source, role)
                return f"{number}  {self.cells.data(source)}" + (f"\n{extra}" if extra else "")
        return self.cells.data(source, role)

    def _lane_data(self, row: int, column: int, role: int):
        route, title, projected = self._lanes[row]
        if role == ROUTE_ROLE:
            return route
        if role == NUMBER_ROLE:
            return str(row + 1)
        if role == STEP_ID_ROLE:
            return ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(style.header_colour())
        if column != COL_NAME:
            return None
        suffix = self.tr("  (projected)") if projected else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}  {title}{suffix}"
        if role == NAME_ROLE:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row + 1}  {title}{suffix}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

"""Table model of the stored plans (PlanSummary rows from Database.plans.list_plans)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from oases_desktop.gui.dates import display_date

COL_CLIENT, COL_PRODUCT, COL_TITLE, COL_UPDATED = range(4)
PlanIdRole = Qt.ItemDataRole.UserRole + 1   # the plan's id
SortRole = Qt.ItemDataRole.UserRole + 2     # comparable value for sorting


class PlansModel(QAbstractTableModel):
    """One row per stored plan: client, product, title, last change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_plans(self, summaries) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summary(self, row: int):
        return self._rows[row]

    def row_of(self, plan_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == plan_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Client"), self.tr("Product"), self.tr("Plan"), self.tr("Changed"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == PlanIdRole:
            return summary.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            if column == COL_UPDATED:
                if role == SortRole:
                    return summary.updated.isoformat()
                local = summary.updated.astimezone()
                return display_date(local.date())
            if role == SortRole and column == COL_CLIENT:  # client, then product, then title
                return "\x00".join((summary.client, summary.product, summary.title)).casefold()
            value = (summary.client, summary.product, summary.title)[column]
            return value.casefold() if role == SortRole else value
        return None

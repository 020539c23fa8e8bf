"""Table model of the stored plans (PlanSummary rows from Database.plans.list_plans)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from oases_desktop.gui.models.rows_model import RowsTableModel
from oases_desktop.gui.dates import display_date

COL_CLIENT, COL_PRODUCT, COL_TITLE, COL_UPDATED = range(4)
PlanIdRole = Qt.ItemDataRole.UserRole + 1   # the plan's id
SortRole = Qt.ItemDataRole.UserRole + 2     # comparable value for sorting


class PlansModel(RowsTableModel):
    """One row per stored plan: client, product, title, last change."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PlansModel", "Client"),
        QT_TRANSLATE_NOOP("PlansModel", "Product"),
        QT_TRANSLATE_NOOP("PlansModel", "Plan"),
        QT_TRANSLATE_NOOP("PlansModel", "Changed"),
    )

    def set_plans(self, summaries) -> None:
        self.set_rows(summaries)

    def summary(self, row: int):
        return self._rows[row]

    def row_of(self, plan_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == plan_id), -1)

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

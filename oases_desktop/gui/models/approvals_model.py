"""Editable table of the product's approvals; every edit is an undo command.

The country column shows the authority the text maps to ("China: NMPA"), marks an authority that
is not a reference place, and flags text that maps to none or to several as "to check" (the text
is kept as written until the advisor picks an authority: nothing is dropped).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, QPersistentModelIndex, Qt

from oases_desktop.core.domain.product import ApprovalStatus, ReferenceApproval
from oases_desktop.core.knowledge.authorities import Recognition, authority_label, recognise
from oases_desktop.gui.commands import EditProfileCommand
from oases_desktop.gui.models.rows_model import RowsTableModel
from oases_desktop.gui.dates import display_date

COL_COUNTRY, COL_STATUS, COL_DATE = range(3)
STATUS_LABELS = {ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("ApprovalsModel", "Approved"),
                 ApprovalStatus.MARKETED: QT_TRANSLATE_NOOP("ApprovalsModel", "Marketed"),
                 ApprovalStatus.PENDING: QT_TRANSLATE_NOOP("ApprovalsModel", "Pending")}


class ApprovalsModel(RowsTableModel):
    """Rows are document.plan.product.reference_approvals; setData pushes EditProfileCommand."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ApprovalsModel", "Authority"),
        QT_TRANSLATE_NOOP("ApprovalsModel", "Status"),
        QT_TRANSLATE_NOOP("ApprovalsModel", "Date"),
    )

    def __init__(self, document, library, parent=None):
        """`library` returns the reference library whose authorities the picker offers."""
        super().__init__(parent)
        self.document = document
        self.library = library
        document.profileChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        plan = self.document.plan
        self._rows = list(plan.product.reference_approvals) if plan else []
        self.endResetModel()

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        approval = self._rows[index.row()]
        column = index.column()
        if column == COL_COUNTRY and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._authority_text(approval.country, role == Qt.ItemDataRole.ToolTipRole)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_COUNTRY:
                return approval.country
            if column == COL_STATUS:
                return self.tr(STATUS_LABELS[approval.status]) if role == Qt.ItemDataRole.DisplayRole else approval.status.value
            if column == COL_DATE:
                if approval.date is None:
                    return "" if role == Qt.ItemDataRole.DisplayRole else QDate()
                return display_date(approval.date) if role == Qt.ItemDataRole.DisplayRole else QDate(approval.date)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        approval = self._rows[index.row()]
        column = index.column()
        if column == COL_COUNTRY:
            text = str(value).strip()
            if not text or text == approval.country:
                return False
            changed = dataclasses.replace(approval, country=text)
        elif column == COL_STATUS:
            changed = dataclasses.replace(approval, status=ApprovalStatus(value))
        else:
            new_date = _to_date(value)
            if new_date == approval.date:
                return False
            changed = dataclasses.replace(approval, date=new_date)
        rows = list(self._rows)
        rows[index.row()] = changed
        self.document.push(EditProfileCommand(self.document, "reference_approvals", rows))
        return True

    def _authority_text(self, text: str, long: bool) -> str:
        found = recognise(text, self.library())
        if found.kind == Recognition.TO_CHECK:
            if not long:
                return self.tr("⚠ %s (to check)") % text
            if found.candidates:
                return self.tr("\"%s\" could be %s: pick the authority") % (text, " / ".join(found.candidates))
            return self.tr("\"%s\" is not a known authority: pick one from the list") % text
        label = authority_label(found.entry)
        if found.kind != Recognition.REFERENCE:
            label = self.tr("%s (not a reference place)") % label
        if long and text != authority_label(found.entry):
            return self.tr("%s, entered as \"%s\"") % (label, text)
        return label

    def add_approval(self, country: str = "USA: FDA") -> None:
        rows = list(self._rows) + [ReferenceApproval(country=country)]
        self.document.push(EditProfileCommand(self.document, "reference_approvals", rows))

    def remove_approval(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            rows = self._rows[:row] + self._rows[row + 1:]
            self.document.push(EditProfileCommand(self.document, "reference_approvals", rows))


def _to_date(value) -> date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    return date.fromisoformat(text) if text else None

"""Table cells that edit a date: the app's DateField ("1 Dec 2026", typed as an advisor types it, or a calendar)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from oases_desktop.gui.date_field import DateField


class DateDelegate(QStyledItemDelegate):
    """Cells whose edit value is a QDate get a DateField that starts on the cell's date, else today."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        if isinstance(index.data(Qt.ItemDataRole.EditRole), (QDate, date)):
            return DateField(parent=parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, DateField):
            editor.setDate(index.data(Qt.ItemDataRole.EditRole))   # an empty cell: today, not 1 Jan 2000
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, DateField):
            model.setData(index, QDate(editor.date()), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

"""Table cells that edit a date show it as the rest of the app does ("1 Dec 2026"), with a calendar."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate

from oases_desktop.gui.dates import QT_DATE_FORMAT


class DateDelegate(QStyledItemDelegate):
    """Qt's date editor, in the app's date format instead of the locale's short one ("6/1/25")."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QDateEdit):
            editor.setDisplayFormat(QT_DATE_FORMAT)
            editor.setCalendarPopup(True)
        return editor

"""A date editor that takes what an advisor types ("15/3/2026", "15 Mar 2026", "2026-03-15") or a calendar click.

Qt's QDateEdit only takes its own display format section by section and starts on 1 Jan 2000; this
field starts on today (or the date given), reads the text when editing finishes and shows it back as
"15 Mar 2026". Text that is not a date keeps the last good date and says so in the tooltip.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidgetAction

from oases_desktop.gui.dates import display_date, parse_date_text


class DateField(QLineEdit):
    """`date()` / `setDate()`; `dateChanged(date)` when a new date is typed or picked."""

    dateChanged = Signal(object)

    def __init__(self, value: date | None = None, parent=None):
        super().__init__(parent)
        self._date = value or date.today()
        self.setPlaceholderText(self.tr("e.g. 15 Mar 2026"))
        self._hint = self.tr('Type "15/3/2026", "15 Mar 2026" or "2026-03-15", or pick from the calendar')
        self.setToolTip(self._hint)
        self.calendar_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                                       self.tr("Calendar"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._read_text)
        self.setText(display_date(self._date))

    def date(self) -> date:
        """The date shown (the text read first, if it was edited)."""
        self._read_text()
        return self._date

    def setDate(self, value: date | QDate | None) -> None:  # noqa: N802 - Qt-style name, as QDateEdit
        """Show `value` (today when None or invalid)."""
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        self._set(value or date.today())

    def _set(self, value: date) -> None:
        changed = value != self._date
        self._date = value
        self.setText(display_date(value))
        self.setStyleSheet("")
        self.setToolTip(self._hint)
        if changed:
            self.dateChanged.emit(value)

    def _read_text(self) -> None:
        if self.text().strip() == display_date(self._date):
            return
        parsed = parse_date_text(self.text())
        if parsed is None:
            self.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }")
            self.setToolTip(self.tr("Not a date; still %s. ") % display_date(self._date) + self._hint)
            return
        self._set(parsed)

    def show_calendar(self) -> None:
        """A month calendar under the field; a click picks the date."""
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setSelectedDate(QDate(self._date.year, self._date.month, self._date.day))
        calendar.clicked.connect(lambda day: (self._set(day.toPython()), menu.close()))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))

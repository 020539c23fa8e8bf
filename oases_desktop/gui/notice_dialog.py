"""Enter a published holiday notice for one calendar and year: its days off, make-up working days and source.

The lists start from what the calendar uses now (the package's estimate, or the notice entered
before), so the advisor corrects them against the notice rather than typing a year from nothing.
The notice is checked as the library will check it (knowledge/notices.py) before OK is allowed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from oases_desktop.gui.dates import display_date, qt_display_format
from oases_desktop.gui.models.rows_model import RowsTableModel
from oases_desktop.gui.source_picker import SourcePicker

WEEKDAYS = (QT_TRANSLATE_NOOP("DaysModel", "Mon"), QT_TRANSLATE_NOOP("DaysModel", "Tue"),
            QT_TRANSLATE_NOOP("DaysModel", "Wed"), QT_TRANSLATE_NOOP("DaysModel", "Thu"),
            QT_TRANSLATE_NOOP("DaysModel", "Fri"), QT_TRANSLATE_NOOP("DaysModel", "Sat"),
            QT_TRANSLATE_NOOP("DaysModel", "Sun"))
OFF, MAKEUP = "off", "makeup"


class DaysModel(RowsTableModel):
    """Rows of (date, name, kind): days off and make-up working days of one year, by date."""

    COLUMNS = (QT_TRANSLATE_NOOP("DaysModel", "Date"), QT_TRANSLATE_NOOP("DaysModel", "Day"),
               QT_TRANSLATE_NOOP("DaysModel", "Name"), QT_TRANSLATE_NOOP("DaysModel", "Kind"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row = self.item(index)
        if row is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        day, name, kind = row
        kind_text = self.tr("working day (make-up)") if kind == MAKEUP else self.tr("day off")
        return (display_date(day), self.tr(WEEKDAYS[day.weekday()]), name, kind_text)[index.column()]


def days_table(model, stretch_column: int = 2) -> QTableView:
    """A read-only, row-selecting table of compact rows."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


class NoticeDialog(QDialog):
    """Read `notice` and `new_source` (None when an existing source was chosen) after accept()."""

    def __init__(self, library, code: str, name: str, year: int, days_off, makeup, source_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.library, self.code, self.year = library, code, year
        self.setWindowTitle(self.tr("Published notice: %1 %2").replace("%1", name).replace("%2", str(year)))
        heading = QLabel("<b>" + escape(self.tr("%1, %2").replace("%1", name).replace("%2", str(year))) + "</b><br>"
                         + escape(self.tr("List every day off the notice gives (weekend days too, if it names them) "
                                          "and every Saturday or Sunday it declares a working day. The schedules "
                                          "then use this list instead of the estimate.")))
        heading.setWordWrap(True)
        self.model = DaysModel(self)
        self.model.set_rows(sorted([(d, n, OFF) for d, n in days_off] + [(d, n, MAKEUP) for d, n in makeup]))
        self.view = days_table(self.model)
        self.day = QDateEdit(QDate(year, 1, 1), calendarPopup=True, displayFormat=qt_display_format())
        self.day.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        self.day_name = QLineEdit(placeholderText=self.tr("Name as published, e.g. Spring Festival"))
        add_off = QPushButton(self.tr("Add Day Off"))
        add_off.clicked.connect(lambda: self.add_day(OFF))
        add_makeup = QPushButton(self.tr("Add Make-up Working Day"))
        add_makeup.clicked.connect(lambda: self.add_day(MAKEUP))
        remove = QPushButton(self.tr("Remove Selected"))
        remove.clicked.connect(self.remove_selected)
        adding = QHBoxLayout()
        for widget in (self.day, self.day_name, add_off, add_makeup, remove):
            adding.addWidget(widget, 1 if widget is self.day_name else 0)
        self.source = SourcePicker(library, default_reliability="official")
        if source_id:
            self.source.select(source_id)
        form = QFormLayout()
        form.addRow(self.tr("Source:"), self.source)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(adding)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.source.changed.connect(self._validate)
        self.resize(760, 640)
        self._validate()

    def add_day(self, kind: str) -> None:
        """Add (or re-label) the chosen day as a day off or a make-up working day."""
        day = self.day.date().toPython()
        name = self.day_name.text().strip() or (self.tr("make-up working day") if kind == MAKEUP else self.tr("day off"))
        rows = [row for row in self.model.rows() if row[0] != day]
        self.model.set_rows(sorted([*rows, (day, name, kind)]))
        self._validate()

    def remove_selected(self) -> None:
        chosen = {index.row() for index in self.view.selectionModel().selectedRows()}
        self.model.set_rows([row for i, row in enumerate(self.model.rows()) if i not in chosen])
        self._validate()

    def _validate(self, *_args) -> None:
        from oases_desktop.core.knowledge.notices import NoticeError, check_notice

        notice = self.notice
        known = {s.id for s in self.library.sources} | {notice.source_id}
        try:
            check_notice(notice, known)
            problem = "" if self.source.is_complete() else self.tr("Give the new source a title and a publisher.")
        except NoticeError as error:
            problem = str(error)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    @property
    def new_source(self):
        """The Source to store with the notice, or None."""
        return self.source.new_source

    @property
    def notice(self):
        """The notice as entered."""
        from oases_desktop.core.domain.plan import Calendar
        from oases_desktop.core.knowledge.notices import CalendarNotice, NoticeDay

        rows = self.model.rows()
        return CalendarNotice(Calendar(self.code), self.year, tuple(NoticeDay(d, n) for d, n, k in rows if k == OFF),
                              tuple(NoticeDay(d, n) for d, n, k in rows if k == MAKEUP), self.source.source_id or "")

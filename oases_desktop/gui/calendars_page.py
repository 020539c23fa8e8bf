"""The Library window's Calendars page: each jurisdiction's days off and make-up days for a year, and the notices.

It shows a year as every schedule counts it (calendars_for(library)): from a notice the advisor
entered, or from the `holidays` package, flagged "estimated" when no notice backs a Mainland year
or a Hong Kong year after the newest gazetted one. "Enter Published Notice…" stores a notice in
the user's layer of the database; the library reloads, so every open plan is rescheduled.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QSplitter,
                               QVBoxLayout, QWidget)

from oases_desktop.gui.dates import display_date
from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.models.library_models import STALE_COLOUR
from oases_desktop.gui.models.rows_model import RowsTableModel
from oases_desktop.gui.notice_dialog import MAKEUP, OFF, DaysModel, NoticeDialog, days_table

CALENDARS = (("HK", QT_TRANSLATE_NOOP("CalendarsPage", "Hong Kong (general holidays)")),
             ("CN", QT_TRANSLATE_NOOP("CalendarsPage", "Mainland China (State Council notice)")),
             ("MO", QT_TRANSLATE_NOOP("CalendarsPage", "Macao (public administration)")))


class NoticesModel(RowsTableModel):
    """The notices in the library: calendar, year, days off, make-up days, source."""

    COLUMNS = (QT_TRANSLATE_NOOP("NoticesModel", "Calendar"), QT_TRANSLATE_NOOP("NoticesModel", "Year"),
               QT_TRANSLATE_NOOP("NoticesModel", "Days off"), QT_TRANSLATE_NOOP("NoticesModel", "Make-up days"),
               QT_TRANSLATE_NOOP("NoticesModel", "Source"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.library = None

    def set_library(self, library) -> None:
        self.library = library
        self.set_rows(library.notices)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        notice = self.item(index)
        if notice is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        source = self.library.source(notice.source_id)
        return (str(notice.calendar), str(notice.year), str(len(notice.days_off)), str(len(notice.makeup_workdays)),
                f"{source.publisher}: {source.title} ({display_date(source.date)})")[index.column()]


class CalendarsPage(QWidget):
    """Pick a calendar and a year; see its days and where they come from; enter or remove its notice."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.library = None
        self.calendar = QComboBox()
        for code, name in CALENDARS:
            self.calendar.addItem(self.tr(name), code)
        self.calendar.setCurrentIndex(1)  # the Mainland: the calendar whose next year needs a notice
        self.year = QSpinBox(minimum=1970, maximum=2200, value=date.today().year + 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enter = QPushButton(self.tr("Enter Published Notice…"))
        self.enter.setToolTip(self.tr("Type in the year's days off and make-up working days from the official notice"))
        self.enter.clicked.connect(self.enter_notice)
        self.remove = QPushButton(self.tr("Remove Notice"))
        self.remove.clicked.connect(self.remove_notice)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Calendar:")))
        top.addWidget(self.calendar)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.enter)
        top.addWidget(self.remove)
        self.days_model = DaysModel(self)
        self.days_view = days_table(self.days_model)
        self.notices_model = NoticesModel(self)
        self.notices_view = days_table(self.notices_model, stretch_column=4)
        self.notices_view.selectionModel().currentRowChanged.connect(self._show_notice)
        notices_box = QWidget()
        notices_layout = QVBoxLayout(notices_box)
        notices_layout.setContentsMargins(0, 0, 0, 0)
        notices_layout.addWidget(QLabel(self.tr("Published notices you entered (used by every schedule):")))
        notices_layout.addWidget(self.notices_view)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.days_view)
        split.addWidget(notices_box)
        split.setSizes([420, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.calendar.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)

    @property
    def code(self) -> str:
        return self.calendar.currentData()

    def set_library(self, library) -> None:
        self.library = library
        self.notices_model.set_library(library)
        self.refresh()

    def show_year(self, code: str, year: int) -> None:
        self.calendar.setCurrentIndex(self.calendar.findData(code))
        self.year.setValue(year)

    def _show_notice(self, current, _previous=None) -> None:
        notice = self.notices_model.item(current)
        if notice is not None:
            self.show_year(str(notice.calendar), notice.year)

    def _working_calendar(self):
        from oases_desktop.core.scheduling.calendars import calendars_for

        return calendars_for(self.library).get(self.code)

    def refresh(self, *_args) -> None:
        """Show the chosen year's days and say where they come from."""
        if self.library is None:
            return
        calendar, year = self._working_calendar(), self.year.value()
        off, makeup = calendar.year_days(year)
        self.days_model.set_rows(sorted([(d, n, OFF) for d, n in off] + [(d, n, MAKEUP) for d, n in makeup]))
        notice = calendar.notice(year)
        self.status.setText(self._status_text(calendar, year, notice))
        estimated = notice is None and calendar.is_estimated(year)
        self.status.setStyleSheet(f"color: {STALE_COLOUR.name()}; font-weight: bold" if estimated else "")
        self.enter.setText(self.tr("Edit Notice…") if notice else self.tr("Enter Published Notice…"))
        self.remove.setEnabled(notice is not None)

    def _status_text(self, calendar, year: int, notice) -> str:
        from oases_desktop.core.scheduling.calendars import data_as_of

        if notice is not None:
            source = self.library.source(notice.source_id)
            return (self.tr("%1 %2: the published notice you entered (%3: %4, %5). Every schedule uses this list.")
                    .replace("%1", calendar.code).replace("%2", str(year)).replace("%3", source.publisher)
                    .replace("%4", source.title).replace("%5", display_date(source.date)))
        if not calendar.is_estimated(year):
            return (self.tr("%1 %2: published data from the %3.").replace("%1", calendar.code)
                    .replace("%2", str(year)).replace("%3", data_as_of()))
        if calendar.code == "HK":
            return (self.tr("⚠ HK %1 is estimated: the newest gazetted general holidays are for %2, so this year "
                            "is computed by rule (lunar dates are astronomical estimates). Enter the gazetted list "
                            "when it is published (about mid-year).")
                    .replace("%1", str(year)).replace("%2", str(calendar.gazetted_through)))
        return (self.tr("⚠ CN %1 is estimated: the %2 has no State Council notice for it, so it has no make-up "
                        "working days and its holidays are forecast. Enter the notice when it is published "
                        "(usually November or December).").replace("%1", str(year)).replace("%2", data_as_of()))

    def enter_notice(self) -> None:
        """Open the notice editor on the year shown (pre-filled with its current days) and store the result."""
        calendar, year = self._working_calendar(), self.year.value()
        off, makeup = calendar.year_days(year)
        notice = calendar.notice(year)
        dialog = NoticeDialog(self.library, self.code, self.calendar.currentText(), year, off, makeup,
                              notice.source_id if notice else None, self)
        if not dialog.exec():
            return
        try:
            store = self.services.database().library
            self.services.storage_call(lambda: store.save_notice(dialog.notice, dialog.new_source),
                                       self.tr("Storing the notice in the team database…"), self)
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("The notice was not saved"))
            return
        self.services.reload_library()

    def remove_notice(self) -> None:
        year = self.year.value()
        asked = QMessageBox.question(self, self.tr("Remove Notice"),
                                     self.tr("Remove the notice for %1 %2? The year goes back to the package's data.")
                                     .replace("%1", self.code).replace("%2", str(year)))
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            store, code = self.services.database().library, self.code
            self.services.storage_call(lambda: store.remove_notice(code, year),
                                       self.tr("Removing the notice from the team database…"), self)
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("The notice was not removed"))
            return
        self.services.reload_library()

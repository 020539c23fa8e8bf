"""The reference library: routes and their steps, sources, dated facts with their history, calendars.

Shipped data is read-only; the advisor adds a newer value of a fact with its own source and
as-of date (stored apart from shipped data, so both stay visible), and enters published holiday
notices on the Calendars page (gui/calendars_page.py). Stale facts are flagged.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMainWindow,
                               QPushButton, QSplitter, QTableView, QTabWidget, QTreeView, QVBoxLayout, QWidget)

from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.settings import Settings
from oases_desktop.gui.models.library_models import (FactKeyRole, FactsModel, HistoryModel, SortRole, SourcesModel, is_stale,
                                                     source_text, source_tooltip)


def _table(model, stretch_column: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


class LibraryWindow(QMainWindow):
    """Browse and extend the library; re-reads it when services.libraryChanged fires."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.setWindowTitle(self.tr("Reference Library"))
        self.resize(1100, 700)
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)

        self.facts_model = FactsModel(self)
        self.facts_proxy = QSortFilterProxyModel(self)
        self.facts_proxy.setSourceModel(self.facts_model)
        self.facts_proxy.setFilterKeyColumn(-1)
        self.facts_proxy.setSortRole(SortRole)   # "1 Dec 2026" sorts by date, not alphabetically
        self.facts_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.facts_view = _table(self.facts_proxy, 0)
        self.facts_view.setSortingEnabled(True)
        self.facts_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.facts_view.selectionModel().currentRowChanged.connect(self._show_history)
        self.history_model = HistoryModel(self)
        self.history_view = _table(self.history_model, 4)
        self.filter = QLineEdit(placeholderText=self.tr("Filter facts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.facts_proxy.setFilterFixedString)
        self.stale_label = QLabel()
        self.add_value = QPushButton(self.tr("New value…"))
        self.add_value.setToolTip(self.tr("Record a newer value with its own source and as-of date"))
        self.add_value.clicked.connect(self.add_fact_value)
        self.add_value.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.stale_label)
        top.addWidget(self.add_value)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.facts_view)
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        self.history_title = QLabel(self.tr("History"))
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history_view)
        split.addWidget(history_box)
        split.setSizes([450, 200])
        facts_page = QWidget()
        layout = QVBoxLayout(facts_page)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.tabs.addTab(facts_page, self.tr("Dated facts"))

        self.routes_model = QStandardItemModel(self)
        self.routes_view = QTreeView()
        self.routes_view.setModel(self.routes_model)
        self.routes_view.setAlternatingRowColors(True)
        self.tabs.addTab(self.routes_view, self.tr("Routes and steps"))

        self.sources_model = SourcesModel(self)
        self.sources_view = _table(self.sources_model, 1)
        self.tabs.addTab(self.sources_view, self.tr("Sources"))

        from oases_desktop.gui.calendars_page import CalendarsPage

        self.calendars_page = CalendarsPage(services, self)
        self.tabs.addTab(self.calendars_page, self.tr("Calendars"))

        services.libraryChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the library again (after an edit, or when the window opens)."""
        selected = self.selected_fact_key()
        try:
            library = self.services.library()
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("The reference library cannot be read"))
            return
        self.library = library
        months = Settings().get("library/stale_after_months")
        self.facts_model.set_library(library, stale_after_months=months)
        self.sources_model.set_library(library)
        self.calendars_page.set_library(library)
        self._fill_routes(library)
        stale = sum(1 for key in library.fact_keys() if is_stale(library.latest(key), self.facts_model.today, months))
        self.stale_label.setText(self.tr("⚠ %n fact(s) last confirmed over %1 months ago", "", stale).replace("%1", str(months))
                                 if stale else "")
        self.stale_label.setToolTip(self.tr("Check their sources before quoting them to a client."))
        if selected:
            self.select_fact(selected)

    def _fill_routes(self, library) -> None:
        self.routes_model.clear()
        self.routes_model.setHorizontalHeaderLabels([self.tr("Route / step"), self.tr("Applies to / duration"), self.tr("Basis / sources")])
        for route in library.routes:
            name = route.name + (self.tr("  (projected)") if route.projected else "")
            kind = {"drug": self.tr("medicines"), "device": self.tr("devices")}.get(route.product_kind, self.tr("any product"))
            sources = QStandardItem("; ".join(source_text(library, s, s) for s in route.sources))
            sources.setToolTip("\n\n".join(source_tooltip(library, s) or s for s in route.sources))
            row = [QStandardItem(name), QStandardItem(self.tr("for %s") % kind), sources]
            row[0].setToolTip(route.summary)
            for step in route.steps:
                d = step.duration
                span = (self.tr("%1–%2 %3 (likely %4)").replace("%1", f"{d.min:g}").replace("%2", f"{d.max:g}")
                        .replace("%3", d.unit.value.replace("_", " ")).replace("%4", f"{d.likely:g}"))
                basis = QStandardItem(self.tr("estimate") if d.is_estimate else _basis_text(library, d.basis))
                basis.setToolTip(d.basis)
                row[0].appendRow([QStandardItem(step.name), QStandardItem(span), basis])
            self.routes_model.appendRow(row)
        for item_row in range(self.routes_model.rowCount()):
            for column in range(3):
                item = self.routes_model.item(item_row, column)
                item.setEditable(False)
        self.routes_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.routes_view.header().setStretchLastSection(False)
        self.routes_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.routes_view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.routes_view.header().resizeSection(2, 420)

    def selected_fact_key(self) -> str:
        index = self.facts_view.currentIndex() if hasattr(self, "facts_view") else None
        return index.data(FactKeyRole) if index is not None and index.isValid() else ""

    def select_fact(self, key: str) -> None:
        row = self.facts_model.row_of(key)
        if row >= 0:
            self.facts_view.setCurrentIndex(self.facts_proxy.mapFromSource(self.facts_model.index(row, 0)))

    def _show_history(self, current, _previous=None) -> None:
        if not current.isValid():
            self.history_model.set_history(None)
            self.add_value.setEnabled(False)
            return
        history = self.facts_model.history(self.facts_proxy.mapToSource(current).row())
        self.history_model.set_history(history, self.library)
        self.history_title.setText(self.tr("History of “%s” (%s)") % (history.latest.label, history.key))
        self.add_value.setEnabled(True)

    def add_fact_value(self) -> None:
        from oases_desktop.gui.fact_dialog import FactValueDialog

        key = self.selected_fact_key()
        if not key:
            return
        dialog = FactValueDialog(self.library, self.library.history(key), self)
        if not dialog.exec():
            return
        try:
            store = self.services.database().library
            new_source, fact = dialog.new_source, dialog.fact

            def store_value() -> None:
                if new_source is not None:
                    store.add_user_source(new_source)
                store.add_user_fact(fact)

            self.services.storage_call(store_value, self.tr("Storing the value in the team database…"), self)
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.tr("The value was not saved"))
            return
        self.services.reload_library()
        self.select_fact(key)


def _basis_text(library, basis: str) -> str:
    """A step's basis: a fact key reads as its label and value, a source id as its publisher and title."""
    try:
        from oases_desktop.gui.models.library_models import fact_value_text

        fact = library.latest(basis)
        return f"{fact.label}: {fact_value_text(fact)}"
    except (KeyError, AttributeError, ValueError):
        pass
    return source_text(library, basis, basis)

"""The step table panel: filter box + sortable table, selection kept in step with the document."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QStyledItemDelegate, QVBoxLayout, QWidget)

from oases_desktop.gui.date_delegate import DateDelegate
from oases_desktop.gui.steps.frozen import FrozenColumnTableView
from oases_desktop.gui.steps.model import (CHOICES_ROLE, COL_BASIS, COL_CALENDAR, COL_NAME, COL_ROUTE, COL_START, COL_UNIT,
                                           SORT_ROLE, StepsTableModel)


class StepsFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE and filters on name, route and basis (case-insensitive, any part)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    _needle = ""

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose name, route or basis contains `text` (plain text, not a pattern)."""
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        needle = self._needle
        if not needle:
            return True
        model = self.sourceModel()
        for column in (COL_NAME, COL_ROUTE, COL_BASIS):
            text = model.data(model.index(source_row, column, source_parent), Qt.ItemDataRole.DisplayRole)
            if text and needle in str(text).casefold():
                return True
        return False


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for columns whose model offers CHOICES_ROLE."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class StepsPanel(QWidget):
    """Filter + table of the active scenario's steps; edits inline through undo commands."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.model = StepsTableModel(document, self)
        self.proxy = StepsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = FrozenColumnTableView(self)  # the step name stays in view when scrolling sideways
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # scenario order until the user sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        delegate = ChoiceDelegate(self.table)
        for column in (COL_UNIT, COL_CALENDAR):
            self.table.setItemDelegateForColumn(column, delegate)
        self.table.setItemDelegateForColumn(COL_START, DateDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 130, 88, 88, 42, 48, 42, 90, 62, 48)):
            self.table.setColumnWidth(column, width)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter steps by name, route or source…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_filter_text)
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 4)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._syncing = False
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        document.selectionChanged.connect(self.show_step)
        self.model.editRejected.connect(self._show_rejection)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.proxy.layoutChanged, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self._update_count()

    def _update_count(self, *_args) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count.setText(self.tr("%d steps") % total if shown == total else self.tr("%d of %d steps") % (shown, total))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        source = self.proxy.mapToSource(current)
        self.document.select_step(self.model.step_id(source.row()))

    def show_step(self, step_id: str) -> None:
        """Select and reveal the step's row (following the timeline or the inspector)."""
        self._syncing = True
        try:
            row = self.model.row_of(step_id) if step_id else -1
            if row < 0:
                self.table.selectionModel().clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
            if not index.isValid():
                return  # filtered out
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def _show_rejection(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Edit not applied"), message)

"""A table whose first column stays in place while the others scroll sideways (Qt's frozen column example).

The step name must stay readable when the advisor scrolls right to the basis and source columns.
A second view, sharing the model and the selection, shows only column 0 on top of the main view's
left edge; their vertical scrolling, row heights and the column's width are kept in step.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView

FROZEN_COLUMN = 0


class FrozenColumnTableView(QTableView):
    """A QTableView with column 0 frozen at the left edge; use it like any QTableView."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozen_column")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setStyleSheet("QTableView#frozen_column { border: none; border-right: 1px solid palette(mid); }")
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _old, size: self.frozen.setRowHeight(row, size))
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.horizontalHeader().sectionClicked.connect(self._sort_by_frozen)
        self.frozen.show()

    # ------------------------------------------------------------------ keeping in step
    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.columnsInserted.connect(self._hide_other_columns)
        model.modelReset.connect(self._hide_other_columns)
        model.layoutChanged.connect(self._hide_other_columns)
        self._hide_other_columns()

    def setSelectionBehavior(self, behavior) -> None:  # noqa: N802 - Qt override
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode) -> None:  # noqa: N802 - Qt override
        super().setSelectionMode(mode)
        self.frozen.setSelectionMode(mode)

    def setEditTriggers(self, triggers) -> None:  # noqa: N802 - Qt override
        super().setEditTriggers(triggers)
        self.frozen.setEditTriggers(triggers)

    def setAlternatingRowColors(self, enable: bool) -> None:  # noqa: N802 - Qt override
        super().setAlternatingRowColors(enable)
        self.frozen.setAlternatingRowColors(enable)

    def setItemDelegateForColumn(self, column: int, delegate) -> None:  # noqa: N802 - Qt override
        super().setItemDelegateForColumn(column, delegate)
        self.frozen.setItemDelegateForColumn(column, delegate)

    def setSortingEnabled(self, enable: bool) -> None:  # noqa: N802 - Qt override
        super().setSortingEnabled(enable)
        self.frozen.horizontalHeader().setSectionsClickable(enable)
        self.frozen.horizontalHeader().setSortIndicatorShown(enable)
        self.horizontalHeader().sortIndicatorChanged.connect(
            lambda column, order: self.frozen.horizontalHeader().setSortIndicator(column, order))

    def _sort_by_frozen(self, column: int) -> None:
        header = self.horizontalHeader()
        ascending = not (header.sortIndicatorSection() == column and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder)
        self.sortByColumn(column, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder)

    def _hide_other_columns(self, *_args) -> None:
        model = self.model()
        for column in range(model.columnCount() if model is not None else 0):
            self.frozen.setColumnHidden(column, column != FROZEN_COLUMN)
        self.frozen.setColumnWidth(FROZEN_COLUMN, self.columnWidth(FROZEN_COLUMN))
        self.frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self._place_frozen()

    def _section_resized(self, column: int, _old: int, size: int) -> None:
        if column == FROZEN_COLUMN:
            self.frozen.setColumnWidth(FROZEN_COLUMN, size)
            self._place_frozen()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place_frozen()

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen.setGeometry(self.verticalHeader().width() + frame, frame, self.columnWidth(FROZEN_COLUMN),
                                self.viewport().height() + self.horizontalHeader().height())
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())

    # ------------------------------------------------------------------ keyboard and scrolling
    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802 - Qt override
        """Moving right keeps the current cell out from under the frozen column."""
        current = super().moveCursor(action, modifiers)
        if (action == QAbstractItemView.CursorAction.MoveLeft and current.column() > FROZEN_COLUMN
                and self.visualRect(current).topLeft().x() < self.frozen.columnWidth(FROZEN_COLUMN)):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).topLeft().x() - self.frozen.columnWidth(FROZEN_COLUMN))
        return current

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        if index.column() > FROZEN_COLUMN:
            super().scrollTo(index, hint)
        elif index.isValid():  # only scroll vertically: the frozen column is always in view
            bar = self.horizontalScrollBar()
            keep = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(keep)

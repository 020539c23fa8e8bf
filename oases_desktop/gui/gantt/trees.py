"""The two trees beside the chart: names (frozen) and step details, with the chart's row height and header height."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFrame, QHeaderView, QTreeView

from oases_desktop.gui.date_delegate import DateDelegate

from oases_desktop.gui.steps.model import CHOICES_ROLE
from oases_desktop.gui.timeline import style


class AxisHighHeader(QHeaderView):
    """A header exactly as high as the chart's date axis, so tree rows and chart rows line up."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(hint.width(), int(style.HEADER_HEIGHT))


class RowDelegate(DateDelegate):
    """Rows of the chart's height; a combo box for columns whose model offers CHOICES_ROLE; dates as DateField."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint(option, index).width(), int(style.ROW_HEIGHT))

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


class OutlineTree(QTreeView):
    """A tree with uniform chart-height rows and no vertical scroll bar of its own (the chart's drives it)."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setHeader(AxisHighHeader(Qt.Orientation.Horizontal, self))
        self.setItemDelegate(RowDelegate(self))
        self.setUniformRowHeights(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # every pane keeps a horizontal bar, so their viewports are equally high and the last rows line up
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)   # by pixel width: CJK names cut where they overflow
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(False)   # a double click edits; the arrow expands
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Enter edits the current cell in place (F2 does already); Qt's default Enter does nothing here."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
                event.accept()
                return
        super().keyPressEvent(event)

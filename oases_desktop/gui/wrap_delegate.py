"""An item delegate that wraps long text onto more lines, so a narrow tree shows it whole.

QTreeView lays out rows from each delegate's size hint, which by default ignores the column's
width; this one measures the text at the column's width (minus indentation and icon), and the
view re-lays out its rows whenever a column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Wraps text in `view`'s columns; install with `WrappingDelegate.install(view)`."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self._view = view

    @classmethod
    def install(cls, view: QTreeView) -> WrappingDelegate:
        delegate = cls(view)
        view.setItemDelegate(delegate)
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.header().sectionResized.connect(lambda *_args: view.scheduleDelayedItemsLayout())
        return delegate

    def _text_width(self, option: QStyleOptionViewItem, index) -> int:
        width = self._view.header().sectionSize(index.column())
        if index.column() == self._view.header().logicalIndex(0):   # the tree column: minus the indentation
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self._view.indentation() * (depth + (1 if self._view.rootIsDecorated() else 0))
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            width -= option.decorationSize.width() + 4
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        return max(width - 2 * margin, 20)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text:
            return hint
        width = self._text_width(opt, index)
        metrics = QFontMetrics(opt.font)
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 4))

"""Paints a stored plan as two lines: the plan title, then client · product · date in a muted colour."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from oases_desktop.gui.models.plans_model import COL_PRODUCT, COL_TITLE, COL_UPDATED

PADDING = 6


class PlanDelegate(QStyledItemDelegate):
    """For a one-column view on PlansModel (column 0 = client); reads the sibling columns."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PADDING * 2 + 2)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        main = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = main if selected else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        title = index.siblingAtColumn(COL_TITLE).data()
        details = " · ".join(filter(None, (index.data(), index.siblingAtColumn(COL_PRODUCT).data(),
                                           index.siblingAtColumn(COL_UPDATED).data())))
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        bold = QFont(option.font)
        bold.setBold(True)
        line = QFontMetrics(option.font).height()
        painter.save()
        painter.setFont(bold)
        painter.setPen(main)
        painter.drawText(QRect(rect.x(), rect.y(), rect.width(), line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(QRect(rect.x(), rect.y() + line + 2, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(option.font).elidedText(details, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

"""A thin bar above the work area for things the user should know but need not answer now.

E.g. "your data folder is in a cloud-sync folder" or "the automatic backup failed". Each notice has
a key and is shown at most once per session, even if it is raised again; the user dismisses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NoticeBar(QWidget):
    """Stacked, dismissable notices; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 0)
        self._layout.setSpacing(4)
        self._shown: set[str] = set()
        self._rows: dict[str, QFrame] = {}
        self.hide()

    def show_notice(self, key: str, text: str) -> bool:
        """Show `text` unless a notice with `key` was already shown this session; True if shown now."""
        if key in self._shown:
            return False
        self._shown.add(key)
        # Imported here: the bar is empty at start-up, and QStyle's enums alone cost ~5 ms before the first paint.
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QFrame, QHBoxLayout, QStyle, QToolButton

        row = QFrame(self)
        row.setObjectName(f"notice-{key}")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        row.setAutoFillBackground(True)
        row.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        row.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 4, 4, 4)
        icon = QLabel(row)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(16, 16))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        label = QLabel(text, row)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(row)
        close.setText(self.tr("Dismiss"))
        close.setToolTip(self.tr("Hide this notice"))
        close.setAutoRaise(True)
        close.clicked.connect(lambda: self.dismiss(key))
        layout.addWidget(icon)
        layout.addWidget(label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(row)
        self._rows[key] = row
        self.show()
        return True

    def dismiss(self, key: str) -> None:
        row = self._rows.pop(key, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self.setVisible(bool(self._rows))

    def texts(self) -> list[str]:
        """The notices on show, in order (for tests and accessibility)."""
        return [row.findChildren(QLabel)[1].text() for row in self._rows.values()]


def stacked(notices: NoticeBar, work_area: QWidget) -> QWidget:
    """The notice bar over the work area, as one central widget."""
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(notices)
    layout.addWidget(work_area, 1)
    return container

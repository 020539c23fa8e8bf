"""Reference for the startup benchmark: a bare PySide6 QMainWindow that quits on its first paint."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _QuitOnPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare window"))
window.resize(1280, 800)
quitter = _QuitOnPaint()
window.centralWidget().installEventFilter(quitter)
window.show()
sys.exit(app.exec())

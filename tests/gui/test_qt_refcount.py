"""A drag makes thousands of Qt calls: the pinned PySide6 must not leak references to True or None.

PySide6 6.12.0 does (every emit and every void Qt call drops one reference, and CPython 3.11
aborts with "bool_dealloc"/"none_dealloc" after a few thousand), which is why requirements.txt
pins 6.11.3. This test fails if an upgrade brings the bug back.
"""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPainterPath
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication([])
class Emitter(QObject):
    fired = Signal(str, str, int)
emitter, path, colour, item = Emitter(), QPainterPath(), QColor(), QGraphicsRectItem(0, 0, 1, 1)
before = sys.getrefcount(True), sys.getrefcount(None)
for i in range(200000):
    emitter.fired.emit("step", "move", i)
    path.lineTo(i, i)
    colour.setAlpha(i % 255)
    item.update()
after = sys.getrefcount(True), sys.getrefcount(None)
print("lost", before[0] - after[0], before[1] - after[1])
"""


def test_hundreds_of_thousands_of_qt_calls_leak_no_references():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    lost_true, lost_none = (int(n) for n in result.stdout.split()[1:3])
    assert abs(lost_true) < 50 and abs(lost_none) < 50, result.stdout

"""A drag emits a signal per frame: the app must survive far more emits than True has references."""

import subprocess
import sys

SCRIPT = """
import sys
import oases_desktop.gui  # applies the workaround
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    fired = Signal(str, str, int)
emitter = Emitter()
for i in range(20000):
    emitter.fired.emit("step", "move", i)
print("survived", sys.getrefcount(True) > 1000)
"""


def test_twenty_thousand_emits_do_not_abort_the_interpreter():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived True" in result.stdout

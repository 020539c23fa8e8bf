"""Work around PySide6 6.12 reference-count bugs that otherwise abort the app after a few thousand calls.

Measured here (PySide6 6.12.0, CPython 3.11): `SignalInstance.emit()` returns `True` without taking
a new reference, and every void Qt method (`QPainterPath.lineTo`, `QGraphicsItem.update`,
`QColor.setAlpha`, ...) returns `None` the same way. Each call made from Python therefore removes
one reference from the `True` or `None` singleton. When their counts reach zero CPython aborts with
"Fatal Python error: bool_dealloc / none_dealloc" - mid-drag or at exit. Python 3.12+ makes these
singletons immortal, which is exactly the cure; on 3.11 we give them a reference count no session
can exhaust (they are static objects, never freed, so the extra count costs nothing).
Reproduce: call `QColor().setAlpha(1)` 100 times and watch `sys.getrefcount(None)` fall by 100.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # references added to each singleton
_SINGLETONS = (None, True, False)
_done = False


def leaked_references() -> dict[str, int]:
    """References lost by 100 emits and 100 void calls: {"True": n, "None": n} (0 when fixed upstream)."""
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QColor

    class _Probe(QObject):
        fired = Signal()

    probe, colour = _Probe(), QColor()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(100):
        probe.fired.emit()
    true_lost = true_before - sys.getrefcount(True)
    for _ in range(100):
        colour.setAlpha(1)
    return {"True": true_lost, "None": none_before - sys.getrefcount(None)}


def immortalise_bools() -> None:
    """Give None, True and False enough references that PySide's leaks can never free them (3.11)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in _SINGLETONS:
        # ob_refcnt is the first field of every CPython object, at the object's address.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _done = True

"""Work around a PySide6 6.12 reference-count bug that otherwise crashes the app after ~2000 signals.

`SignalInstance.emit()` returns `True` without taking a new reference, so every `signal.emit(...)`
made from Python removes one reference from the `True` singleton. On Python 3.11 `True` starts with
a few thousand references; once they are used up CPython aborts with "Fatal Python error:
bool_dealloc: deallocating True or False" (mid-session, or at exit). Python 3.12+ makes the bool
singletons immortal, which is exactly the cure; on 3.11 we give them a reference count no session
can exhaust. Reproduce: emit any Signal 3000 times in a loop and watch sys.getrefcount(True) fall.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # references added to each bool singleton; never freed (they are static objects)
_done = False


def _emit_leaks_true() -> bool:
    """True when this PySide6 build drops a reference to True on every emit."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    return sys.getrefcount(True) < before - 5


def immortalise_bools() -> None:
    """Give True and False enough references that PySide's leak can never free them (3.11 only)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if _emit_leaks_true():
        for singleton in (True, False):
            # ob_refcnt is the first field of every CPython object, at the object's address.
            ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _done = True

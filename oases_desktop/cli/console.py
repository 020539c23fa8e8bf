"""Give a windowed Windows build a console for the headless commands.

The bundled app is built without a console (no black window behind the GUI), so on Windows its
sys.stdout is None. When it is started from a terminal with a COMMAND, attach to that terminal
so the command's output and errors are seen. Elsewhere, and in a source checkout, this does nothing.
"""

from __future__ import annotations

import sys

ATTACH_PARENT_PROCESS = -1


def attach_parent_console() -> None:
    """Reopen stdout/stderr on the parent's console when a windowed Windows build has none."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115 (lives as long as the process)
        sys.stderr = sys.stdout

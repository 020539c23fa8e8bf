"""Default sizes of the main window and its docks, and the layout remembered per screen size.

A first start must look right on a 1366x768 laptop as on a 1920x1080 screen: the window takes most
of the available screen (never more); on a narrow screen the plans list joins the right-hand dock
tabs so the timeline keeps the width. A layout the user arranges is kept for that screen size: the
same laptop plugged into a wide monitor gets the layout last used there.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

PREFERRED_SIZE = QSize(1440, 900)
SCREEN_SHARE = 0.92             # leave the edges of a small screen free


def default_window_size(available: QRect | None) -> QSize:
    """The first-run window size for a screen whose usable area is `available` (None: no screen known)."""
    if available is None or available.isEmpty():
        return PREFERRED_SIZE
    width = min(PREFERRED_SIZE.width(), int(available.width() * SCREEN_SHARE))
    height = min(PREFERRED_SIZE.height(), int(available.height() * SCREEN_SHARE))
    return QSize(width, height)


COMPACT_WIDTH = 1500   # below this window width the plans list is a tab beside Product, Eligibility and Step


def is_compact(window_width: int) -> bool:
    """True when the window is too narrow for a docked plans list beside the timeline."""
    return window_width < COMPACT_WIDTH


def screen_key(available: QRect | None) -> str:
    """The name a layout is remembered under: the screen's usable size, e.g. "1366x728"."""
    if available is None or available.isEmpty():
        return "unknown"
    return f"{available.width()}x{available.height()}"


def default_dock_widths(window_width: int) -> tuple[int, int]:
    """First-run widths of the plans dock (left) and the right-hand docks: narrower on a laptop."""
    plans = max(200, min(300, int(window_width * 0.18)))
    right = max(380, min(420, int(window_width * 0.25)))   # the product form needs about 370 px
    return plans, right

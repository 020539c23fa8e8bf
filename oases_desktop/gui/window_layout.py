"""Default sizes of the main window and its timeline/table split, and remembering the user's own.

A first start must look right on a 1366x768 laptop as on a 1920x1080 screen: the window takes most
of the available screen (never more), and the timeline gets most of the height over the step table.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QSplitter, QWidget

TIMELINE_SHARE = 0.6            # of the centre's height, above the step table
PREFERRED_SIZE = QSize(1440, 900)
SCREEN_SHARE = 0.92             # leave the edges of a small screen free


def default_window_size(available: QRect | None) -> QSize:
    """The first-run window size for a screen whose usable area is `available` (None: no screen known)."""
    if available is None or available.isEmpty():
        return PREFERRED_SIZE
    width = min(PREFERRED_SIZE.width(), int(available.width() * SCREEN_SHARE))
    height = min(PREFERRED_SIZE.height(), int(available.height() * SCREEN_SHARE))
    return QSize(width, height)


def default_dock_widths(window_width: int) -> tuple[int, int]:
    """First-run widths of the plans dock (left) and the right-hand docks: narrower on a laptop."""
    plans = max(200, min(300, int(window_width * 0.18)))
    right = max(380, min(420, int(window_width * 0.25)))   # the product form needs about 370 px
    return plans, right


class TimelineSplitter(QSplitter):
    """Timeline over step table: 60/40 until the user drags the handle, then their split, kept in settings."""

    SETTINGS_KEY = "window/main_splitter"

    def __init__(self, timeline: QWidget, steps: QWidget, settings, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("timeline_splitter")
        self.setChildrenCollapsible(False)
        self._settings = settings
        self.addWidget(timeline)
        self.addWidget(steps)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        saved = [int(s) for s in settings.get(self.SETTINGS_KEY) if isinstance(s, (int, float))]
        self._ratio_pending = len(saved) != 2 or min(saved) <= 0
        if not self._ratio_pending:
            self.setSizes(saved)
        self.splitterMoved.connect(self._remember)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._ratio_pending and self.height() > 100:  # the first real height: split it 60/40
            self._ratio_pending = False
            total = sum(self.sizes()) or self.height()
            top = int(total * TIMELINE_SHARE)
            self.setSizes([top, total - top])

    def _remember(self, *_args) -> None:
        self._ratio_pending = False
        self._settings.set(self.SETTINGS_KEY, self.sizes())

    def timeline_share(self) -> float:
        sizes = self.sizes()
        return sizes[0] / sum(sizes) if sum(sizes) else 0.0

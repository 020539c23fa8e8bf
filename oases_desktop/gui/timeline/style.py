"""Colours and sizes of the timeline, shared by the scene, the view and the legend."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

ROW_HEIGHT = 24.0
BAR_HEIGHT = 14.0
HEADER_HEIGHT = 36.0      # the pinned two-tier date axis at the top of the view (year over quarter or month)
GUTTER_WIDTH = 230.0      # step names, left of day 0 (comparison chart)
CHART_MARGIN = 12.0       # left of day 0 when the names are in the tree beside the chart
RESIZE_GRIP = 6.0         # pixels at a bar's right end that resize instead of move

BAR = QColor("#3f7fd0")
BAR_BORDER = QColor("#2a5c9e")
CRITICAL = QColor("#d2473c")
CRITICAL_BORDER = QColor("#9c2a21")
DONE = QColor("#8aa58f")
STOP_CLOCK = QColor("#f0ad3c")
MILESTONE = QColor("#6a3fa0")
WHISKER = QColor("#55606e")
TODAY = QColor("#e0592a")
SELECTION = QColor("#ffb000")
DRIVING = QColor("#111111")   # the outline of a key milestone's driving path: dark in colour and in greyscale
PROJECTED_HATCH = Qt.BrushStyle.BDiagPattern

ZOOM_PX_PER_DAY = {"month": 6.0, "quarter": 2.2, "year": 0.75}
MIN_PX_PER_DAY, MAX_PX_PER_DAY = 0.1, 40.0   # 0.1: five years fit a 200 px chart


def palette() -> QPalette:
    """The application palette, so lanes and labels follow the system's light or dark theme."""
    return QApplication.palette()


def is_dark() -> bool:
    """True when the window background is dark."""
    return palette().color(QPalette.ColorRole.Window).lightness() < 128


def lane_colour(index: int) -> QColor:
    """Alternating lane backgrounds that stay subtle in light and dark themes."""
    base = palette().color(QPalette.ColorRole.Base)
    return base.darker(106 if index % 2 == 0 else 103) if not is_dark() else base.lighter(118 if index % 2 == 0 else 110)


def header_colour() -> QColor:
    """Background of a lane's header row."""
    return QColor("#dfe7f3") if not is_dark() else QColor("#2c3a4f")


def summary_colour() -> QColor:
    """A route's span on its header row."""
    return QColor("#44546a") if not is_dark() else QColor("#9fb3cf")


def text_colour() -> QColor:
    """Label text colour."""
    return palette().color(QPalette.ColorRole.Text)


def muted_text_colour() -> QColor:
    """Secondary text (axis ticks, durations)."""
    return palette().color(QPalette.ColorRole.PlaceholderText)


def whisker_colour() -> QColor:
    """Min-max whiskers and link arrows: the grey reads on a light lane, a lighter grey on a dark one."""
    return QColor("#9aa5b4") if is_dark() else WHISKER


def hatch_brush(colour: QColor) -> QBrush:
    """The diagonal hatch over a projected route's bars."""
    return QBrush(colour, PROJECTED_HATCH)

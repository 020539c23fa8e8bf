"""Layout of plans as plain data (days and rows), drawn by the GUI scene and the PDF alike."""

from oases_desktop.core.layout.axis import SCALES, AxisTick
from oases_desktop.core.layout.timeline import (
    Arrow,
    Bar,
    Lane,
    Milestone,
    Row,
    StopClockSegment,
    TimelineLayout,
    layout_timeline,
)

__all__ = [
    "SCALES", "Arrow", "AxisTick", "Bar", "Lane", "Milestone", "Row", "StopClockSegment",
    "TimelineLayout", "layout_timeline",
]

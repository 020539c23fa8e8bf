"""Batched drawing: many shapes of one style in one PDF path, many strings in one text object.

ReportLab formats every number it writes in pure Python (no C accelerator in reportlab 5), and
every colour, line width or string drawn on its own costs a state change and a text object.
A timeline page draws hundreds of rectangles in a handful of styles, so collecting them per
style and emitting one path each (and one text object for all labels) does the same drawing
with a fraction of the operators. Shapes of one batch must not overlap where order matters.
Batched paths write their coordinates with one C-level format per shape, to a hundredth of a
point (a 1/7200 inch, far below what any printer resolves).
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.export.fonts import text_width


class FastPath:
    """A path built as PDF operators directly; drawn with canvas.drawPath / clipPath like a ReportLab path."""

    __slots__ = ("_code",)

    def __init__(self):
        self._code: list[str] = []

    def moveTo(self, x: float, y: float) -> None:  # noqa: N802 - ReportLab's path method names
        self._code.append("%.2f %.2f m" % (x, y))

    def lineTo(self, x: float, y: float) -> None:  # noqa: N802
        self._code.append("%.2f %.2f l" % (x, y))

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self._code.append("%.2f %.2f %.2f %.2f re" % (x, y, w, h))

    def close(self) -> None:
        self._code.append("h")

    def getCode(self) -> str:  # noqa: N802
        return " ".join(self._code)


def _polyline_code(points) -> str:
    (x, y), *rest = points
    return " ".join(["%.2f %.2f m" % (x, y), *("%.2f %.2f l" % point for point in rest)])


class Shapes:
    """Paths keyed by style (fill colour, stroke colour, line width, dash); drawn in first-use order."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self._paths: dict[tuple, object] = {}

    def _path(self, fill: Color | None, stroke: Color | None, width: float, dash: tuple = ()):
        key = (fill, stroke, width if stroke is not None else 0.0, dash)
        path = self._paths.get(key)
        if path is None:
            path = self._paths[key] = FastPath()
        return path

    def rect(self, x: float, y: float, w: float, h: float, fill: Color | None = None,
             stroke: Color | None = None, width: float = 0.5) -> None:
        """A rectangle, filled and/or outlined."""
        self._path(fill, stroke, width).rect(x, y, w, h)

    def polyline(self, points, stroke: Color, width: float, dash: tuple = ()) -> None:
        """An open line through `points` ((x, y) pairs)."""
        self._path(None, stroke, width, dash)._code.append(_polyline_code(points))

    def line(self, x1: float, y1: float, x2: float, y2: float, stroke: Color, width: float,
             dash: tuple = ()) -> None:
        """One straight segment."""
        self._path(None, stroke, width, dash)._code.append("%.2f %.2f m %.2f %.2f l" % (x1, y1, x2, y2))

    def polygon(self, points, fill: Color | None = None, stroke: Color | None = None, width: float = 0.5) -> None:
        """A closed shape through `points`."""
        self._path(fill, stroke, width)._code.append(_polyline_code(points) + " h")

    def flush(self) -> None:
        """Draw every batch (one path per style) and start empty."""
        c = self.canvas
        for (fill, stroke, width, dash), path in self._paths.items():
            if fill is not None:
                c.setFillColor(fill)
            if stroke is not None:
                c.setStrokeColor(stroke)
                c.setLineWidth(width)
                if dash:
                    c.setDash(*dash)
            c.drawPath(path, stroke=stroke is not None, fill=fill is not None)
            if dash:
                c.setDash()
        self._paths = {}


class Texts:
    """Strings drawn in one text object: relative moves, font and colour emitted only on change.

    Nothing is measured unless alignment needs it (then through the cached `text_width`).
    """

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self._text = canvas.beginText(0, 0)
        self._x = self._y = 0.0
        self._font: tuple[str, float] | None = None
        self._colour: Color | None = None
        self._count = 0

    def add(self, x: float, y: float, text: str, font: str, size: float, colour: Color, align: str = "left") -> None:
        """`text` with its baseline at y, starting (left), centred on or ending (right) at x."""
        if not text:
            return
        if align != "left":
            width = text_width(text, font, size)
            x -= width / 2 if align == "centre" else width
        t = self._text
        if self._font != (font, size):
            t.setFont(font, size, 0)  # zero leading: the line move after each string goes nowhere
            self._font = (font, size)
        if self._colour is not colour:
            t.setFillColor(colour)
            self._colour = colour
        t.moveCursor(x - self._x, self._y - y)  # ReportLab's dy points down on a bottom-up page
        self._x, self._y = x, y
        t.textLine(text)
        self._count += 1

    def flush(self) -> None:
        """Draw the strings collected so far and start a new text object."""
        if self._count:
            self.canvas.drawText(self._text)
        self.__init__(self.canvas)

"""An SVG canvas with the ReportLab canvas calls the PDF's drawing code makes, so an SVG figure is
drawn by the very code that draws the PDF page (one look, one implementation).

Only the subset that code uses: state save/restore, translate/scale, colours, line width, dash,
rect/line/lines/strings, paths of moveTo/lineTo/rect/close (as ink.FastPath writes them), clip,
text objects, and forms (recorded once, repeated where placed). Points are user units, y up
as on a PDF page (one flip at the top). Every string is set to its PDF width (textLength), so a
reader's substitute font cannot make a label run over a bar.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from oases_desktop.core.export.fonts import BOLD, text_width
from oases_desktop.core.export.ink import FastPath

# What a browser uses for the bundled fonts when it lacks them.
FAMILIES = {BOLD: ("DejaVu Sans Condensed, DejaVu Sans, Arial Narrow, sans-serif", "bold"),
            None: ("WenQuanYi Micro Hei, Microsoft YaHei, PingFang SC, Arial, sans-serif", "normal")}
# XML 1.0 has no place for C0 controls other than tab, newline and return.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _num(value: float) -> str:
    return ("%.2f" % value).rstrip("0").rstrip(".") if value % 1 else "%d" % value


def _colour(colour) -> str:
    return "#%02x%02x%02x" % tuple(round(max(0.0, min(1.0, v)) * 255) for v in (colour.red, colour.green, colour.blue))


def path_data(code: str) -> str:
    """SVG path data for the PDF operators of a FastPath (m, l, re, h)."""
    out, stack = [], []
    for token in code.split():
        if token in ("m", "l"):
            y, x = stack.pop(), stack.pop()
            out.append(f"{'M' if token == 'm' else 'L'}{_num(x)} {_num(y)}")
        elif token == "re":
            h, w, y, x = stack.pop(), stack.pop(), stack.pop(), stack.pop()
            out.append(f"M{_num(x)} {_num(y)}h{_num(w)}v{_num(h)}h{_num(-w)}Z")
        elif token == "h":
            out.append("Z")
        else:
            stack.append(float(token))
    return "".join(out)


class _State:
    __slots__ = ("fill", "stroke", "width", "dash", "font", "size")

    def __init__(self):
        self.fill = self.stroke = "#000000"
        self.width, self.dash, self.font, self.size = 1.0, (), None, 10.0

    def copy(self) -> "_State":
        other = _State()
        for name in self.__slots__:
            setattr(other, name, getattr(self, name))
        return other


class _Text:
    """A ReportLab text object's calls (setFont, setFillColor, moveCursor, textLine) as strings to place."""

    def __init__(self, x: float, y: float, state: _State):
        self.x, self.y, self.leading = x, y, 0.0
        self.font, self.size, self.fill = state.font, state.size, state.fill
        self.items: list[tuple] = []

    def setFont(self, font: str, size: float, leading: float | None = None) -> None:  # noqa: N802 - ReportLab's names
        self.font, self.size = font, size
        self.leading = size * 1.2 if leading is None else leading

    def setFillColor(self, colour) -> None:  # noqa: N802
        self.fill = _colour(colour)

    def moveCursor(self, dx: float, dy: float) -> None:  # noqa: N802
        self.x, self.y = self.x + dx, self.y - dy

    def textLine(self, text: str = "") -> None:  # noqa: N802
        self.items.append((self.x, self.y, text, self.font, self.size, self.fill))
        self.y -= self.leading


class SvgCanvas:
    """Collects the drawing of a `width` x `height` point figure; `svg()` gives the document."""

    def __init__(self, width: float, height: float):
        self.width, self.height = width, height
        self._body: list[str] = []
        self._clips: list[str] = []
        self._out = self._body
        self._state = _State()
        self._saved: list[tuple[_State, int]] = []
        self._open = 0            # <g> elements opened since the last saveState
        self._forms: dict[str, list[str]] = {}
        self._ids = 0

    # state
    def saveState(self) -> None:  # noqa: N802
        self._saved.append((self._state.copy(), self._open))
        self._open = 0

    def restoreState(self) -> None:  # noqa: N802
        self._out.extend(["</g>"] * self._open)
        self._state, self._open = self._saved.pop()

    def _group(self, attributes: str) -> None:
        self._out.append(f"<g {attributes}>")
        self._open += 1

    def translate(self, dx: float, dy: float) -> None:
        self._group(f'transform="translate({_num(dx)} {_num(dy)})"')

    def scale(self, sx: float, sy: float) -> None:
        self._group(f'transform="scale({_num(sx)} {_num(sy)})"')

    def setFillColor(self, colour) -> None:  # noqa: N802
        self._state.fill = _colour(colour)

    def setStrokeColor(self, colour) -> None:  # noqa: N802
        self._state.stroke = _colour(colour)

    def setLineWidth(self, width: float) -> None:  # noqa: N802
        self._state.width = width

    def setDash(self, array=(), phase=0) -> None:  # noqa: N802
        self._state.dash = (array, phase) if isinstance(array, (int, float)) else tuple(array)

    def setFont(self, font: str, size: float, leading: float | None = None) -> None:  # noqa: N802
        self._state.font, self._state.size = font, size

    def stringWidth(self, text: str, font: str, size: float) -> float:  # noqa: N802
        return text_width(text, font, size)

    def getPageNumber(self) -> int:  # noqa: N802
        return 1

    # shapes
    def _paint(self, stroke, fill) -> str:
        s = self._state
        parts = [f'fill="{s.fill}" fill-rule="evenodd"' if fill else 'fill="none"']
        if stroke:
            parts.append(f'stroke="{s.stroke}" stroke-width="{_num(s.width)}"')
            if s.dash:
                parts.append(f'stroke-dasharray="{" ".join(_num(d) for d in s.dash)}"')
        return " ".join(parts)

    def beginPath(self) -> FastPath:  # noqa: N802
        return FastPath()

    def drawPath(self, path: FastPath, stroke=1, fill=0, fillMode=None) -> None:  # noqa: N802, N803
        data = path_data(path.getCode())
        if data and (stroke or fill):
            self._out.append(f'<path d="{data}" {self._paint(stroke, fill)}/>')

    def clipPath(self, path: FastPath, stroke=0, fill=0, fillMode=None) -> None:  # noqa: N802, N803
        self._ids += 1
        name = f"clip{self._ids}"
        self._clips.append(f'<clipPath id="{name}"><path d="{path_data(path.getCode())}" clip-rule="evenodd"/></clipPath>')
        self._group(f'clip-path="url(#{name})"')

    def rect(self, x: float, y: float, width: float, height: float, stroke=1, fill=0) -> None:
        if stroke or fill:
            self._out.append(f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(width)}" height="{_num(height)}" '
                             f'{self._paint(stroke, fill)}/>')

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.lines(((x1, y1, x2, y2),))

    def lines(self, linelist) -> None:
        data = "".join(f"M{_num(a)} {_num(b)}L{_num(c)} {_num(d)}" for a, b, c, d in linelist)
        self._out.append(f'<path d="{data}" {self._paint(1, 0)}/>')

    # text
    def _string(self, x: float, y: float, text: str, font, size: float, fill: str, anchor: str = "start") -> None:
        text = _NOT_XML.sub("\ufffd", text)
        if not text:
            return
        family, weight = FAMILIES[BOLD if font == BOLD else None]
        length = text_width(text, font, size)
        self._out.append(
            f'<text transform="translate({_num(x)} {_num(y)}) scale(1 -1)" font-family={quoteattr(family)} '
            f'font-weight="{weight}" font-size="{_num(size)}" fill="{fill}" text-anchor="{anchor}" '
            f'textLength="{_num(length)}" lengthAdjust="spacingAndGlyphs" xml:space="preserve">{escape(text)}</text>')

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self._string(x, y, text, self._state.font, self._state.size, self._state.fill)

    def drawRightString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self._string(x, y, text, self._state.font, self._state.size, self._state.fill, "end")

    def drawCentredString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self._string(x, y, text, self._state.font, self._state.size, self._state.fill, "middle")

    def beginText(self, x: float = 0, y: float = 0) -> _Text:  # noqa: N802
        return _Text(x, y, self._state)

    def drawText(self, text: _Text) -> None:  # noqa: N802
        for x, y, string, font, size, fill in text.items:
            self._string(x, y, string, font, size, fill)

    # forms: recorded once, their elements repeated where placed (a <use> of clipped content is
    # beyond some renderers, Qt's among them)
    def hasForm(self, name: str) -> bool:  # noqa: N802
        return name in self._forms

    def beginForm(self, name: str, lowerx=0, lowery=0, upperx=None, uppery=None) -> None:  # noqa: N802
        self.saveState()
        self._out = self._forms[name] = []

    def endForm(self, **_ignored) -> None:  # noqa: N802
        self.restoreState()
        self._out = self._body

    def doForm(self, name: str) -> None:  # noqa: N802
        self._out.extend(["<g>", *self._forms[name], "</g>"])

    def svg(self, title: str = "") -> bytes:
        """The SVG document (UTF-8): width and height in points, y flipped once."""
        w, h = _num(self.width), _num(self.height)
        head = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
                f'width="{w}pt" height="{h}pt" viewBox="0 0 {w} {h}">')
        title_tag = f"<title>{escape(_NOT_XML.sub('', title))}</title>" if title else ""
        parts = [head, title_tag, f'<rect width="{w}" height="{h}" fill="#ffffff"/>',
                 "<defs>", *self._clips, "</defs>",
                 f'<g transform="matrix(1 0 0 -1 0 {h})">', *self._body, "</g></svg>"]
        return "\n".join(parts).encode("utf-8")

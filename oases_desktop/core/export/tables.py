"""Tables of plain text for the report: cells are wrapped strings, never markup.

`TextTable` is a small Flowable of its own rather than ReportLab's Table: cells are drawn as
literal strings (a user's "<b>unclosed" prints as typed), rows are wrapped once with the font
metrics, and a long table splits between rows with its header repeated, in a fraction of the
time Table takes on a 2,000-row plan (it re-measures every remaining row at each page).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.lib.colors import Color, white
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import REGULAR, font_for, text_width
from oases_desktop.core.export.ink import Shapes, Texts

CELL_SIZE = 7.5
HEAD_SIZE = 7.5
LEADING = CELL_SIZE + 2
PAD_X = 3.0
PAD_TOP = 2.5
PAD_BOTTOM = 3.5


BREAK_AFTER = "/-_.?&=,;:+"     # where a token with no space (a URL, a path) may break


def _hard_break(line: str, font: str, size: float, width: float) -> list[str]:
    """Split a line with no space to break at (a URL) after a '/', '-', '.' or the like; only a
    token with no such point at all is cut at the last character that fits."""
    pieces: list[str] = []
    while line and text_width(line, font, size) > width:
        lo, hi = 1, len(line) - 1   # the longest prefix that fits (at least one character)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if text_width(line[:mid], font, size) <= width:
                lo = mid
            else:
                hi = mid - 1
        cut = max(line.rfind(mark, 0, lo) for mark in BREAK_AFTER) + 1
        if cut > lo // 3:  # a break point not too far back: no line left nearly empty
            lo = cut
        pieces.append(line[:lo])
        line = line[lo:]
    return [*pieces, line] if line else pieces


def wrap_cell(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """The lines of `text` within `width` points; an ellipsis ends a cell cut at `max_lines`."""
    text = str(text)
    if "\n" not in text and text_width(text, font, size) <= width:
        return [text]  # most cells fit on one line: one measurement instead of one per word
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        for line in simpleSplit(paragraph, font, size, width) or [""]:
            lines.extend(_hard_break(line, font, size, width) or [""])
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(0, len(lines[-1]) - 1)].rstrip() + "…"
    return lines


@dataclass(frozen=True)
class _Row:
    cells: tuple[tuple[str, ...], ...]     # lines per cell
    colours: tuple[Color, ...]             # text colour per cell
    height: float
    shaded: bool
    group: bool = False                    # a route heading across the whole width
    links: tuple[tuple[int, str], ...] = ()   # (column, web address): the cell opens it when clicked
    anchor: str | None = None              # a named destination at the row (internal links point at it)


class TextTable(Flowable):
    """A full-width table: navy header repeated on each page, zebra rows, wrapped plain text."""

    def __init__(self, head: _Row, rows: Sequence[_Row], widths: Sequence[float]):
        super().__init__()
        self.head, self.rows, self.widths = head, list(rows), list(widths)
        self.width = sum(self.widths)
        self.height = head.height + sum(row.height for row in self.rows)

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def split(self, available_width, available_height):
        room = available_height - self.head.height
        taken, used = 0, 0.0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            taken += 1
        while taken and self.rows[taken - 1].group:  # never leave a route heading alone at a page foot
            taken -= 1
        if taken == len(self.rows):
            return [self]
        if taken == 0:   # a row taller than a page goes on over the page break; a shorter one moves whole
            first = self.rows[0]
            if first.height < TALL_ROW or room - PAD_TOP - PAD_BOTTOM < 3 * LEADING:
                return []
            top, rest = _split_row(first, room)
            return [TextTable(self.head, [top], self.widths), TextTable(self.head, [rest, *self.rows[1:]], self.widths)]
        return [TextTable(self.head, self.rows[:taken], self.widths),
                TextTable(self.head, self.rows[taken:], self.widths)]

    def draw(self):
        c = self.canv
        shapes, texts = Shapes(c), Texts(c)
        y = self.height
        shapes.rect(0, y - self.head.height, self.width, self.head.height, fill=style.NAVY)
        for row in self.rows:
            y -= row.height
            if row.shaded or row.group:
                shapes.rect(0, y - self.head.height, self.width, row.height,
                            fill=style.LANE_BAND if row.group else style.ZEBRA)
        y = self.height - self.head.height
        for row in self.rows:
            y -= row.height
            shapes.line(0, y, self.width, y, style.GRID, 0.25)
        shapes.flush()
        self._text_rows(texts, self.head, self.height, font_for("".join(l for cell in self.head.cells for l in cell), True))
        y = self.height - self.head.height
        for row in self.rows:
            self._text_rows(texts, row, y, font_for(row.cells[0][0], True) if row.group else REGULAR)
            self._links(row, y)
            y -= row.height
        texts.flush()

    def _links(self, row: _Row, top: float) -> None:
        """The row's clickable addresses and its destination, in the cell's own rectangle."""
        if row.anchor:
            self.canv.bookmarkHorizontal(row.anchor, 0, top)
        for column, url in row.links:
            x = sum(self.widths[:column])
            self.canv.linkURL(url, (x, top - row.height, x + self.widths[column], top), relative=1)

    def _text_rows(self, texts: Texts, row: _Row, top: float, font: str) -> None:
        x = 0.0
        for lines, colour, width in zip(row.cells, row.colours, self.widths):
            baseline = top - PAD_TOP - CELL_SIZE
            for line in lines:
                texts.add(x + PAD_X, baseline, line, font, CELL_SIZE, colour)
                baseline -= LEADING
            x += width


TALL_ROW = 200.0   # points: a row this tall may be split over a page break rather than moved whole


def _split_row(row: _Row, room: float) -> tuple[_Row, _Row]:
    """The row's first lines that fit `room`, and the rest (every cell's text whole, none cut)."""
    lines = max(1, int((room - PAD_TOP - PAD_BOTTOM) // LEADING))
    top = _row([cell[:lines] for cell in row.cells], row.colours, row.shaded)
    rest = _row([cell[lines:] or ("",) for cell in row.cells], row.colours, row.shaded)
    return replace(top, links=row.links, anchor=row.anchor), replace(rest, links=row.links)


def _row(cells: Sequence[Sequence[str]], colours: Sequence[Color], shaded: bool, group: bool = False) -> _Row:
    height = max(len(lines) for lines in cells) * LEADING + PAD_TOP + PAD_BOTTOM
    return _Row(tuple(tuple(lines) for lines in cells), tuple(colours), height, shaded, group)


def text_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    fractions: Sequence[float],
    width: float,
    emphasis: Sequence[int] = (),
    warn: Sequence[tuple[int, int]] = (),
    max_lines: int = 10_000,
    groups: dict[int, str] | None = None,
    url_column: int | None = None,
    anchors: Sequence[str | None] = (),
) -> TextTable:
    """A table of `rows` under `header`, columns sized by `fractions` of `width`.

    Every cell prints whole (`max_lines` only for a caller that wants a cap). `emphasis` rows (body
    indices) have their first four cells in the critical colour; `warn`
    (row, column) cells are in the warning colour; `groups` puts a heading band before a row;
    a web address in `url_column` is clickable; `anchors` names a destination at each row.
    """
    total = sum(fractions)
    widths = [width * f / total for f in fractions]
    head_font = font_for("".join(header), bold=True)
    head = _row([wrap_cell(t, head_font, HEAD_SIZE, w - 2 * PAD_X, 2) for t, w in zip(header, widths)],
                [white] * len(widths), False)
    emphasised, warned = set(emphasis), set(warn)
    body = []
    for index, cells in enumerate(rows):
        if groups and index in groups:
            title = groups[index]
            heading = wrap_cell(title, font_for(title, True), CELL_SIZE, width - 2 * PAD_X, 2)
            body.append(_row([heading], [style.NAVY], False, group=True))
        colours = [
            style.WARN if (index, column) in warned
            else style.CRITICAL_EDGE if index in emphasised and column < 4
            else style.INK
            for column in range(len(widths))
        ]
        lines = [wrap_cell(cell, REGULAR, CELL_SIZE, w - 2 * PAD_X, max_lines) for cell, w in zip(cells, widths)]
        url = str(cells[url_column]).strip() if url_column is not None else ""
        links = ((url_column, url),) if url.startswith(("http://", "https://")) else ()
        anchor = anchors[index] if index < len(anchors) else None
        body.append(replace(_row(lines, colours, index % 2 == 1), links=links, anchor=anchor))
    return TextTable(head, body, widths)

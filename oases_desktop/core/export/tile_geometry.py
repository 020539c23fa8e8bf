"""A timeline tile's geometry: which items a page shows and where days and rows fall in points.

Also the cross-page bookkeeping: links whose other end is on another page, and the page it is on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import white
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import REGULAR, fit_text, font_for, text_width
from oases_desktop.core.export.tiling import AXIS_HEIGHT, Tile, TileLocator
from oases_desktop.core.layout.timeline import TimelineLayout

LABEL_SIZE = 7.5


@dataclass(frozen=True)
class Frame:
    """Where the tile goes on the page, in points (x, y = bottom-left)."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Pages:
    """Where every tile of the timeline is printed, so a link leaving this page can say where it goes.

    Each tile fills exactly one page, in order, so tile j is on page `first_page + j`.
    """

    tiles: tuple[Tile, ...]
    index: int           # this tile's position in `tiles`
    first_page: int      # the page number of tiles[0]

    def page_of(self, tile: int) -> int:
        return self.first_page + tile


def label_column_width(frame_width: float) -> float:
    """Points given to row labels: under a third of the width, within readable bounds."""
    return min(240.0, max(140.0, frame_width * 0.3))


_ASIDE = re.compile(r"\s*\([^()]*\)")
LABEL_COLUMN_MAX = 0.45   # a wider label column may take up to this share of the width


def wanted_label_width(layout: TimelineLayout) -> float:
    """Points the widest row label needs whole (step labels indented, lane titles in bold, tags)."""
    wanted = 0.0
    projected = {lane.header_row for lane in layout.lanes if lane.projected}
    for row in layout.rows:
        if row.kind == "lane":
            tag = "  projected" if row.index in projected else " (continued)"
            title = _ASIDE.sub("", row.label).strip() or row.label
            need = text_width(title, font_for(title, bold=True), LABEL_SIZE + 0.5) + text_width(
                tag, REGULAR, LABEL_SIZE) + 8
        else:
            # a step name may lose its bracketed asides (see row_label): the column is sized without them
            need = text_width(_ASIDE.sub("", row.label).strip() or row.label, REGULAR, LABEL_SIZE) + 16
        wanted = max(wanted, need)
    return wanted


def row_label(text: str, font: str, size: float, width: float) -> str:
    """A step name that fits `width`: whole if it fits, else without its asides in brackets
    ("DH evaluation (target 150 working days)" -> "DH evaluation"), cut with an ellipsis last."""
    if text_width(text, font, size) <= width:
        return text
    plain = _ASIDE.sub("", text).strip()
    return fit_text(plain or text, font, size, width)


TWO_LINE_ROW_HEIGHT = 14.0   # rows this tall can hold a name on two lines of 7 pt


def row_label_lines(text: str, font: str, size: float, width: float, two_lines: bool) -> tuple[list[str], float]:
    """The lines and type size of a step name in `width`: one line when it fits (asides dropped
    first), else, when `two_lines`, the plain name on two lines at the minimum size, cut last."""
    line = row_label(text, font, size, width)
    if not two_lines or line == text or not line.endswith("…"):
        return [line], size
    plain = _ASIDE.sub("", text).strip() or text
    lines = simpleSplit(plain, font, style.MIN_SIZE, width)
    if len(lines) > 2:
        lines = [lines[0], fit_text(" ".join(lines[1:]), font, style.MIN_SIZE, width)]
    return [part for part in lines if part] or [line], style.MIN_SIZE


def _told_apart(text: str, others: list[str], font: str, size: float, width: float) -> str:
    """`text` shortened to `width` keeping the first word where it differs from every one of `others`:
    its start up to that word ("DH evaluation (target 150…"), else its start, an ellipsis and the rest
    from that word ("Submission of the…first indication")."""
    words = text.split(" ")
    same = max((next((i for i, (a, b) in enumerate(zip(words, o.split(" "))) if a != b), len(words))
                for o in others), default=0)
    upto = " ".join(words[:same + 1]) + ("…" if same + 1 < len(words) else "")
    if text_width(upto, font, size) <= width:
        return upto
    rest = "…" + " ".join(words[same:])
    if text_width(rest, font, size) >= width * 0.7:
        rest = fit_text(rest, font, size, width * 0.7)
    head = fit_text(" ".join(words[:same]), font, size, width - text_width(rest, font, size))
    return head.removesuffix("…").rstrip() + rest


def distinct_row_labels(names: dict[int, str], font: str, size: float, width: float,
                        two_lines: bool) -> dict[int, tuple[list[str], float]]:
    """Each step row's label lines (row_label_lines), different names never shortened to the same label:
    those that would be are cut in the middle instead, keeping the words that tell them apart."""
    labels = {row: row_label_lines(name, font, size, width, two_lines) for row, name in names.items()}
    printed: dict[tuple, set[str]] = {}
    for row, (lines, _size) in labels.items():
        printed.setdefault(tuple(lines), set()).add(names[row])
    for row, (lines, _size) in list(labels.items()):
        clash = printed[tuple(lines)]
        if len(clash) > 1:
            others = [n for n in clash if n != names[row]]
            labels[row] = ([_told_apart(names[row], others, font, size, width)], size)
    return labels


class RowIndex:
    """The layout's items grouped by row, built once, so each page only visits its own rows."""

    def __init__(self, layout: TimelineLayout):
        self.bars: dict[int, list] = {}
        self.marks: dict[int, list] = {}
        self.stops: dict[int, list] = {}
        self.arrows: dict[int, list] = {}      # by the row they leave
        self.arrivals: dict[int, list] = {}    # by the row they point at
        for items, key, target in ((layout.bars, "row", self.bars), (layout.milestones, "row", self.marks),
                                   (layout.stop_clocks, "row", self.stops), (layout.arrows, "from_row", self.arrows),
                                   (layout.arrows, "to_row", self.arrivals)):
            for item in items:
                target.setdefault(getattr(item, key), []).append(item)
        self.layout = layout
        self._labels: dict[tuple, dict] = {}

    def labels(self, font: str, size: float, width: float, two_lines: bool) -> dict[int, tuple[list[str], float]]:
        """The step rows' labels for the whole layout (distinct_row_labels), made once for all its tiles."""
        key = (font, size, width, two_lines)
        if key not in self._labels:
            names = {row.index: row.label for row in self.layout.rows if row.kind != "lane"}
            self._labels[key] = distinct_row_labels(names, font, size, width, two_lines)
        return self._labels[key]

    EMPTY: RowIndex

    @staticmethod
    def pick(groups: dict[int, list], first: int, last: int) -> list:
        return [item for row in range(first, last) for item in groups.get(row, ())]


RowIndex.EMPTY = RowIndex(TimelineLayout("", "", date.min, 0, "month", (), (), (), (), (), (), ()))


class TileGeometry:
    """Maps days and rows of one tile to points, and holds the items drawn on it."""

    def __init__(self, layout: TimelineLayout, tile: Tile, frame: Frame, row_height: float,
                 index: RowIndex | None = None, pages: Pages | None = None, label_width: float | None = None):
        self.layout, self.tile, self.frame, self.row_height = layout, tile, frame, row_height
        index = index or RowIndex(layout)
        self.index = index
        lo, hi = tile.first_day, tile.last_day
        # items wholly outside this tile's time window are dropped here, not clipped later
        self.bars = [b for b in index.pick(index.bars, tile.first_row, tile.last_row)
                     if b.start < hi and max(b.end, b.max_end) > lo]
        self.marks = [m for m in index.pick(index.marks, tile.first_row, tile.last_row)
                      if min(m.day, m.min_day) < hi and max(m.day, m.max_day, m.p80_day or m.day) >= lo]
        self.stops = [s for s in index.pick(index.stops, tile.first_row, tile.last_row) if s.start < hi and s.end > lo]
        self.arrows: list = []                               # both ends on this tile
        self.leaving: list = []                              # (arrow, page it continues on)
        self.arriving: list = []                             # (arrow, page it comes from)
        self.notes: dict[int, list[str]] = {}                # row -> "from p. 3", "continues on p. 5"
        self._sort_arrows(index, pages)
        self.label_width = label_width or label_column_width(frame.width)
        self.label_size = max(style.MIN_SIZE, min(LABEL_SIZE, row_height - 2.5))
        self.x0 = frame.x + self.label_width
        self.x1 = frame.x + frame.width
        self.top = frame.y + frame.height - AXIS_HEIGHT   # top of the rows (the carried lane header first)
        self.carried = self._carried_lane() if tile.carried_lane else None
        self.rows_top = self.top - (row_height if self.carried else 0)   # top of the tile's first own row
        self.bottom = self.rows_top - (tile.last_row - tile.first_row) * row_height
        self.scale = (self.x1 - self.x0) / max(tile.last_day - tile.first_day, 1)

    def _sort_arrows(self, index: RowIndex, pages: Pages | None) -> None:
        """Links drawn whole here, and links with one end on another page (a stub and a page note)."""
        tile = self.tile
        here = lambda row, day: tile.first_row <= row < tile.last_row and tile.first_day <= day < tile.last_day  # noqa: E731
        locate = TileLocator(pages.tiles) if pages else None
        candidates = {id(a): a for a in index.pick(index.arrows, tile.first_row, tile.last_row)}
        candidates.update((id(a), a) for a in index.pick(index.arrivals, tile.first_row, tile.last_row))
        for arrow in candidates.values():
            # an end on a window boundary belongs to the bar it touches: the one ending, the one starting
            source = here(arrow.from_row, arrow.from_day - 0.01)
            target = here(arrow.to_row, arrow.to_day + 0.01)
            if source and target:
                self.arrows.append(arrow)
            elif locate is None:
                continue  # no page numbers to point at: the link is left to the step table
            elif source:
                page = pages.page_of(locate(arrow.to_row, arrow.to_day + 0.01))
                self.leaving.append((arrow, page))
                self.notes.setdefault(arrow.from_row, []).append(f"continues on p. {page}")
            elif target:
                page = pages.page_of(locate(arrow.from_row, arrow.from_day - 0.01))
                self.arriving.append((arrow, page))
                self.notes.setdefault(arrow.to_row, []).append(f"from p. {page}")

    def note(self, row: int) -> str:
        """The page notes of a row's links to other pages, ready to follow its date label."""
        notes = list(dict.fromkeys(sorted(self.notes.get(row, ()), key=lambda n: (n.startswith("continues"), n))))
        return "".join(f" · {n}" for n in notes)

    def x(self, day: float) -> float:
        return self.x0 + (day - self.tile.first_day) * self.scale

    def _carried_lane(self):
        """The lane this page starts inside of (its header is repeated on top)."""
        return next((lane for lane in self.layout.lanes if lane.first_row <= self.tile.first_row <= lane.last_row),
                    None)

    def row_bottom(self, row: int) -> float:
        return self.rows_top - (row - self.tile.first_row + 1) * self.row_height

    def row_mid(self, row: int) -> float:
        return self.row_bottom(row) + self.row_height / 2

    def shows_row(self, row: int) -> bool:
        return self.tile.first_row <= row < self.tile.last_row

    def row_colour(self, row: int):
        """The background of a step row (zebra stripes), for label backings."""
        return style.ZEBRA if row % 2 else white


def clip_to(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """Clip further drawing (until restoreState) to a rectangle."""
    path = c.beginPath()
    path.rect(x, y, w, h)
    c.clipPath(path, stroke=0, fill=0)

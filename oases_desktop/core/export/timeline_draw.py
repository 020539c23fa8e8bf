"""Draw one tile of a TimelineLayout on a ReportLab canvas: axis, rows, bars, links, legend.

Thin on purpose: every position comes from the layout (days, rows) and the tile; this module
only maps them to points. Shapes are batched per style and strings per text object (see ink.py);
text goes to the page as literal strings, never through markup.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import REGULAR, fit_text, font_for, text_width
from oases_desktop.core.export.ink import FastPath, Shapes, Texts
from oases_desktop.core.export.legend import diamond, draw_legend, hatch_lines
from oases_desktop.core.export.tiling import AXIS_HEIGHT, Tile, TileLocator
from oases_desktop.core.layout.timeline import TimelineLayout

LABEL_SIZE = 7.5
AXIS_SIZE = 7.5


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


def row_label(text: str, font: str, size: float, width: float) -> str:
    """A step name that fits `width`: whole if it fits, else without its asides in brackets
    ("DH evaluation (target 150 working days)" -> "DH evaluation"), cut with an ellipsis last."""
    if text_width(text, font, size) <= width:
        return text
    plain = _ASIDE.sub("", text).strip()
    return fit_text(plain or text, font, size, width)


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

    EMPTY: RowIndex

    @staticmethod
    def pick(groups: dict[int, list], first: int, last: int) -> list:
        return [item for row in range(first, last) for item in groups.get(row, ())]


RowIndex.EMPTY = RowIndex(TimelineLayout("", "", date.min, 0, "month", (), (), (), (), (), (), ()))


class TileGeometry:
    """Maps days and rows of one tile to points, and holds the items drawn on it."""

    def __init__(self, layout: TimelineLayout, tile: Tile, frame: Frame, row_height: float,
                 index: RowIndex | None = None, pages: Pages | None = None):
        self.layout, self.tile, self.frame, self.row_height = layout, tile, frame, row_height
        index = index or RowIndex(layout)
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
        self.label_width = label_column_width(frame.width)
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


def _clip_to(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    path = c.beginPath()
    path.rect(x, y, w, h)
    c.clipPath(path, stroke=0, fill=0)


def _draw_rows(g: TileGeometry, shapes: Shapes, texts: Texts) -> None:
    lanes = {lane.header_row: lane for lane in g.layout.lanes}
    if g.carried:
        y = g.rows_top
        shapes.rect(g.frame.x, y, g.frame.width, g.row_height, fill=style.LANE_BAND)
        font = font_for(g.carried.title, bold=True)
        tag = " (continued)"
        title = row_label(g.carried.title, font, LABEL_SIZE + 0.5,
                         g.label_width - 8 - text_width(tag, REGULAR, LABEL_SIZE))
        texts.add(g.frame.x + 4, y + g.row_height * 0.3, title, font, LABEL_SIZE + 0.5, style.NAVY)
        texts.add(g.frame.x + 4 + text_width(title, font, LABEL_SIZE + 0.5), y + g.row_height * 0.3, tag, REGULAR,
                  LABEL_SIZE, style.MUTED)
    for row in g.layout.rows[g.tile.first_row:g.tile.last_row]:
        y = g.row_bottom(row.index)
        baseline = y + g.row_height * 0.3
        if row.kind == "lane":
            shapes.rect(g.frame.x, y, g.frame.width, g.row_height, fill=style.LANE_BAND)
            tag = "  projected" if lanes[row.index].projected else ""
            font = font_for(row.label, bold=True)
            room = g.label_width - 8 - (text_width(tag, REGULAR, LABEL_SIZE) if tag else 0)
            title = row_label(row.label, font, LABEL_SIZE + 0.5, room)
            texts.add(g.frame.x + 4, baseline, title, font, LABEL_SIZE + 0.5, style.NAVY)
            if tag:
                texts.add(g.frame.x + 4 + text_width(title, font, LABEL_SIZE + 0.5), baseline, tag, REGULAR,
                          LABEL_SIZE, style.MUTED)
            continue
        if row.index % 2:
            shapes.rect(g.frame.x, y, g.frame.width, g.row_height, fill=style.ZEBRA)
        label = row_label(row.label, REGULAR, g.label_size, g.label_width - 16)
        texts.add(g.frame.x + 12, baseline, label, REGULAR, g.label_size, style.INK)


def _visible_ticks(g: TileGeometry):
    """(tick, x_lo, x_hi) of the ticks overlapping this tile's time window."""
    for tick in g.layout.ticks:
        lo, hi = max(tick.start, g.tile.first_day), min(tick.end, g.tile.last_day)
        if lo < hi:
            yield tick, g.x(lo), g.x(hi)


def _draw_grid(g: TileGeometry, shapes: Shapes) -> None:
    """Period lines down the rows (and up through the axis band they divide)."""
    band = AXIS_HEIGHT / 2
    for tick, x_lo, _ in _visible_ticks(g):
        if tick.start < g.tile.first_day:
            continue
        upper = tick.level == 0 or g.layout.scale == "year"
        shapes.line(x_lo, g.bottom, x_lo, g.top + (AXIS_HEIGHT if upper else band),
                    style.GRID_STRONG if upper else style.GRID, 0.6 if upper else 0.4)


def _draw_axis_labels(g: TileGeometry, texts: Texts) -> None:
    """Years in the upper band, months or quarters in the lower; a year axis uses both as one."""
    band = AXIS_HEIGHT / 2
    years_only = g.layout.scale == "year"
    for tick, x_lo, x_hi in _visible_ticks(g):
        font = font_for(tick.label, bold=tick.level == 0 or years_only)
        if text_width(tick.label, font, AXIS_SIZE) + 2 > x_hi - x_lo:
            continue
        y_text = (g.top + band if tick.level == 0 else g.top) + band * 0.32
        if years_only:
            texts.add((x_lo + x_hi) / 2, g.top + band - AXIS_SIZE * 0.35, tick.label, font, AXIS_SIZE, style.NAVY,
                      align="centre")
        elif tick.level == 0:
            texts.add(x_lo + 3, y_text, tick.label, font, AXIS_SIZE, style.NAVY)
        else:
            texts.add((x_lo + x_hi) / 2, y_text, tick.label, font, AXIS_SIZE, style.MUTED, align="centre")


def _draw_lane_spans(g: TileGeometry, shapes: Shapes) -> None:
    for lane in g.layout.lanes:
        if g.shows_row(lane.header_row):
            y = g.row_mid(lane.header_row) - 1.5
        elif lane is g.carried:
            y = g.rows_top + g.row_height / 2 - 1.5
        else:
            continue
        x_lo, x_hi = g.x(lane.start), g.x(lane.end)
        shapes.rect(x_lo, y, x_hi - x_lo, 3, fill=style.NAVY)
        for x in (x_lo, x_hi):
            shapes.rect(x - 0.75, y - 2.5, 1.5, 5.5, fill=style.NAVY)


def _whisker(g: TileGeometry, shapes: Shapes, row: int, lo: float, hi: float) -> None:
    if hi <= lo:
        return
    y, cap = g.row_mid(row), g.row_height * 0.18
    x_lo, x_hi = g.x(lo), g.x(hi)
    shapes.line(x_lo, y, x_hi, y, style.WHISKER, 0.6)
    shapes.line(x_lo, y - cap, x_lo, y + cap, style.WHISKER, 0.6)
    shapes.line(x_hi, y - cap, x_hi, y + cap, style.WHISKER, 0.6)


def _draw_bars(c: Canvas, g: TileGeometry, shapes: Shapes) -> None:
    """Whiskers, then the bars over them (one path per style), then hatching on projected bars."""
    for bar in g.bars:
        _whisker(g, shapes, bar.row, min(bar.min_end, bar.end), bar.max_end)
    shapes.flush()
    height = g.row_height * 0.56
    hatched = []
    for bar in g.bars:
        x, y = g.x(bar.start), g.row_mid(bar.row) - height / 2
        width = max(g.x(bar.end) - x, 1.2)
        fill, edge = (style.CRITICAL, style.CRITICAL_EDGE) if bar.critical else (style.BAR, style.BAR_EDGE)
        if bar.done:
            fill, edge = style.DONE, style.DONE
        if bar.projected:
            fill = style.PROJECTED
            hatched.append((x, y, width, height))
        shapes.rect(x, y, width, height, fill=fill, stroke=edge, width=0.5)
    for seg in g.stops:
        shapes.rect(g.x(seg.start), g.row_mid(seg.row) - height / 2, g.x(seg.end) - g.x(seg.start), height,
                    fill=style.STOP_CLOCK)
    shapes.flush()
    if hatched:  # one clip made of every projected bar, one path of diagonal strokes
        c.saveState()
        clip, lines = FastPath(), FastPath()
        for x, y, w, h in hatched:
            clip.rect(x, y, w, h)
            hatch_lines(lines, x, y, w, h)
        c.clipPath(clip, stroke=0, fill=0)
        c.setStrokeColor(style.BAR_EDGE)
        c.setLineWidth(0.5)
        c.drawPath(lines, stroke=1, fill=0)
        c.restoreState()


def _diamond_points(x: float, y: float, r: float):
    return ((x, y + r), (x + r, y), (x, y - r), (x - r, y))


def _draw_milestones(g: TileGeometry, shapes: Shapes) -> None:
    for mark in g.marks:
        _whisker(g, shapes, mark.row, mark.min_day, mark.max_day)
    shapes.flush()
    for mark in g.marks:
        r, y = g.row_height * 0.34, g.row_mid(mark.row)
        if mark.p80_day is not None and mark.p80_day != mark.day:
            shapes.polygon(_diamond_points(g.x(mark.p80_day), y, r * 0.7), stroke=style.NAVY, width=0.7)
    for mark in g.marks:
        r, y = g.row_height * 0.34, g.row_mid(mark.row)
        fill = style.PROJECTED if mark.projected else (style.CRITICAL if mark.critical else style.NAVY)
        shapes.polygon(_diamond_points(g.x(mark.day), y, r), fill=fill,
                       stroke=style.CRITICAL_EDGE if mark.critical else style.NAVY, width=0.7)


def label_x(width: float, spots: tuple[float, ...], x0: float, x1: float) -> float:
    """Where a label `width` wide starts: the first of `spots` (left edges, best first) that keeps
    it inside [x0, x1], else the second spot (the one beside the mark) pushed inside."""
    for x in spots:
        if x0 + 1 <= x and x + width <= x1 - 1:
            return x
    return max(x0 + 1, min(spots[min(1, len(spots) - 1)], x1 - 1 - width))


def _side_label(g: TileGeometry, shapes: Shapes, texts: Texts, row: int, text: str, after: float, before: float,
                beside: float) -> None:
    """A date label after the whole drawing of a row (its whisker too); on a page edge, right
    before the bar or diamond (`before` is where it starts), else just after it (`beside`)."""
    width = text_width(text, REGULAR, style.MIN_SIZE)
    y = g.row_bottom(row) + g.row_height * 0.3
    x = label_x(width, (after + 3, before - 3 - width, beside + 3), g.x0, g.x1)
    # a backing in the row's own colour keeps the label readable where a link line crosses it
    shapes.rect(x - 1, y - 1.5, width + 2, style.MIN_SIZE + 1.5, fill=g.row_colour(row))
    texts.add(x, y, text, REGULAR, style.MIN_SIZE, style.MUTED)


def _draw_labels(g: TileGeometry, shapes: Shapes, texts: Texts) -> None:
    for bar in g.bars:
        if bar.end <= g.tile.first_day or bar.start >= g.tile.last_day:
            continue  # only its whisker reaches this page: the label is on the bar's own page
        start, finish = g.layout.date_of(bar.start), g.layout.date_of(bar.end - 1)
        text = f"{style.fmt_short(start)} – {style.fmt_date(finish)}{g.note(bar.row)}"
        _side_label(g, shapes, texts, bar.row, text, g.x(max(bar.end, bar.max_end)), g.x(bar.start), g.x(bar.end))
    crowded = {row for row, count in Counter(m.row for m in g.marks).items() if count > 1}
    for mark in g.marks:
        if mark.row not in crowded and g.tile.first_day <= mark.day < g.tile.last_day:
            text = style.fmt_date(g.layout.date_of(mark.day))
            if mark.p80_day is not None:
                text += f"  (P80 {style.fmt_date(g.layout.date_of(mark.p80_day))})"
            text += g.note(mark.row)
            x, r = g.x(mark.day), g.row_height * 0.34
            right = max(mark.day, mark.max_day, mark.p80_day or mark.day)
            _side_label(g, shapes, texts, mark.row, text, g.x(right) + 4, x - r - 1, x + r + 1)


def _draw_arrows(g: TileGeometry, shapes: Shapes) -> None:
    for arrow in g.arrows:
        colour = style.CRITICAL_EDGE if arrow.critical else style.ARROW
        fx, fy = g.x(arrow.from_day), g.row_mid(arrow.from_row)
        tx, ty = g.x(arrow.to_day), g.row_mid(arrow.to_row)
        down = -1 if ty < fy else 1
        if tx >= fx + 5:    # room for a simple elbow: across, then down to the target's level
            points = [(fx, fy), (fx + 2.5, fy), (fx + 2.5, ty)]
        else:               # the target starts earlier: go round through the gap between rows
            gap = g.row_bottom(arrow.from_row) if down < 0 else g.row_bottom(arrow.from_row) + g.row_height
            points = [(fx, fy), (fx + 2.5, fy), (fx + 2.5, gap), (tx - 4, gap), (tx - 4, ty)]
        points.append((tx - 1.5, ty))
        shapes.polyline(points, colour, 0.5)
        shapes.polygon(((tx, ty), (tx - 2.6, ty + 1.5), (tx - 2.6, ty - 1.5)), fill=colour)


def _draw_page_stubs(g: TileGeometry, shapes: Shapes) -> None:
    """Links with one end on another page: a stub to the row gap with an off-page head, or one
    coming in from the row gap to the target; the row's date label names the other page."""
    for arrow, _ in g.leaving:
        colour = style.CRITICAL_EDGE if arrow.critical else style.ARROW
        fx, fy = g.x(arrow.from_day), g.row_mid(arrow.from_row)
        goes_up = arrow.to_row < arrow.from_row
        edge = fy + g.row_height / 2 if goes_up else fy - g.row_height / 2
        tip = edge + (0.8 if goes_up else -0.8)
        shapes.polyline([(fx, fy), (fx + 2.5, fy), (fx + 2.5, tip - (2.4 if goes_up else -2.4))], colour, 0.5)
        back = tip - (2.8 if goes_up else -2.8)
        shapes.polygon(((fx + 2.5, tip), (fx + 0.9, back), (fx + 4.1, back)), fill=colour)
    for arrow, _ in g.arriving:
        colour = style.CRITICAL_EDGE if arrow.critical else style.ARROW
        tx, ty = g.x(arrow.to_day), g.row_mid(arrow.to_row)
        from_above = arrow.from_row <= arrow.to_row
        edge = ty + g.row_height / 2 if from_above else ty - g.row_height / 2
        shapes.polyline([(tx - 4, edge), (tx - 4, ty), (tx - 1.5, ty)], colour, 0.5)
        shapes.polygon(((tx, ty), (tx - 2.6, ty + 1.5), (tx - 2.6, ty - 1.5)), fill=colour)
        shapes.rect(tx - 5.2, edge - 0.6, 2.4, 1.2, fill=colour)   # a small bar marks where it enters the page


def _draw_today(g: TileGeometry, shapes: Shapes) -> None:
    today = g.layout.today
    if today is not None and g.tile.first_day <= today < g.tile.last_day:
        x = g.x(today + 0.5)
        shapes.line(x, g.bottom, x, g.top, style.TODAY, 0.9, dash=(3, 2))


def draw_tile(c: Canvas, layout: TimelineLayout, tile: Tile, frame: Frame, row_height: float,
              index: RowIndex | None = None, pages: Pages | None = None) -> None:
    """Draw the rows, axis, bars, links and today line of one tile inside `frame` (legend below).

    Pass the layout's RowIndex when drawing many tiles of one layout, and `pages` so links to
    other tiles get a stub and the page they continue on (without it they are left out).
    """
    g = TileGeometry(layout, tile, frame, row_height, index, pages)
    shapes, texts = Shapes(c), Texts(c)
    _draw_rows(g, shapes, texts)
    shapes.flush()
    texts.flush()
    c.saveState()
    _clip_to(c, g.x0, g.bottom, g.x1 - g.x0, g.top - g.bottom)
    _draw_grid(g, shapes)
    _draw_today(g, shapes)
    _draw_lane_spans(g, shapes)
    shapes.flush()
    _draw_arrows(g, shapes)
    _draw_page_stubs(g, shapes)
    shapes.flush()
    _draw_bars(c, g, shapes)
    _draw_milestones(g, shapes)
    shapes.flush()
    _draw_labels(g, shapes, texts)
    shapes.flush()
    texts.flush()
    c.restoreState()
    _draw_axis(c, g, shapes, texts)
    _place_legend(c, frame.x, g.bottom - 13, frame.width)


LEGEND_ROOM = 40.0   # the legend's height and then some: the bounding box of its form


def _place_legend(c: Canvas, x: float, top: float, width: float) -> None:
    """The legend, drawn once per document and width as a form and placed on every page."""
    name = f"OasesLegend{round(width * 100)}"
    if not c.hasForm(name):
        c.beginForm(name, lowerx=-2, lowery=-2, upperx=width + 2, uppery=LEGEND_ROOM)
        draw_legend(c, 0, LEGEND_ROOM, width)
        c.endForm()
    c.saveState()
    c.translate(x, top - LEGEND_ROOM)
    c.doForm(name)
    c.restoreState()


def _draw_axis(c: Canvas, g: TileGeometry, shapes: Shapes, texts: Texts) -> None:
    """The axis band above the rows (clipped to the chart's width), its rules, and the tile's dates."""
    band = AXIS_HEIGHT / 2
    # the band is the same on every page of one time window: drawn once as a form, then placed
    name = (f"OasesAxis-{g.layout.scenario_id}-{g.layout.scale}-{g.layout.end_day}-{g.tile.first_day}-"
            f"{g.tile.last_day}-{round(g.x0 - g.frame.x)}-{round(g.x1 - g.x0)}")
    if not c.hasForm(name):
        band_geometry = TileGeometry(g.layout, g.tile, Frame(0, 0, g.frame.width, AXIS_HEIGHT), g.row_height,
                                     RowIndex.EMPTY)
        c.beginForm(name, lowerx=band_geometry.x0, lowery=0, upperx=band_geometry.x1, uppery=AXIS_HEIGHT)
        c.setFillColor(style.LANE_BAND)
        c.rect(band_geometry.x0, 0, band_geometry.x1 - band_geometry.x0, AXIS_HEIGHT, stroke=0, fill=1)
        _draw_grid(band_geometry, shapes)
        shapes.flush()
        _draw_axis_labels(band_geometry, texts)
        texts.flush()
        c.endForm()
    c.saveState()
    c.translate(g.frame.x, g.top)
    c.doForm(name)
    c.restoreState()
    rules = [(g.x0, g.top, g.x1, g.top), (g.frame.x, g.bottom, g.x1, g.bottom),
             (g.x0, g.bottom, g.x0, g.top + AXIS_HEIGHT)]
    if g.layout.scale != "year":   # the rule between the year band and the month or quarter band
        rules.append((g.x0, g.top + band, g.x1, g.top + band))
    for x1, y1, x2, y2 in rules:
        shapes.line(x1, y1, x2, y2, style.GRID_STRONG, 0.6)
    shapes.flush()
    today = g.layout.today
    if today is not None and g.tile.first_day <= today < g.tile.last_day:
        label = f"Today {style.fmt_date(g.layout.date_of(today))}"
        x = min(g.x(today + 0.5) + 2, g.x1 - text_width(label, REGULAR, style.MIN_SIZE))
        texts.add(x, g.bottom - 9, label, REGULAR, style.MIN_SIZE, style.TODAY)
    first, last = g.layout.date_of(g.tile.first_day), g.layout.date_of(g.tile.last_day - 1)
    texts.add(g.frame.x + 4, g.top + band + 4, f"{style.fmt_date(first)} –", REGULAR, style.MIN_SIZE, style.MUTED)
    texts.add(g.frame.x + 4, g.top + 4, style.fmt_date(last), REGULAR, style.MIN_SIZE, style.MUTED)
    texts.flush()

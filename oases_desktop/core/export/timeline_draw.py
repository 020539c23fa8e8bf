"""Draw one tile of a TimelineLayout on a ReportLab canvas: axis, rows, bars, links, legend.

Thin on purpose: every position comes from the layout (days, rows) and the tile; this module
only maps them to points. Text goes through canvas.drawString, never through markup.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import REGULAR, fit_text, font_for, text_width
from oases_desktop.core.export.tiling import AXIS_HEIGHT, Tile
from oases_desktop.core.layout.timeline import Bar, Milestone, TimelineLayout

LABEL_SIZE = 7.5
AXIS_SIZE = 7.5


@dataclass(frozen=True)
class Frame:
    """Where the tile goes on the page, in points (x, y = bottom-left)."""

    x: float
    y: float
    width: float
    height: float


def label_column_width(frame_width: float) -> float:
    """Points given to row labels: about a quarter of the width, within readable bounds."""
    return min(210.0, max(130.0, frame_width * 0.26))


class RowIndex:
    """The layout's items grouped by row, built once, so each page only visits its own rows."""

    def __init__(self, layout: TimelineLayout):
        self.bars: dict[int, list] = {}
        self.marks: dict[int, list] = {}
        self.stops: dict[int, list] = {}
        self.arrows: dict[int, list] = {}
        for items, key, target in ((layout.bars, "row", self.bars), (layout.milestones, "row", self.marks),
                                   (layout.stop_clocks, "row", self.stops), (layout.arrows, "from_row", self.arrows)):
            for item in items:
                target.setdefault(getattr(item, key), []).append(item)

    @staticmethod
    def pick(groups: dict[int, list], first: int, last: int) -> list:
        return [item for row in range(first, last) for item in groups.get(row, ())]


class TileGeometry:
    """Maps days and rows of one tile to points, and holds the items drawn on it."""

    def __init__(self, layout: TimelineLayout, tile: Tile, frame: Frame, row_height: float,
                 index: RowIndex | None = None):
        self.layout, self.tile, self.frame, self.row_height = layout, tile, frame, row_height
        index = index or RowIndex(layout)
        self.bars = index.pick(index.bars, tile.first_row, tile.last_row)
        self.marks = index.pick(index.marks, tile.first_row, tile.last_row)
        self.stops = index.pick(index.stops, tile.first_row, tile.last_row)
        self.arrows = [a for a in index.pick(index.arrows, tile.first_row, tile.last_row)
                       if tile.first_row <= a.to_row < tile.last_row]
        self.label_width = label_column_width(frame.width)
        self.label_size = max(style.MIN_SIZE, min(LABEL_SIZE, row_height - 2.5))
        self.x0 = frame.x + self.label_width
        self.x1 = frame.x + frame.width
        self.top = frame.y + frame.height - AXIS_HEIGHT   # top of the first row
        self.bottom = self.top - (tile.last_row - tile.first_row) * row_height
        self.scale = (self.x1 - self.x0) / max(tile.last_day - tile.first_day, 1)

    def x(self, day: float) -> float:
        return self.x0 + (day - self.tile.first_day) * self.scale

    def row_bottom(self, row: int) -> float:
        return self.top - (row - self.tile.first_row + 1) * self.row_height

    def row_mid(self, row: int) -> float:
        return self.row_bottom(row) + self.row_height / 2

    def shows_row(self, row: int) -> bool:
        return self.tile.first_row <= row < self.tile.last_row


def _clip_to_chart(c: Canvas, g: TileGeometry) -> None:
    path = c.beginPath()
    path.rect(g.x0, g.bottom, g.x1 - g.x0, g.top - g.bottom)
    c.clipPath(path, stroke=0, fill=0)


def _draw_rows(c: Canvas, g: TileGeometry) -> None:
    lanes = {lane.header_row: lane for lane in g.layout.lanes}
    for row in g.layout.rows[g.tile.first_row:g.tile.last_row]:
        y = g.row_bottom(row.index)
        if row.kind == "lane":
            c.setFillColor(style.LANE_BAND)
            c.rect(g.frame.x, y, g.frame.width, g.row_height, stroke=0, fill=1)
            lane = lanes[row.index]
            tag = "  projected" if lane.projected else ""
            font = font_for(row.label, bold=True)
            room = g.label_width - 8 - (text_width(tag, REGULAR, LABEL_SIZE) if tag else 0)
            title = fit_text(row.label, font, LABEL_SIZE + 0.5, room)
            c.setFillColor(style.NAVY)
            c.setFont(font, LABEL_SIZE + 0.5)
            c.drawString(g.frame.x + 4, y + g.row_height * 0.3, title)
            if tag:
                c.setFillColor(style.MUTED)
                c.setFont(REGULAR, LABEL_SIZE)
                c.drawString(g.frame.x + 4 + text_width(title, font, LABEL_SIZE + 0.5), y + g.row_height * 0.3, tag)
            continue
        if row.index % 2:
            c.setFillColor(style.ZEBRA)
            c.rect(g.frame.x, y, g.frame.width, g.row_height, stroke=0, fill=1)
        c.setFillColor(style.INK)
        c.setFont(REGULAR, g.label_size)
        c.drawString(g.frame.x + 12, y + g.row_height * 0.3, fit_text(row.label, REGULAR, g.label_size, g.label_width - 16))


def _draw_grid_and_axis(c: Canvas, g: TileGeometry, with_labels: bool) -> None:
    """Period lines down the rows; with_labels adds the axis band and its year/period labels."""
    axis_top = g.top + AXIS_HEIGHT
    band = AXIS_HEIGHT / 2
    if with_labels:
        c.setFillColor(style.LANE_BAND)
        c.rect(g.x0, g.top, g.x1 - g.x0, AXIS_HEIGHT, stroke=0, fill=1)
    for tick in g.layout.ticks:
        lo, hi = max(tick.start, g.tile.first_day), min(tick.end, g.tile.last_day)
        if lo >= hi:
            continue
        x_lo, x_hi = g.x(lo), g.x(hi)
        upper = tick.level == 0 or g.layout.scale == "year"
        y_text = (g.top + band if tick.level == 0 else g.top) + band * 0.32
        c.setStrokeColor(style.GRID_STRONG if upper else style.GRID)
        c.setLineWidth(0.6 if upper else 0.4)
        if tick.start >= g.tile.first_day:
            c.line(x_lo, g.bottom, x_lo, g.top + (AXIS_HEIGHT if tick.level == 0 else band))
        font = font_for(tick.label, bold=tick.level == 0)
        if with_labels and text_width(tick.label, font, AXIS_SIZE) + 2 <= x_hi - x_lo:
            c.setFillColor(style.NAVY if tick.level == 0 else style.MUTED)
            c.setFont(font, AXIS_SIZE)
            if tick.level == 0:
                c.drawString(x_lo + 3, y_text, tick.label)
            else:
                c.drawCentredString((x_lo + x_hi) / 2, y_text, tick.label)
    c.setStrokeColor(style.GRID_STRONG)
    c.setLineWidth(0.6)
    c.line(g.x0, g.top, g.x1, g.top)
    c.line(g.x0, g.top + band, g.x1, g.top + band)
    c.line(g.frame.x, g.bottom, g.x1, g.bottom)
    c.line(g.x0, g.bottom, g.x0, axis_top)


def _draw_lane_spans(c: Canvas, g: TileGeometry) -> None:
    c.setFillColor(style.NAVY)
    for lane in g.layout.lanes:
        if not g.shows_row(lane.header_row):
            continue
        y = g.row_mid(lane.header_row) - 1.5
        x_lo, x_hi = g.x(lane.start), g.x(lane.end)
        c.rect(x_lo, y, x_hi - x_lo, 3, stroke=0, fill=1)
        for x in (x_lo, x_hi):
            c.rect(x - 0.75, y - 2.5, 1.5, 5.5, stroke=0, fill=1)


def _whisker(c: Canvas, g: TileGeometry, row: int, lo: float, hi: float) -> None:
    if hi <= lo:
        return
    y, cap = g.row_mid(row), g.row_height * 0.18
    x_lo, x_hi = g.x(lo), g.x(hi)
    c.setStrokeColor(style.WHISKER)
    c.setLineWidth(0.6)
    c.lines(((x_lo, y, x_hi, y), (x_lo, y - cap, x_lo, y + cap), (x_hi, y - cap, x_hi, y + cap)))


def _hatch(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    c.saveState()
    path = c.beginPath()
    path.rect(x, y, w, h)
    c.clipPath(path, stroke=0, fill=0)
    c.setStrokeColor(style.BAR_EDGE)
    c.setLineWidth(0.5)
    step = 3.5
    start = x - h
    while start < x + w:
        c.line(start, y, start + h, y + h)
        start += step
    c.restoreState()


def _draw_bar(c: Canvas, g: TileGeometry, bar: Bar) -> None:
    _whisker(c, g, bar.row, min(bar.min_end, bar.end), bar.max_end)
    height = g.row_height * 0.56
    x, y = g.x(bar.start), g.row_mid(bar.row) - height / 2
    width = max(g.x(bar.end) - x, 1.2)
    fill, edge = (style.CRITICAL, style.CRITICAL_EDGE) if bar.critical else (style.BAR, style.BAR_EDGE)
    if bar.done:
        fill, edge = style.DONE, style.DONE
    if bar.projected:
        fill = style.PROJECTED
    c.setFillColor(fill)
    c.setStrokeColor(edge)
    c.setLineWidth(0.5)
    c.rect(x, y, width, height, stroke=1, fill=1)
    if bar.projected:
        _hatch(c, x, y, width, height)


def _draw_stop_clocks(c: Canvas, g: TileGeometry) -> None:
    height = g.row_height * 0.56
    c.setFillColor(style.STOP_CLOCK)
    for seg in g.stops:
        c.rect(g.x(seg.start), g.row_mid(seg.row) - height / 2, g.x(seg.end) - g.x(seg.start), height, stroke=0, fill=1)


def _diamond(c: Canvas, x: float, y: float, r: float, filled: bool) -> None:
    path = c.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    c.drawPath(path, stroke=1, fill=1 if filled else 0)


def _draw_milestone(c: Canvas, g: TileGeometry, mark: Milestone) -> None:
    _whisker(c, g, mark.row, mark.min_day, mark.max_day)
    r, y = g.row_height * 0.34, g.row_mid(mark.row)
    c.setLineWidth(0.7)
    if mark.p80_day is not None and mark.p80_day != mark.day:
        c.setStrokeColor(style.NAVY)
        c.setFillColor(style.NAVY)
        _diamond(c, g.x(mark.p80_day), y, r * 0.7, filled=False)
    c.setStrokeColor(style.CRITICAL_EDGE if mark.critical else style.NAVY)
    c.setFillColor(style.PROJECTED if mark.projected else (style.CRITICAL if mark.critical else style.NAVY))
    _diamond(c, g.x(mark.day), y, r, filled=True)


def _side_label(c: Canvas, g: TileGeometry, row: int, left: float, right: float, text: str) -> None:
    """A date label right of the drawing, or left of it when the page edge is near."""
    width = text_width(text, REGULAR, style.MIN_SIZE)
    y = g.row_bottom(row) + g.row_height * 0.3
    if right + 3 + width <= g.x1 - 1:
        x = right + 3
    elif left - 3 - width >= g.x0 + 1:
        x = left - 3 - width
    else:
        return
    # a backing in the row's own colour keeps the label readable where a link line crosses it
    c.setFillColor(style.ZEBRA if row % 2 else white)
    c.rect(x - 1, y - 1.5, width + 2, style.MIN_SIZE + 1.5, stroke=0, fill=1)
    c.setFont(REGULAR, style.MIN_SIZE)
    c.setFillColor(style.MUTED)
    c.drawString(x, y, text)


def _draw_labels(c: Canvas, g: TileGeometry) -> None:
    for bar in g.bars:
        if bar.end > g.tile.first_day and bar.start < g.tile.last_day:
            start, finish = g.layout.date_of(bar.start), g.layout.date_of(bar.end - 1)
            text = f"{style.fmt_short(start)} – {style.fmt_date(finish)}"
            _side_label(c, g, bar.row, g.x(bar.start), g.x(max(bar.end, bar.max_end)), text)
    crowded = {row for row, count in Counter(m.row for m in g.marks).items() if count > 1}
    for mark in g.marks:
        if mark.row not in crowded and g.tile.first_day <= mark.day < g.tile.last_day:
            text = style.fmt_date(g.layout.date_of(mark.day))
            if mark.p80_day is not None:
                text += f"  (P80 {style.fmt_date(g.layout.date_of(mark.p80_day))})"
            right = max(mark.day, mark.max_day, mark.p80_day or mark.day)
            _side_label(c, g, mark.row, g.x(min(mark.day, mark.min_day)) - 4, g.x(right) + 4, text)


def _draw_arrows(c: Canvas, g: TileGeometry) -> None:
    c.setLineWidth(0.5)
    for arrow in g.arrows:
        colour = style.CRITICAL_EDGE if arrow.critical else style.ARROW
        c.setStrokeColor(colour)
        c.setFillColor(colour)
        fx, fy = g.x(arrow.from_day), g.row_mid(arrow.from_row)
        tx, ty = g.x(arrow.to_day), g.row_mid(arrow.to_row)
        down = -1 if ty < fy else 1
        path = c.beginPath()
        path.moveTo(fx, fy)
        if tx >= fx + 5:    # room for a simple elbow: across, then down to the target's level
            path.lineTo(fx + 2.5, fy)
            path.lineTo(fx + 2.5, ty)
        else:               # the target starts earlier: go round through the gap between rows
            gap = g.row_bottom(arrow.from_row) if down < 0 else g.row_bottom(arrow.from_row) + g.row_height
            path.lineTo(fx + 2.5, fy)
            path.lineTo(fx + 2.5, gap)
            path.lineTo(tx - 4, gap)
            path.lineTo(tx - 4, ty)
        path.lineTo(tx - 1.5, ty)
        c.drawPath(path, stroke=1, fill=0)
        head = c.beginPath()
        head.moveTo(tx, ty)
        head.lineTo(tx - 2.6, ty + 1.5)
        head.lineTo(tx - 2.6, ty - 1.5)
        head.close()
        c.drawPath(head, stroke=0, fill=1)


def _draw_today(c: Canvas, g: TileGeometry) -> None:
    today = g.layout.today
    if today is None or not (g.tile.first_day <= today < g.tile.last_day):
        return
    x = g.x(today + 0.5)
    c.setStrokeColor(style.TODAY)
    c.setLineWidth(0.9)
    c.setDash(3, 2)
    c.line(x, g.bottom, x, g.top)
    c.setDash()


def draw_tile(c: Canvas, layout: TimelineLayout, tile: Tile, frame: Frame, row_height: float,
              index: RowIndex | None = None) -> None:
    """Draw the rows, axis, bars, links and today line of one tile inside `frame` (legend below).

    Pass the layout's RowIndex when drawing many tiles of one layout.
    """
    g = TileGeometry(layout, tile, frame, row_height, index)
    _draw_rows(c, g)
    c.saveState()
    _clip_to_chart(c, g)
    _draw_grid_and_axis(c, g, with_labels=False)
    _draw_today(c, g)
    _draw_lane_spans(c, g)
    _draw_arrows(c, g)
    for bar in g.bars:
        _draw_bar(c, g, bar)
    _draw_stop_clocks(c, g)
    for mark in g.marks:
        _draw_milestone(c, g, mark)
    _draw_labels(c, g)
    c.restoreState()
    _draw_axis_outside_clip(c, g)
    draw_legend(c, frame.x, g.bottom - 13, frame.width)


def _draw_axis_outside_clip(c: Canvas, g: TileGeometry) -> None:
    """The axis band sits above the clipped rows, so it is drawn again without the clip."""
    c.saveState()
    path = c.beginPath()
    path.rect(g.x0, g.top, g.x1 - g.x0, AXIS_HEIGHT)
    c.clipPath(path, stroke=0, fill=0)
    _draw_grid_and_axis(c, g, with_labels=True)
    c.restoreState()
    today = g.layout.today
    if today is not None and g.tile.first_day <= today < g.tile.last_day:
        label = f"Today {style.fmt_date(g.layout.date_of(today))}"
        c.setFont(REGULAR, style.MIN_SIZE)
        c.setFillColor(style.TODAY)
        x = min(g.x(today + 0.5) + 2, g.x1 - text_width(label, REGULAR, style.MIN_SIZE))
        c.drawString(x, g.bottom - 9, label)
    c.setFont(REGULAR, style.MIN_SIZE)
    c.setFillColor(style.MUTED)
    first, last = g.layout.date_of(g.tile.first_day), g.layout.date_of(g.tile.last_day - 1)
    c.drawString(g.frame.x + 4, g.top + AXIS_HEIGHT / 2 + 4, f"{style.fmt_date(first)} –")
    c.drawString(g.frame.x + 4, g.top + 4, style.fmt_date(last))


LEGEND_ITEMS = ("bar", "critical", "projected", "whisker", "stop", "milestone", "p80", "link", "today")
LEGEND_TEXT = {
    "bar": "Step (likely dates)", "critical": "Critical path", "projected": "Projected route (hatched)",
    "whisker": "Min–max finish", "stop": "Applicant stop-clock", "milestone": "Milestone",
    "p80": "P80 date (80 % confidence)", "link": "Dependency", "today": "Date of issue",
}


def _legend_swatch(c: Canvas, item: str, x: float, y: float) -> None:
    h = 6.0
    c.setLineWidth(0.5)
    if item in ("bar", "critical", "projected", "stop"):
        fill = {"bar": style.BAR, "critical": style.CRITICAL, "projected": style.PROJECTED, "stop": style.STOP_CLOCK}[item]
        c.setFillColor(fill)
        c.setStrokeColor(style.CRITICAL_EDGE if item == "critical" else style.BAR_EDGE)
        c.rect(x, y, 14, h, stroke=item != "stop", fill=1)
        if item == "projected":
            _hatch(c, x, y, 14, h)
    elif item == "whisker":
        c.setStrokeColor(style.WHISKER)
        c.line(x, y + h / 2, x + 14, y + h / 2)
        c.line(x, y + 1, x, y + h - 1)
        c.line(x + 14, y + 1, x + 14, y + h - 1)
    elif item in ("milestone", "p80"):
        c.setStrokeColor(style.NAVY)
        c.setFillColor(style.NAVY)
        _diamond(c, x + 7, y + h / 2, 4 if item == "milestone" else 3, filled=item == "milestone")
    elif item == "link":
        c.setStrokeColor(style.ARROW)
        c.setFillColor(style.ARROW)
        c.line(x, y + h / 2, x + 11, y + h / 2)
        head = c.beginPath()
        head.moveTo(x + 14, y + h / 2)
        head.lineTo(x + 11, y + h / 2 + 1.7)
        head.lineTo(x + 11, y + h / 2 - 1.7)
        head.close()
        c.drawPath(head, stroke=0, fill=1)
    else:
        c.setStrokeColor(style.TODAY)
        c.setDash(3, 2)
        c.setLineWidth(0.9)
        c.line(x + 7, y - 1, x + 7, y + h + 1)
        c.setDash()


def draw_legend(c: Canvas, x: float, y: float, width: float) -> None:
    """The legend in one or two lines, from the top-left (x, y) downwards, within `width`."""
    cursor, line_y = x, y - 8
    c.setFont(REGULAR, style.MIN_SIZE)
    for item in LEGEND_ITEMS:
        text = LEGEND_TEXT[item]
        needed = 18 + text_width(text, REGULAR, style.MIN_SIZE) + 12
        if cursor + needed > x + width and cursor > x:
            cursor, line_y = x, line_y - 10
        _legend_swatch(c, item, cursor, line_y)
        c.setFillColor(style.INK)
        c.setFont(REGULAR, style.MIN_SIZE)
        c.drawString(cursor + 18, line_y, text)
        cursor += needed

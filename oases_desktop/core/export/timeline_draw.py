"""Draw one tile of a TimelineLayout on a ReportLab canvas: axis, rows, bars, links, legend.

Thin on purpose: every position comes from the layout (days, rows) and the tile; this module
only maps them to points. Shapes are batched per style and strings per text object (see ink.py);
text goes to the page as literal strings, never through markup.
"""

from __future__ import annotations

from collections import Counter

from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import REGULAR, font_for, text_width
from oases_desktop.core.export.ink import FastPath, Shapes, Texts
from oases_desktop.core.export.legend import draw_legend, hatch_lines, legend_items
from oases_desktop.core.export.tile_geometry import (  # noqa: F401 - Frame, Pages, RowIndex: this module's API too
    LABEL_SIZE,
    TWO_LINE_ROW_HEIGHT,
    Frame,
    Pages,
    RowIndex,
    TileGeometry,
    clip_to,
    label_column_width,
    row_label,
)
from oases_desktop.core.export.tiling import Tile
from oases_desktop.core.export.timeline_axis import draw_axis, draw_grid
from oases_desktop.core.layout.timeline import TimelineLayout

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
        lines, size = g.index.labels(REGULAR, g.label_size, g.label_width - 16,
                                     g.row_height >= TWO_LINE_ROW_HEIGHT)[row.index]
        if len(lines) == 2:   # two lines of 7 pt centred on the row
            middle = y + g.row_height / 2
            texts.add(g.frame.x + 12, middle + 0.9, lines[0], REGULAR, size, style.INK)
            texts.add(g.frame.x + 12, middle - 6.3, lines[1], REGULAR, size, style.INK)
        else:
            texts.add(g.frame.x + 12, baseline, lines[0], REGULAR, size, style.INK)


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
        if bar.progress_end is not None and g.x(bar.progress_end) > x:  # in progress: done up to the status date
            shapes.rect(x, y, min(g.x(bar.progress_end), x + width) - x, height, fill=style.DONE, stroke=edge, width=0.5)
    for bar in g.bars:   # the driving path: a black outline around the bar, legible in greyscale
        if bar.driving:
            x, y = g.x(bar.start), g.row_mid(bar.row) - height / 2
            shapes.rect(x - 1.2, y - 1.2, max(g.x(bar.end) - x, 1.2) + 2.4, height + 2.4, stroke=style.DRIVING, width=1.4)
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
        if mark.driving:
            shapes.polygon(_diamond_points(g.x(mark.day), y, r + 1.6), stroke=style.DRIVING, width=1.4)


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
        text = f"{style.fmt_range(start, finish)}{g.note(bar.row)}"
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


def _draw_cut(g: TileGeometry, shapes: Shapes, texts: Texts) -> None:
    """Bars and whiskers running past the timeline's end (plan_span): an arrowhead at the edge and their last date."""
    end = g.layout.end_day
    if g.tile.last_day < end:
        return   # not the last page across
    reach = [(b.row, max(b.end, b.max_end) - 1) for b in g.bars] + \
        [(m.row, max(m.day, m.max_day, m.p80_day or m.day)) for m in g.marks]
    for row, last in reach:
        if last <= end or not g.shows_row(row):
            continue
        y, r = g.row_mid(row), g.row_height * 0.22
        shapes.polygon(((g.x1 - 1, y), (g.x1 - 1 - 2 * r, y + r), (g.x1 - 1 - 2 * r, y - r)), fill=style.WHISKER)
        text = f"to {style.fmt_date(g.layout.date_of(last))}"
        width = text_width(text, REGULAR, style.MIN_SIZE)
        x, base = g.x1 - 3 - 2 * r - width, g.row_bottom(row) + g.row_height * 0.3
        shapes.rect(x - 1, base - 1.5, width + 2, style.MIN_SIZE + 1.5, fill=g.row_colour(row))
        texts.add(x, base, text, REGULAR, style.MIN_SIZE, style.MUTED)


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
              index: RowIndex | None = None, pages: Pages | None = None, label_width: float | None = None) -> None:
    """Draw the rows, axis, bars, links and today line of one tile inside `frame` (legend below).

    Pass the layout's RowIndex when drawing many tiles of one layout, and `pages` so links to
    other tiles get a stub and the page they continue on (without it they are left out).
    """
    g = TileGeometry(layout, tile, frame, row_height, index, pages, label_width)
    shapes, texts = Shapes(c), Texts(c)
    _draw_rows(g, shapes, texts)
    shapes.flush()
    texts.flush()
    c.saveState()
    clip_to(c, g.x0, g.bottom, g.x1 - g.x0, g.top - g.bottom)
    draw_grid(g, shapes)
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
    _draw_cut(g, shapes, texts)
    shapes.flush()
    texts.flush()
    c.restoreState()
    draw_axis(c, g, shapes, texts)
    _place_legend(c, frame.x, g.bottom - 13, frame.width, legend_items(layout))


LEGEND_ROOM = 40.0   # the legend's height and then some: the bounding box of its form


def _place_legend(c: Canvas, x: float, top: float, width: float, items: tuple[str, ...]) -> None:
    """The legend of what the chart draws, drawn once per document, width and items as a form and placed
    on every page."""
    name = f"OasesLegend{round(width * 100)}_" + "".join(item[:2] for item in items)
    if not c.hasForm(name):
        c.beginForm(name, lowerx=-2, lowery=-2, upperx=width + 2, uppery=LEGEND_ROOM)
        draw_legend(c, 0, LEGEND_ROOM, width, items)
        c.endForm()
    c.saveState()
    c.translate(x, top - LEGEND_ROOM)
    c.doForm(name)
    c.restoreState()

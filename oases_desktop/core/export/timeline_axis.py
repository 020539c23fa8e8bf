"""The time axis of a timeline tile: period lines down the rows, and the band of years and periods.

The band is the same on every page of one time window, so it is drawn once per document as
a form and placed on each page.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import REGULAR, font_for, text_width
from oases_desktop.core.export.ink import Shapes, Texts
from oases_desktop.core.export.tile_geometry import Frame, RowIndex, TileGeometry
from oases_desktop.core.export.tiling import AXIS_HEIGHT

AXIS_SIZE = 7.5


def visible_ticks(g: TileGeometry):
    """(tick, x_lo, x_hi) of the ticks overlapping this tile's time window."""
    for tick in g.layout.ticks:
        lo, hi = max(tick.start, g.tile.first_day), min(tick.end, g.tile.last_day)
        if lo < hi:
            yield tick, g.x(lo), g.x(hi)


def draw_grid(g: TileGeometry, shapes: Shapes) -> None:
    """Period lines down the rows (and up through the axis band they divide)."""
    band = AXIS_HEIGHT / 2
    for tick, x_lo, _ in visible_ticks(g):
        if tick.start < g.tile.first_day:
            continue
        upper = tick.level == 0 or g.layout.scale == "year"
        shapes.line(x_lo, g.bottom, x_lo, g.top + (AXIS_HEIGHT if upper else band),
                    style.GRID_STRONG if upper else style.GRID, 0.6 if upper else 0.4)


def _draw_axis_labels(g: TileGeometry, texts: Texts) -> None:
    """Years in the upper band, months or quarters in the lower; a year axis uses both as one."""
    band = AXIS_HEIGHT / 2
    years_only = g.layout.scale == "year"
    for tick, x_lo, x_hi in visible_ticks(g):
        font = font_for(tick.label, bold=tick.level == 0 or years_only)
        label = tick.label
        if tick.level == 0 and not years_only and text_width(label, font, AXIS_SIZE) + 4 > x_hi - x_lo \
                and label.isdigit():
            label = "\u2019" + label[-2:]   # a year with one narrow period in view: '26, clear of the rules
        width = text_width(label, font, AXIS_SIZE)
        if width + 4 > x_hi - x_lo:
            continue
        y_text = (g.top + band if tick.level == 0 else g.top) + band * 0.32
        if years_only:
            texts.add((x_lo + x_hi) / 2, g.top + band - AXIS_SIZE * 0.35, label, font, AXIS_SIZE, style.NAVY,
                      align="centre")
        elif tick.level == 0:   # 3 pt in from the rule, or centred when the year's cell is narrower
            x = x_lo + 3 if width + 6 <= x_hi - x_lo else (x_lo + x_hi - width) / 2
            texts.add(x, y_text, label, font, AXIS_SIZE, style.NAVY)
        else:
            texts.add((x_lo + x_hi) / 2, y_text, tick.label, font, AXIS_SIZE, style.MUTED, align="centre")


def draw_axis(c: Canvas, g: TileGeometry, shapes: Shapes, texts: Texts) -> None:
    """The axis band above the rows (clipped to the chart's width), its rules, and the tile's dates."""
    band = AXIS_HEIGHT / 2
    # the band is the same on every page of one time window: drawn once as a form, then placed
    name = (f"OasesAxis-{g.layout.scenario_id}-{g.layout.scale}-{g.layout.end_day}-{g.tile.first_day}-"
            f"{g.tile.last_day}-{round(g.x0 - g.frame.x)}-{round(g.x1 - g.x0)}")
    if not c.hasForm(name):
        band_geometry = TileGeometry(g.layout, g.tile, Frame(0, 0, g.frame.width, AXIS_HEIGHT), g.row_height,
                                     RowIndex.EMPTY, label_width=g.label_width)
        c.beginForm(name, lowerx=band_geometry.x0, lowery=0, upperx=band_geometry.x1, uppery=AXIS_HEIGHT)
        c.setFillColor(style.LANE_BAND)
        c.rect(band_geometry.x0, 0, band_geometry.x1 - band_geometry.x0, AXIS_HEIGHT, stroke=0, fill=1)
        draw_grid(band_geometry, shapes)
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
        label = f"Date of issue {style.fmt_date(g.layout.date_of(today))}"
        x = min(g.x(today + 0.5) + 2, g.x1 - text_width(label, REGULAR, style.MIN_SIZE))
        texts.add(x, g.bottom - 9, label, REGULAR, style.MIN_SIZE, style.TODAY)
    first, last = g.layout.date_of(g.tile.first_day), g.layout.date_of(g.tile.last_day - 1)
    texts.add(g.frame.x + 4, g.top + band + 4, f"{style.fmt_date(first)} –", REGULAR, style.MIN_SIZE, style.MUTED)
    texts.add(g.frame.x + 4, g.top + 4, style.fmt_date(last), REGULAR, style.MIN_SIZE, style.MUTED)
    texts.flush()

"""The timeline, the scenario comparison or the key milestone table as a PNG or SVG for slides.

A figure is laid out from the PDF's own data (layout_timeline / layout_comparison as in pdf.py,
the summary's milestone table) and drawn by the PDF's own code (draw_tile, TextTable) onto either
a one-page PDF, rasterised by pdfium at the DPI asked (PNG), or an SvgCanvas (SVG): one look,
one drawing. Nothing here imports Qt; `library` is the one every figure is cited from.
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.atomic import WriteError, write_atomic
from oases_desktop.core.domain.plan import Plan
from oases_desktop.core.errors import ExportError
from oases_desktop.core.export import style
from oases_desktop.core.export.image_choices import FORMATS, SLIDE_WIDTH, WHAT
from oases_desktop.core.export.fonts import BOLD, font_for, fit_text, register_fonts
from oases_desktop.core.export.svg_canvas import SvgCanvas
from oases_desktop.core.export.tiling import AXIS_HEIGHT, LEGEND_HEIGHT, ROW_HEIGHT, Tile, points_per_day_needed
from oases_desktop.core.knowledge.model import ReferenceLibrary

MARGIN = 12.0
TITLE_HEIGHT = 22.0
TITLE_SIZE = 12.5       # the PDF's timeline heading
MIN_DPI, MAX_DPI = 36, 600
MAX_PIXELS = 12000 * 12000   # a figure larger than this is refused, not allocated


@dataclass(frozen=True)
class Figure:
    """What to draw and how large (points); `draw(canvas)` draws it on a ReportLab-like canvas
    whose origin is the figure's bottom-left corner."""

    title: str
    width: float
    height: float
    draw: Callable[[object], None]
    geometry: object = None   # a chart's TileGeometry: where each day and row lands, in the figure's points


def _chart(title: str, layout, width: float) -> Figure:
    """A whole TimelineLayout as one tile `width` points wide, rows at the PDF's height."""
    from oases_desktop.core.export.pdf import _label_width
    from oases_desktop.core.export.tile_geometry import TileGeometry, wanted_label_width
    from oases_desktop.core.export.timeline_draw import Frame, RowIndex, draw_tile

    scale = layout.scale
    boundaries = [tick.start for tick in layout.ticks if tick.level == (0 if scale != "year" else 1)]
    labels = _label_width(wanted_label_width(layout), width, boundaries, layout.end_day, scale, True)
    tile = Tile(0, layout.row_count, 0, layout.end_day)
    chart_height = AXIS_HEIGHT + layout.row_count * ROW_HEIGHT + LEGEND_HEIGHT + 2
    height = chart_height + TITLE_HEIGHT + 2 * MARGIN
    frame, rows = Frame(MARGIN, MARGIN, width, chart_height), RowIndex(layout)

    def draw(c) -> None:
        _title(c, title, width, height)
        draw_tile(c, layout, tile, frame, ROW_HEIGHT, rows, None, labels)

    return Figure(title, width + 2 * MARGIN, height, draw, TileGeometry(layout, tile, frame, ROW_HEIGHT, rows, None, labels))


def _title(c, title: str, width: float, height: float) -> None:
    font = font_for(title, bold=True)
    c.setFillColor(style.NAVY)
    c.setFont(font, TITLE_SIZE)
    c.drawString(MARGIN, height - MARGIN - TITLE_SIZE, fit_text(title, font, TITLE_SIZE, width))


def _scale(span: tuple[date, date], width: float, pad: int) -> str:
    """The finest scale whose whole axis fits `width` readably (the PDF's rule for one page)."""
    from oases_desktop.core.layout.axis import axis_days

    first, last = span
    chart = width * 0.75   # the label column takes about a quarter
    return next((s for s in ("month", "quarter") if chart / max(axis_days(first, last, s, pad), 1)
                 >= points_per_day_needed(s)), "year")


def build_figure(plan: Plan, what: str, *, library: ReferenceLibrary, scenario_id: str | None = None,
                 runs: int | None = None, issue_date: date | None = None, width: float = SLIDE_WIDTH,
                 schedules=None) -> Figure:
    """The figure `what` (timeline, comparison or milestones) of a scenario, dated `issue_date`
    (today by default) with P80 dates from `runs` simulations (the PDF's default; 0: none)."""
    from oases_desktop.core.export.pdf import _percentiles, _route_names, _scenario, _schedules
    from oases_desktop.core.layout.axis import axis_days
    from oases_desktop.core.scheduling.calendars import calendars_for
    from oases_desktop.core.scheduling.engine import attach_percentiles

    if what not in WHAT:
        raise ExportError(f"Unknown figure {what!r}; choose one of: {', '.join(WHAT)}.")
    if not 200 <= width <= 5000:
        raise ExportError(f"An image width of {width:g} points is out of range; give 200 to 5000.")
    from oases_desktop.core.layout.names import for_layout

    plan = for_layout(plan)   # very long names cut once, before anything measures them
    scenario = _scenario(plan, scenario_id)
    register_fonts()
    calendars = calendars_for(library)
    schedules = dict(schedules) if schedules is not None else _schedules(plan, scenario.id, calendars)
    ids = [scenario.id] if what != "comparison" else list(schedules)
    for sid in ids:
        schedules[sid] = attach_percentiles(schedules[sid], _percentiles(plan, sid, schedules[sid], runs, calendars))
    schedule = schedules[scenario.id]
    issue = issue_date or date.today()
    inner = width - 2 * MARGIN
    if what == "timeline":
        from oases_desktop.core.layout.timeline import layout_timeline, plan_span, span_margin_days

        span = plan_span(schedule)   # the PDF's timescale: to the last key milestone's P80, later bars cut there
        pad = span_margin_days(*span)
        layout = layout_timeline(plan, scenario, schedule, _scale(span, inner, pad), issue, _route_names(library), pad,
                                 span[1])
        return _chart(f"Timeline — {scenario.name}", layout, inner)
    if what == "comparison":
        from oases_desktop.core.export.milestones import known_milestone_names
        from oases_desktop.core.layout.comparison import comparison_span, layout_comparison

        if len(schedules) < 2:
            raise ExportError("The comparison needs two scenarios that can be scheduled; this plan has "
                              f"{len(schedules)}.")
        span = comparison_span(plan, schedules)
        pad = max(20, axis_days(*span, "month") // 6)
        layout = layout_comparison(plan, schedules, _scale(span, inner, pad), issue, pad,
                                   known_milestone_names(plan.product.kind))
        return _chart("Scenario comparison", layout, inner)
    return _milestones(plan, scenario, schedules, issue, library, inner)


def _milestones(plan, scenario, schedules, issue, library, width: float) -> Figure:
    from oases_desktop.core.export.document import milestone_table
    from oases_desktop.core.export.pdf import _route_names
    from oases_desktop.core.export.report import build_report

    report = build_report(plan, scenario, schedules, issue, library, _route_names(library))
    if not report.milestones:
        raise ExportError(f"Scenario {scenario.name!r} has no key milestones to show.")
    table = milestone_table(report, width)
    _, table_height = table.wrap(width, 1e9)
    title = f"Key milestones — {scenario.name}"
    height = table_height + TITLE_HEIGHT + 2 * MARGIN

    def draw(c) -> None:
        _title(c, title, width, height)
        table.drawOn(c, MARGIN, MARGIN)

    return Figure(title, width + 2 * MARGIN, height, draw)


def figure_pdf(figure: Figure) -> bytes:
    """The figure as a one-page PDF exactly its size."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(figure.width, figure.height), pageCompression=1)
    c.setTitle(figure.title)
    figure.draw(c)
    c.showPage()
    c.save()
    return buffer.getvalue()


def figure_svg(figure: Figure) -> bytes:
    """The figure as an SVG document (sizes in points)."""
    c = SvgCanvas(figure.width, figure.height)
    figure.draw(c)
    return c.svg(figure.title)


def pixel_size(figure: Figure, dpi: int) -> tuple[int, int]:
    """The PNG's width and height in pixels at `dpi` (pdfium rounds a part pixel up)."""
    return math.ceil(figure.width * dpi / 72 - 1e-6), math.ceil(figure.height * dpi / 72 - 1e-6)


def figure_png(figure: Figure, dpi: int = 150) -> bytes:
    """The figure rasterised at `dpi` (pdfium), as a PNG that records its DPI."""
    import pypdfium2 as pdfium

    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(f"A resolution of {dpi} DPI is out of range; give {MIN_DPI} to {MAX_DPI}.")
    w, h = pixel_size(figure, dpi)
    if w * h > MAX_PIXELS:
        raise ExportError(f"At {dpi} DPI the image would be {w} x {h} pixels; give a lower DPI.")
    document = pdfium.PdfDocument(figure_pdf(figure))
    try:
        page = document[0]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True, fill_color=(255, 255, 255, 255))
        pixels = bitmap.to_numpy()[:, :, :3]
        page.close()
    finally:
        document.close()
    return encode_png(pixels, dpi)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(pixels, dpi: int) -> bytes:
    """An RGB PNG of an (height, width, 3) uint8 array, its DPI in the pHYs chunk."""
    height, width, _ = pixels.shape
    rows = b"".join(b"\x00" + pixels[y].tobytes() for y in range(height))
    per_metre = round(dpi / 0.0254)
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
            + _chunk(b"IDAT", zlib.compress(rows, 6))
            + _chunk(b"IEND", b""))


def image_bytes(figure: Figure, fmt: str, dpi: int = 150) -> bytes:
    """The figure as PNG or SVG bytes."""
    if fmt not in FORMATS:
        raise ExportError(f"Unknown image format {fmt!r}; choose png or svg.")
    return figure_png(figure, dpi) if fmt == "png" else figure_svg(figure)


def format_of(path) -> str:
    """png or svg from the file name; ExportError naming the file otherwise."""
    suffix = str(path).rsplit(".", 1)[-1].lower() if "." in str(path) else ""
    if suffix not in FORMATS:
        raise ExportError(f"{path}: name the image .png or .svg")
    return suffix


def export_image(plan: Plan, path, what: str = "timeline", *, library: ReferenceLibrary, dpi: int = 150,
                 **inputs) -> Figure:
    """Write the figure to `path` (format from its suffix) atomically; ExportError, old file kept, if not."""
    fmt = format_of(path)
    figure = build_figure(plan, what, library=library, **inputs)
    data = image_bytes(figure, fmt, dpi)
    try:
        write_atomic(path, data)
    except WriteError as error:
        raise ExportError(str(error)) from error
    return figure

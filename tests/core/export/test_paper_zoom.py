"""Large paper: the timeline grows (rows, type) to use the sheet, never at the cost of more pages."""

from __future__ import annotations

import io
import math
from datetime import date

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A3, A4, LETTER, landscape, portrait

from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.export.pdf import paper_zoom
from oases_desktop.core.export.document import body_frame_size, timeline_chart_height
from oases_desktop.core.export.tiling import plan_tiles
from oases_desktop.core.export.timeline_draw import label_column_width
from oases_desktop.core.layout.timeline import layout_timeline
from tests.core.export.conftest import small_library
from tests.core.export.test_fit_one_page import long_plan, timeline_pages


def _label_size(data: bytes, word: str) -> float:
    """The font size of `word` on the first timeline page."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            if "Timeline —" in (page.extract_text() or ""):
                sizes = {round(w["size"], 2) for w in page.extract_words(extra_attrs=["size"]) if w["text"] == word}
                assert sizes, f"{word!r} not on the timeline page"
                return max(sizes)
    raise AssertionError("no timeline page")


def test_only_paper_larger_than_a4_zooms():
    assert paper_zoom(landscape(A4)) == 1.0 and paper_zoom(portrait(LETTER)) == 1.0
    assert paper_zoom(landscape(A3)) == pytest.approx(math.sqrt(2), rel=1e-3)


@pytest.mark.parametrize("steps, least", [(20, 7.5 * 1.35), (120, 7.5)])
def test_a3_draws_larger_rows_and_type_on_no_more_pages_than_unzoomed(steps, least):
    plan, schedule = long_plan(steps)
    inputs = {"schedules": {"base": schedule}, "library": small_library(), "percentiles": {}}
    options = {"issue_date": date(2026, 1, 5), "percentile_runs": 0}
    a4 = render_pdf(plan, PdfOptions(paper="a4", **options), **inputs)
    a3 = render_pdf(plan, PdfOptions(paper="a3", **options), **inputs)
    assert _label_size(a4, "Step") == pytest.approx(7.5, abs=0.01)
    # a short plan takes (nearly) all of A3's √2; a long one only what keeps its page count
    assert least <= _label_size(a3, "Step") <= 7.5 * math.sqrt(2) + 0.01
    layout = layout_timeline(plan, plan.scenario(), schedule, "month", pad_days=20)
    width, height = body_frame_size(landscape(A3))
    unzoomed = plan_tiles(layout.row_count, layout.end_day, [t.start for t in layout.ticks if t.level == 0],
                          width - label_column_width(width), timeline_chart_height(landscape(A3)), "month")
    assert len(timeline_pages(plan, schedule, paper="a3")) == len(unzoomed.tiles)

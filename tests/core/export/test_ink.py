"""Batched drawing lands where asked: strings (left, centred, right) and rectangles, read back by pdfplumber."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.pdfgen.canvas import Canvas

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import REGULAR, register_fonts, text_width
from oases_desktop.core.export.ink import Shapes, Texts

PAGE = (400.0, 300.0)


def _page(draw) -> pdfplumber.page.Page:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return pdfplumber.open(io.BytesIO(buffer.getvalue())).pages[0]


def _words(page) -> dict[str, tuple[float, float, float]]:
    """text -> (x0, x1, baseline y from the bottom) for each word pdfplumber finds."""
    return {w["text"]: (w["x0"], w["x1"], PAGE[1] - w["bottom"]) for w in page.extract_words()}


def test_strings_in_one_text_object_keep_their_positions_alignment_and_fonts():
    def draw(c):
        texts = Texts(c)
        texts.add(50, 250, "Left", REGULAR, 10, style.INK)
        texts.add(200, 200, "Centre", REGULAR, 8, style.MUTED, align="centre")
        texts.add(350, 150, "Right", REGULAR, 12, style.NAVY, align="right")
        texts.add(20, 40, "港澳藥械通", REGULAR, 9, style.INK)
        texts.flush()

    words = _words(_page(draw))
    assert words["Left"][0] == pytest.approx(50, abs=0.2)
    centre = words["Centre"]
    assert (centre[0] + centre[1]) / 2 == pytest.approx(200, abs=0.3)
    assert centre[1] - centre[0] == pytest.approx(text_width("Centre", REGULAR, 8), abs=0.3)
    assert words["Right"][1] == pytest.approx(350, abs=0.3)
    assert words["港澳藥械通"][0] == pytest.approx(20, abs=0.2)
    # baselines: pdfplumber's "bottom" is the descent line, a little below the baseline
    for text, baseline in (("Left", 250), ("Centre", 200), ("Right", 150), ("港澳藥械通", 40)):
        assert baseline - 4 <= words[text][2] <= baseline


def test_batched_rectangles_and_lines_are_drawn_with_their_styles():
    def draw(c):
        shapes = Shapes(c)
        shapes.rect(10, 20, 30, 5, fill=style.BAR, stroke=style.BAR_EDGE)
        shapes.rect(100, 120, 40.25, 7.5, fill=style.BAR, stroke=style.BAR_EDGE)
        shapes.rect(200, 20, 10, 10, fill=style.CRITICAL)
        shapes.line(0, 290, 400, 290, style.GRID, 0.4)
        shapes.flush()

    page = _page(draw)
    rects = sorted((round(r["x0"], 2), round(PAGE[1] - r["bottom"], 2), round(r["width"], 2), round(r["height"], 2))
                   for r in page.rects)
    assert rects == [(10, 20, 30, 5), (100, 120, 40.25, 7.5), (200, 20, 10, 10)]
    assert [(round(line["x0"]), round(line["x1"])) for line in page.lines] == [(0, 400)]

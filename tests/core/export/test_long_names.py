"""Very long step names (issue 14 item 9): cut once for layout, so an export measures a bounded amount of text."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.pdfbase import pdfmetrics

from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.layout.names import LAYOUT_LIMIT, for_layout, layout_name
from tests.benchmarks.bench_pdf import synthetic_plan
from tests.core.export.pdfcheck import plumber_text

LONG = 99_000


def long_plan():
    plan = synthetic_plan(44)
    for index, step in enumerate(plan.scenarios[0].steps):
        step.name = (f"Step {index} " + "long name 長名 " * 10_000)[:LONG]
    return plan


def measured(plan, monkeypatch) -> tuple[int, int, bytes]:
    """How many characters the export asked ReportLab to measure, the longest text measured, and the PDF."""
    counted, longest = [0], [0]
    real = pdfmetrics.stringWidth

    def counting(text, *args, **kwargs):
        counted[0] += len(text)
        longest[0] = max(longest[0], len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(pdfmetrics, "stringWidth", counting)
    data = render_pdf(plan, PdfOptions(issue_date=date(2026, 12, 8), percentile_runs=0), library=load_library())
    return counted[0], longest[0], data


def test_an_export_of_99000_character_names_never_measures_a_whole_name(monkeypatch):
    total, longest, data = measured(long_plan(), monkeypatch)
    assert total < 44 * LONG / 10       # not even one pass over the names (before: 20.9 million characters)
    assert longest <= 3 * LAYOUT_LIMIT   # a line joins two or three cut names at most, never a whole one
    text = " ".join(plumber_text(data))
    assert "Step 3 long name" in text and "…" in text


def test_layout_name_cuts_once_and_keeps_short_names_and_the_plan():
    assert layout_name("DH evaluation") == "DH evaluation"
    cut = layout_name("x" * 1000)
    assert len(cut) == LAYOUT_LIMIT and cut.endswith("…")
    plan = synthetic_plan(10)
    assert for_layout(plan) is plan                      # nothing long: the same plan, not a copy
    original = long_plan()
    shortened = for_layout(original)
    assert all(len(s.name) <= LAYOUT_LIMIT for s in shortened.scenarios[0].steps)
    assert all(len(s.name) == LONG for s in original.scenarios[0].steps)   # the plan itself keeps every character

"""A duration the advisor changed from its sourced figure says so wherever the basis is shown, the source figure beside it."""

from __future__ import annotations

import csv
import io
import re

import pytest

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.export.citations import basis_text
from oases_desktop.core.export.csv_export import steps_to_csv
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.knowledge.basis import basis_of
from tests.core.export.conftest import ISSUE
from tests.core.export.pdfcheck import plumber_text

STEP = "one_plus.evaluation"


@pytest.fixture(scope="module")
def edited():
    plan = worked_example("medicine", load_library())
    step = plan.scenario().step(STEP)
    step.duration.max = max(step.duration.max, 220)
    step.duration.likely = 200
    return plan, load_library()


def expected(plan, library) -> str:
    """Written out from the library's own fact and source, independently of the renderer."""
    basis = basis_of(plan.scenario().step(STEP).duration, library)
    source = basis.source
    month = source.date.strftime("%b %Y")
    publisher = re.sub(r"\s*\([^()]*\)", "", source.publisher).strip()
    assert basis.unit == "working_days" and basis.value == 150
    return f"Advisor's estimate 200 working days (source figure 150, {publisher}, {month})"


def test_the_basis_text_says_advisor_and_keeps_the_source_figure(edited):
    plan, library = edited
    text = basis_text(basis_of(plan.scenario().step(STEP).duration, library))
    assert text.startswith(expected(plan, library))
    unchanged = worked_example("medicine", load_library())
    assert "Advisor" not in basis_text(basis_of(unchanged.scenario().step(STEP).duration, library))


def test_the_pdf_prints_it_in_the_step_table_and_lists_the_adjustments(edited):
    plan, library = edited
    text = re.sub(r"\s+", " ", " ".join(plumber_text(render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=0),
                                                                 library=library))))
    assert "Advisor's adjustments" in text
    # the step table's cell wraps; the adjustments table gives the sentence whole
    assert expected(plan, library) in text


def test_csv_says_so_too(edited):
    plan, library = edited
    rows = list(csv.DictReader(io.StringIO(steps_to_csv(plan.scenario(), None, library))))
    row = next(r for r in rows if r["id"] == STEP)
    assert expected(plan, library) in row["basis_figure"]

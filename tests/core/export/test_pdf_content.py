"""What the exported PDF says, read back with pypdf and pdfplumber; its fonts, pages and sizes."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from oases_desktop import __version__
from oases_desktop.core.export import PdfOptions, export_pdf, render_pdf
from oases_desktop.core.errors import ExportError
from tests.core.export.conftest import ISSUE
from tests.core.export.pdfcheck import fonts, plumber_text, pypdf_text
from tests.core.layout.sample import sample_schedule


def written(date_: date) -> str:
    """The report's date style, written independently of the code under test."""
    return f"{date_.day} {date_.strftime('%b')} {date_.year}"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def a4_report():
    from tests.core.export.conftest import small_library
    from tests.core.layout.sample import sample_plan

    plan = sample_plan()
    plan.scenario().step("review").duration.basis = "dh.review_days"
    inputs = {"schedules": {"base": sample_schedule()}, "library": small_library(), "percentiles": {}}
    return render_pdf(plan, PdfOptions(issue_date=ISSUE), **inputs)


@pytest.mark.parametrize("reader", [pypdf_text, plumber_text])
def test_every_milestone_date_route_and_source_date_is_in_the_text(a4_report, reader):
    text = squash(" ".join(reader(a4_report)))
    for mark in sample_schedule().milestones:
        assert written(mark.likely) in text, mark.name
        assert written(mark.p80) in text, mark.name
    for route in ("Hk reg", "Gba"):  # no library route names here: the readable fallbacks
        assert route in text
    for source_date in (date(2025, 9, 1), date(2023, 6, 30), date(2024, 1, 15)):
        assert written(source_date) in text
    assert "Guidance notes on registration" in text and "Performance pledge 2023" in text


@pytest.mark.parametrize("reader", [pypdf_text, plumber_text])
def test_chinese_text_extracts_as_written(a4_report, reader):
    text = " ".join(reader(a4_report))
    assert "港澳藥械通 application" in text
    assert "Acme Biotech 亞克美" in text


def test_sources_older_than_the_threshold_are_flagged(a4_report):
    text = squash(" ".join(pypdf_text(a4_report)))
    assert "more than 12 months before the date of issue" in text
    # the 2023 pledge and the 2024 fact are flagged; the 2025 guidance is not
    assert text.count("check: over 12 months old") == 2


def test_header_and_footer_on_every_page_after_the_cover(a4_report):
    pages = pypdf_text(a4_report)
    total = len(pages)
    assert total >= 5
    for number, text in enumerate(pages[1:], start=2):
        flat = squash(text)
        assert f"Page {number} of {total}" in flat
        assert "Acme Biotech 亞克美" in flat and "Scenario: Base case" in flat
        assert __version__ in flat and written(ISSUE) in flat


def test_every_font_is_embedded(tmp_path, plan, inputs):
    path = tmp_path / "report.pdf"
    export_pdf(plan, path, PdfOptions(issue_date=ISSUE, watermark="Draft 草稿"), **inputs)
    rows = fonts(path)
    assert rows, "pdffonts found no font at all"
    assert all(row["emb"] == "yes" for row in rows), rows
    assert {re.sub(r"^[A-Z]{6}\+", "", row["name"]).split("-")[0] for row in rows} <= {"WenQuanYiMicroHei", "DejaVuSansCondensed"}


POINTS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0), "a3": (841.89, 1190.55)}


@pytest.mark.parametrize("paper", ["a4", "letter", "a3"])
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_page_size_as_asked(plan, inputs, paper, orientation):
    data = render_pdf(plan, PdfOptions(paper=paper, orientation=orientation, issue_date=ISSUE), **inputs)
    short, long = POINTS[paper]
    expected = (long, short) if orientation == "landscape" else (short, long)
    for page in PdfReader(io.BytesIO(data)).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(expected, abs=0.05)


def test_markup_in_user_text_prints_literally(plan, inputs):
    plan.client = "<b>unclosed & Co"
    plan.title = "Plan <i>for</i> <img src='x.png'/>"
    plan.scenario().step("dossier").name = "Dossier <font size=40>big"
    plan.scenario().name = "Base <link href='http://evil'>case"
    text = squash(" ".join(pypdf_text(render_pdf(plan, PdfOptions(issue_date=ISSUE), **inputs))))
    for typed in ("<b>unclosed & Co", "Plan <i>for</i> <img src='x.png'/>", "Dossier <font size=40>big",
                  "Base <link href='http://evil'>case"):
        assert typed in text


def test_watermark_on_every_page(plan, inputs):
    pages = pypdf_text(render_pdf(plan, PdfOptions(issue_date=ISSUE, watermark="DRAFT"), **inputs))
    assert all("DRAFT" in page for page in pages)


def test_unknown_scenario_is_a_clear_error(plan, inputs):
    with pytest.raises(ExportError, match="no scenario 'nope'.*base \\(Base case\\)"):
        render_pdf(plan, PdfOptions(scenario_id="nope"), **inputs)


def test_bad_options_are_refused_with_the_allowed_values(plan, inputs):
    with pytest.raises(ExportError, match="a4, letter, a3"):
        render_pdf(plan, PdfOptions(paper="b5"), **inputs)
    with pytest.raises(ExportError, match="password is empty"):
        render_pdf(plan, PdfOptions(password=""), **inputs)

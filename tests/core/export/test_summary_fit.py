"""The summary page: set tighter (never below the legible minimum) when it would spill a little."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pdfplumber
import pytest

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.export import document
from oases_desktop.core.export.fonts import register_fonts
from oases_desktop.core.export.report import build_report
from oases_desktop.core.export.style import MIN_SIZE
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.core.export.conftest import ISSUE
from tests.shipped import CALENDARS


def _pages(data: bytes) -> list[pdfplumber.page.Page]:
    return pdfplumber.open(io.BytesIO(data)).pages


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("which, paper, orientation", [
    ("medicine", "a4", "landscape"), ("medicine", "letter", "portrait"), ("device", "a4", "landscape")])
def test_the_summary_with_its_notes_is_on_one_page_followed_by_the_timeline(which, paper, orientation):
    plan = worked_example(which, load_library())
    data = render_pdf(plan, PdfOptions(paper=paper, orientation=orientation, issue_date=ISSUE, percentile_runs=0), library=load_library())
    pages = _pages(data)
    summary, following = _flat(pages[1].extract_text()), _flat(pages[2].extract_text())
    assert "Summary" in summary
    assert "Timeline" in following and "Routes chosen" not in following
    schedule = compute_schedule(plan.scenario(), today=ISSUE, calendars=CALENDARS)
    for warning in schedule.warnings:           # the notes that used to spill onto a page of their own
        assert _flat(warning)[:60] in summary
    sizes = {round(char["size"], 1) for char in pages[1].chars}
    assert min(sizes) >= MIN_SIZE


def _medicine_report():
    register_fonts()
    plan = worked_example("medicine", load_library())
    schedules = {s.id: compute_schedule(s, today=ISSUE, calendars=CALENDARS) for s in plan.scenarios}
    return build_report(plan, plan.scenario(), schedules, ISSUE, library=load_library())


def _bullet_sizes(story: list) -> set[float]:
    """Font sizes of every bullet paragraph, inside kept-together blocks and two-column tables too."""
    found = set()
    for flowable in story:
        inner = list(getattr(flowable, "_content", ()))
        inner += [p for row in getattr(flowable, "_cellvalues", ()) for cell in row for p in cell]
        if inner:
            found |= _bullet_sizes(inner)
        elif getattr(flowable, "bulletText", None):
            found.add(flowable.style.fontSize)
    return found


def test_a_summary_far_too_long_keeps_the_normal_size_and_flows_on():
    report = _medicine_report()
    width, height = document.body_frame_size((842, 595))
    long = replace(report, warnings=tuple(f"Note {n}: a calendar is estimated for year {2030 + n}." for n in range(60)))
    story = document._summary(long, width, height)
    assert _bullet_sizes(story) == {document.NORMAL_FIT.bullet_size}
    assert not document._fits_one_frame(document._summary_story(long, width, document.TIGHTER_FITS[-1], False),
                                        width, height)


def test_a_summary_that_fits_is_left_as_it_is():
    report = replace(_medicine_report(), warnings=())
    width, height = document.body_frame_size((612, 792))      # Letter portrait: room to spare
    story = document._summary(report, width, height)
    assert _bullet_sizes(story) == {document.NORMAL_FIT.bullet_size}
    assert not any(hasattr(f, "_cellvalues") and len(f._cellvalues[0]) == 2 for f in story)


def test_every_tighter_fit_stays_legible():
    assert all(fit.bullet_size >= MIN_SIZE and fit.gap > 0 for fit in document.TIGHTER_FITS)


def test_the_two_column_summary_embeds_every_font(tmp_path):
    """A Table around the conditions once pulled in a non-embedded Helvetica (seen by the bundle smoke test)."""
    from tests.core.export.pdfcheck import fonts

    path = tmp_path / "medicine.pdf"
    path.write_bytes(render_pdf(worked_example("medicine", load_library()), PdfOptions(paper="a4", orientation="landscape",
                                                                       issue_date=ISSUE, percentile_runs=0), library=load_library()))
    rows = fonts(path)
    assert rows and all(row["emb"] == "yes" for row in rows), rows

"""The worked example's report with the real scheduler, Monte Carlo and reference library."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.core.export.conftest import ISSUE
from tests.core.export.pdfcheck import plumber_text, pypdf_text
from tests.shipped import CALENDARS


def written(day) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


@pytest.fixture(scope="module")
def medicine():
    plan = worked_example("medicine", load_library())
    return plan, render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=500), library=load_library())


@pytest.mark.parametrize("reader", [pypdf_text, plumber_text])
def test_the_report_names_every_milestone_date_route_and_source_date(medicine, reader):
    plan, data = medicine
    text = re.sub(r"\s+", " ", " ".join(reader(data)))
    library = load_library()
    schedule = compute_schedule(plan.scenario(), calendars=CALENDARS)
    assert schedule.milestones
    for mark in schedule.milestones:
        assert written(mark.likely) in text, mark.name
    for route_id in plan.scenario().routes:
        name = re.sub(r"\s+", " ", library.route(route_id).name)
        assert name in text, name
    cited = {s for step in plan.scenario().steps for s in step.sources}
    assert cited
    for source_id in cited:
        assert written(library.source(source_id).date) in text, source_id


def _doubled(plan):
    """The worked example with every step of its scenario twice: too many rows for one page."""
    from dataclasses import replace

    scenario = plan.scenario()
    scenario.steps += [replace(step, id=f"again_{step.id}", name=f"{step.name} (again)") for step in scenario.steps]
    scenario.dependencies += [replace(d, predecessor=f"again_{d.predecessor}", successor=f"again_{d.successor}")
                              for d in scenario.dependencies]
    return plan


def test_fit_one_page_puts_the_timeline_on_a_single_page():
    plan = _doubled(worked_example("medicine", load_library()))
    one = render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=0, fit_one_page=True,
                                      compare_scenarios=False), library=load_library())
    several = render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=0, compare_scenarios=False), library=load_library())
    titles_one = [t for t in pypdf_text(one) if "Timeline —" in t]
    titles_several = [t for t in pypdf_text(several) if "Timeline —" in t]
    assert len(titles_one) == 1
    assert len(titles_several) >= 2 and "part 1 of" in titles_several[0]


@pytest.mark.parametrize("which", ["medicine", "device"])
@pytest.mark.parametrize("paper, size", [("a4", (841.89, 595.28)), ("letter", (792.0, 612.0))])
def test_both_examples_print_on_a4_and_letter(which, paper, size):
    data = render_pdf(worked_example(which, load_library()), PdfOptions(paper=paper, issue_date=ISSUE, percentile_runs=0), library=load_library())
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 5
    box = reader.pages[2].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.05)


@pytest.mark.parametrize("options", [
    PdfOptions(issue_date=ISSUE, percentile_runs=0),
    PdfOptions(issue_date=ISSUE, percentile_runs=0, fit_one_page=True, paper="letter", orientation="portrait"),
])
def test_no_text_is_printed_smaller_than_7_points(options):
    import io as _io

    import pdfplumber

    data = render_pdf(worked_example("medicine", load_library()), options, library=load_library())
    with pdfplumber.open(_io.BytesIO(data)) as pdf:
        sizes = [round(char["size"], 2) for page in pdf.pages for char in page.chars]
    assert sizes and min(sizes) >= 7.0


@pytest.mark.parametrize("paper, orientation", [("a4", "landscape"), ("letter", "portrait")])
def test_the_worked_example_timeline_takes_one_page_on_a4_landscape_and_letter_portrait(paper, orientation):
    """30 rows: 27 fit A4 landscape at full height, the other 3 fit with slightly lower rows."""
    plan = worked_example("medicine", load_library())
    data = render_pdf(plan, PdfOptions(paper=paper, orientation=orientation, issue_date=ISSUE, percentile_runs=0,
                                       compare_scenarios=False), library=load_library())
    timeline_pages = [t for t in pypdf_text(data) if "Timeline —" in t]
    assert len(timeline_pages) == 1 and "part 1 of" not in timeline_pages[0]
    for step in plan.scenario().steps:
        if step.enabled:
            assert step.name.split(" (")[0][:30] in re.sub(r"\s+", " ", timeline_pages[0]), step.name


@pytest.mark.parametrize("paper, orientation", [("a4", "landscape"), ("letter", "portrait")])
def test_timeline_row_labels_are_printed_whole_without_their_asides(paper, orientation):
    """A wider label column where the axis allows it, then two lines: no step name is cut."""
    plan = worked_example("medicine", load_library())
    data = render_pdf(plan, PdfOptions(paper=paper, orientation=orientation, issue_date=ISSUE, percentile_runs=0,
                                       compare_scenarios=False), library=load_library())
    page = next(t for t in pypdf_text(data) if "Timeline —" in t)
    flat = re.sub(r"\s+", " ", page)
    for step in plan.scenario().steps:
        if step.enabled:
            assert re.sub(r"\s*\([^()]*\)", "", step.name).strip() in flat, step.name


def test_p80_dates_agree_with_the_schedule_command(tmp_path, capsys):
    """The PDF simulates with the command line's default runs, seed and `today`."""
    import json
    from datetime import date

    from oases_desktop.cli.main import main
    from oases_desktop.core.planfile import save_plan

    plan = worked_example("medicine", load_library())
    path = tmp_path / "example.oases"
    save_plan(plan, path)
    assert main(["schedule", str(path), "--json"]) == 0
    milestones = json.loads(capsys.readouterr().out)["milestones"]
    assert milestones and all(m["p80"] for m in milestones)
    text = re.sub(r"\s+", " ", " ".join(pypdf_text(render_pdf(plan, PdfOptions(issue_date=ISSUE), library=load_library()))))
    for mark in milestones:
        assert f"P80 {written(date.fromisoformat(mark['p80']))}" in text, mark["name"]

"""Fit to one page: rows shrink while legible; past that, one row per route on a single page."""

from __future__ import annotations

import re
from datetime import date, timedelta

from oases_desktop.core.domain.plan import Estimate, Plan, Scenario, Step
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.scheduling.result import Schedule, ScheduledStep
from tests.core.export.conftest import small_library
from tests.core.export.pdfcheck import pypdf_text

START = date(2026, 1, 5)


def long_plan(count: int, spacing: int = 3) -> tuple[Plan, Schedule]:
    """`count` five-day steps over two routes, each starting `spacing` days after the previous one."""
    steps, timings = [], {}
    for index in range(count):
        steps.append(Step(f"s{index}", f"Step {index}", ("hk", "gba")[index % 2], Estimate(4, 5, 8)))
        start = START + timedelta(days=spacing * index)
        finish = start + timedelta(days=4)
        timings[f"s{index}"] = ScheduledStep(f"s{index}", start, finish, start, finish, 0, False, finish, finish)
    scenario = Scenario("base", "Base", START, ["hk", "gba"], steps, [])
    plan = Plan("p", "Long plan", "Client", ProductProfile("Drug"), START, [scenario], "base")
    end = max((t.finish for t in timings.values()), default=START)
    return plan, Schedule("base", START, end, timings, ())


def timeline_pages(plan, schedule, **options) -> list[str]:
    data = render_pdf(plan, PdfOptions(issue_date=START, percentile_runs=0, **options),
                      schedules={"base": schedule}, library=small_library(), percentiles={})
    return [text for text in pypdf_text(data) if "Timeline —" in text]


def test_a_long_plan_tiles_with_row_labels_on_every_page():
    plan, schedule = long_plan(120)
    pages = timeline_pages(plan, schedule)
    assert len(pages) >= 3
    labels = [{f"Step {i}" for i in range(120) if f"Step {i}\n" in page + "\n"} for page in pages]
    assert set().union(*labels) == {f"Step {i}" for i in range(120)}   # every row on some page
    assert all("Date of issue" in page for page in pages)              # legend repeated


def test_fit_one_page_shrinks_rows_while_they_stay_legible():
    plan, schedule = long_plan(40)
    pages = timeline_pages(plan, schedule, fit_one_page=True)
    assert len(pages) == 1 and "one row per route" not in pages[0]
    assert all(f"Step {i}" in pages[0] for i in range(40))


def test_fit_one_page_condenses_to_routes_when_steps_cannot_fit():
    plan, schedule = long_plan(200)
    pages = timeline_pages(plan, schedule, fit_one_page=True)
    assert len(pages) == 1 and "one row per route" in pages[0]


def test_a_forced_month_scale_tiles_sideways_repeating_row_labels_and_axis():
    plan, schedule = long_plan(20, spacing=60)   # about 3 years: too wide for months on one page
    pages = timeline_pages(plan, schedule, scale="month", orientation="portrait")
    assert len(pages) >= 2
    for page in pages:
        assert all(f"Step {i}" in page for i in range(20))   # every row label on every window
        assert "Jan" in page and "Date of issue" in page
    # each window names its first day above the row labels; windows start on different dates
    starts = [re.search(r"(\d{1,2} \w{3} \d{4}) –\s*$", page, re.MULTILINE).group(1) for page in pages]
    assert len(set(starts)) == len(pages)


def test_a_scenario_without_steps_still_gives_a_complete_report():
    plan, schedule = long_plan(0)
    data = render_pdf(plan, PdfOptions(issue_date=START, percentile_runs=0), schedules={"base": schedule},
                      library=small_library(), percentiles={})
    text = " ".join(pypdf_text(data))
    assert "no key milestones" in text and "Disclaimer" in text

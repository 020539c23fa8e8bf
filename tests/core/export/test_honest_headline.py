"""Cover and summary lead with P50 and P80 for every key milestone (runs and seed named); the likely date is labelled."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling.engine import attach_percentiles, compute_schedule
from oases_desktop.core.scheduling.montecarlo import DEFAULT_SEED, simulate
from tests.core.export.conftest import ISSUE
from tests.core.export.pdfcheck import plumber_text
from tests.shipped import CALENDARS

RUNS = 400


def written(day) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def example():
    plan = worked_example("medicine", load_library())
    library = load_library()
    pages = plumber_text(render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=RUNS), library=library))
    schedule = compute_schedule(plan.scenario(), plan.as_of, calendars=CALENDARS)
    percentiles = simulate(plan.scenario(), runs=RUNS, seed=DEFAULT_SEED, today=plan.as_of, calendars=CALENDARS)
    return plan, library, pages, attach_percentiles(schedule, percentiles)


def test_cover_and_summary_hold_p50_and_p80_of_every_key_milestone(example):
    _plan, _library, pages, schedule = example
    keys = schedule.key_dates()
    assert len(keys) == 4 and all(m.p50 and m.p80 for m in keys)
    assert any(m.likely < m.p50 for m in keys)       # the optimistic date the issue complained about
    cover, summary = flat(pages[0]), flat(pages[1])
    for mark in keys:
        assert f"P50 {written(mark.p50)}" in cover and f"P80 {written(mark.p80)}" in cover, mark.name
        assert f"{written(mark.likely)} if every step takes its likely time" in cover, mark.name
        assert re.search(rf"{re.escape(written(mark.p50))} {re.escape(written(mark.p80))} {re.escape(written(mark.likely))}",
                         summary), mark.name
    assert f"{RUNS:,} simulated runs, seed {DEFAULT_SEED}" in summary and "if every step takes its likely time" in summary
    assert f"{RUNS:,} simulated runs" in cover and f"seed {DEFAULT_SEED}" in cover   # the cover's note wraps beside other text
    assert re.search(r"Likely \(every step at its", summary)   # the column heading (it wraps)


def test_without_runs_the_report_says_its_dates_are_not_simulated(example):
    plan, library, _pages, schedule = example
    pages = plumber_text(render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=0), library=library))
    cover, summary = flat(pages[0]), flat(pages[1])
    for text in (cover, summary):
        assert "Dates are not simulated" in text and "P50 " not in text.replace("P50 or", "")
    for mark in schedule.key_dates():
        assert f"Likely {written(mark.likely)}" in cover


def test_the_summary_says_what_drives_each_key_date_and_the_sitting_buffer(example):
    plan, _library, pages, schedule = example
    summary = flat(pages[1])
    names = {s.id: s.name for s in plan.scenario().steps}
    registration = next(m for m in schedule.key_dates() if m.step_id == "one_plus.approval")
    assert registration.driving_steps[-2] == "one_plus.evaluation"
    assert "Driven by" in summary and "DH evaluation to Registration" in summary
    buffer = schedule.steps["ha_formulary.dac"].cadence_buffer
    # an estimated meeting (beyond HA's 2025 schedule), its deadline 12 weeks before by the rule (facts §11.3)
    deadline = buffer.sitting - timedelta(weeks=16 if buffer.sitting.month == 2 else 12)
    assert (f"catches {written(buffer.sitting)} (estimated; deadline {written(deadline)}, {buffer.buffer_days} days to "
            f"spare); {buffer.earlier_days} days earlier catches {written(buffer.previous_sitting)}, "
            f"{buffer.gain_days} days sooner") in summary
    assert names["ha_formulary.dac"].split(" (")[0] in summary


def test_the_timeline_ends_within_six_months_of_the_last_key_p80_and_cuts_what_runs_past(example):
    plan, _library, pages, schedule = example
    from oases_desktop.core.export import pdf
    from oases_desktop.core.layout.timeline import layout_timeline, plan_span

    options = PdfOptions(issue_date=ISSUE)
    span = plan_span(schedule)
    layout, tiles = pdf._laid_out(lambda scale, pad: layout_timeline(plan, plan.scenario(), schedule, scale, ISSUE, {},
                                                                     pad, span[1]), span, options.page_size(), options)
    end = layout.date_of(layout.end_day)
    last_p80 = max(m.p80 for m in schedule.key_dates())
    assert span[1] == last_p80
    assert last_p80 < end and (end - last_p80).days <= 183
    latest = max(t.max_finish for t in schedule.steps.values())
    timeline = next(flat(p) for p in pages if "Timeline —" in p)
    assert latest > end and f"to {written(latest)}" in timeline      # a whisker past the end, its date written there

"""The PDF summary gives each client's target date with its margin, its odds and the next deadline."""

import re
from dataclasses import replace
from datetime import date

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.scheduling.engine import attach_percentiles, compute_schedule
from oases_desktop.core.scheduling.montecarlo import DEFAULT_SEED, simulate
from oases_desktop.core.scheduling.target_text import percent_text, target_sentence
from oases_desktop.core.scheduling.targets import plan_targets
from tests.core.export.pdfcheck import pypdf_text
from tests.shipped import CALENDARS, LIBRARY

TARGETS = {"ha_formulary.listed": date(2030, 3, 1), "one_plus.approval": date(2028, 12, 31)}


def _summary_text(plan, runs) -> str:
    pdf = render_pdf(plan, PdfOptions(issue_date=date(2026, 12, 7), percentile_runs=runs), library=LIBRARY)
    pages = pypdf_text(pdf)
    summary = next(page for page in pages if "Summary" in page and "Key milestone" in page)
    return re.sub(r"\s+", " ", summary)


def test_each_target_prints_the_sentence_of_the_same_simulation_as_the_p80_dates():
    plan = replace(worked_example("medicine", LIBRARY), targets=TARGETS)
    text = _summary_text(plan, 400)
    assert "The client's target dates" in text
    scenario = plan.scenario()
    simulated = simulate(scenario, 400, DEFAULT_SEED, today=plan.as_of, calendars=CALENDARS)
    schedule = attach_percentiles(compute_schedule(scenario, plan.as_of, calendars=CALENDARS), simulated)
    names = {s.id: s.name for s in scenario.steps}
    for outcome in plan_targets(scenario, TARGETS, schedule, simulated, plan.as_of, calendars=CALENDARS):
        assert f"{outcome.name}: {target_sentence(outcome, names)}" in text
    assert "To make 1 Mar 2030, start " in text and "of 400 simulated runs make it" in text
    assert "31 Dec 2028 is missed on the likely path by 32 days" in text


def test_without_a_simulation_the_summary_says_so_and_without_targets_prints_none():
    text = _summary_text(replace(worked_example("medicine", LIBRARY), targets=TARGETS), 0)
    assert "not simulated" in text and "simulated runs make it" not in text
    assert "target dates" not in _summary_text(worked_example("medicine", LIBRARY), 0)


def test_the_scenario_comparison_prints_per_target_which_scenario_makes_it_and_its_share_of_runs():
    """Each scenario's verdict recomputed alone: its own step for the milestone (the standard route's
    registration for the '1+' one), its own schedule and 400 runs on the status date."""
    plan = replace(worked_example("medicine", LIBRARY), targets=TARGETS)
    pdf = render_pdf(plan, PdfOptions(issue_date=date(2026, 12, 7), percentile_runs=400), library=LIBRARY)
    page = next(p for p in pypdf_text(pdf) if "Client's target dates by scenario" in p)
    text = re.sub(r"\s+", " ", page[page.index("Client's target dates by scenario"):])
    assert "HK registration by 31 Dec 2028" in text and "HA Drug Formulary listing by 1 Mar 2030" in text
    seen = []
    for scenario in plan.scenarios:
        by_key = {s.milestone: s.id for s in scenario.steps if s.milestone}
        mine = {by_key["hk_approval"]: TARGETS["one_plus.approval"], by_key["formulary_listing"]: TARGETS["ha_formulary.listed"]}
        simulated = simulate(scenario, 400, DEFAULT_SEED, today=plan.as_of, calendars=CALENDARS)
        schedule = attach_percentiles(compute_schedule(scenario, plan.as_of, calendars=CALENDARS), simulated)
        for outcome in plan_targets(scenario, mine, schedule, simulated, plan.as_of, calendars=CALENDARS):
            likely = outcome.margins["likely"].calendar_days
            verdict = f"makes it, {likely} days to spare" if likely >= 0 else f"misses it by {-likely} days"
            expected = f"{verdict}; {percent_text(outcome.probability)} of 400 runs"   # (percent_text: tested alone)
            assert expected in text, (scenario.id, outcome.step_id, expected)
            seen.append(likely >= 0)
    assert len(seen) == 4 and True in seen and False in seen   # one scenario makes a target the other misses

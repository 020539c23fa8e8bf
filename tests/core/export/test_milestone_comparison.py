"""Scenario comparison: milestones joined on their key, named plainly, deltas in days and months."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from oases_desktop.core.domain.plan import Estimate, Scenario, Step, StepKind
from oases_desktop.core.domain.product import ProductKind
from oases_desktop.core.export.milestones import compare_milestones, fmt_delta_months, milestone_name
from oases_desktop.core.layout.comparison import layout_comparison
from oases_desktop.core.scheduling.result import MilestoneDate, Schedule
from tests.core.layout.sample import START, sample_plan, sample_schedule


def _two_scenarios():
    """The sample plan plus a 'standard' scenario whose approval step is named differently and comes 61 days later."""
    plan = sample_plan()
    approval = Step("ppb", "Registered by the PPB (HK-XXXXX)", "hk_reg", Estimate.zero(), kind=StepKind.MILESTONE,
                    milestone="hk_approval")
    standard = Scenario("standard", "Standard route", START, ["hk_reg"], [approval], [])
    plan.scenarios.append(standard)
    base = sample_schedule()
    later = Schedule("standard", START, date(2026, 6, 5), {}, (),
                     (MilestoneDate("hk_approval", approval.name, "ppb", date(2026, 6, 5)),))
    return plan, {"base": base, "standard": later}


def test_milestones_line_up_by_key_with_plain_names_and_each_step_name():
    plan, schedules = _two_scenarios()
    names, lines = compare_milestones(plan, schedules, "base")
    assert names == ("Base case", "Standard route")
    by_key = {line.key: line for line in lines}
    approval = by_key["hk_approval"]
    assert approval.milestone == "HK registration"
    assert approval.dates == (date(2026, 4, 5), date(2026, 6, 5))
    assert approval.step_names == ("HK approval", "Registered by the PPB (HK-XXXXX)")
    # 5 Apr -> 5 Jun 2026: 25 + 31 + 5 days
    assert approval.deltas == ("base", "+61 days")
    assert approval.delta_months == ("base", "+2.0 months")
    gba = by_key["first_gba_patient"]
    assert gba.milestone == "First patient in the GBA (Connect)"
    assert gba.dates == (date(2026, 2, 24), None) and gba.deltas[1] == "—"
    # date order, then the plan finish last
    assert [line.key for line in lines] == ["first_gba_patient", "hk_approval", "__finish__"]
    assert lines[-1].dates == (date(2026, 4, 5), date(2026, 6, 5))


def test_one_scheduled_scenario_has_no_comparison():
    plan, schedules = _two_scenarios()
    del schedules["standard"]
    assert compare_milestones(plan, schedules, "base") == ((), ())


def test_plain_names_fall_back_to_the_step_name_and_know_devices_are_listed():
    assert milestone_name("formulary_listing", "Listed in the HA Drug Formulary") == "HA Drug Formulary listing"
    assert milestone_name("client_launch", "Launch party") == "Launch party"
    assert milestone_name(None, "Launch party") == "Launch party"
    assert milestone_name("hk_approval", "Listed under MDACS", ProductKind.DEVICE) == "HK listing (MDACS)"


def test_month_deltas():
    assert fmt_delta_months(0) == "same"
    assert fmt_delta_months(-15) == "−0.5 months"
    assert fmt_delta_months(30) == "+1.0 month"
    assert fmt_delta_months(365) == "+12.0 months"


def test_comparison_layout_labels_rows_by_key_in_date_order():
    plan, schedules = _two_scenarios()
    layout = layout_comparison(plan, schedules, milestone_names={"hk_approval": "HK registration"})
    labels = [(row.lane, row.label) for row in layout.rows if row.kind == "step"]
    assert labels == [("base", "Whole plan"), ("base", "First GBA patient"), ("base", "HK registration"),
                      ("standard", "Whole plan"), ("standard", "HK registration")]
    standard = [m for m in layout.milestones if layout.rows[m.row].lane == "standard"][0]
    assert layout.date_of(standard.day) == date(2026, 6, 5)


def test_comparison_table_in_the_pdf_names_both_steps(inputs):
    from oases_desktop.core.export import PdfOptions, render_pdf
    from tests.core.export.pdfcheck import plumber_text

    plan, schedules = _two_scenarios()
    data = render_pdf(plan, PdfOptions(issue_date=date(2026, 3, 10)), **{**inputs, "schedules": schedules})
    text = "\n".join(plumber_text(data))
    assert "HK registration" in text and "Registered by the PPB (HK-XXXXX)" in text
    assert "+61 days" in text and "+2.0 months" in text


def test_summary_key_milestones_come_in_the_order_they_are_reached():
    from oases_desktop.core.export.report import build_report
    from tests.core.export.conftest import small_library

    plan = sample_plan()   # its schedule lists HK approval (5 Apr) before the first GBA patient (24 Feb)
    report = build_report(plan, plan.scenario(), {"base": sample_schedule()}, date(2026, 3, 10), small_library())
    # the sample's GBA route is projected: its milestone says so (issue 12 item 8)
    assert [m.name for m in report.milestones] == ["Projected: First GBA patient", "HK approval"]


def test_print_compares_against_the_named_baseline_as_the_compare_tab_does():
    """The PDF's comparison is scheduling.compare's: the same deltas for the same baseline, the baseline first."""
    from oases_desktop.core.examples import worked_example
    from oases_desktop.core.export import PdfOptions, render_pdf
    from oases_desktop.core.export.style import fmt_delta
    from oases_desktop.core.knowledge import load_library
    from oases_desktop.core.scheduling.compare import compare_scenarios
    from tests.core.export.pdfcheck import plumber_text
    from tests.shipped import CALENDARS

    plan = worked_example("medicine", load_library())
    for baseline in (s.id for s in plan.scenarios):
        screen = compare_scenarios(plan, baseline, calendars=CALENDARS)   # what the Compare tab shows
        names, lines = compare_milestones(plan, screen.schedules, baseline)
        assert names[0] == plan.scenario(baseline).name
        order = [next(s.id for s in plan.scenarios if s.name == name) for name in names]
        printed = {line.key: line for line in lines}
        for row in (*screen.milestones, screen.finish):
            expected = tuple("—" if row.deltas[sid] is None else "base" if sid == baseline
                             else fmt_delta(row.deltas[sid]) for sid in order)
            assert printed[row.key].deltas == expected
    other = plan.scenarios[1]
    text = " ".join(plumber_text(render_pdf(plan, PdfOptions(issue_date=date(2026, 11, 25), percentile_runs=0,
                                                             compare_against=other.id), library=load_library())))
    assert f"Changes are against the baseline scenario: {other.name}" in " ".join(text.split())

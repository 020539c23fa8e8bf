"""The step table's duration column says what a step is: a milestone, a committee sitting, a span."""

from __future__ import annotations

from oases_desktop.core.domain.plan import StepKind
from oases_desktop.core.examples import worked_example
from oases_desktop.core.export.report import build_report
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.core.export.conftest import ISSUE
from tests.shipped import CALENDARS


def written(day) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


def _report():
    plan = worked_example("medicine", load_library())
    scenario = plan.scenario()
    schedules = {s.id: compute_schedule(s, calendars=CALENDARS) for s in plan.scenarios}
    report = build_report(plan, scenario, schedules, ISSUE, library=load_library())
    return scenario, schedules[scenario.id], report


def test_a_committee_gate_shows_the_sitting_it_waits_for_not_zero_days():
    scenario, schedule, report = _report()
    gates = [s for s in scenario.steps if s.kind == StepKind.CADENCE_GATE and s.enabled]
    assert gates, "the worked example waits for a Drug Advisory Committee sitting"
    rows = {line.name: line for line in report.steps}
    for gate in gates:
        sitting = schedule.steps[gate.id].start
        row = rows[gate.name]
        if "Drug Advisory Committee" in gate.name:  # HA's DAC: a submission deadline, beyond 2025 estimated
            weeks = 16 if sitting.month == 2 else 12
            deadline = sitting.fromordinal(sitting.toordinal() - 7 * weeks)
            assert sitting.year > 2025 and sitting.weekday() == 4  # an estimated first Friday
            assert row.duration == f"meeting on {written(sitting)} (estimated), submission deadline {written(deadline)}"
        else:  # the quarterly formulary update: a cadence, not a meeting
            assert "update" in gate.name and sitting.month in (1, 4, 7, 10)
            assert row.duration == f"next date {written(sitting)}"
        assert not row.estimate
        assert "0 days" not in row.duration


def test_milestones_read_milestone_and_no_row_reads_zero_days():
    scenario, _, report = _report()
    rows = {line.name: line for line in report.steps}
    milestones = [s for s in scenario.steps if s.kind == StepKind.MILESTONE and s.enabled]
    assert milestones
    for step in milestones:
        assert rows[step.name].duration == "milestone"
    assert not [line.name for line in report.steps if line.duration.startswith("0 ")]

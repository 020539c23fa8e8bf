"""Scenario comparison: one chart lane per scenario and milestone deltas against a baseline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from oases_desktop.gui.commands import DuplicateScenarioCommand, ResizeStepCommand
from oases_desktop.gui.compare import CompareWidget, MilestoneDeltaModel, delta_text
from tests.gui.timeline_plans import two_route_plan
from tests.shipped import CALENDARS


@pytest.fixture
def compare(qtbot):
    from oases_desktop.gui.document import PlanDocument

    doc = PlanDocument(lambda: CALENDARS)
    doc.today = date(2026, 3, 1)
    doc.set_plan(two_route_plan())
    doc.push(DuplicateScenarioCommand(doc, "Faster dossier"))
    doc.push(ResizeStepCommand(doc, "hk-prep", 10))   # 30 -> 10 days in the copy only
    widget = CompareWidget(doc)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _row(model: MilestoneDeltaModel, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)


def test_deltas_match_the_two_schedules(compare):
    doc = compare.document
    model = compare.model
    base_id = compare.baseline.currentData()
    assert base_id == doc.plan.active_scenario == "faster-dossier"
    other = "base"
    from oases_desktop.core.scheduling.engine import compute_schedule

    fast = compute_schedule(doc.plan.scenario("faster-dossier"), today=doc.today, calendars=CALENDARS)
    slow = compute_schedule(doc.plan.scenario("base"), today=doc.today, calendars=CALENDARS)
    expected = (slow.steps["hk-approval"].finish - fast.steps["hk-approval"].finish).days
    assert expected > 0
    row = _row(model, "HK approval")
    column = 1 + compare.comparison.scenarios.index(other)
    assert model.index(row, column).data(0x0100) == expected   # UserRole: the delta in days
    assert f"+{expected} d" in model.index(row, column).data()


def test_switching_the_baseline_flips_the_sign(compare):
    model = compare.model
    compare.baseline.setCurrentIndex(compare.baseline.findData("base"))
    row = _row(model, "HK approval")
    column = 1 + compare.comparison.scenarios.index("faster-dossier")
    assert model.index(row, column).data(0x0100) < 0
    assert "−" in model.index(row, column).data()


def test_chart_has_a_lane_per_scenario_with_its_milestones(compare):
    scene = compare.scene
    assert [lane.route for lane in scene.data.lanes] == ["base", "faster-dossier"]
    for scenario_id, schedule in compare.comparison.schedules.items():
        for mark in schedule.milestones:
            item = scene.step_items[f"{scenario_id}/{mark.step_id}"]
            assert item.bar.milestone
            assert scene.data.origin + timedelta(days=int(item.bar.start_day // 1)) == mark.likely
    assert scene.read_only


def test_model_tester(qtmodeltester, compare):
    qtmodeltester.check(compare.model, force_py=True)


def test_delta_words():
    assert delta_text(5, False) == "+5 d" and delta_text(-3, False) == "−3 d"
    assert delta_text(0, False) == "same" and delta_text(None, False) == "—"

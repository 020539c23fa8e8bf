"""The eligibility panel counts the plan's own steps: a trial read-out makes "1+" eligible from its date."""

from __future__ import annotations

from datetime import timedelta

from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library
from oases_desktop.gui.commands import MoveStepCommand
from oases_desktop.gui.models.verdicts_model import COL_NAME, COL_VERDICT


def _verdicts(panel):
    model = panel.model
    return {model.verdict(r).route_id: model.verdict(r) for r in range(model.rowCount())}


def _supplied(panel):
    """(route row, condition row, condition) of every condition a step of the plan meets."""
    model, found = panel.model, []
    for row in range(model.rowCount()):
        for child, condition in enumerate(model.verdict(row).conditions):
            if getattr(condition, "step_id", ""):
                found.append((row, child, condition))
    return found


def test_a_route_opened_by_the_plans_own_steps_reads_eligible_from_the_steps_finish(window):
    doc = window.document
    doc.set_plan(worked_example("medicine", load_library()))
    panel = window.eligibility
    assert panel.counts_plan_steps()
    supplied = _supplied(panel)
    assert supplied, "the worked example's trial read-out supplies a condition"
    row, child, condition = supplied[0]
    verdict = panel.model.verdict(row)
    finish = doc.schedule.steps[condition.step_id].finish   # the scheduler's date, not the rule layer's
    step_name = doc.step(condition.step_id).name
    assert str(verdict.status) in ("eligible_from", "projected")
    assert verdict.eligible_from >= finish
    text = panel.model.index(child, COL_NAME, panel.model.index(row, 0)).data()
    assert step_name in text
    assert str(finish.day) in text and finish.strftime("%b") in text and str(finish.year) in text
    if str(verdict.status) == "eligible_from":
        shown = panel.model.index(row, COL_VERDICT).data()
        assert verdict.eligible_from.strftime("%d %b %Y") in shown
    state = panel.model.index(child, COL_VERDICT, panel.model.index(row, 0)).data()
    assert state == ("met" if condition.met else "planned")
    assert "met by this plan" in panel.summary.text()


def test_the_profile_only_view_is_one_click_away(window):
    doc = window.document
    doc.set_plan(worked_example("medicine", load_library()))
    panel = window.eligibility
    route_id = panel.model.verdict(_supplied(panel)[0][0]).route_id
    panel.count_plan_steps.setChecked(False)
    assert str(_verdicts(panel)[route_id].status) == "not_eligible"
    assert _supplied(panel) == []
    panel.count_plan_steps.setChecked(True)
    assert str(_verdicts(panel)[route_id].status) != "not_eligible"


def test_moving_the_supplying_step_moves_the_date(window):
    doc = window.document
    doc.set_plan(worked_example("medicine", load_library()))
    panel = window.eligibility
    row, _child, condition = _supplied(panel)[0]
    route_id = panel.model.verdict(row).route_id
    before = panel.model.verdict(row).eligible_from
    step = doc.step(condition.step_id)
    first = next(s for s in doc.scenario().steps if s.route == step.route)
    doc.push(MoveStepCommand(doc, first.id, doc.schedule.steps[first.id].start + timedelta(days=92)))
    after = _verdicts(panel)[route_id].eligible_from
    assert after > before
    assert after >= doc.schedule.steps[condition.step_id].finish


def test_without_a_schedule_the_panel_says_the_steps_are_not_counted(window, plan):
    from oases_desktop.core.domain import Dependency

    scenario = plan.scenario()
    scenario.dependencies.append(Dependency("review", "prep"))   # a loop: no schedule
    window.document.set_plan(plan)
    assert window.document.schedule is None
    assert "not counted" in window.eligibility.summary.text()
    assert window.eligibility.model.rowCount() > 0   # the profile-only verdicts still show


def test_the_choice_to_count_the_plans_steps_is_remembered(qtbot, settings):
    from oases_desktop.gui.main_window import MainWindow

    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    assert first.eligibility.counts_plan_steps()
    first.eligibility.count_plan_steps.setChecked(False)
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    assert not second.eligibility.counts_plan_steps()

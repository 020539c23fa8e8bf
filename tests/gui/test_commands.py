"""Every undo command: redo changes the plan, undo restores it exactly, redo again re-applies."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from oases_desktop.core.domain import Dependency, Estimate, Step
from oases_desktop.core.errors import CycleError, OasesError
from oases_desktop.gui import commands as c


def _roundtrip(document, command):
    """Push, undo, redo; check the undo restored the plan and redo reproduced the edit."""
    before = copy.deepcopy(document.plan)
    was_modified = document.is_modified()
    document.push(command)
    after = copy.deepcopy(document.plan)
    assert after != before, "the command changed nothing"
    assert document.is_modified()
    document.undo_stack.undo()
    assert document.plan == before
    assert document.is_modified() == was_modified
    document.undo_stack.redo()
    assert document.plan == after
    return after


def test_edit_step_field(document):
    after = _roundtrip(document, c.EditStepCommand(document, "prep", "name", "Compile dossier"))
    assert after.scenario().step("prep").name == "Compile dossier"


def test_edit_step_unknown_field_is_refused(document):
    with pytest.raises(OasesError):
        c.EditStepCommand(document, "prep", "colour", "red")
    with pytest.raises(OasesError):
        c.EditStepCommand(document, "nope", "name", "x")


def test_drag_moves_merge_into_one_undo_step(document):
    for day in (10, 11, 12, 13):
        document.push(c.MoveStepCommand(document, "translate", date(2026, 2, day)))
    assert document.undo_stack.count() == 1
    assert document.step("translate").start_no_earlier_than == date(2026, 2, 13)
    document.undo_stack.undo()
    assert document.step("translate").start_no_earlier_than is None


def test_moves_of_different_steps_do_not_merge(document):
    document.push(c.MoveStepCommand(document, "translate", date(2026, 2, 1)))
    document.push(c.MoveStepCommand(document, "prep", date(2026, 2, 1)))
    assert document.undo_stack.count() == 2


def test_resize_widens_range_and_merges(document):
    document.push(c.ResizeStepCommand(document, "prep", 50))
    document.push(c.ResizeStepCommand(document, "prep", 60))
    assert document.undo_stack.count() == 1
    assert document.step("prep").duration == Estimate(20, 60, 60)
    document.undo_stack.undo()
    assert document.step("prep").duration == Estimate(20, 30, 45)
    with pytest.raises(OasesError):
        c.ResizeStepCommand(document, "prep", -1)


def test_add_step_gets_unique_id(document):
    step = Step(id="prep", name="Second prep", route="hk_1plus", duration=Estimate(1, 2, 3))
    after = _roundtrip(document, c.AddStepCommand(document, step, (Dependency("prep", "review"),)))
    ids = [s.id for s in after.scenario().steps]
    assert ids.count("prep") == 1 and "prep-2" in ids
    assert Dependency("prep-2", "review") in after.scenario().dependencies


def test_remove_step_takes_its_links_and_undo_restores_order(document):
    after = _roundtrip(document, c.RemoveStepCommand(document, "submit"))
    assert [s.id for s in after.scenario().steps] == ["prep", "review", "translate"]
    assert after.scenario().dependencies == []


def test_dependencies(document):
    after = _roundtrip(document, c.AddDependencyCommand(document, Dependency("translate", "submit")))
    assert Dependency("translate", "submit") in after.scenario().dependencies
    with pytest.raises(OasesError):
        c.AddDependencyCommand(document, Dependency("translate", "submit"))
    with pytest.raises(CycleError):
        c.AddDependencyCommand(document, Dependency("review", "prep"))
    with pytest.raises(OasesError):
        c.AddDependencyCommand(document, Dependency("prep", "prep"))
    after = _roundtrip(document, c.RemoveDependencyCommand(document, "prep", "submit"))
    assert all(d.predecessor != "prep" for d in after.scenario().dependencies)


def test_edit_dependency_lag(document):
    from oases_desktop.core.domain import Lag

    after = _roundtrip(document, c.EditDependencyCommand(document, "prep", "submit", lag=Lag(5)))
    assert after.scenario().dependencies[0].lag == Lag(5)


def test_profile_edit_emits_profile_changed(document, qtbot):
    with qtbot.waitSignal(document.profileChanged):
        document.push(c.EditProfileCommand(document, "designations", ["orphan"]))
    assert document.plan.product.designations == ["orphan"]
    document.undo_stack.undo()
    assert document.plan.product.designations == []


def test_plan_and_scenario_edits(document):
    assert _roundtrip(document, c.EditPlanCommand(document, "client", "Beta Bio")).client == "Beta Bio"
    after = _roundtrip(document, c.EditScenarioCommand(document, "start_date", date(2026, 3, 2)))
    assert after.scenario().start_date == date(2026, 3, 2)


def test_scenarios_add_duplicate_rename_delete(document):
    after = _roundtrip(document, c.DuplicateScenarioCommand(document, "Fast track"))
    assert [s.name for s in after.scenarios] == ["Base case", "Fast track"]
    assert after.active_scenario == "fast-track"
    assert after.scenario("fast-track").steps == after.scenario("base").steps
    assert document.scenario_id == "fast-track"
    after = _roundtrip(document, c.RenameScenarioCommand(document, "fast-track", "Priority review"))
    assert after.scenario("fast-track").name == "Priority review"
    after = _roundtrip(document, c.DeleteScenarioCommand(document, "base"))
    assert [s.id for s in after.scenarios] == ["fast-track"]
    with pytest.raises(OasesError):
        c.DeleteScenarioCommand(document, "fast-track")
    after = _roundtrip(document, c.AddScenarioCommand(document, "Empty"))
    assert after.scenario("empty").steps == []


def test_undo_switches_back_to_the_edited_scenario(document):
    document.push(c.DuplicateScenarioCommand(document, "Alt"))
    document.push(c.EditStepCommand(document, "prep", "name", "Alt prep"))
    document.set_scenario("base")
    document.undo_stack.undo()
    assert document.scenario_id == "alt"
    assert document.step("prep").name == "Prepare dossier"


def test_scheduler_bug_becomes_a_visible_error_not_a_crash(document, monkeypatch, caplog):
    import oases_desktop.core.scheduling.engine as engine

    def broken(*args, **kwargs):
        raise RuntimeError("boom in the scheduler")

    monkeypatch.setattr(engine, "compute_schedule", broken)
    document.push(c.EditStepCommand(document, "prep", "name", "Still editable"))
    assert document.schedule is None
    assert "internal error" in document.schedule_error and "boom in the scheduler" in document.schedule_error
    assert "boom in the scheduler" in caplog.text
    assert document.step("prep").name == "Still editable"
    document.undo_stack.undo()
    assert document.step("prep").name == "Prepare dossier"


def test_a_drag_back_to_where_it_started_leaves_nothing_to_undo(document):
    original = document.step("translate").start_no_earlier_than
    document.push(c.MoveStepCommand(document, "translate", date(2026, 2, 10)))
    document.push(c.MoveStepCommand(document, "translate", original))
    assert document.undo_stack.count() == 0
    assert not document.is_modified()
    document.push(c.ResizeStepCommand(document, "prep", 40))
    document.push(c.ResizeStepCommand(document, "prep", 30))
    assert document.undo_stack.count() == 0
    assert document.step("prep").duration == Estimate(20, 30, 45)

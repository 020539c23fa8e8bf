"""The client's target dates on screen: set in the inspector or the context menu, undone, drawn, explained."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.examples import worked_example
from oases_desktop.core.scheduling.engine import attach_percentiles, compute_schedule
from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate
from oases_desktop.core.scheduling.target_text import target_sentence
from oases_desktop.core.scheduling.targets import plan_targets
from oases_desktop.gui import targets as gui_targets
from tests.shipped import CALENDARS

REG = "one_plus.approval"


def _open(window):
    window.document.set_plan(worked_example("medicine", window.services.library()))
    return window.document


def test_the_inspector_sets_a_target_says_what_it_takes_and_undo_clears_it(window, qtbot):
    doc = _open(window)
    doc.select_step(REG)
    box = window.inspector.target
    assert box.isVisibleTo(window.inspector) and not box.clear.isEnabled()
    assert "No target date" in box.sentence.text()
    box.date.setText("31 Dec 2028")
    box.apply.click()
    assert doc.plan.targets == {REG: date(2028, 12, 31)} and doc.is_modified()
    # At once: what the likely path needs; the simulation runs off the GUI thread (gui.background).
    assert f"simulating {DEFAULT_RUNS} runs" in box.sentence.text() and "missed on the likely path" in box.sentence.text()
    assert box.operation is not None and gui_targets.cached(doc) is None
    with qtbot.waitSignal(box.operation.done, timeout=60_000):
        pass
    assert gui_targets.cached(doc) is not None and "simulating" not in box.sentence.text()
    # The sentence is the core's, from the app's one simulation on the status date.
    scenario, today = doc.scenario(), doc.status_date()
    simulated = simulate(scenario, DEFAULT_RUNS, DEFAULT_SEED, today=today, calendars=CALENDARS)
    schedule = attach_percentiles(compute_schedule(scenario, today, calendars=CALENDARS), simulated)
    (outcome,) = plan_targets(scenario, {REG: date(2028, 12, 31)}, schedule, simulated, today, calendars=CALENDARS)
    names = {s.id: s.name for s in scenario.steps}
    shown = box.sentence.text()
    assert target_sentence(outcome, names).split(":")[0] in shown and "missed on the likely path" in shown
    assert f"{DEFAULT_RUNS} simulated runs" in shown and box.clear.isEnabled()
    doc.undo_stack.undo()
    assert doc.plan.targets == {} and "No target date" in box.sentence.text()


def test_a_task_has_no_target_box(window):
    doc = _open(window)
    doc.select_step("one_plus.evaluation")
    assert not window.inspector.target.isVisibleTo(window.inspector)


def test_the_timeline_flags_the_target_and_ticks_the_driving_steps_latest_starts(window):
    doc = _open(window)
    gui_targets.set_target(doc, "ha_formulary.listed", date(2030, 3, 1))
    data = window.timeline.full_data()
    origin = data.origin.toordinal()
    assert data.targets == {"ha_formulary.listed": date(2030, 3, 1).toordinal() - origin + 0.5}
    outcome = gui_targets.outcomes(doc)["ha_formulary.listed"]
    # The chart needs no simulation: the same latest dates without odds (a big plan simulates for seconds).
    quick = gui_targets.outcomes(doc, odds=False)["ha_formulary.listed"]
    assert quick.probability is None and quick.latest == outcome.latest and outcome.runs == DEFAULT_RUNS
    # Ticks on the driving path's bars (not on milestones), each at that step's latest start.
    assert set(data.latest_ticks) == {s for s in outcome.driving_steps if not data.bars[s].milestone}
    assert data.latest_ticks["ha_formulary.dac"] == outcome.latest["ha_formulary.dac"].latest_start.toordinal() - origin
    # The Fri 2 Nov 2029 meeting (first Friday, estimated) and its January update still make 1 Mar 2030.
    assert outcome.latest["ha_formulary.dac"].sitting == date(2029, 11, 2)
    assert window.timeline.legend.entries["target"].isVisibleTo(window.timeline.legend)
    doc.undo_stack.undo()
    assert window.timeline.full_data().targets == {}


def test_the_milestone_context_menu_sets_and_clears_the_target(window, monkeypatch):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from oases_desktop.gui.date_field import DateField

    doc = _open(window)
    assert "Set Target Date…" in [a.text() for a in window.gantt.build_menu(REG).actions()]
    assert "Set Target Date…" not in [a.text() for a in window.gantt.build_menu("one_plus.evaluation").actions()]
    answers = []

    def answer(dialog):  # stands in for the modal loop: type a date and press OK, or press Clear Target
        day = answers.pop(0)
        buttons = dialog.findChild(QDialogButtonBox)
        if day is None:
            next(b for b in buttons.buttons() if b.text() == "Clear Target").click()
        else:
            dialog.findChild(DateField).setDate(day)
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", answer)
    answers.append(date(2029, 6, 30))
    assert gui_targets.ask_target(window, doc, REG) and doc.plan.targets == {REG: date(2029, 6, 30)}
    answers.append(None)
    assert gui_targets.ask_target(window, doc, REG) and doc.plan.targets == {}
    doc.undo_stack.undo()
    assert doc.plan.targets == {REG: date(2029, 6, 30)}


def test_the_comparison_says_per_target_which_scenario_makes_it(window, qtbot):
    from dataclasses import replace

    from oases_desktop.gui.compare import targets_html

    doc = _open(window)
    doc.set_plan(replace(worked_example("medicine", window.services.library()), targets={REG: date(2029, 6, 30)}))
    view = window.compare
    view.refresh()
    assert view.targets.isVisibleTo(view)
    # At once the verdicts; the share of runs comes from a simulation off the GUI thread.
    assert "makes it with" in view.targets.text() and "Simulating" in view.targets.text()
    assert view.comparison.targets[0].outcomes["one_plus_trial"].probability is None
    with qtbot.waitSignal(view.operation.done, timeout=60_000):
        pass
    text = view.targets.text()
    row = view.comparison.targets[0]
    made = row.outcomes["one_plus_trial"]
    assert made is not None and row.makes_it("one_plus_trial")
    assert f"makes it with {made.margins['likely'].calendar_days} days to spare" in text
    assert f"{round(100 * made.probability)} % of runs" in text
    # The other scenario registers through the standard route: its own registration step (the same key
    # milestone, hk_approval) is the one compared, and it misses the date by its distance past it.
    other = row.outcomes["standard_two_reference"]
    from oases_desktop.core.scheduling.engine import compute_schedule

    standard = doc.plan.scenario("standard_two_reference")
    finish = compute_schedule(standard, doc.status_date(), calendars=doc.calendars()).steps[
        "standard_two_reference.approval"].finish
    assert other.step_id == "standard_two_reference.approval" and not row.makes_it("standard_two_reference")
    assert f"misses it by {(finish - date(2029, 6, 30)).days} days" in text and "no such milestone" not in text
    assert text == targets_html(view.comparison, {s.id: s.name for s in doc.plan.scenarios})


def test_the_target_box_simulates_off_the_gui_thread_and_drops_odds_of_an_older_schedule(window, qtbot, monkeypatch):
    import threading

    from oases_desktop.core.scheduling import montecarlo

    threads, real = [], montecarlo.simulate
    monkeypatch.setattr(montecarlo, "simulate", lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k))
    doc = _open(window)
    doc.select_step(REG)
    box = window.inspector.target
    gui_targets.set_target(doc, REG, date(2029, 6, 30))
    first = box.operation
    older = doc.schedule
    gui_targets.set_target(doc, REG, date(2029, 7, 31))   # a new schedule while the first run may be going
    with qtbot.waitSignal(box.operation.done, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: first.result is not None or first.error is not None, timeout=60_000)
    assert threads and threading.main_thread() not in threads
    assert doc.schedule is not older and gui_targets.cached(doc)[REG].target == date(2029, 7, 31)
    assert "31 Jul 2029" in box.sentence.text() and "simulating" not in box.sentence.text()


def test_deleting_a_targeted_milestone_takes_its_target_and_the_plan_still_saves_undo_gives_the_file_back(window, tmp_path):
    from oases_desktop.gui.commands import RemoveStepCommand

    doc = _open(window)
    gui_targets.set_target(doc, REG, date(2029, 6, 30))   # "1+" registration: only the first scenario has it
    before = tmp_path / "before.oases.json"
    doc.save_file(before)
    doc.push(RemoveStepCommand(doc, REG))
    assert doc.plan.targets == {}
    doc.save_file(tmp_path / "after.oases.json")          # refused before: a target naming no step
    doc.undo_stack.undo()
    assert doc.plan.targets == {REG: date(2029, 6, 30)}
    doc.save_file(tmp_path / "undone.oases.json")
    assert (tmp_path / "undone.oases.json").read_bytes() == before.read_bytes()

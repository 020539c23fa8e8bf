"""Every way the GUI edits a plan (step table, inspector, Gantt drag, Add Step dialog, the step's
context menu: delete, links, start early) is one core edit on the undo stack: undo gives back the
plan byte for byte, redo the edited plan byte for byte, and the schedule follows both ways."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QDialog

from oases_desktop.core.domain import Dependency, DependencyType, Lag
from oases_desktop.core.planfile import plan_to_bytes
from oases_desktop.gui.add_step_dialog import AddStepDialog
from oases_desktop.gui.steps.model import COL_LIKELY
from oases_desktop.gui.step_dialogs import LinksDialog
from tests.gui.timeline_plans import two_route_plan


@pytest.fixture
def win(window, qtbot):
    window.resize(1400, 800)
    window.build_panels()
    window.show()
    qtbot.waitExposed(window)
    window.document.today = date(2026, 3, 1)
    window.document.set_plan(two_route_plan())
    assert window.document.schedule is not None, window.document.schedule_error
    return window


def _state(doc) -> tuple[bytes, dict]:
    """The plan as its file bytes and the computed dates (start, finish) of every step."""
    return plan_to_bytes(doc.plan), {sid: (s.start, s.finish) for sid, s in doc.schedule.steps.items()}


def _undo_redo(doc, edit) -> tuple[bytes, bytes]:
    """Run the GUI edit; it must add exactly one undo step; undo and redo must restore each state exactly."""
    before, index = _state(doc), doc.undo_stack.index()
    edit()
    QApplication.processEvents()
    after = _state(doc)
    assert after[0] != before[0], "the edit changed nothing"
    assert doc.undo_stack.index() == index + 1, "one edit, one undo step"
    doc.undo_stack.undo()
    assert _state(doc) == before
    doc.undo_stack.redo()
    assert _state(doc) == after
    doc.undo_stack.undo()
    doc.undo_stack.setClean()
    return before[0], after[0]


def _menu_action(win, step_id: str, text: str):
    win.document.select_step(step_id)
    menu = win.gantt.build_menu(step_id)
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_a_likely_duration_typed_in_the_step_table(win):
    doc = win.document
    model = win.gantt.cells   # the step table beside the chart
    _undo_redo(doc, lambda: model.setData(model.index(model.row_of("hk-prep"), COL_LIKELY), 40.0))
    doc.undo_stack.redo()
    assert doc.step("hk-prep").duration.likely == 40


def test_notes_typed_in_the_inspector(win):
    doc, inspector = win.document, win.inspector
    doc.select_step("hk-prep")

    def type_notes():
        inspector.notes.setFocus()
        inspector.notes.setPlainText("Ask the client for the CPP by March")
        inspector.notes.document().setModified(True)
        inspector.documents.setFocus()   # leaving the field commits it

    _undo_redo(doc, type_notes)
    doc.undo_stack.redo()
    assert doc.step("hk-prep").notes == "Ask the client for the CPP by March"


def test_a_bar_dragged_in_the_gantt_chart(win, qtbot):
    doc, timeline = win.document, win.timeline
    timeline.set_scale("month")
    start_before = doc.schedule.steps["hk-prep"].start

    def drag():
        view, item = timeline.view, timeline.scene.step_items["hk-prep"]
        rect = item.bar_rect()
        x, y = rect.center().x(), rect.center().y()
        view.centerOn(x, y)
        begin = view.mapFromScene(QPointF(x, y))
        end = view.mapFromScene(QPointF(x + 20 * timeline.scene.px_per_day, y))
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=begin)
        for fraction in (0.3, 0.6, 1.0):   # several frames merge into one undo step
            qtbot.mouseMove(view.viewport(), pos=begin + (end - begin) * fraction)
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)

    _undo_redo(doc, drag)
    doc.undo_stack.redo()
    assert doc.step("hk-prep").start_no_earlier_than > start_before


def test_a_step_added_with_the_add_step_dialog(win, monkeypatch):
    doc = win.document
    doc.select_step("hk-labels")

    def fill(dialog: AddStepDialog):
        dialog.name.setText("Client sign-off")
        for spin, value in zip(dialog.spins, (1, 2, 3)):
            spin.setValue(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddStepDialog, "exec", fill)
    _undo_redo(doc, _menu_action(win, "hk-labels", "Add Step…").trigger)
    assert "client_sign_off" not in {s.id for s in doc.scenario().steps}
    doc.undo_stack.redo()
    assert Dependency("hk-labels", "client_sign_off") in doc.scenario().dependencies


def test_delete_from_the_context_menu_takes_the_links_and_undo_puts_them_back(win):
    doc = win.document
    before, _after = _undo_redo(doc, _menu_action(win, "hk-review", "Delete Step").trigger)
    assert plan_to_bytes(doc.plan) == before
    doc.undo_stack.redo()
    scenario = doc.scenario()
    assert "hk-review" not in {s.id for s in scenario.steps}
    assert not any("hk-review" in (d.predecessor, d.successor) for d in scenario.dependencies)


def test_a_link_added_and_one_removed_from_the_context_menus_links_dialog(win, monkeypatch):
    doc = win.document
    added = Dependency("hk-prep", "gba-apply", DependencyType.SS, Lag(5))

    def add_link(dialog: LinksDialog):
        dialog.predecessor.setCurrentIndex(dialog.predecessor.findData("hk-prep"))
        dialog.type.setCurrentIndex(dialog.type.findData(DependencyType.SS.value))
        dialog.lag.setValue(5)
        dialog._add()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LinksDialog, "exec", add_link)
    _undo_redo(doc, _menu_action(win, "gba-apply", "Links of Selected Step…").trigger)
    doc.undo_stack.redo()
    assert added in doc.scenario().dependencies
    doc.undo_stack.undo()

    def remove_link(dialog: LinksDialog):
        dialog.links.setCurrentRow(0)
        dialog._remove()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LinksDialog, "exec", remove_link)
    _undo_redo(doc, _menu_action(win, "gba-use", "Links of Selected Step…").trigger)
    doc.undo_stack.redo()
    assert not any(d.successor == "gba-use" for d in doc.scenario().dependencies)


def test_start_as_early_as_possible_from_the_context_menu(win):
    from oases_desktop.gui.commands import MoveStepCommand

    doc = win.document
    doc.push(MoveStepCommand(doc, "hk-prep", date(2026, 2, 2)))
    _undo_redo(doc, _menu_action(win, "hk-prep", "Start as Early as Possible").trigger)
    assert doc.step("hk-prep").start_no_earlier_than == date(2026, 2, 2)
    doc.undo_stack.redo()
    assert doc.step("hk-prep").start_no_earlier_than is None


def test_a_refused_link_from_the_dialog_leaves_the_plan_and_the_stack_untouched(win, monkeypatch, dialogs):
    doc = win.document
    before, count = plan_to_bytes(doc.plan), doc.undo_stack.count()

    def loop(dialog: LinksDialog):   # hk-approval already waits on hk-prep through the chain
        dialog.predecessor.setCurrentIndex(dialog.predecessor.findData("hk-approval"))
        dialog._add()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LinksDialog, "exec", loop)
    _menu_action(win, "hk-prep", "Links of Selected Step…").trigger()
    assert "cycle" in dialogs.texts("box")[0].lower()
    assert plan_to_bytes(doc.plan) == before and doc.undo_stack.count() == count


def test_a_route_removed_from_the_route_rows_menu_with_its_cross_route_link(win):
    doc = win.document
    lane = win.gantt.outline.lane_index("gba_connect")
    assert lane.isValid()
    menu = win.gantt.build_route_menu("gba_connect", lane.data())
    remove = next(a for a in menu.actions() if a.text() == "Remove Route from Scenario")
    _undo_redo(doc, remove.trigger)
    doc.undo_stack.redo()
    scenario = doc.scenario()
    assert scenario.routes == ["hk_1plus"] and {s.route for s in scenario.steps} == {"hk_1plus"}
    assert Dependency("hk-approval", "gba-apply") not in scenario.dependencies
    assert "gba-apply" not in win.gantt.shown_step_ids()
    doc.undo_stack.undo()
    assert "gba-apply" in win.gantt.shown_step_ids()


def test_mark_done_and_a_saved_baseline_of_the_living_plan(win):
    doc = win.document
    doc.select_step("hk-prep")
    _undo_redo(doc, win.living.mark_done.trigger)
    _undo_redo(doc, lambda: win.living.save_baseline("Presented to client"))
    doc.undo_stack.redo()
    assert [b.name for b in doc.plan.baselines] == ["Presented to client"]
    doc.undo_stack.undo()
    assert doc.shown_baseline is None   # the ghost bars of an undone baseline go with it


def test_an_actual_finish_before_the_actual_start_is_refused_by_the_plan_rules(win):
    from oases_desktop.core.domain.rules import RuleError
    from oases_desktop.gui.living.commands import SetActualDatesCommand

    doc = win.document
    with pytest.raises(RuleError, match="actual finish is before the actual start") as refused:
        SetActualDatesCommand(doc, "hk-prep", date(2026, 2, 2), date(2026, 2, 1))
    assert refused.value.field_path == "plan.scenarios[0].steps[0].actual_finish"
    assert doc.undo_stack.count() == 0

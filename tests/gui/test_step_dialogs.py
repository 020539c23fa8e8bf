"""Adding a step of one's own and linking/unlinking steps, through the dialogs and undo."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from oases_desktop.core.domain import Dependency, DurationUnit, Estimate
from oases_desktop.gui.step_dialogs import AddStepDialog, LinksDialog


def test_add_step_after_the_selected_one(window, plan, monkeypatch):
    window.document.set_plan(plan)
    window.document.select_step("review")

    def fill(dialog: AddStepDialog):
        dialog.name.setText("Client sign-off")
        for spin, value in zip(dialog.spins, (1, 2, 3)):
            spin.setValue(value)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddStepDialog, "exec", fill)
    window.actions.add_step.trigger()
    doc = window.document
    step = doc.step("client_sign_off")
    assert step.duration == Estimate(1, 2, 3, unit=DurationUnit.WEEKS) and step.duration.is_estimate
    assert Dependency("review", "client_sign_off") in doc.scenario().dependencies
    assert doc.selected_step_id == "client_sign_off"
    assert doc.schedule.steps["client_sign_off"].start > doc.schedule.steps["review"].finish
    window.actions.undo.trigger()
    assert "client_sign_off" not in {s.id for s in doc.scenario().steps}


def test_ok_needs_a_name_and_ordered_durations(window, plan, qtbot):
    window.document.set_plan(plan)
    dialog = AddStepDialog(window.document, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("x")
    assert ok.isEnabled()
    dialog.spins[0].setValue(10)  # min above likely
    assert not ok.isEnabled()


def test_links_dialog_adds_refuses_a_loop_and_removes(window, plan, qtbot, dialogs):
    window.document.set_plan(plan)
    doc = window.document
    dialog = LinksDialog(doc, "translate", window)
    qtbot.addWidget(dialog)
    assert dialog.links.count() == 0
    dialog.predecessor.setCurrentIndex(dialog.predecessor.findData("prep"))
    dialog._add()
    assert Dependency("prep", "translate") in doc.scenario().dependencies
    assert dialog.links.count() == 1

    loop = LinksDialog(doc, "prep", window)
    qtbot.addWidget(loop)
    loop.predecessor.setCurrentIndex(loop.predecessor.findData("review"))  # review waits on prep already
    loop._add()
    assert "cycle" in dialogs.texts("box")[0].lower()
    assert Dependency("review", "prep") not in doc.scenario().dependencies

    dialog.links.setCurrentRow(0)
    dialog._remove()
    assert Dependency("prep", "translate") not in doc.scenario().dependencies
    doc.undo_stack.undo()
    assert Dependency("prep", "translate") in doc.scenario().dependencies


def test_plan_properties_are_one_undo_step(window, plan, monkeypatch):
    from datetime import date

    from PySide6.QtCore import QDate

    from oases_desktop.gui.plan_properties_dialog import PlanPropertiesDialog

    window.document.set_plan(plan)

    def fill(dialog: PlanPropertiesDialog):
        dialog.advisor.setText("A. Advisor")
        dialog.start.setDate(QDate(2026, 3, 2))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanPropertiesDialog, "exec", fill)
    before_start = window.document.schedule.start
    window.actions.properties.trigger()
    doc = window.document
    assert doc.plan.advisor == "A. Advisor" and doc.scenario().start_date == date(2026, 3, 2)
    assert doc.schedule.start > before_start  # the dates moved with the start
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.advisor == "" and doc.scenario().start_date == date(2026, 1, 5)

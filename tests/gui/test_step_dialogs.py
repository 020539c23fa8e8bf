"""Adding a step of one's own and linking/unlinking steps, through the dialogs and undo."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from oases_desktop.core.domain import Dependency, DurationUnit, Estimate
from oases_desktop.gui.add_step_dialog import AddStepDialog
from oases_desktop.gui.step_dialogs import LinksDialog


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
    dialog = AddStepDialog(window.session, window)
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


def test_add_step_defaults_to_the_selected_steps_route_and_offers_kind_calendar_and_a_sourced_basis(window, qtbot):
    from oases_desktop.core.domain.plan import Calendar, StepKind
    from oases_desktop.core.examples import worked_example
    from oases_desktop.core.knowledge import load_library

    library = load_library()
    window.document.set_plan(worked_example("medicine", library))
    window.document.select_step("one_plus.dossier")
    dialog = AddStepDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.route.currentData() == "one_plus"
    assert dialog.after.currentData() == "one_plus.dossier"
    assert {dialog.calendar.itemData(i) for i in range(dialog.calendar.count())} == {c.value for c in Calendar}
    key = "oneplus.target_processing"
    dialog.basis.setCurrentIndex(dialog.basis.findData(key))
    fact = library.latest(key)
    assert dialog.spins[1].value() == fact.value and dialog.unit.currentData() == DurationUnit.WORKING_DAYS.value
    dialog.name.setText("Second evaluation round")
    step = dialog.command().step
    assert step.route == "one_plus" and step.duration.basis == key and not step.duration.is_estimate
    dialog.kind.setCurrentIndex(dialog.kind.findData(StepKind.MILESTONE.value))
    assert not dialog.spins[0].isEnabled()
    assert dialog.command().step.duration == Estimate(0, 0, 0, calendar=step.duration.calendar)
    dialog.kind.setCurrentIndex(dialog.kind.findData(StepKind.CADENCE_GATE.value))
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.cadence.setText("FREQ=MONTHLY;INTERVAL=0")
    assert not ok.isEnabled() and dialog.cadence_error.text()
    dialog.cadence.setText("FREQ=MONTHLY;BYMONTHDAY=15")
    assert ok.isEnabled()
    assert dialog.command().step.cadence == "FREQ=MONTHLY;BYMONTHDAY=15"


def test_date_fields_start_today_and_read_what_advisors_type(qtbot):
    from datetime import date

    from oases_desktop.gui.date_field import DateField
    from oases_desktop.gui.dates import parse_date_text

    field = DateField()
    qtbot.addWidget(field)
    assert field.date() == date.today()
    for typed in ("15/3/2026", "15 Mar 2026", "2026-03-15", "15 March 2026", "15-3-2026"):
        field.setText(typed)
        field.editingFinished.emit()
        assert field.date() == date(2026, 3, 15), typed
        assert field.text() == "15 Mar 2026"
    field.setText("31/2/2026")
    field.editingFinished.emit()
    assert field.date() == date(2026, 3, 15) and "Not a date" in field.toolTip()
    assert parse_date_text("3/15/2026") is None   # day first, as in Hong Kong: no 15th month
    assert parse_date_text("hello") is None


def test_a_new_approval_date_starts_on_today_not_in_2000(window, qtbot):
    from datetime import date

    from PySide6.QtWidgets import QStyleOptionViewItem

    from oases_desktop.core.domain.product import ReferenceApproval
    from oases_desktop.gui.commands import EditProfileCommand
    from oases_desktop.gui.date_field import DateField
    from oases_desktop.gui.models.approvals_model import COL_DATE
    from oases_desktop.core.examples import worked_example

    window.build_panels()
    window.document.set_plan(worked_example("medicine", window.services.library()))
    window.document.push(EditProfileCommand(window.document, "reference_approvals", [ReferenceApproval(country="Japan")]))
    view = window.profile_form.approvals
    index = window.profile_form.approvals_model.index(0, COL_DATE)
    delegate = view.itemDelegateForIndex(index)
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, DateField)
    delegate.setEditorData(editor, index)
    assert editor.date() == date.today()
    editor.setText("15/3/2026")
    delegate.setModelData(editor, window.profile_form.approvals_model, index)
    assert window.document.plan.product.reference_approvals[0].date == date(2026, 3, 15)

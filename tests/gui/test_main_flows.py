"""The advisor's main flows through the real main window (offscreen, modal dialogs scripted)."""

from __future__ import annotations

import copy
import os
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from oases_desktop.core.planfile import load_plan, save_plan
from oases_desktop.gui import commands as c

Button = QMessageBox.StandardButton


def _new_plan_via_dialog(window, monkeypatch, client="Beta Devices", product="CardioStent", device=True):
    from oases_desktop.gui.new_plan_dialog import NewPlanDialog

    def fill_and_accept(dialog):
        dialog.client.setText(client)
        dialog.product.setText(product)
        dialog.kind.setCurrentIndex(1 if device else 0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPlanDialog, "exec", fill_and_accept)
    assert window.files.new_plan()


def test_new_plan_from_scratch_add_route_save_and_reopen(window, monkeypatch, tmp_path, dialogs):
    _new_plan_via_dialog(window, monkeypatch)
    doc = window.document
    assert doc.plan.client == "Beta Devices" and doc.plan.product.kind == "device"
    assert doc.is_modified() and window.isWindowModified()
    assert doc.scenario().steps == []

    library = window.services.library()
    device_route = next(r for r in library.routes if r.product_kind == "device")
    doc.push(c.AddRouteCommand(doc, device_route.id, library))
    assert len(doc.scenario().steps) == len(device_route.steps)
    assert doc.schedule is not None, doc.schedule_error
    assert set(doc.schedule.steps) == {s.id for s in doc.scenario().steps}

    target = tmp_path / "stent.oases"
    dialogs.answer("save_file", (str(target), ""))
    assert window.files.save_as()
    assert not doc.is_modified() and not window.isWindowModified()
    saved = copy.deepcopy(doc.plan)
    assert load_plan(target) == saved
    assert str(target.resolve()) in window.settings.recent_files()

    doc.set_plan(None)
    assert window.files.open_file(str(target))
    assert doc.plan == saved
    assert doc.file_path == target


def test_adding_a_route_extends_the_plan_and_undo_removes_it(window, plan):
    window.document.set_plan(plan)
    doc = window.document
    library = window.services.library()
    before = len(doc.scenario().steps)
    route = library.routes[0]
    doc.push(c.AddRouteCommand(doc, route.id, library))
    assert len(doc.scenario().steps) == before + len(route.steps)
    assert route.id in doc.scenario().routes
    doc.undo_stack.undo()
    assert len(doc.scenario().steps) == before
    assert route.id not in doc.scenario().routes


def test_adding_the_same_route_twice_keeps_ids_unique(window, plan):
    window.document.set_plan(plan)
    doc, library = window.document, window.services.library()
    route = library.routes[0]
    doc.push(c.AddRouteCommand(doc, route.id, library))
    doc.push(c.AddRouteCommand(doc, route.id, library))
    ids = [s.id for s in doc.scenario().steps]
    assert len(ids) == len(set(ids))


def test_profile_form_edit_is_one_undo_step_and_updates_form(window, plan, qtbot):
    window.document.set_plan(plan)
    form = window.profile_form
    with qtbot.waitSignal(window.document.profileChanged):
        form.designation_boxes["orphan"].setChecked(True)
    assert window.document.plan.product.designations == ["orphan"]
    form.checks["hk_registered"].setChecked(True)
    assert window.document.plan.product.hk_registered
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.plan.product.designations == []
    assert not form.designation_boxes["orphan"].isChecked()  # the form follows undo
    assert not form.checks["hk_registered"].isChecked()


def test_profile_change_updates_the_verdicts(window, plan):
    window.document.set_plan(plan)
    model = window.eligibility.model
    verdicts_before = {model.verdict(r).route_id: str(model.verdict(r).status) for r in range(model.rowCount())}
    assert verdicts_before
    window.profile_form.kind.setCurrentIndex(1)
    window.profile_form.kind.activated.emit(1)
    verdicts_after = {model.verdict(r).route_id: str(model.verdict(r).status) for r in range(model.rowCount())}
    assert verdicts_after != verdicts_before


def test_unsaved_changes_prompt_on_close(window, plan, dialogs, tmp_path):
    path = tmp_path / "p.oases"
    save_plan(plan, path)
    window.files.open_file(str(path))
    window.show()
    window.document.push(c.EditPlanCommand(window.document, "client", "Changed Ltd"))

    dialogs.answer("warning", Button.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert "Unsaved changes" in dialogs.texts("warning")[0]

    dialogs.answer("warning", Button.Save)
    assert window.close()
    assert load_plan(path).client == "Changed Ltd"


def test_unsaved_changes_discard_keeps_file(window, plan, dialogs, tmp_path):
    path = tmp_path / "p.oases"
    save_plan(plan, path)
    window.files.open_file(str(path))
    window.document.push(c.EditPlanCommand(window.document, "client", "Changed Ltd"))
    dialogs.answer("warning", Button.Discard)
    assert window.files.open_file(str(path))  # opening another plan asks too
    assert load_plan(path).client == plan.client
    assert window.document.plan.client == plan.client


def test_save_to_database_and_reopen_from_plans_panel(window, plan):
    window.document.set_plan(plan)
    window.document.push(c.EditPlanCommand(window.document, "title", "Stored plan"))
    assert window.files.save()
    assert window.document.db_plan_id == plan.id and not window.document.is_modified()
    window.plans_panel.refresh()
    assert window.plans_panel.model.row_of(plan.id) >= 0
    saved = copy.deepcopy(window.document.plan)
    window.document.set_plan(None)
    assert window.files.open_stored(plan.id)
    assert window.document.plan == saved


def test_open_bad_file_shows_error_and_keeps_plan(window, plan, dialogs, tmp_path):
    window.document.set_plan(plan)
    bad = tmp_path / "bad.oases"
    bad.write_text("{not json", encoding="utf-8")
    assert not window.files.open_file(str(bad))
    assert window.document.plan == plan
    assert any("bad.oases" in text for text in dialogs.texts("box"))


def test_drop_a_plan_file_opens_it(window, plan, tmp_path, qtbot):
    path = tmp_path / "dropped.oases"
    save_plan(plan, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.document.file_path == path)
    assert window.document.plan == plan


def test_scenario_actions(window, plan, dialogs):
    window.document.set_plan(plan)
    dialogs.answer("getText", ("Fast track", True))
    window.actions.add_scenario.trigger()
    assert [s.name for s in window.document.plan.scenarios] == ["Base case", "Fast track"]
    assert window.scenario_box.currentText() == "Fast track"
    dialogs.answer("question", Button.Yes)
    window.actions.delete_scenario.trigger()
    assert [s.name for s in window.document.plan.scenarios] == ["Base case"]
    window.actions.undo.trigger()
    assert window.scenario_box.count() == 2


def test_delete_action_removes_selected_step(window, plan):
    window.document.set_plan(plan)
    window.document.select_step("translate")
    assert window.actions.delete.isEnabled()
    window.actions.delete.trigger()
    assert "translate" not in {s.id for s in window.document.scenario().steps}
    window.actions.undo.trigger()
    assert "translate" in {s.id for s in window.document.scenario().steps}


def test_window_layout_is_remembered(qtbot, settings):
    from oases_desktop.gui.main_window import MainWindow

    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # inside the offscreen screen (800x600), which restoreGeometry clamps to
    first.plans_dock.hide()
    size = first.size()
    first.close()
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    second.show()
    assert second.plans_dock.isHidden()
    assert second.size().height() == size.height()  # width: offscreen screen clamps it


def test_start_session_opens_given_plan(window, plan, tmp_path):
    path = tmp_path / "start.oases"
    save_plan(plan, path)
    window.start_session(plan_path=str(path), offer_recovery=False)
    assert window.document.plan == plan
    assert window.windowTitle().startswith("start.oases")


def test_first_run_opens_the_worked_example(window):
    window.start_session(offer_recovery=False)
    assert window.document.plan is not None
    assert window.document.schedule is not None, window.document.schedule_error
    assert window.plans_panel.model.rowCount() >= 1


def test_export_ical_and_csv_from_the_window(window, plan, tmp_path):
    window.document.set_plan(plan)
    window.document.today = date(2026, 1, 1)
    window.document.recompute()
    assert window.files.export_csv(str(tmp_path / "steps.csv"))
    assert window.files.export_ical(str(tmp_path / "m.ics"))
    assert (tmp_path / "steps.csv").read_bytes().startswith(b"\xef\xbb\xbfid,name")
    assert b"BEGIN:VEVENT" in (tmp_path / "m.ics").read_bytes()


def test_new_device_plan_to_exported_pdf(window, monkeypatch, tmp_path, qtbot):
    """The issue's first flow: a new plan from scratch, a route from the library, a client-ready PDF."""
    from pypdf import PdfReader

    from oases_desktop.gui.export_dialog import ExportDialog

    _new_plan_via_dialog(window, monkeypatch, client="Gamma Medical", product="GlucoSense")
    doc = window.document
    library = window.services.library()
    route = next(r for r in library.routes if r.product_kind == "device")
    doc.push(c.AddRouteCommand(doc, route.id, library))
    assert doc.schedule is not None, doc.schedule_error
    target = tmp_path / "glucosense.pdf"
    dialog = ExportDialog(window.session, window, path=target)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        dialog.start_export()
    assert blocker.args == [str(target)] or target.exists()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "GlucoSense" in text and "Gamma Medical" in text
    dialog.close()


def test_orphan_drug_plan_built_from_the_profile_form(window, monkeypatch, qtbot):
    """An orphan drug marketed in the US with Asian data and an expert report: 1+ opens and can be added."""
    from oases_desktop.gui.models.approvals_model import COL_DATE, COL_STATUS

    window.build_panels()
    _new_plan_via_dialog(window, monkeypatch, client="Orphan Bio", product="Raredase", device=False)
    panel, form = window.eligibility, window.profile_form
    status = {panel.model.verdict(r).route_id: str(panel.model.verdict(r).status) for r in range(panel.model.rowCount())}
    assert status.get("one_plus") == "not_eligible"

    form.category.setCurrentIndex(form.category.findData("new_chemical_entity"))
    form.category.activated.emit(form.category.currentIndex())
    form.designation_boxes["orphan"].setChecked(True)
    form.checks["life_threatening_or_debilitating"].setChecked(True)
    form.checks["asian_clinical_data"].setChecked(True)
    form.checks["local_expert_report"].setChecked(True)
    form.approvals_model.add_approval("United States")
    form.approvals_model.setData(form.approvals_model.index(0, COL_STATUS), "marketed")
    form.approvals_model.setData(form.approvals_model.index(0, COL_DATE), "2025-06-01")
    status = {panel.model.verdict(r).route_id: str(panel.model.verdict(r).status) for r in range(panel.model.rowCount())}
    assert status["one_plus"] == "eligible"  # the panel followed every form edit at once

    panel.select_route("one_plus")
    assert panel.add_button.isEnabled()
    with qtbot.waitSignal(panel.routeAdded):
        panel.add_button.click()
    doc = window.document
    assert "one_plus" in doc.scenario().routes and doc.scenario().steps
    assert doc.schedule is not None, doc.schedule_error
    assert not panel.add_button.isEnabled()  # already in the plan
    edits = doc.undo_stack.count()
    for _ in range(edits):
        doc.undo_stack.undo()
    assert doc.plan.product.designations == [] and doc.scenario().steps == []


def test_title_marks_unsaved_changes_and_recent_menu_reopens(window, plan, tmp_path):
    path = tmp_path / "titled.oases"
    save_plan(plan, path)
    assert window.files.open_file(str(path))
    assert window.windowTitle().startswith("titled.oases[*]") and not window.isWindowModified()
    window.document.push(c.EditPlanCommand(window.document, "title", "New title"))
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()
    recent = window.actions.recent_menu.actions()
    assert recent and str(path.resolve()) in recent[0].text()
    window.document.set_plan(None)
    recent[0].trigger()
    assert window.document.plan == plan


def test_conflicting_database_save_keeps_both_versions(window, plan, dialogs):
    window.document.set_plan(plan)
    window.document.push(c.EditPlanCommand(window.document, "title", "First save"))
    assert window.files.save()
    plans = window.services.database().plans
    stored = plans.load(plan.id)
    stored.plan.client = "Saved by a colleague"
    plans.save(stored.plan, stored.version)  # someone else saves in between

    window.document.push(c.EditPlanCommand(window.document, "client", "My change"))
    dialogs.answer("question", Button.Save)
    assert window.files.save()
    assert "changed elsewhere" in dialogs.texts("question")[0]
    assert plans.load(plan.id).plan.client == "Saved by a colleague"  # the colleague's version is intact
    mine = window.document.db_plan_id
    assert mine != plan.id and plans.load(mine).plan.client == "My change"
    assert not window.document.is_modified()


def test_delete_key_acts_where_the_focus_is(window, plan, qtbot):
    from PySide6.QtCore import Qt as _Qt

    from PySide6.QtWidgets import QApplication

    window.build_panels()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts only reach the active window
    window.document.set_plan(plan)
    window.document.select_step("translate")
    window.plans_panel.search.setFocus()
    qtbot.keyClick(window.plans_panel.search, _Qt.Key.Key_Delete)
    assert "translate" in {s.id for s in window.document.scenario().steps}  # not the step: focus is elsewhere
    window.plans_panel.view.setFocus()
    qtbot.keyClick(window.plans_panel.view, _Qt.Key.Key_Delete)
    assert "translate" in {s.id for s in window.document.scenario().steps}
    table = window.gantt.table
    table.setFocus()
    qtbot.keyClick(table, _Qt.Key.Key_Delete)
    assert "translate" not in {s.id for s in window.document.scenario().steps}


def test_profile_notes_commit_once_when_focus_leaves(window, plan):
    window.build_panels()
    window.document.set_plan(plan)
    notes = window.profile_form.notes
    notes.setPlainText("Client will send the CPP next week")
    notes.editingFinished.emit()
    assert window.document.plan.product.notes == "Client will send the CPP next week"
    assert window.document.undo_stack.count() == 1
    notes.editingFinished.emit()  # nothing changed: no second undo step
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert notes.toPlainText() == ""


def test_eligibility_on_another_day_follows_rules_that_change_on_a_date(window, plan):
    """1+ started on 1 Nov 2023: the same product is judged differently before and after that day."""
    from PySide6.QtCore import QDate

    from oases_desktop.core.domain.product import ApprovalStatus, DrugCategory, ReferenceApproval

    window.build_panels()
    product = plan.product
    product.drug_category = DrugCategory.NEW_CHEMICAL_ENTITY
    product.designations = ["orphan"]
    product.life_threatening_or_debilitating = True
    product.asian_clinical_data = True
    product.local_expert_report = True
    product.reference_approvals = [ReferenceApproval("United States", ApprovalStatus.MARKETED, date(2022, 6, 1))]
    window.document.set_plan(plan)
    panel = window.eligibility

    def status(route_id):
        return str(panel.model.verdict(panel.model.route_row(route_id)).status)

    panel.on_date.setDate(QDate(2026, 1, 5))
    assert status("one_plus") == "eligible"
    panel.on_date.setDate(QDate(2023, 6, 1))
    assert status("one_plus") != "eligible"
    assert "1 Jun 2023" in panel.summary.text()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_opening_a_fifo_or_dev_zero_is_refused_at_once_and_keeps_the_plan(window, plan, dialogs, tmp_path):
    import time

    window.document.set_plan(plan)
    os.mkfifo(tmp_path / "pipe.oases")
    (tmp_path / "zero.oases").symlink_to("/dev/zero")
    for name, words in (("pipe.oases", "named pipe"), ("zero.oases", "device")):
        began = time.monotonic()
        assert not window.files.open_file(str(tmp_path / name))
        assert time.monotonic() - began < 10
        assert any(name in text and words in text for text in dialogs.texts("box"))
    assert window.document.plan == plan


@pytest.mark.parametrize("title, name", [("CON", "CON_plan"), ("nul", "nul_plan"), ("com1.txt", "com1.txt_plan"),
                                         ("Lpt9 ", "Lpt9_plan"), ("Console", "Console"), ("\x00", "_")])
def test_a_title_never_becomes_a_windows_device_name(title, name):
    from oases_desktop.gui.file_controller import _safe_name

    assert _safe_name(title) == name

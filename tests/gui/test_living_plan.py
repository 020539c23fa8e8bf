"""Progress and baselines on screen: actual dates, mark done, status date, baselines with undo, changes view."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from oases_desktop.core.examples import worked_example
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.gui.commands import EditPlanCommand, EditStepCommand
from oases_desktop.gui.living.dialogs import movement_html
from oases_desktop.gui.steps.model import COL_ACTUAL_FINISH, COL_VARIANCE, StepsTableModel
from oases_desktop.gui.timeline.data import build_timeline_data

DH, TRIAL, REG = "one_plus.evaluation", "hk_clinical_trial.conduct", "one_plus.approval"


@pytest.fixture
def living(window):
    window.document.set_plan(worked_example("medicine", window.services.library()))
    return window.living


def test_save_baseline_then_undo_and_redo_it_and_delete_it_with_undo(living):
    doc = living.document
    living.save_baseline("Presented to client")
    assert [b.name for b in doc.plan.baselines] == ["Presented to client"] and doc.shown_baseline == "Presented to client"
    doc.undo_stack.undo()
    assert doc.plan.baselines == [] and doc.shown_baseline is None
    doc.undo_stack.redo()
    assert [b.name for b in doc.plan.baselines] == ["Presented to client"]
    living.delete_baseline("Presented to client")
    assert doc.plan.baselines == []
    doc.undo_stack.undo()
    assert doc.plan.baseline("Presented to client").scenario_id == doc.plan.active_scenario


def test_mark_done_takes_the_planned_dates_and_undo_clears_them(living):
    doc = living.document
    planned = doc.schedule.steps[TRIAL]
    doc.select_step(TRIAL)
    living.mark_done.trigger()
    step = doc.scenario().step(TRIAL)
    assert (step.actual_start, step.actual_finish) == (planned.start, planned.finish)
    doc.undo_stack.undo()
    assert (step.actual_start, step.actual_finish) == (None, None)


def test_actual_finish_typed_in_the_table_moves_the_successors_and_shows_a_variance(living):
    doc = living.document
    living.save_baseline("B")
    model = StepsTableModel(living.window.session)
    row = model.row_of(TRIAL)
    late = doc.schedule.steps[TRIAL].finish + timedelta(days=30)
    from PySide6.QtCore import QDate

    assert model.setData(model.index(row, COL_ACTUAL_FINISH), QDate(late.year, late.month, late.day))
    assert doc.scenario().step(TRIAL).actual_finish == late
    assert doc.schedule.steps[TRIAL].finish == late
    expected = (doc.schedule.steps[REG].finish - doc.plan.baseline("B").date_of(REG).finish).days
    assert expected > 0 and model.index(model.row_of(REG), COL_VARIANCE).data() == f"+{expected} d"
    assert model.index(row, COL_VARIANCE).data() == "+30 d"


def test_the_inspector_progress_box_records_an_actual_start(window):
    from oases_desktop.gui.inspector import Inspector

    doc = window.document
    doc.set_plan(worked_example("medicine", window.services.library()))
    inspector = Inspector(window.session)
    doc.select_step(TRIAL)
    box = inspector.progress
    assert "Not started" in box.state.text()
    box.started.setChecked(True)  # the date edit shows the planned start: that is what is recorded
    assert doc.scenario().step(TRIAL).actual_start == doc.schedule.steps[TRIAL].start
    assert "In progress since" in box.state.text()
    doc.undo_stack.undo()
    assert doc.scenario().step(TRIAL).actual_start is None
    inspector.deleteLater()


def test_status_date_re_forecasts_work_not_done(living):
    doc = living.document
    first = doc.scenario().steps[0].id
    assert doc.schedule.steps[first].start == date(2026, 12, 1)
    doc.push(EditPlanCommand(doc, "as_of", date(2027, 3, 1)))
    assert doc.schedule.steps[first].start == date(2027, 3, 1)  # not started by the status date
    assert doc.schedule == compute_schedule(doc.scenario(), date(2027, 3, 1), calendars=doc.calendars())


def test_timeline_draws_ghosts_of_the_shown_baseline_and_the_status_line(living):
    doc = living.document
    living.save_baseline("B")
    doc.push(EditStepCommand(doc, DH, "duration", dataclasses.replace(doc.scenario().step(DH).duration, likely=200, max=220)))
    baseline = doc.plan.baseline("B")
    data = build_timeline_data(doc.plan, doc.scenario(), doc.schedule, baseline=baseline, status_date=doc.plan.as_of)
    origin = data.origin.toordinal()
    start, end = data.ghosts[DH]
    assert (start, end) == (baseline.date_of(DH).start.toordinal() - origin, baseline.date_of(DH).finish.toordinal() - origin + 1)
    assert data.bars[DH].end_day > end  # the bar now runs past its ghost
    assert data.status_day == doc.plan.as_of.toordinal() - origin


def test_changes_view_names_the_edit_that_moved_hk_registration(living):
    doc = living.document
    living.save_baseline("B")
    doc.push(EditStepCommand(doc, DH, "duration", dataclasses.replace(doc.scenario().step(DH).duration, likely=200, max=220)))
    movement = living.movement("B")
    move = next(m for m in movement.milestones if m.step_id == REG)
    assert len(move.causes) == 1 and move.causes[0].days == move.variance_days > 0
    html = movement_html(movement)
    assert "200 working days instead of 150 working days" in html and f"+{move.variance_days} days" in html
    from oases_desktop.core.tracking.wording import fmt_day

    assert f"P80 {fmt_day(move.baseline_p80)} \u2192 {fmt_day(move.p80)}" in html  # the PDF page's dates, on screen too


def test_the_step_context_menu_records_progress(living, window, qtbot):
    doc = living.document
    doc.select_step(TRIAL)
    texts = [a.text().replace("&", "") for a in window.gantt.build_menu(TRIAL).actions()]
    assert {"Mark Step Done", "Actual Dates…", "Clear Actual Dates"} <= set(texts)
    from oases_desktop.gui.living.dialogs import ActualDatesDialog

    dialog = ActualDatesDialog(doc, TRIAL)
    qtbot.addWidget(dialog)
    planned = doc.schedule.steps[TRIAL]
    late = planned.finish + timedelta(days=30)
    dialog.box.finish.setDate(late)
    dialog.box.finished.setChecked(True)
    assert doc.scenario().step(TRIAL).actual_finish == late and doc.schedule.steps[TRIAL].finish == late
    assert "Done on" in dialog.box.state.text()
    doc.undo_stack.undo()  # the dialog follows the undo
    assert doc.scenario().step(TRIAL).actual_finish is None and "Not started" in dialog.box.state.text()


def test_the_status_bar_says_the_status_date(living, window):
    doc = living.document
    before = doc.plan.as_of
    assert window.status_label.text().endswith(f"status date {before.day} {before:%b %Y}")
    doc.push(EditPlanCommand(doc, "as_of", date(2027, 3, 1)))
    assert window.status_label.text().endswith("status date 1 Mar 2027")
    doc.undo_stack.undo()
    assert window.status_label.text().endswith(f"status date {before.day} {before:%b %Y}")


def test_the_pdf_export_adds_the_changes_page_of_the_shown_baseline(living, qtbot, tmp_path):
    import io

    from pypdf import PdfReader

    from oases_desktop.core.export.pdf import render_pdf
    from oases_desktop.gui.export_dialog import ExportDialog

    doc = living.document
    living.save_baseline("Presented to client")
    doc.push(EditStepCommand(doc, DH, "duration", dataclasses.replace(doc.scenario().step(DH).duration, likely=200, max=220)))
    library = living.window.session.library()
    dialog = ExportDialog(living.window.session, path=tmp_path / "r.pdf")
    qtbot.addWidget(dialog)
    assert dialog.options().baseline == "Presented to client"  # the shown one is offered
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(doc.plan, dialog.options(),
                                                                             library=library))).pages)
    assert "Changes since" in text and "200 working days instead of 150" in text
    dialog.changes.setCurrentIndex(0)
    assert dialog.options().baseline is None


def test_the_chart_data_carries_an_in_progress_bar_and_the_legend_lists_it(living, window):
    doc = living.document
    planned = doc.schedule.steps[TRIAL]
    doc.push(EditPlanCommand(doc, "as_of", planned.start + timedelta(days=30)))
    doc.select_step(TRIAL)
    from oases_desktop.gui.living.commands import SetActualDatesCommand

    doc.push(SetActualDatesCommand(doc, TRIAL, planned.start, None))
    data = window.timeline.full_data()
    assert data.bars[TRIAL].progress_end == data.status_day + 1
    assert window.timeline.legend.entries["in_progress"].isVisibleTo(window.timeline.legend)

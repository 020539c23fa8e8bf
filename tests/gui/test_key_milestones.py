"""Key milestones on screen: marked and unmarked with undo, what drives each in the inspector, slack in the table, the path outlined."""

from __future__ import annotations

import pytest

from oases_desktop.core.examples import worked_example
from oases_desktop.core.errors import OasesError
from oases_desktop.gui.commands import KeyMilestoneCommand
from oases_desktop.gui.inspector import Inspector
from oases_desktop.gui.steps.model import COL_FLOAT, COL_SLACK, StepsTableModel
from oases_desktop.gui.timeline.widget import TimelineWidget
from PySide6.QtCore import Qt
from tests.gui.conftest import session_for
from oases_desktop.core.knowledge import load_library

LIBRARY = load_library()

APPROVAL, READOUT, DAC = "one_plus.approval", "hk_clinical_trial.readout", "ha_formulary.dac"
TRIAL = ("hk_clinical_trial.first_patient", "hk_clinical_trial.conduct", READOUT)


@pytest.fixture
def doc(example_doc):
    return example_doc   # the worked example (tests/gui/conftest.py)


def test_unmark_and_mark_are_one_undo_step_each(doc):
    assert doc.scenario().key_milestones is None              # the default: each route's outcome
    defaults = list(doc.schedule.key_milestones)
    assert APPROVAL in defaults
    doc.push(KeyMilestoneCommand(doc, APPROVAL, False))
    assert APPROVAL not in doc.schedule.key_milestones
    assert doc.scenario().key_milestones == [sid for sid in defaults if sid != APPROVAL]   # saved as the advisor's list
    assert doc.undo_stack.undoText() == 'Unmark key milestone “Registered under "1+"”'
    doc.undo_stack.undo()
    assert doc.scenario().key_milestones is None and list(doc.schedule.key_milestones) == defaults
    first_patient = "hk_clinical_trial.first_patient"
    doc.push(KeyMilestoneCommand(doc, first_patient, True))
    assert doc.schedule.key_milestones[-1] == first_patient
    assert doc.key_milestone(first_patient).driving_steps[-1] == first_patient


def test_only_a_milestone_can_be_marked_and_not_twice(doc):
    with pytest.raises(OasesError, match="Only a milestone"):
        KeyMilestoneCommand(doc, "one_plus.evaluation", True)
    with pytest.raises(OasesError, match="already"):
        KeyMilestoneCommand(doc, APPROVAL, True)


def test_the_window_action_is_checkable_on_milestones_and_undoes(window):
    doc = window.document
    doc.set_plan(worked_example("medicine", LIBRARY))
    action = window.actions.key_milestone
    doc.select_step("one_plus.evaluation")
    assert not action.isEnabled()
    doc.select_step(APPROVAL)
    assert action.isEnabled() and action.isChecked()
    action.trigger()                                           # unmark
    assert not action.isChecked() and APPROVAL not in doc.schedule.key_milestones
    doc.undo_stack.undo()
    assert action.isChecked() and APPROVAL in doc.schedule.key_milestones
    assert action in window.gantt.menu_actions


def test_inspector_says_what_drives_a_key_milestone_and_each_steps_slack(doc, qtbot):
    inspector = Inspector(session_for(doc))
    qtbot.addWidget(inspector)
    doc.select_step(APPROVAL)
    text = inspector.key_text.text()
    assert inspector.key_box.isChecked() and "Driven by:" in text
    names = {s.id: s.name for s in doc.scenario().steps}
    for step_id in TRIAL[:-1]:                                  # the trial chain drives "1+" registration
        assert names[step_id].replace('"', "&quot;") in text or names[step_id] in text
    doc.select_step("hk_clinical_trial.conduct")
    text = inspector.key_text.text()
    assert not inspector.key_box.isVisibleTo(inspector)         # a task is never a key milestone
    assert text.count("Slack to") >= 2 and "drives it" in text and "working days (HK)" in text and "calendar days" in text
    doc.select_step(DAC)
    buffer = doc.schedule.steps[DAC].cadence_buffer
    assert "Sitting:" in inspector.key_text.text() and f"{buffer.gain_days} days sooner" in inspector.key_text.text()
    assert "calendar days to plan finish" in inspector.float.text() or "Critical" in inspector.float.text()


def test_step_table_labels_slack_to_the_selected_milestone_apart_from_float(doc):
    model = StepsTableModel(session_for(doc))
    assert model.headerData(COL_FLOAT, Qt.Orientation.Horizontal) == "Float to plan finish (d)"
    doc.select_step(APPROVAL)
    assert doc.focus_milestone == APPROVAL
    assert model.headerData(COL_SLACK, Qt.Orientation.Horizontal) == 'Slack to Registered under "1+" (wd / d)'
    row = model.row_of("hk_clinical_trial.conduct")
    assert model.index(row, COL_SLACK).data() == "0 / 0"
    slack = doc.schedule.steps["hk_clinical_trial.contract"].slack[APPROVAL]
    assert slack.calendar_days > 0
    assert model.index(model.row_of("hk_clinical_trial.contract"), COL_SLACK).data() == \
        f"{slack.working_days} / {slack.calendar_days}"
    doc.select_step("one_plus.evaluation")                      # another step: the focus stays on the milestone
    assert doc.focus_milestone == APPROVAL
    doc.select_step(DAC)
    assert model.index(model.row_of(DAC), COL_SLACK).data() == ""   # the DAC does not lead to "1+" registration


def test_the_gantt_tables_header_says_which_milestone_the_slack_counts_to_and_that_float_is_to_plan_finish(doc, qtbot):
    from oases_desktop.gui.gantt.pane import GanttPane

    pane = GanttPane(session_for(doc))
    qtbot.addWidget(pane)
    header = pane.table.model()

    def title(column):
        return header.headerData(column, Qt.Orientation.Horizontal)

    seen = []
    header.headerDataChanged.connect(lambda *args: seen.append(args))
    doc.select_step(APPROVAL)
    assert title(COL_FLOAT) == "Float to plan finish (d)"
    assert title(COL_SLACK) == 'Slack to Registered under "1+" (wd / d)'
    doc.select_step("ha_formulary.listed")                       # another key milestone: the header follows it
    assert seen and title(COL_SLACK).startswith("Slack to ") and doc.key_milestone("ha_formulary.listed").name in title(COL_SLACK)
    assert "plan finish" not in title(COL_SLACK) and "Slack" not in title(COL_FLOAT)
    row = pane.outline.step_index("hk_clinical_trial.contract")
    float_cell = row.siblingAtColumn(COL_FLOAT).data()
    slack_cell = row.siblingAtColumn(COL_SLACK).data()
    scheduled = doc.schedule.steps["hk_clinical_trial.contract"]
    assert float_cell == str(scheduled.total_float)
    listing = scheduled.slack["ha_formulary.listed"]
    assert slack_cell == f"{listing.working_days} / {listing.calendar_days}"   # slack to the listing, not float to finish
    doc.select_step(APPROVAL)
    slack = scheduled.slack[APPROVAL]
    assert pane.outline.step_index("hk_clinical_trial.contract").siblingAtColumn(COL_SLACK).data() == \
        f"{slack.working_days} / {slack.calendar_days}"


def test_timeline_outlines_the_driving_path_of_the_milestone_in_focus(doc, qtbot):
    widget = TimelineWidget(session_for(doc))
    qtbot.addWidget(widget)
    doc.select_step(APPROVAL)
    assert widget.scene.driving == frozenset(doc.key_milestone(APPROVAL).driving_steps)
    assert set(TRIAL) <= widget.scene.driving
    doc.select_step("ha_formulary.listed")
    assert widget.scene.driving == frozenset(doc.key_milestone("ha_formulary.listed").driving_steps)
    assert DAC in widget.scene.driving


def test_the_chart_writes_the_gate_buffer_beside_the_gate(doc, qtbot):
    widget = TimelineWidget(session_for(doc))
    qtbot.addWidget(widget)
    buffer = doc.schedule.steps[DAC].cadence_buffer
    note = widget.full_data().bars[DAC].note
    assert note == f"{buffer.buffer_days} d to spare · {buffer.earlier_days} d earlier: {buffer.gain_days} d sooner"
    assert widget.full_data().bars["one_plus.evaluation"].note == ""
    assert "Sitting" in widget.tooltip_for(DAC) and f"{buffer.gain_days} days sooner" in widget.tooltip_for(DAC)

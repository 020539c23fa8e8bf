"""The inspector shows the selected step, explains its dates and edits notes through undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.shipped import CALENDARS
from oases_desktop.gui.inspector import Inspector
from tests.gui.timeline_plans import two_route_plan
from oases_desktop.core.knowledge import load_library
from tests.gui.conftest import session_for


@pytest.fixture
def inspector(qtbot):
    from oases_desktop.gui.document import PlanDocument

    doc = PlanDocument(lambda: CALENDARS)
    doc.today = date(2026, 3, 1)
    doc.set_plan(two_route_plan())
    widget = Inspector(session_for(doc))
    qtbot.addWidget(widget)
    widget.resize(380, 800)
    widget.show()
    return widget


def test_empty_state_until_a_step_is_selected(inspector):
    assert not inspector.empty.isHidden() and inspector.details.isHidden()
    inspector.document.select_step("hk-review")
    assert inspector.empty.isHidden() and not inspector.details.isHidden()
    assert inspector.title.text() == "DoH evaluation"


def test_dates_float_and_basis_of_the_selected_step(inspector):
    doc = inspector.document
    doc.select_step("hk-labels")
    scheduled = doc.schedule.steps["hk-labels"]
    assert f"{scheduled.start.day} {scheduled.start:%b %Y}" in inspector.dates.text()
    assert str(scheduled.total_float) in inspector.float.text()
    assert "Estimate" in inspector.basis.text()
    assert "After: Compile dossier" in inspector.links.item(0).text()


def test_explain_this_date_shows_the_schedulers_chain(inspector):
    doc = inspector.document
    doc.select_step("hk-review")
    assert inspector.explanation.isHidden()
    inspector.explain_button.click()
    assert not inspector.explanation.isHidden()
    text = inspector.explanation.toPlainText()
    for record in doc.schedule.steps["hk-review"].explanation:
        assert record.text in text
    # the chain follows the driving predecessor back
    for record in doc.schedule.steps["hk-submit"].explanation:
        assert record.text in text
    assert "Submit to DoH" in text


def test_notes_and_documents_are_undoable_edits(qtbot, inspector):
    doc = inspector.document
    doc.select_step("hk-prep")
    inspector.notes.setFocus()
    inspector.notes.setPlainText("Ask the client for the CPP by March")
    inspector.notes.document().setModified(True)
    inspector.documents.setFocus()  # notes lose focus: one command
    assert doc.step("hk-prep").notes == "Ask the client for the CPP by March"
    inspector.documents.setPlainText("CPP\n\nGMP certificate\n")
    inspector.documents.document().setModified(True)
    inspector.notes.setFocus()
    assert doc.step("hk-prep").documents == ["CPP", "GMP certificate"]
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.step("hk-prep").notes == "" and doc.step("hk-prep").documents == []
    assert inspector.notes.toPlainText() == "" or inspector.notes.hasFocus()


def test_clicking_a_link_selects_that_step(qtbot, inspector):
    doc = inspector.document
    doc.select_step("hk-review")
    item = next(inspector.links.item(i) for i in range(inspector.links.count()) if "HK approval" in inspector.links.item(i).text())
    inspector.links.itemClicked.emit(item)
    assert doc.selected_step_id == "hk-approval"
    assert inspector.title.text() == "HK approval"


def test_a_dragged_start_constraint_shows_and_clears_with_undo(inspector):
    from oases_desktop.gui.commands import MoveStepCommand

    doc = inspector.document
    doc.select_step("hk-prep")
    assert inspector.clear_constraint.isHidden()
    doc.push(MoveStepCommand(doc, "hk-prep", date(2026, 2, 2)))
    assert not inspector.clear_constraint.isHidden()
    assert "2 Feb 2026" in inspector.constraint.text()
    inspector.clear_constraint.click()
    assert doc.step("hk-prep").start_no_earlier_than is None
    assert inspector.clear_constraint.isHidden()
    doc.undo_stack.undo()
    assert doc.step("hk-prep").start_no_earlier_than == date(2026, 2, 2)


def test_a_sourced_duration_names_its_source_and_as_of_date(qtbot):
    from oases_desktop.core.examples import worked_example
    from oases_desktop.gui.document import PlanDocument

    library = load_library()
    doc = PlanDocument(lambda: CALENDARS)
    doc.set_plan(worked_example("medicine", load_library()))
    widget = Inspector(session_for(doc))
    qtbot.addWidget(widget)
    sourced = [s for s in doc.scenario().steps if not s.duration.is_estimate]
    assert sourced, "the worked example has sourced durations"
    step = sourced[0]
    fact = library.latest(step.duration.basis)
    doc.select_step(step.id)
    text = widget.basis.text()
    assert fact.label in text
    assert f"{fact.as_of.day} {fact.as_of:%b %Y}" in text
    if fact.source_id:
        from html import escape

        assert escape(library.source(fact.source_id).title)[:30] in text


def test_the_inspector_shows_the_figures_reliability_and_flags_it_stale_by_the_setting(qtbot):
    from oases_desktop.core.examples import worked_example
    from oases_desktop.core.knowledge import load_library
    from oases_desktop.gui.document import PlanDocument

    library = load_library()
    doc = PlanDocument(lambda: CALENDARS)
    doc.set_plan(worked_example("medicine", library))
    widget = Inspector(session_for(doc))
    qtbot.addWidget(widget)
    step = next(s for s in doc.scenario().steps if s.duration.basis == "ethics.typical")  # OHKF 2021, secondary
    fact = library.latest("ethics.typical")
    doc.today = fact.as_of.replace(year=fact.as_of.year + 1, day=fact.as_of.day + 1)  # 12 months and a day later
    doc.select_step(step.id)
    text = widget.basis.text()
    assert "Reliability: secondary" in text and "last confirmed over 12 months ago" in text
    doc.today = fact.as_of.replace(year=fact.as_of.year + 1)  # 12 months exactly: not yet
    doc.select_step(None)
    doc.select_step(step.id)
    assert "last confirmed over" not in widget.basis.text()

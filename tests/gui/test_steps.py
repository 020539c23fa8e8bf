"""The step table: a well-formed Qt model whose inline edits go through the undo stack."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from tests.shipped import CALENDARS
from oases_desktop.core.domain import Estimate, Step
from oases_desktop.gui.commands import AddStepCommand, RemoveStepCommand
from oases_desktop.gui.steps.model import (COL_BASIS, COL_CALENDAR, COL_FINISH, COL_FLOAT, COL_LIKELY, COL_MAX, COL_MIN,
                                           COL_NAME, COL_START, COL_UNIT, SORT_ROLE, STEP_ID_ROLE, StepsTableModel)
from oases_desktop.gui.dates import display_date
from tests.gui.timeline_plans import two_route_plan
from oases_desktop.core.knowledge import load_library
from tests.gui.conftest import session_for


@pytest.fixture
def doc(qtbot):
    from oases_desktop.gui.document import PlanDocument

    document = PlanDocument(lambda: CALENDARS)
    document.today = date(2026, 3, 1)
    document.set_plan(two_route_plan())
    return document


def test_model_passes_the_qt_model_tester_through_edits(qtmodeltester, doc):
    model = StepsTableModel(session_for(doc))
    qtmodeltester.check(model, force_py=True)
    doc.push(AddStepCommand(doc, Step("extra", "Extra step", "hk_1plus", Estimate(1, 2, 3))))
    doc.push(RemoveStepCommand(doc, "hk-labels"))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    qtmodeltester.check(model, force_py=True)


def test_rows_show_the_scenario_steps_and_their_computed_dates(doc):
    model = StepsTableModel(session_for(doc))
    scenario = doc.scenario()
    assert model.rowCount() == len(scenario.steps)
    for row, step in enumerate(scenario.steps):
        scheduled = doc.schedule.steps[step.id]
        assert model.index(row, 0).data(STEP_ID_ROLE) == step.id
        assert model.index(row, COL_NAME).data() == step.name
        assert model.index(row, COL_START).data(SORT_ROLE) == scheduled.start.isoformat()
        assert model.index(row, COL_FINISH).data(SORT_ROLE) == scheduled.finish.isoformat()
        assert model.index(row, COL_FLOAT).data() == str(scheduled.total_float)
    assert model.index(0, COL_BASIS).data() == "Estimate"


def test_inline_edits_are_undoable_commands(doc):
    model = StepsTableModel(session_for(doc))
    row = model.row_of("hk-prep")
    finish_before = doc.schedule.finish
    assert model.setData(model.index(row, COL_LIKELY), 40.0)
    assert doc.step("hk-prep").duration.likely == 40
    assert doc.schedule.finish > finish_before
    assert model.setData(model.index(row, COL_NAME), "Compile the dossier")
    assert model.setData(model.index(row, COL_UNIT), "weeks")
    assert doc.step("hk-prep").duration.unit.value == "weeks"
    assert model.setData(model.index(row, COL_CALENDAR), "CN")
    assert model.setData(model.index(row, COL_START), QDate(2026, 2, 2))
    assert doc.step("hk-prep").start_no_earlier_than == date(2026, 2, 2)
    assert doc.undo_stack.count() == 5
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.step("hk-prep") == two_route_plan().scenarios[0].step("hk-prep")
    assert doc.schedule.finish == finish_before


def test_a_refused_edit_says_why_and_changes_nothing(qtbot, doc):
    model = StepsTableModel(session_for(doc))
    row = model.row_of("hk-prep")
    with qtbot.waitSignal(model.editRejected) as blocker:
        assert not model.setData(model.index(row, COL_MIN), 99.0)  # above likely (30)
    assert "min" in blocker.args[0]
    assert doc.undo_stack.count() == 0
    assert not model.setData(model.index(row, COL_FLOAT), "3")  # computed: not editable
    assert not model.flags(model.index(model.row_of("hk-submit"), COL_MAX)) & Qt.ItemFlag.ItemIsEditable


def test_min_and_max_columns_edit_the_estimate(doc):
    model = StepsTableModel(session_for(doc))
    row = model.row_of("hk-labels")
    assert model.setData(model.index(row, COL_MAX), 25.0)
    assert model.setData(model.index(row, COL_MIN), 2.0)
    assert (doc.step("hk-labels").duration.min, doc.step("hk-labels").duration.max) == (2, 25)


def test_the_basis_column_follows_the_sessions_library_with_user_facts(doc):
    from dataclasses import replace
    from datetime import date as day

    from oases_desktop.gui.app_session import AppSession

    class Services:   # AppServices' two members a session reads
        libraryChanged = doc.planChanged

        def __init__(self):
            self.current = load_library()

        def library(self):
            return self.current

    services = Services()
    shipped = services.current
    step = next(s for s in doc.scenario().steps if s.id == "hk-review")
    key = next(f.key for f in shipped.facts if isinstance(f.value, (int, float)) and f.source_id)
    step.duration.basis = key
    model = StepsTableModel(AppSession(doc, services))
    cell = model.index(model.row_of(step.id), COL_BASIS)
    assert display_date(shipped.latest(key).as_of) in cell.data(Qt.ItemDataRole.ToolTipRole)
    fact = replace(shipped.latest(key), value=42.0, as_of=day(2099, 1, 2), source_id=None, estimate=True)
    services.current = shipped.with_user_facts([fact])
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "42" in tip and display_date(day(2099, 1, 2)) in tip and "Estimate" in tip



def test_a_projected_steps_route_says_so_in_the_table(doc):
    from dataclasses import replace

    from oases_desktop.gui.steps.model import COL_ROUTE

    scenario = doc.scenario()
    first = scenario.steps[0]
    model = StepsTableModel(session_for(doc))
    assert "(projected)" not in model.index(0, COL_ROUTE).data()
    scenario.steps[0] = replace(first, projected=True)
    model = StepsTableModel(session_for(doc))
    assert model.index(0, COL_ROUTE).data().endswith(" (projected)")
    assert model.index(0, COL_ROUTE).data(Qt.ItemDataRole.EditRole) == first.route  # editing keeps the route id

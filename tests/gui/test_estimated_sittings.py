"""The Gantt row of a sitting beyond the published schedule says "Estimated", as the PDF's timeline row does."""

from __future__ import annotations

from datetime import date

import pytest

from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library
from oases_desktop.gui.document import PlanDocument
from oases_desktop.gui.gantt.outline import NAME_ROLE, OutlineModel
from oases_desktop.gui.steps.model import COL_NAME, StepsTableModel
from oases_desktop.gui.timeline.data import build_timeline_data
from PySide6.QtCore import Qt
from tests.gui.conftest import session_for
from tests.shipped import CALENDARS

LIBRARY = load_library()
DAC, UPDATE = "ha_formulary.dac", "ha_formulary.update"


@pytest.fixture
def doc(qtbot):
    document = PlanDocument(lambda: CALENDARS)
    document.today = date(2026, 12, 7)
    document.set_plan(worked_example("medicine", LIBRARY))
    return document


def test_the_estimated_dac_meeting_reads_estimated_and_the_name_edits_plain(doc):
    # HA published the DAC's meetings up to 7 Nov 2025 (facts §11.3); the example's meeting is in 2029
    meeting = doc.schedule.steps[DAC]
    assert meeting.start == date(2029, 8, 3) and meeting.sitting_estimated
    model = StepsTableModel(session_for(doc))
    name = doc.scenario().step(DAC).name
    index = model.index(model.row_of(DAC), COL_NAME)
    assert index.data() == f"Estimated: {name}"
    assert index.data(Qt.ItemDataRole.EditRole) == name             # editing the name never saves the label
    assert "3 Aug 2029 is estimated" in index.data(Qt.ItemDataRole.ToolTipRole)
    update = model.index(model.row_of(UPDATE), COL_NAME)             # the update's months are HA's: no estimate
    assert not doc.schedule.steps[UPDATE].sitting_estimated
    assert update.data() == doc.scenario().step(UPDATE).name


def test_the_gantt_names_tree_shows_the_label_and_keeps_the_plain_name(doc):
    outline = OutlineModel(StepsTableModel(session_for(doc)))
    outline.set_layout(build_timeline_data(doc.plan, doc.scenario(), doc.schedule, doc.today))
    row = outline.step_index(DAC)
    assert row.data().endswith(f"  Estimated: {doc.scenario().step(DAC).name}")   # "3.3  Estimated: ..."
    assert row.data(NAME_ROLE) == doc.scenario().step(DAC).name

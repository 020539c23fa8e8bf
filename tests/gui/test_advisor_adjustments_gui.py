"""An edited duration says so wherever the GUI shows its basis: step table cell and tooltip, inspector, chart tooltip.

The expected sentence is written out from the library's fact and source here, independently of the renderers,
and must be the same words the PDF prints (tests/core/export/test_advisor_adjustments.py).
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library
from oases_desktop.gui.commands import EditStepCommand
from oases_desktop.gui.inspector import Inspector
from oases_desktop.gui.steps.model import COL_BASIS, COL_LIKELY, StepsTableModel
from oases_desktop.gui.timeline.widget import TimelineWidget
from PySide6.QtCore import Qt
from tests.gui.conftest import session_for

LIBRARY = load_library()
STEP = "one_plus.evaluation"


def expected() -> str:
    fact = LIBRARY.latest(worked_example("medicine", LIBRARY).scenario().step(STEP).duration.basis)
    source = LIBRARY.source(fact.source_id)
    publisher = re.sub(r"\s*\([^()]*\)", "", source.publisher).strip()
    assert fact.value == 150 and fact.unit == "working_days"
    return f"Advisor's estimate 200 working days (source figure 150, {publisher}, {source.date.strftime('%b %Y')})"


@pytest.fixture
def doc(example_doc):
    return example_doc   # the worked example (tests/gui/conftest.py)


def edit_to_200(doc) -> None:
    duration = doc.step(STEP).duration
    doc.push(EditStepCommand(doc, STEP, "duration", dataclasses.replace(duration, likely=200, max=max(duration.max, 220))))


def test_every_basis_on_screen_says_the_advisor_changed_the_figure(doc, qtbot):
    session = session_for(doc)
    model = StepsTableModel(session)
    inspector = Inspector(session)
    widget = TimelineWidget(session)
    qtbot.addWidget(inspector)
    qtbot.addWidget(widget)
    row = model.row_of(STEP)
    assert "Advisor" not in model.index(row, COL_BASIS).data()
    assert "Advisor" not in widget.tooltip_for(STEP)
    edit_to_200(doc)
    assert model.index(row, COL_LIKELY).data() == "200"
    assert model.index(row, COL_BASIS).data() == expected()                      # the cell
    assert model.index(row, COL_BASIS).data(Qt.ItemDataRole.ToolTipRole).startswith(expected())
    assert expected().replace("'", "&#x27;") in widget.tooltip_for(STEP)           # the chart's tooltip (escaped)
    doc.select_step(STEP)
    assert expected().replace("'", "&#x27;") in inspector.basis.text()            # the inspector's Basis row
    doc.undo_stack.undo()                                                         # back to the sourced figure
    assert "Advisor" not in model.index(row, COL_BASIS).data()
    assert "Advisor" not in inspector.basis.text() and "Advisor" not in widget.tooltip_for(STEP)


def test_a_figure_inside_the_sourced_range_is_not_called_an_adjustment(doc):
    model = StepsTableModel(session_for(doc))
    duration = doc.step(STEP).duration
    doc.push(EditStepCommand(doc, STEP, "duration", dataclasses.replace(duration, min=100, max=220)))   # likely kept at 150
    assert "Advisor" not in model.index(model.row_of(STEP), COL_BASIS).data()

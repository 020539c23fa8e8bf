"""The step table, timeline tooltips and inspector describe durations from the app's library (user facts too)."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt

from oases_desktop.core.knowledge.model import Fact, Origin, Reliability, Source
from oases_desktop.gui.steps import basis
from oases_desktop.gui.steps.model import COL_BASIS


def _step_with_a_fact(window):
    doc = window.document
    return next(s for s in doc.scenario().steps if not s.duration.is_estimate)


def test_a_fact_added_by_the_user_reaches_the_table_the_tooltip_and_the_inspector(window):
    window.start_session(offer_recovery=False)
    assert window.services.has_database()
    step = _step_with_a_fact(window)
    key = step.duration.basis
    library = window.services.library()
    shipped = library.latest(key)
    row = window.gantt.cells.row_of(step.id)
    cell = window.gantt.cells.index(row, COL_BASIS)
    before = cell.data(Qt.ItemDataRole.ToolTipRole) or ""
    assert "Advisor's call" not in before

    store = window.services.database().library
    source = Source(id="user-call-2026-11", title="Advisor's call with the Department of Health", publisher="Own notes",
                    url="", date=date(2026, 11, 20), reliability=list(Reliability)[-1], origin=Origin.USER)
    store.add_user_source(source)
    value = 77 if not isinstance(shipped.value, str) else shipped.value
    store.add_user_fact(dataclasses.replace(shipped, value=value, value_high=None, as_of=date(2026, 11, 20),
                                            source_id=source.id, origin=Origin.USER, qualifier=""))
    changed = []
    window.gantt.cells.dataChanged.connect(lambda *a: changed.append(a))
    window.services.reload_library()

    assert changed, "the table redraws when the library changes"
    assert basis.reference_library() is window.services.library()
    after = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Advisor's call with the Department of Health" in after and "20 Nov 2026" in after
    assert "call with the Department of Health" in window.timeline.tooltip_for(step.id)
    window.document.select_step(step.id)
    assert "call with the Department of Health" in window.inspector.basis.text()


def test_closing_the_window_returns_to_the_shipped_library(window):
    assert basis._library_source is not None
    window.document.undo_stack.setClean()
    window.close()
    assert basis._library_source is None

"""A duplicated link gets one answer: the plan file that carries it and the GUI edit that would make
it are refused with the same problem (naming both steps) at the same field path."""

from __future__ import annotations

import json

import pytest

from oases_desktop.core.domain import Dependency, DependencyType, Lag
from oases_desktop.core.domain.rules import RuleError
from oases_desktop.core.errors import PlanFileError
from oases_desktop.core.planfile import plan_from_bytes, plan_to_bytes
from oases_desktop.gui import commands as c
from oases_desktop.gui.step_dialogs import LinksDialog

from tests.gui.conftest import make_plan


def test_a_file_and_an_edit_refuse_a_duplicated_link_the_same_way(document):
    # The second link joins the same two steps as the first but with another type and lag: keeping
    # either one silently would change the schedule, so both ways in refuse it.
    duplicate = Dependency("prep", "submit", DependencyType.SS, Lag(5))
    data = json.loads(plan_to_bytes(make_plan()))
    data["plan"]["scenarios"][0]["dependencies"].append(
        {"predecessor": "prep", "successor": "submit", "type": "start_to_start", "lag": {"value": 5}})
    with pytest.raises(PlanFileError) as from_file:
        plan_from_bytes(json.dumps(data).encode(), "dup.oases.json")
    with pytest.raises(RuleError) as from_edit:
        c.AddDependencyCommand(document, duplicate)
    assert from_file.value.field_path == from_edit.value.field_path == "plan.scenarios[0].dependencies[2]"
    assert from_file.value.problem == from_edit.value.problem
    assert '"Prepare dossier" (prep)' in from_edit.value.problem and '"Submit application" (submit)' in from_edit.value.problem
    assert document.undo_stack.count() == 0 and len(document.scenario().dependencies) == 2


def test_the_link_dialog_shows_the_refusal_and_adds_nothing(document, qtbot, monkeypatch):
    from oases_desktop.gui import error_reporting, step_dialogs

    shown = []
    monkeypatch.setattr(error_reporting, "show_error", lambda parent, error: shown.append(str(error)))
    dialog = step_dialogs.LinksDialog(document, "submit")
    qtbot.addWidget(dialog)
    dialog.predecessor.setCurrentIndex(dialog.predecessor.findData("prep"))
    dialog._add()
    assert len(document.scenario().dependencies) == 2
    assert shown and "already linked" in shown[0]


def test_file_open_and_the_links_dialog_in_the_window_give_the_same_answer(window, tmp_path, dialogs):
    """The done-when of issue 11 as a user meets it: File > Open of the file, then the same link in the dialog."""
    data = json.loads(plan_to_bytes(make_plan()))
    data["plan"]["scenarios"][0]["dependencies"].append(
        {"predecessor": "prep", "successor": "submit", "type": "start_to_start", "lag": {"value": 5}})
    path = tmp_path / "dup.oases.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert not window.files.open_file(str(path), ask=False)
    refused_file = dialogs.texts("box")[-1]
    assert window.document.plan is None   # nothing opened

    window.document.set_plan(make_plan())
    dialog = LinksDialog(window.document, "submit", window)
    dialog.predecessor.setCurrentIndex(dialog.predecessor.findData("prep"))
    dialog.type.setCurrentIndex(dialog.type.findData(DependencyType.SS.value))
    dialog.lag.setValue(5)
    dialog._add()
    refused_edit = dialogs.texts("box")[-1]
    problem = '"Prepare dossier" (prep) and "Submit application" (submit) are already linked (link 0)'
    assert problem in refused_file and problem in refused_edit
    assert str(path) in refused_file and "plan.scenarios[0].dependencies[2]" in refused_file, refused_file
    assert window.document.undo_stack.count() == 0 and len(window.document.scenario().dependencies) == 2

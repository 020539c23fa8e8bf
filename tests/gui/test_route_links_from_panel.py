"""Routes added one by one from the eligibility panel are linked to each other (core route_links feeds)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from oases_desktop.core.domain.product import ApprovalStatus, DrugCategory, ReferenceApproval
from oases_desktop.gui.commands import EditProfileCommand

ROUTES = ("hk_clinical_trial", "one_plus", "ha_formulary", "gba_connect")


def _add_anyway(box):
    """A not-eligible route asks first: answer "Add Anyway" (the plan models the day it opens)."""
    next(b for b in box.buttons() if b.text() == "Add Anyway").click()
    return 0


@pytest.fixture
def linked_window(window, plan, monkeypatch):
    window.build_panels()
    plan.scenarios[0].steps.clear()
    plan.scenarios[0].dependencies.clear()
    plan.scenarios[0].routes.clear()
    window.document.set_plan(plan)
    doc = window.document
    doc.push(EditProfileCommand(doc, "drug_category", DrugCategory.NEW_BIOLOGICAL_ENTITY))
    doc.push(EditProfileCommand(doc, "reference_approvals",
                                [ReferenceApproval("United States", ApprovalStatus.MARKETED, date(2025, 6, 1))]))
    monkeypatch.setattr(QMessageBox, "exec", _add_anyway)
    panel = window.eligibility
    for route_id in ROUTES:
        panel.select_route(route_id)
        assert panel.add_button.isEnabled(), route_id
        panel.add_button.click()
        assert route_id in doc.scenario().routes
    assert doc.schedule is not None, doc.schedule_error
    return window


def _step(doc, template):
    found = [s for s in doc.scenario().steps if s.template == template]
    assert len(found) == 1, (template, [s.template for s in doc.scenario().steps])
    return doc.schedule.steps[found[0].id]


def test_registration_comes_before_formulary_and_connect_and_the_readout_before_registration(linked_window):
    doc = linked_window.document
    registered = _step(doc, "one_plus/approval")
    readout = _step(doc, "hk_clinical_trial/readout")
    assert readout.finish <= registered.start
    assert readout.finish < _step(doc, "one_plus/expert_report").start
    for template in ("ha_formulary/clinician_application", "ha_formulary/listed", "gba_connect/prereview",
                     "gba_connect/first_patient"):
        assert _step(doc, template).start > registered.finish, template


def test_undo_of_a_route_removes_its_links_too(linked_window):
    doc = linked_window.document
    before = len(doc.scenario().dependencies)
    doc.undo_stack.undo()                             # Connect goes, with its link to the registration
    assert "gba_connect" not in doc.scenario().routes
    ids = {s.id for s in doc.scenario().steps}
    assert all(d.predecessor in ids and d.successor in ids for d in doc.scenario().dependencies)
    assert len(doc.scenario().dependencies) < before
    doc.undo_stack.redo()
    assert len(doc.scenario().dependencies) == before

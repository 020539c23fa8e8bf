"""Adding a route from the eligibility panel: impossible routes are refused, not-eligible ones ask first."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from oases_desktop.core.domain.product import ProductKind
from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library
from oases_desktop.gui.commands import EditProfileCommand
from oases_desktop.gui.models.verdicts_model import COL_SOURCE


def _open_panel(window, plan):
    window.build_panels()
    window.document.set_plan(plan)
    return window.eligibility


def _select(panel, route_id):
    panel.select_route(route_id)
    assert panel.selected_route_id() == route_id


def test_a_route_for_the_other_kind_of_product_cannot_be_added_and_says_why(window, plan):
    panel = _open_panel(window, plan)                       # a drug
    _select(panel, "mdacs_listing")
    assert not panel.add_button.isEnabled()
    assert "MDACS lists medical devices" in panel.add_button.toolTip()
    assert "cannot be added" in panel.details.toPlainText()
    routes_before = list(window.document.scenario().routes)
    panel.add_selected_route()                              # a double click goes the same way
    assert window.document.scenario().routes == routes_before
    window.document.push(EditProfileCommand(window.document, "kind", ProductKind.DEVICE))
    for route_id in ("standard_two_reference", "one_plus", "cmpr_primary", "hk_clinical_trial", "ha_formulary"):
        _select(panel, route_id)
        assert not panel.add_button.isEnabled(), route_id
        assert "cannot apply to this product" in panel.add_button.toolTip()
    _select(panel, "mdacs_listing")
    assert panel.add_button.isEnabled()


def test_a_not_eligible_route_asks_naming_the_missing_conditions(window, plan, dialogs, monkeypatch):
    panel = _open_panel(window, plan)                       # a drug with no reference approvals
    _select(panel, "standard_two_reference")
    verdict = panel.selected_verdict()
    assert str(verdict.status) == "not_eligible"
    missing = [c.text for c in verdict.conditions if c.met is False]
    assert panel.add_button.isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + "\n" + box.informativeText()) or 0)
    panel.add_button.click()                                # cancelled: nothing added
    assert "standard_two_reference" not in window.document.scenario().routes
    assert len(shown) == 1 and all(text in shown[0] for text in missing)

    def add_anyway(box):
        next(b for b in box.buttons() if b.text() == "Add Anyway").click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", add_anyway)
    panel.add_button.click()
    assert "standard_two_reference" in window.document.scenario().routes
    window.document.undo_stack.undo()
    assert "standard_two_reference" not in window.document.scenario().routes


def test_an_eligible_route_goes_straight_in(window, plan, monkeypatch):
    panel = _open_panel(window, plan)
    _select(panel, "hk_clinical_trial")
    assert str(panel.selected_verdict().status) == "eligible"
    monkeypatch.setattr(QMessageBox, "exec", lambda box: (_ for _ in ()).throw(AssertionError("no question expected")))
    panel.add_button.click()
    assert "hk_clinical_trial" in window.document.scenario().routes


def test_a_condition_the_plan_supplies_is_counted_as_planned_not_missing(window):
    panel = _open_panel(window, worked_example("medicine", load_library()))
    model = panel.model
    rows = [r for r in range(model.rowCount())
            if any(getattr(c, "step_id", "") and c.met is False for c in model.verdict(r).conditions)]
    assert rows, "the worked example's trial read-out is planned for a later day"
    for row in rows:
        verdict = model.verdict(row)
        planned = sum(1 for c in verdict.conditions if getattr(c, "step_id", "") and c.met is False)
        really_missing = sum(1 for c in verdict.conditions if c.met is False and not getattr(c, "step_id", ""))
        text = model.index(row, COL_SOURCE).data()
        assert f"{planned} met by planned step" in text
        assert ("missing" in text) == bool(really_missing), text

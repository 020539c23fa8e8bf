"""The plans panel against a real (temporary SQLite) database: list, search, duplicate, rename, delete, undo."""

from __future__ import annotations


import pytest

from oases_desktop.gui.app_session import AppSession
from oases_desktop.gui.document import PlanDocument
from oases_desktop.gui.models.plans_model import PlanIdRole
from oases_desktop.gui.services import AppServices
from tests.gui.conftest import make_plan


@pytest.fixture
def panel(qtbot):
    from oases_desktop.gui.plans_panel import PlansPanel

    services = AppServices()
    database = services.database()
    for plan_id, client, product in (("p-acme", "Acme Pharma", "Examplumab"), ("p-beta", "Beta Devices", "CardioStent")):
        plan = make_plan()
        plan.id, plan.client, plan.product.name, plan.title = plan_id, client, product, f"{product} plan"
        database.plans.create(plan)
    widget = PlansPanel(AppSession(PlanDocument(services.calendars), services))
    qtbot.addWidget(widget)
    widget.refresh()
    yield widget
    services.close()


def _ids(panel) -> list[str]:
    return [panel.proxy.index(row, 0).data(PlanIdRole) for row in range(panel.proxy.rowCount())]


def test_lists_and_searches(panel):
    assert {"p-acme", "p-beta"} <= set(_ids(panel))
    panel.search.setText("cardio")
    assert _ids(panel) == ["p-beta"]
    panel.search.setText("ACME")
    assert _ids(panel) == ["p-acme"]


def test_delete_then_undo_restores(panel):
    plans = panel.services.database().plans
    panel.select_plan("p-acme")
    panel.delete_selected()
    assert "p-acme" not in {s.id for s in plans.list_plans()}
    assert "p-acme" not in _ids(panel)
    panel.undo_stack.undo()
    assert "p-acme" in {s.id for s in plans.list_plans()}
    assert "p-acme" in _ids(panel)


def test_duplicate_and_undo(panel):
    plans = panel.services.database().plans
    before = {s.id for s in plans.list_plans()}
    panel.select_plan("p-beta")
    panel.duplicate_selected()
    after = {s.id for s in plans.list_plans()}
    (copy_id,) = after - before
    assert plans.load(copy_id).plan.title == "CardioStent plan (copy)"
    assert plans.load(copy_id).plan.scenarios == plans.load("p-beta").plan.scenarios
    panel.undo_stack.undo()
    assert {s.id for s in plans.list_plans()} == before
    panel.undo_stack.redo()
    assert {s.id for s in plans.list_plans()} == after


def test_rename_and_undo(panel):
    plans = panel.services.database().plans
    panel.select_plan("p-acme")
    panel.rename_selected("Renamed plan")
    assert plans.load("p-acme").plan.title == "Renamed plan"
    panel.undo_stack.undo()
    assert plans.load("p-acme").plan.title == "Examplumab plan"


def test_a_rename_the_plan_rules_refuse_is_shown_and_stores_nothing(panel, dialogs):
    plans = panel.services.database().plans
    panel.select_plan("p-acme")
    panel.rename_selected("Renamed\x00plan")   # a NUL: refused by the rules a plan file and every edit keep
    assert "NUL" in dialogs.texts("box")[-1]
    assert plans.load("p-acme").plan.title == "Examplumab plan" and panel.undo_stack.count() == 0


def test_open_request_emits_plan_id(panel, qtbot):
    panel.select_plan("p-beta")
    index = panel.view.currentIndex()
    with qtbot.waitSignal(panel.openRequested) as blocker:
        panel.view.doubleClicked.emit(index)
    assert blocker.args == ["p-beta"]


def test_the_open_plan_cannot_be_deleted(panel, dialogs):
    panel.session.document.db_plan_id = "p-acme"   # the plan open in the window
    panel.select_plan("p-acme")
    panel.delete_selected()
    assert "p-acme" in _ids(panel)
    assert "This plan is open" in dialogs.texts("box")[0]

"""AppServices: the shipped library serves until the database opens, then the user's facts join in."""

from __future__ import annotations

from oases_desktop.gui.commands import EditPlanCommand
from oases_desktop.gui.services import AppServices


def test_library_before_and_after_the_database_opens(qtbot):
    services = AppServices()
    shipped = services.library()
    assert not services.has_database()
    assert shipped.routes
    with qtbot.waitSignal(services.libraryChanged, timeout=5000):
        services.database()
    again = services.library()
    assert {r.id for r in again.routes} == {r.id for r in shipped.routes}
    services.close()
    assert not services.has_database()


def test_saving_to_the_database_refreshes_the_plans_list(window, plan):
    window.build_panels()
    window.document.set_plan(plan)
    window.document.push(EditPlanCommand(window.document, "title", "Listed after save"))
    assert window.files.save()
    row = window.plans_panel.model.row_of(plan.id)
    assert row >= 0
    assert window.plans_panel.model.summary(row).title == "Listed after save"
    assert window.plans_panel.selected_plan_id() == plan.id

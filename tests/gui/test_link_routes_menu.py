"""Scenario > Link Routes: a plan saved before routes were linked gets its missing cross-route links."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.domain import Plan, Scenario
from oases_desktop.core.domain.product import ProductKind, ProductProfile
from oases_desktop.core.knowledge import instantiate_route

START = date(2026, 12, 1)
ROUTES = ("hk_clinical_trial", "one_plus", "ha_formulary")
# What the facts file's modelling notes (section 9) say must follow what, by template step.
EXPECTED = {("hk_clinical_trial.readout", "one_plus.expert_report"),
            ("one_plus.approval", "ha_formulary.clinician_application")}


def _unlinked_plan(library) -> Plan:
    """Trial, 1+ and formulary steps with each route's own links only, as an old plan file has them."""
    scenario = Scenario(id="base", name="Base", start_date=START, routes=list(ROUTES))
    for route_id in ROUTES:
        steps, links = instantiate_route(route_id, library)
        scenario.steps.extend(steps)
        scenario.dependencies.extend(links)
    product = ProductProfile(name="Oldplanumab", kind=ProductKind.DRUG)
    return Plan(id="p", title="Old plan", client="Client", product=product, as_of=START, scenarios=[scenario],
                active_scenario="base")


def _pairs(doc) -> set[tuple[str, str]]:
    return {(d.predecessor, d.successor) for d in doc.scenario().dependencies}


def test_link_routes_adds_the_missing_links_undo_removes_them_and_a_second_run_adds_none(window):
    doc = window.document
    doc.today = START
    doc.set_plan(_unlinked_plan(window.services.library()))
    before = _pairs(doc)
    assert not EXPECTED & before

    window.actions.link_routes.trigger()
    added = _pairs(doc) - before
    assert EXPECTED <= added
    assert all(a.split(".")[0] != b.split(".")[0] for a, b in added)  # only links between routes
    assert f"Added {len(added)} link" in window.statusBar().currentMessage()
    schedule = doc.schedule
    assert schedule is not None, doc.schedule_error
    assert schedule.steps["one_plus.expert_report"].start > schedule.steps["hk_clinical_trial.readout"].finish
    assert schedule.steps["ha_formulary.clinician_application"].start > schedule.steps["one_plus.approval"].finish

    doc.undo_stack.undo()
    assert _pairs(doc) == before
    doc.undo_stack.redo()
    assert EXPECTED <= _pairs(doc)

    depth = doc.undo_stack.count()
    window.actions.link_routes.trigger()
    assert doc.undo_stack.count() == depth  # nothing to add: no empty undo step
    assert "No links" in window.statusBar().currentMessage()

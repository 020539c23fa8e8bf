"""Routes added one by one from the eligibility panel are linked to each other and fitted to the product."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.domain import Plan, Scenario
from oases_desktop.core.domain.product import ApprovalStatus, DrugCategory, ProductKind, ProductProfile, ReferenceApproval
from oases_desktop.gui import commands as c

START = date(2026, 12, 1)


def _orphan_drug_plan() -> Plan:
    product = ProductProfile(name="Orphanumab", kind=ProductKind.DRUG, drug_category=DrugCategory.NEW_BIOLOGICAL_ENTITY,
                             designations=["orphan"], life_threatening_or_debilitating=True,
                             reference_approvals=[ReferenceApproval("USA", ApprovalStatus.MARKETED, date(2025, 6, 1))])
    scenario = Scenario(id="base", name="Base", start_date=START)
    return Plan(id="p", title="Orphanumab", client="RareBio", product=product, as_of=START, scenarios=[scenario],
                active_scenario="base")


def test_formulary_added_before_registration_is_dated_after_it_and_undo_removes_the_links(window):
    doc = window.document
    doc.today = START
    doc.set_plan(_orphan_drug_plan())
    library = window.services.library()
    for route_id in ("ha_formulary", "gba_connect", "hk_clinical_trial", "one_plus"):
        doc.push(c.AddRouteCommand(doc, route_id, library))
    links = {(d.predecessor, d.successor) for d in doc.scenario().dependencies}
    assert {("one_plus.approval", "ha_formulary.clinician_application"), ("one_plus.approval", "gba_connect.prereview"),
            ("hk_clinical_trial.readout", "one_plus.expert_report")} <= links
    schedule = doc.schedule
    assert schedule is not None, doc.schedule_error
    registered = schedule.steps["one_plus.approval"].finish
    assert schedule.steps["ha_formulary.listed"].finish > registered
    assert schedule.steps["one_plus.expert_report"].start > schedule.steps["hk_clinical_trial.readout"].finish

    doc.undo_stack.undo()  # removing "1+" again takes its links to the formulary and Connect with it
    assert not any(d.predecessor.startswith("one_plus.") or d.successor.startswith("one_plus.")
                   for d in doc.scenario().dependencies)


def test_the_standard_route_for_a_product_with_one_approval_plans_the_second(window):
    doc = window.document
    doc.today = START
    doc.set_plan(_orphan_drug_plan())
    doc.push(c.AddRouteCommand(doc, "standard_two_reference", window.services.library()))
    first = doc.scenario().step("standard_two_reference.reference_approvals")
    assert first.duration.likely > 0 and first.duration.basis == "estimate"
    assert doc.schedule.steps[first.id].finish > START


def test_confidence_dialog_simulates_with_the_apps_default_runs():
    from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS
    from oases_desktop.gui.confidence_dialog import RUNS

    assert RUNS == DEFAULT_RUNS

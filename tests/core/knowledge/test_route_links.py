"""Routes added one at a time are linked to each other, whatever the order (the library's feeds).

The expected links are written out from the chain of the facts file (section 9, "Modelling
notes": trial -> "1+" or primary evaluation -> formulary -> Connect; device use -> Connect),
not read back from routes.json.
"""

import itertools
import json
from datetime import date

import pytest

from oases_desktop.core.domain.plan import Plan, Scenario
from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import ReferenceDataError, RouteStatus, load_library, load_library_files
from oases_desktop.core.knowledge.plan_eligibility import evaluate_plan_routes
from oases_desktop.core.knowledge.route_links import cross_route_links, links_for_new_route, route_additions
from oases_desktop.core.knowledge.routes import instantiate_route
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.core.knowledge.helpers import approval, by_route, drug
from tests.shipped import CALENDARS

LIBRARY = load_library()
START = date(2026, 12, 1)

TRIAL_TO_ONE_PLUS = {
    ("hk_clinical_trial.readout", "one_plus.expert_report"),
    ("hk_clinical_trial.readout", "one_plus.pre_nda"),
}
REGISTRATION_TO_ACCESS = {
    ("one_plus.approval", "ha_formulary.clinician_application"),
    ("one_plus.approval", "gba_connect.prereview"),
}


def _build(route_ids, library=LIBRARY, **instantiate):
    """A scenario grown as the eligibility panel does: one route at a time, each linked on arrival."""
    steps, links = [], []
    for route_id in route_ids:
        new_steps, new_links = instantiate_route(route_id, library, **instantiate)
        cross = links_for_new_route(steps, new_steps, library, links)
        steps, links = steps + new_steps, links + new_links + cross
    return Scenario(id="s", name="s", start_date=START, routes=list(route_ids), steps=steps, dependencies=links)


def _cross(scenario):
    return {(d.predecessor, d.successor) for d in scenario.dependencies
            if d.predecessor.split(".")[0] != d.successor.split(".")[0]}


@pytest.mark.parametrize("order", list(itertools.permutations(["hk_clinical_trial", "one_plus", "ha_formulary", "gba_connect"])))
def test_routes_added_in_any_order_get_the_same_links(order):
    scenario = _build(order)
    assert _cross(scenario) == TRIAL_TO_ONE_PLUS | REGISTRATION_TO_ACCESS


def test_formulary_added_before_registration_is_dated_after_it():
    scenario = _build(["ha_formulary", "gba_connect", "one_plus"])
    schedule = compute_schedule(scenario, calendars=CALENDARS)
    registered = schedule.steps["one_plus.approval"].finish
    assert schedule.steps["ha_formulary.clinician_application"].start > registered
    assert schedule.steps["gba_connect.prereview"].start > registered
    assert schedule.steps["ha_formulary.listed"].finish > registered


@pytest.mark.parametrize("registration", ["standard_two_reference", "one_plus", "cmpr_primary"])
def test_every_hk_registration_feeds_formulary_and_connect(registration):
    scenario = _build(["gba_connect", "ha_formulary", registration])
    assert _cross(scenario) == {(f"{registration}.approval", "ha_formulary.clinician_application"),
                                (f"{registration}.approval", "gba_connect.prereview")}


def test_trial_feeds_primary_evaluation_data_package():
    scenario = _build(["cmpr_primary", "hk_clinical_trial"])
    assert _cross(scenario) == {("hk_clinical_trial.readout", "cmpr_primary.data_package")}


def test_device_public_hospital_use_feeds_connect_but_listing_alone_does_not():
    scenario = _build(["gba_connect", "mdacs_listing"])
    assert _cross(scenario) == {("mdacs_listing.in_use", "gba_connect.prereview")}


def test_worked_examples_keep_their_links():
    """The examples' links between routes, as they were hand-written before the feeds existed."""
    medicine = worked_example("medicine", LIBRARY)
    assert _cross(medicine.scenario("one_plus_trial")) == TRIAL_TO_ONE_PLUS | REGISTRATION_TO_ACCESS
    assert _cross(medicine.scenario("standard_two_reference")) == {
        ("standard_two_reference.approval", "ha_formulary.clinician_application"),
        ("standard_two_reference.approval", "gba_connect.prereview")}
    device = worked_example("device", LIBRARY)
    assert _cross(device.scenarios[0]) == {("mdacs_listing.in_use", "gba_connect.prereview")}


def test_no_duplicate_and_no_link_put_back_between_older_steps():
    scenario = _build(["one_plus", "ha_formulary"])
    removed = [d for d in scenario.dependencies if d.predecessor != "one_plus.approval"
               or d.successor != "ha_formulary.clinician_application"]
    new_steps, _ = instantiate_route("gba_connect", LIBRARY)
    added = links_for_new_route(scenario.steps, new_steps, LIBRARY, removed)
    assert {(d.predecessor, d.successor) for d in added} == {("one_plus.approval", "gba_connect.prereview")}
    assert cross_route_links(scenario.steps, LIBRARY, scenario.dependencies) == []


def test_prefixed_copies_are_found_by_their_template():
    steps, links = instantiate_route("one_plus", LIBRARY, prefix="alt:")
    formulary, _ = instantiate_route("ha_formulary", LIBRARY)
    added = links_for_new_route(steps, formulary, LIBRARY, links)
    assert [(d.predecessor, d.successor) for d in added] == [("alt:one_plus.approval", "ha_formulary.clinician_application")]


def _library_with_feed(tmp_path, route_id, step_id, feed):
    from oases_desktop.paths import db_path

    folder = db_path("seed", "reference")
    paths = []
    for name in ("sources", "facts", "lookups", "routes"):
        document = json.loads((folder / f"{name}.json").read_text("utf-8"))
        if name == "routes":
            route = next(r for r in document["routes"] if r["id"] == route_id)
            next(s for s in route["steps"] if s["id"] == step_id).setdefault("feeds", []).append(feed)
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(document), "utf-8")
        paths.append(path)
    return paths


def test_a_feed_to_a_missing_step_is_refused(tmp_path):
    paths = _library_with_feed(tmp_path, "one_plus", "approval", {"to_route": "ha_formulary", "to_step": "nope"})
    with pytest.raises(ReferenceDataError, match="nope"):
        load_library_files(paths)


def test_feeds_that_loop_between_routes_are_refused(tmp_path):
    paths = _library_with_feed(tmp_path, "ha_formulary", "listed", {"to_route": "one_plus", "to_step": "dossier"})
    with pytest.raises(ReferenceDataError, match="loop"):
        load_library_files(paths)


# --- the standard route's "hold two approvals" check does not supply the approvals (blocker 2)

def _standard_plan(steps, links, product):
    scenario = Scenario(id="s", name="s", start_date=START, routes=["standard_two_reference"], steps=steps,
                        dependencies=links)
    return Plan(id="p", title="t", client="c", product=product, as_of=START, scenarios=[scenario], active_scenario="s")


def test_zero_day_approvals_check_does_not_make_the_standard_route_eligible():
    product = drug(reference_approvals=[approval("USA")])
    steps, links = instantiate_route("standard_two_reference", LIBRARY)
    assert steps[0].duration.likely == 0
    verdict = by_route(evaluate_plan_routes(_standard_plan(steps, links, product), None, None, LIBRARY))["standard_two_reference"]
    assert verdict.status == RouteStatus.NOT_ELIGIBLE
    assert "standard.two_reference_approvals" in {c.rule for c in verdict.missing}


def test_instantiated_for_a_product_lacking_approvals_the_step_obtains_them():
    product = drug(reference_approvals=[approval("USA")])
    steps, links = instantiate_route("standard_two_reference", LIBRARY, profile=product, on=START)
    first = steps[0]
    assert first.duration.likely > 0 and first.duration.basis == "estimate"
    assert "Obtain" in first.name
    plan = _standard_plan(steps, links, product)
    schedule = compute_schedule(plan.scenarios[0], calendars=CALENDARS)
    verdict = by_route(evaluate_plan_routes(plan, None, None, LIBRARY, schedule))["standard_two_reference"]
    assert (verdict.status, verdict.eligible_from) == (RouteStatus.ELIGIBLE_FROM, schedule.steps[first.id].finish)


def test_a_product_holding_two_approvals_keeps_the_zero_day_check():
    product = drug(reference_approvals=[approval("USA"), approval("Germany")])
    steps, _ = instantiate_route("standard_two_reference", LIBRARY, profile=product, on=START)
    plain, _ = instantiate_route("standard_two_reference", LIBRARY)
    assert steps == plain


def test_an_expected_second_approval_dates_the_route_instead_of_a_guess():
    expected = date(2027, 9, 1)
    product = drug(reference_approvals=[approval("USA"), approval("Germany", expected)])
    steps, _ = instantiate_route("standard_two_reference", LIBRARY, profile=product, on=START)
    assert steps[0].duration.likely == 0
    assert steps[0].start_no_earlier_than == expected


def test_route_additions_is_what_the_add_to_plan_button_appends():
    """Grown with route_additions alone, a drug's plan gets the same links as the worked example, fitted steps."""
    product = drug(reference_approvals=[approval("USA")], designations=["orphan"], life_threatening_or_debilitating=True)
    scenario = Scenario(id="s", name="s", start_date=START)
    for route_id in ["gba_connect", "standard_two_reference", "ha_formulary"]:
        steps, links = route_additions(scenario, route_id, LIBRARY, profile=product, on=START)
        scenario.routes.append(route_id)
        scenario.steps += steps
        scenario.dependencies += links
    assert _cross(scenario) == {("standard_two_reference.approval", "ha_formulary.clinician_application"),
                                ("standard_two_reference.approval", "gba_connect.prereview")}
    assert scenario.step("standard_two_reference.reference_approvals").duration.likely > 0
    schedule = compute_schedule(scenario, calendars=CALENDARS)
    registered = schedule.steps["standard_two_reference.approval"].finish
    assert schedule.steps["ha_formulary.listed"].finish > registered

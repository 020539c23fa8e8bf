"""The issue's "done when" products, and table-driven checks of each rule.

Expected verdicts are read off the facts compilation by hand: e.g. the standard route needs two
of the 36 reference countries (LCQ22), "1+" needs a designation, a reference approval and local or
Asian data (1+ FAQ Q3), Connect excludes products approved in the Mainland (draft rules 2021).
"""

from datetime import date

import pytest

from oases_desktop.core.domain import DrugCategory
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.knowledge.eligibility import evaluate_route, evaluate_routes

from .helpers import approval, by_route, condition, device, drug, missing_rules

LIBRARY = load_library()
ON = date(2026, 11, 25)
ROUTES = ["standard_two_reference", "one_plus", "cmpr_primary", "hk_clinical_trial", "mdacs_listing",
          "ha_formulary", "gba_connect"]

RARE_BIOLOGIC = drug(drug_category=DrugCategory.NEW_BIOLOGICAL_ENTITY, life_threatening_or_debilitating=True,
                     designations=["orphan"], reference_approvals=[approval("US FDA")])
NCE_DE_FR = drug(reference_approvals=[approval("Germany"), approval("France")])
CHEMICAL_NEW_INDICATION = drug(drug_category=DrugCategory.CHEMICAL_EXTENDED_APPLICATION, hk_registered=True)
NMPA_APPROVED = drug(designations=["priority"], reference_approvals=[approval("China")], mainland_approved=True,
                     asian_clinical_data=True)


def _statuses(profile, on=ON):
    return {v.route_id: v.status.value for v in evaluate_routes(profile, on, LIBRARY)}


def test_all_seven_routes_are_judged_in_order():
    assert [v.route_id for v in evaluate_routes(RARE_BIOLOGIC, ON, LIBRARY)] == ROUTES


def test_rare_disease_biologic_approved_only_by_us_fda():
    verdicts = by_route(evaluate_routes(RARE_BIOLOGIC, ON, LIBRARY))
    assert missing_rules(verdicts["standard_two_reference"]) == ["standard.two_reference_approvals"]
    assert missing_rules(verdicts["one_plus"]) == ["one_plus.local_data"]  # only the local data is missing
    assert verdicts["hk_clinical_trial"].status.value == "eligible"
    assert "trial.feeds_one_plus" in {c.rule for c in verdicts["hk_clinical_trial"].conditions}
    # primary evaluation is for products with no reference approval (section 11.2): not eligible, pointed to 1+
    assert missing_rules(verdicts["cmpr_primary"]) == ["cmpr.no_reference_approval"]
    assert "abridged evaluation" in condition(verdicts["cmpr_primary"], "cmpr.no_reference_approval").text
    assert missing_rules(verdicts["gba_connect"]) == ["connect.drug_registered"]
    with_asian_data = drug(**{**RARE_BIOLOGIC.__dict__, "asian_clinical_data": True})
    assert _statuses(with_asian_data)["one_plus"] == "eligible"


def test_new_chemical_entity_with_germany_and_france():
    verdicts = by_route(evaluate_routes(NCE_DE_FR, ON, LIBRARY))
    assert verdicts["standard_two_reference"].status.value == "eligible"
    assert verdicts["standard_two_reference"].warnings == []
    assert missing_rules(verdicts["one_plus"]) == ["one_plus.local_data", "one_plus.prominent_clinical_benefit"]
    assert verdicts["mdacs_listing"].status.value == "not_applicable"


@pytest.mark.parametrize("on, status, start", [
    (date(2026, 2, 1), "eligible_from", date(2026, 3, 31)),
    (date(2026, 6, 1), "eligible", None),
])
def test_chemical_new_indication_in_2026(on, status, start):
    verdicts = by_route(evaluate_routes(CHEMICAL_NEW_INDICATION, on, LIBRARY))
    assert (verdicts["cmpr_primary"].status.value, verdicts["cmpr_primary"].eligible_from) == (status, start)
    assert verdicts["ha_formulary"].status.value == "eligible"  # already registered
    assert condition(verdicts["one_plus"], "one_plus.scope").met is None  # new indication vs other extension
    assert "one_plus.never_registered" not in {c.rule for c in verdicts["one_plus"].conditions}


def test_new_indication_without_an_entity_type_is_to_check():
    profile = drug(drug_category=DrugCategory.NEW_INDICATION, hk_registered=True)
    verdict = evaluate_route("cmpr_primary", profile, ON, LIBRARY)
    assert verdict.status.value == "to_check"
    point = condition(verdict, "cmpr.entity_type")
    assert point.met is None and point.to_check and "assumes chemical" in point.text


@pytest.mark.parametrize("device_class, status", [("I", "not_eligible"), ("Class I", "not_eligible"),
                                                  ("A", "not_eligible"), ("II", "eligible"), ("III", "eligible"),
                                                  ("class 3", "eligible"), ("IV", "eligible"), ("D", "eligible"),
                                                  (None, "not_eligible")])
def test_device_classes_for_mdacs(device_class, status):
    assert _statuses(device(device_class))["mdacs_listing"] == status


def test_class_one_and_class_three_devices_across_routes():
    class_one, class_three = _statuses(device("I")), _statuses(device("III"))
    assert class_one["mdacs_listing"] == "not_eligible" and class_three["mdacs_listing"] == "eligible"
    for statuses in (class_one, class_three):
        for route in ("standard_two_reference", "one_plus", "cmpr_primary", "hk_clinical_trial", "ha_formulary"):
            assert statuses[route] == "not_applicable"  # drug routes on a device plan
        assert statuses["gba_connect"] == "not_eligible"  # not yet used in HK public hospitals
    assert _statuses(device("III", hk_public_hospital_use=True))["gba_connect"] == "eligible"


def test_drug_already_approved_by_nmpa():
    verdicts = by_route(evaluate_routes(NMPA_APPROVED, ON, LIBRARY))
    connect = verdicts["gba_connect"]
    assert "connect.not_mainland_approved" in missing_rules(connect)
    assert verdicts["standard_two_reference"].status.value == "not_eligible"  # one approval only
    one_plus = verdicts["one_plus"]
    assert one_plus.status.value == "eligible"
    # section 11.2: a Mainland approval alone has served as the single reference approval
    assert condition(one_plus, "one_plus.mainland_alone").met is True
    assert LIBRARY.source(condition(one_plus, "one_plus.mainland_alone").source_id).url
    assert not any("alone qualifies" in w for w in one_plus.warnings)


@pytest.mark.parametrize("countries, status, pairing_warning", [
    (["China", "Republic of Korea"], "to_check", True),
    (["China", "USA"], "eligible", False),
    (["Brazil", "Singapore"], "to_check", True),
    (["China"], "not_eligible", False),
    (["Germany", "Holland"], "eligible", False),
    (["Germany", "Croatia"], "not_eligible", False),  # Croatia is not on the list
    (["EU"], "not_eligible", False),
])
def test_two_reference_rule_and_the_pairing_question(countries, status, pairing_warning):
    profile = drug(reference_approvals=[approval(c) for c in countries])
    verdict = evaluate_route("standard_two_reference", profile, ON, LIBRARY)
    assert verdict.status.value == status
    assert any("original 32" in w for w in verdict.warnings) == pairing_warning
    assert any(c.rule == "standard.pairing_2022" for c in verdict.conditions) == pairing_warning


def test_eu_wide_approval_is_warned_about_not_counted():
    verdict = evaluate_route("standard_two_reference", drug(reference_approvals=[approval("EMA"), approval("USA")]),
                             ON, LIBRARY)
    assert verdict.status.value == "not_eligible" and any("EMA" in w for w in verdict.warnings)


def test_expected_second_approval_makes_the_standard_route_eligible_from_its_date():
    profile = drug(reference_approvals=[approval("USA", date(2025, 1, 1)), approval("Japan", date(2027, 4, 1))])
    verdict = evaluate_route("standard_two_reference", profile, ON, LIBRARY)
    assert (verdict.status.value, verdict.eligible_from) == ("eligible_from", date(2027, 4, 1))


def test_pending_approvals_do_not_count():
    from oases_desktop.core.domain import ApprovalStatus

    profile = drug(reference_approvals=[approval("USA"), approval("Japan", None, ApprovalStatus.PENDING)])
    verdict = evaluate_route("standard_two_reference", profile, ON, LIBRARY)
    assert verdict.status.value == "not_eligible"
    assert "pending, not counted: Japan" in condition(verdict, "standard.two_reference_approvals").text


@pytest.mark.parametrize("changes, rule, met", [
    ({"designations": ["orphan"]}, "one_plus.prominent_clinical_benefit", True),
    ({"designations": ["Breakthrough"]}, "one_plus.prominent_clinical_benefit", True),
    ({"designations": ["PRIME"]}, "one_plus.prominent_clinical_benefit", None),  # "or equivalent": DH decides
    ({"designations": []}, "one_plus.prominent_clinical_benefit", False),
    ({"local_clinical_data": True}, "one_plus.local_data", True),
    ({"asian_clinical_data": True}, "one_plus.local_data", True),
    ({}, "one_plus.local_data", False),
    ({"hk_registered": True}, "one_plus.never_registered", False),
    ({}, "one_plus.never_registered", True),
    ({"reference_approvals": [approval("USA")]}, "one_plus.one_reference_approval", True),
    ({"reference_approvals": [approval("USA", status="approved")]}, "one_plus.one_reference_approval", None),
    ({"reference_approvals": [approval("India")]}, "one_plus.one_reference_approval", False),
    ({"drug_category": DrugCategory.GENERIC}, "one_plus.scope", False),
])
def test_one_plus_rules(changes, rule, met):
    assert condition(evaluate_route("one_plus", drug(**changes), ON, LIBRARY), rule).met is met


@pytest.mark.parametrize("changes, rule, met", [
    ({"hk_registered": True}, "connect.drug_registered", True),
    ({}, "connect.drug_registered", False),
    ({"mainland_approved": True}, "connect.not_mainland_approved", False),
    ({"substitutable_in_mainland": True}, "connect.not_substitutable", False),
    ({}, "connect.not_substitutable", True),
])
def test_connect_rules(changes, rule, met):
    assert condition(evaluate_route("gba_connect", drug(**changes), ON, LIBRARY), rule).met is met


def test_every_condition_cites_a_rule_and_a_dated_source():
    profiles = [RARE_BIOLOGIC, NCE_DE_FR, CHEMICAL_NEW_INDICATION, NMPA_APPROVED, device("I"), device("III"),
                drug(drug_category=DrugCategory.ADVANCED_THERAPY), drug(drug_category=None)]
    for profile in profiles:
        for on in (date(2022, 6, 1), date(2024, 6, 1), ON):
            for verdict in evaluate_routes(profile, on, LIBRARY):
                assert verdict.route_name == LIBRARY.route(verdict.route_id).name
                for item in verdict.conditions:
                    assert item.rule and item.text
                    assert item.source_id and LIBRARY.source(item.source_id).date, (verdict.route_id, item)


def test_expected_approval_from_the_original_32_answers_the_pairing_question():
    profile = drug(reference_approvals=[approval("China", date(2025, 1, 1)), approval("USA", date(2027, 1, 4))])
    verdict = evaluate_route("standard_two_reference", profile, ON, LIBRARY)
    assert (verdict.status.value, verdict.eligible_from) == ("eligible_from", date(2027, 1, 4))
    assert verdict.warnings == []


def test_a_library_without_route_templates_judges_no_routes():
    from oases_desktop.core.knowledge import ReferenceLibrary

    partial = ReferenceLibrary(LIBRARY.sources, LIBRARY.facts, LIBRARY.lookups,
                               tuple(r for r in LIBRARY.routes if r.id == "gba_connect"))
    assert [v.route_id for v in evaluate_routes(RARE_BIOLOGIC, ON, partial)] == ["gba_connect"]
    assert evaluate_routes(RARE_BIOLOGIC, ON, ReferenceLibrary((), (), (), ())) == []


@pytest.mark.parametrize("category, warned", [(DrugCategory.NEW_CHEMICAL_ENTITY, False),
                                              (DrugCategory.NEW_BIOLOGICAL_ENTITY, False),
                                              (DrugCategory.GENERIC, True), (None, True)])
def test_two_reference_rule_outside_new_entities_is_flagged(category, warned):
    verdict = evaluate_route("standard_two_reference", drug(drug_category=category), ON, LIBRARY)
    assert any("new chemical or biological entities" in w for w in verdict.warnings) == warned

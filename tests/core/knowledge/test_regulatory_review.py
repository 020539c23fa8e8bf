"""The December 2026 review (facts file section 11): each corrected rule on both sides of its date gate.

Expected verdicts are read off hk-gba-regulatory-facts.md by hand, not from the code: e.g. §11.1
"Original 1+ scope (1 Nov 2023 - 31 Oct 2024) required local clinical data", §11.2 "primary
evaluation is for products not approved in any of the reference countries/places".
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from oases_desktop.core.domain import DrugCategory, EntityType
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.knowledge.authorities import Recognition, recognise
from oases_desktop.core.knowledge.eligibility import evaluate_route, evaluate_routes

from .helpers import approval, by_route, condition, device, drug, missing_rules

LIBRARY = load_library()
DAY = timedelta(days=1)

ASIAN_DATA_ONLY = drug(designations=["orphan"], life_threatening_or_debilitating=True, asian_clinical_data=True,
                       reference_approvals=[approval("USA", date(2023, 1, 10))])
FDA_NCE = drug(designations=["breakthrough"], local_clinical_data=True,
               reference_approvals=[approval("USA: FDA", date(2025, 3, 1))])


def _sources(verdict):
    return {c.source_id for c in verdict.conditions}


def _status(verdict):
    return verdict.status.value, verdict.eligible_from


# --- 1 Nov 2024: Chinese/Asian data count only from the extension ------------------------------------------

@pytest.mark.parametrize("on", [date(2024, 6, 1), date(2024, 10, 31)])
def test_asian_data_alone_does_not_qualify_before_the_1_nov_2024_extension(on):
    verdict = evaluate_route("one_plus", ASIAN_DATA_ONLY, on, LIBRARY)
    assert _status(verdict) == ("eligible_from", date(2024, 11, 1))  # not eligible on the day judged
    data = condition(verdict, "one_plus.local_data")
    assert data.met is False and "only local data qualify" in data.text and "1 Nov 2024" in data.text
    # a verdict before the extension cites the 2023 sources, never the FAQ of the extended scheme
    assert "do_oneplus_faq" not in _sources(verdict) and "arqon_oneplus" in _sources(verdict)


def test_asian_data_qualifies_from_1_nov_2024_citing_the_faq():
    verdict = evaluate_route("one_plus", ASIAN_DATA_ONLY, date(2024, 11, 1), LIBRARY)
    assert _status(verdict) == ("eligible", None)
    assert condition(verdict, "one_plus.local_data").source_id == "do_oneplus_faq"


def test_local_data_qualified_from_the_start_of_1_plus():
    local = replace(ASIAN_DATA_ONLY, asian_clinical_data=False, local_clinical_data=True)
    assert _status(evaluate_route("one_plus", local, date(2023, 10, 31), LIBRARY)) == ("eligible_from", date(2023, 11, 1))
    assert _status(evaluate_route("one_plus", local, date(2023, 11, 1), LIBRARY)) == ("eligible", None)


# --- 31 Mar 2026: primary evaluation for products with no reference approval; abridged evaluation ----------

def test_fda_approved_nce_on_1_jun_2026_primary_evaluation_no_abridged_yes():
    verdicts = by_route(evaluate_routes(FDA_NCE, date(2026, 6, 1), LIBRARY))
    primary = verdicts["cmpr_primary"]
    assert primary.status.value == "not_eligible" and missing_rules(primary) == ["cmpr.no_reference_approval"]
    reason = condition(primary, "cmpr.no_reference_approval")
    assert "USA" in reason.text and "abridged evaluation" in reason.text
    assert LIBRARY.source(reason.source_id).id == "simplyinvest_phase1"
    assert verdicts["one_plus"].status.value == "eligible"  # designated, marketed in the USA, local data
    undesignated = replace(FDA_NCE, designations=[])
    assert evaluate_route("one_plus", undesignated, date(2026, 6, 1), LIBRARY).status.value == "not_eligible"


def test_a_product_with_no_reference_approval_meets_the_primary_evaluation_condition():
    extension = drug(drug_category=DrugCategory.CHEMICAL_EXTENDED_APPLICATION, hk_registered=True)
    before = evaluate_route("cmpr_primary", extension, date(2026, 3, 30), LIBRARY)
    on_day = evaluate_route("cmpr_primary", extension, date(2026, 3, 31), LIBRARY)
    assert _status(before) == ("eligible_from", date(2026, 3, 31)) and _status(on_day) == ("eligible", None)
    assert condition(on_day, "cmpr.no_reference_approval").met is True


def test_primary_evaluation_judged_before_it_opens_counts_the_approvals_it_will_meet_on_31_mar_2026():
    """An NMPA approval before China joined the list (1 Nov 2022) still closes the route that opens in 2026."""
    nmpa = drug(drug_category=DrugCategory.CHEMICAL_EXTENDED_APPLICATION, hk_registered=True,
                reference_approvals=[approval("China: NMPA", None)])
    early = evaluate_route("cmpr_primary", nmpa, date(2021, 1, 1), LIBRARY)
    reason = condition(early, "cmpr.no_reference_approval")
    assert _status(early) == ("not_eligible", None) and reason.met is False
    assert reason.text.startswith("By 31 Mar 2026, when Phase 1 opens, approved in a reference country (China)")
    later = evaluate_route("cmpr_primary", replace(nmpa, reference_approvals=[approval("USA: FDA", date(2026, 4, 1))]),
                           date(2021, 1, 1), LIBRARY)
    assert _status(later) == ("eligible_from", date(2026, 3, 31))   # the FDA approval comes after it opens


def test_who_public_health_need_qualifies_for_abridged_evaluation_from_31_mar_2026():
    profile = replace(FDA_NCE, designations=[], who_public_health_need=True)
    before = evaluate_route("one_plus", profile, date(2026, 3, 30), LIBRARY)
    on_day = evaluate_route("one_plus", profile, date(2026, 3, 31), LIBRARY)
    assert condition(before, "one_plus.prominent_clinical_benefit").met is False
    assert "only from 31 Mar 2026" in condition(before, "one_plus.prominent_clinical_benefit").text
    benefit = condition(on_day, "one_plus.prominent_clinical_benefit")
    assert benefit.met is True and "WHO" in benefit.text and benefit.source_id == "simplyinvest_phase1"
    assert on_day.status.value == "eligible"


# --- new indication x entity type ---------------------------------------------------------------------------

def test_a_biologics_new_indication_is_not_in_phase_1_of_primary_evaluation():
    biologic = drug(drug_category=DrugCategory.NEW_INDICATION, entity_type=EntityType.BIOLOGICAL, hk_registered=True)
    chemical = replace(biologic, entity_type=EntityType.CHEMICAL)
    for on in (date(2026, 3, 31), date(2026, 6, 1)):
        verdict = evaluate_route("cmpr_primary", biologic, on, LIBRARY)
        assert verdict.status.value == "projected"  # Phase 2: announced without a date
        assert "Phase 2" in condition(verdict, "cmpr.phase2").text
        assert "cmpr.phase1" not in {c.rule for c in verdict.conditions}
    assert _status(evaluate_route("cmpr_primary", chemical, date(2026, 3, 30), LIBRARY)) == ("eligible_from", date(2026, 3, 31))
    assert _status(evaluate_route("cmpr_primary", chemical, date(2026, 3, 31), LIBRARY)) == ("eligible", None)


def test_the_assumed_phase_date_is_shown_as_an_estimate_with_its_reasoning():
    biologic = drug(drug_category=DrugCategory.BIOLOGICAL_EXTENDED_APPLICATION, hk_registered=True)
    gate = condition(evaluate_route("cmpr_primary", biologic, date(2026, 6, 1), LIBRARY), "cmpr.phase2")
    assert "estimate" in gate.text and "Assumed" in gate.text
    assert LIBRARY.source(gate.source_id).reliability.value == "inference"  # not the newspaper, which gives no date


# --- device plan: drug routes are not applicable -----------------------------------------------------------

def test_a_device_plans_drug_routes_read_not_applicable():
    statuses = {v.route_id: v.status.value for v in evaluate_routes(device("III"), date(2026, 6, 1), LIBRARY)}
    for route in ("standard_two_reference", "one_plus", "cmpr_primary", "hk_clinical_trial", "ha_formulary"):
        assert statuses[route] == "not_applicable"
    assert statuses["mdacs_listing"] == "eligible"
    assert evaluate_route("mdacs_listing", drug(), date(2026, 6, 1), LIBRARY).status.value == "not_applicable"


# --- reference approvals: chosen from the list, old names mapped or "to check" ------------------------------

@pytest.mark.parametrize("text, kind, entry", [
    ("China NMPA", Recognition.REFERENCE, "china"), ("Singapore HSA", Recognition.REFERENCE, "singapore"),
    ("USA: FDA", Recognition.REFERENCE, "usa"), ("US FDA", Recognition.REFERENCE, "usa"),
    ("Korea MFDS", Recognition.REFERENCE, "republic_of_korea"), ("Netherlands (MEB)", Recognition.REFERENCE, "holland"),
    ("Taiwan FDA", Recognition.OTHER, "taiwan"), ("Croatia", Recognition.OTHER, "croatia"),
    ("EMA", Recognition.EU, "eu"), ("Hong Kong DH", Recognition.TO_CHECK, None),
    ("Korea / Japan", Recognition.TO_CHECK, None),
])
def test_approval_names_are_mapped_when_unambiguous(text, kind, entry):
    found = recognise(text, LIBRARY)
    assert found.kind == kind and (found.entry.id if found.entry else None) == entry


def test_every_reference_place_has_an_authority_name():
    places = LIBRARY.lookup("reference_countries").entries
    assert len(places) == 36 and all(e.attributes.get("authority") for e in places)
    assert {recognise(f"{e.name}: {e.attributes['authority']}", LIBRARY).entry.id for e in places} == {e.id for e in places}


def test_an_unrecognised_approval_is_kept_as_a_point_to_check_never_dropped():
    profile = drug(reference_approvals=[approval("USA"), approval("Korea / Japan")])
    verdict = evaluate_route("standard_two_reference", profile, date(2026, 6, 1), LIBRARY)
    point = condition(verdict, "approvals.to_check")
    assert point.met is None and point.to_check and "Korea / Japan" in point.text and "Republic of Korea: MFDS" in point.text
    assert verdict.status.value == "not_eligible"  # one approval counted; the other is not guessed


# --- 1 Nov 2022 and the Dec 2022 pairing rule ----------------------------------------------------------------

def test_china_and_singapore_only_the_pairing_rule_is_to_check_after_2022():
    profile = drug(reference_approvals=[approval("China NMPA", date(2021, 5, 1)), approval("Singapore HSA", date(2021, 5, 1))])
    in_2022 = evaluate_route("standard_two_reference", profile, date(2022, 12, 31), LIBRARY)
    after = evaluate_route("standard_two_reference", profile, date(2023, 1, 1), LIBRARY)
    assert in_2022.status.value == "not_eligible"  # as LCQ9 stated it in Dec 2022
    assert condition(in_2022, "standard.pairing_2022").met is False
    assert after.status.value == "to_check"
    pairing = condition(after, "standard.pairing_2022")
    assert pairing.met is None and pairing.to_check and pairing.source_id == "lcq9_20221214"
    assert condition(after, "standard.two_reference_approvals").met is True
    assert any("Open point" in w for w in after.warnings)
    assert evaluate_route("standard_two_reference", profile, date(2026, 6, 1), LIBRARY).status.value == "to_check"


def test_the_four_added_places_count_from_1_nov_2022_paired_with_an_original():
    profile = drug(reference_approvals=[approval("USA", date(2020, 1, 1)), approval("China NMPA", date(2020, 1, 1))])
    assert _status(evaluate_route("standard_two_reference", profile, date(2022, 10, 31), LIBRARY)) == (
        "eligible_from", date(2022, 11, 1))
    assert _status(evaluate_route("standard_two_reference", profile, date(2022, 11, 1), LIBRARY)) == ("eligible", None)


def test_an_nmpa_approval_alone_serves_under_1_plus():
    profile = drug(designations=["priority"], local_clinical_data=True, reference_approvals=[approval("China NMPA")])
    verdict = evaluate_route("one_plus", profile, date(2026, 6, 1), LIBRARY)
    assert verdict.status.value == "eligible" and condition(verdict, "one_plus.mainland_alone").met is True
    korea = replace(profile, reference_approvals=[approval("Republic of Korea")])
    assert any("Brazil, Korea or Singapore alone" in w for w in evaluate_route("one_plus", korea, date(2026, 6, 1), LIBRARY).warnings)


# --- Mainland trial review: the 30-day channel ---------------------------------------------------------------

def test_the_30_working_day_nmpa_review_applies_only_in_the_30_day_channel():
    usual = condition(evaluate_route("hk_clinical_trial", drug(), date(2026, 6, 1), LIBRARY), "trial.shenzhen_arm")
    fast = condition(evaluate_route("hk_clinical_trial", drug(nmpa_30_day_channel=True), date(2026, 6, 1), LIBRARY),
                     "trial.shenzhen_arm")
    assert "implied approval after 60 working days" in usual.text
    assert "within 30 working days" in fast.text and "30-day channel" in fast.text
    assert LIBRARY.source(fast.source_id).id == "nmpa_2025_86"


# --- 31 Oct 2030: the Connect catalogue measures run for five years -----------------------------------------

def test_connect_after_31_oct_2030_rests_on_measures_not_yet_renewed():
    registered = drug(hk_registered=True)
    before = condition(evaluate_route("gba_connect", registered, date(2030, 10, 31), LIBRARY), "connect.measures_renewal")
    after = condition(evaluate_route("gba_connect", registered, date(2030, 11, 1), LIBRARY), "connect.measures_renewal")
    assert "valid for five years, to 31 Oct 2030" in before.text and "not yet renewed" not in before.text.split(";")[0]
    assert "rests on measures not yet renewed" in after.text


# --- HA Drug Formulary since end-2024 (facts file §11.3) ---------------------------------------------------

def test_formulary_applicant_and_sittings_follow_the_process_of_the_date():
    registered = drug(hk_registered=True)
    old = evaluate_route("ha_formulary", registered, date(2024, 12, 31), LIBRARY)
    new = evaluate_route("ha_formulary", registered, date(2025, 1, 1), LIBRARY)
    assert "companies cannot" in condition(old, "formulary.clinician").text
    assert "January, April, July and October" in condition(old, "formulary.dac_cadence").text
    applicant = condition(new, "formulary.clinician")
    assert "A company or an HA doctor submits directly" in applicant.text and applicant.met is True
    assert LIBRARY.source(applicant.source_id).url.endswith("zh-hk/Introduction-of-New-Drugs.html")
    sittings = condition(new, "formulary.dac_cadence")
    assert "after HA's published 7 Nov 2025 (deadline 14 Aug 2025) are estimates" in sittings.text
    assert LIBRARY.source(condition(new, "formulary.update_cadence").source_id).id == "ha_hadf_updated"
    assert LIBRARY.latest("ha.direct_submission_from").estimate  # HA gives no day for "end-2024"

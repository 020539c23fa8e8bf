"""Every date gate of the issue, checked on the day before and the day it takes effect.

Expected dates come from the facts compilation (hk-gba-regulatory-facts.md), not from the code.
"""

from datetime import date, timedelta

import pytest

from oases_desktop.core.domain import DrugCategory
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.knowledge.eligibility import evaluate_route

from .helpers import approval, condition, device, drug

LIBRARY = load_library()
DAY = timedelta(days=1)

LIFE_THREATENING_ORPHAN = drug(life_threatening_or_debilitating=True, designations=["orphan"],
                               reference_approvals=[approval("USA", date(2022, 5, 1))], local_clinical_data=True)
DIABETES_DRUG = drug(designations=["priority"], reference_approvals=[approval("USA", date(2022, 5, 1))],
                     local_clinical_data=True)
NEW_INDICATION = drug(drug_category=DrugCategory.NEW_INDICATION, designations=["breakthrough"],
                      reference_approvals=[approval("Japan", date(2022, 5, 1))], asian_clinical_data=True,
                      hk_registered=True)
CHEMICAL_EXTENSION = drug(drug_category=DrugCategory.CHEMICAL_EXTENDED_APPLICATION, hk_registered=True)


@pytest.mark.parametrize("route, profile, gate, before, after", [
    # 1+ starts 1 Nov 2023 for life-threatening or severely debilitating diseases
    ("one_plus", LIFE_THREATENING_ORPHAN, date(2023, 11, 1), ("eligible_from", date(2023, 11, 1)), ("eligible", None)),
    # the extension of 1 Nov 2024 brings in other new drugs (diabetes is the FAQ's example) and new indications
    ("one_plus", DIABETES_DRUG, date(2024, 11, 1), ("eligible_from", date(2024, 11, 1)), ("eligible", None)),
    ("one_plus", NEW_INDICATION, date(2024, 11, 1), ("eligible_from", date(2024, 11, 1)), ("eligible", None)),
    # before 1+ existed at all, an out-of-original-scope drug waits for the later gate
    ("one_plus", DIABETES_DRUG, date(2023, 11, 1), ("eligible_from", date(2024, 11, 1)), ("eligible_from", date(2024, 11, 1))),
    # primary evaluation Phase 1 from 31 Mar 2026: extended applications of registered chemical entities
    ("cmpr_primary", CHEMICAL_EXTENSION, date(2026, 3, 31), ("eligible_from", date(2026, 3, 31)), ("eligible", None)),
])
def test_route_status_on_both_sides_of_its_gate(route, profile, gate, before, after):
    for on, (status, start) in ((gate - DAY, before), (gate, after)):
        verdict = evaluate_route(route, profile, on, LIBRARY)
        assert (verdict.status.value, verdict.eligible_from) == (status, start), on


@pytest.mark.parametrize("route, profile, rule, gate, text_before, text_after", [
    ("gba_connect", drug(hk_registered=True), "connect.time_limits", date(2024, 12, 1), "no statutory", "10 working days"),
    ("gba_connect", drug(hk_registered=True), "connect.prereview", date(2025, 11, 1), "not yet open", "open"),
    ("mdacs_listing", device("III"), "mdacs.procurement", date(2026, 3, 23), "Stage B", "Stage C"),
    ("mdacs_listing", device("III"), "mdacs.procurement", date(2024, 11, 1), "Stage A", "Stage B"),
    ("mdacs_listing", device("III"), "mdacs.procurement", date(2023, 6, 21), "No DH procurement", "Stage A"),
    ("one_plus", LIFE_THREATENING_ORPHAN, "one_plus.pre_nda", date(2025, 12, 22), "not yet available", "available"),
    ("standard_two_reference", drug(), "prs.rtf", date(2024, 7, 1), "No refuse-to-file", "60 days"),
    ("hk_clinical_trial", drug(), "trial.gbaicti", date(2024, 11, 21), "not yet open", "can coordinate"),
])
def test_information_lines_change_on_the_gate_day(route, profile, rule, gate, text_before, text_after):
    before = condition(evaluate_route(route, profile, gate - DAY, LIBRARY), rule)
    after = condition(evaluate_route(route, profile, gate, LIBRARY), rule)
    assert text_before in before.text and text_after not in before.text.replace(text_before, "")
    assert text_after in after.text and after.met is True
    if not before.text.startswith("DH procurement Stage"):  # stage to stage: both are in force
        assert before.met is not True
    assert LIBRARY.has_source(before.source_id) and LIBRARY.has_source(after.source_id)


def test_the_four_places_added_on_1_nov_2022_count_only_from_that_day():
    profile = drug(reference_approvals=[approval("USA", date(2020, 1, 1)), approval("Singapore", date(2020, 1, 1))])
    before = evaluate_route("standard_two_reference", profile, date(2022, 10, 31), LIBRARY)
    on_day = evaluate_route("standard_two_reference", profile, date(2022, 11, 1), LIBRARY)
    assert (before.status.value, before.eligible_from) == ("eligible_from", date(2022, 11, 1))
    assert "not reference places before 1 Nov 2022: Singapore" in condition(before, "standard.two_reference_approvals").text
    assert on_day.status.value == "eligible"


def test_abridged_evaluation_name_appears_only_from_31_mar_2026():
    rules = lambda on: {c.rule for c in evaluate_route("one_plus", LIFE_THREATENING_ORPHAN, on, LIBRARY).conditions}  # noqa: E731
    assert "one_plus.abridged_name" not in rules(date(2026, 3, 30))
    assert "one_plus.abridged_name" in rules(date(2026, 3, 31))


@pytest.mark.parametrize("category, first_in_class, phase, assumed", [
    (DrugCategory.BIOLOGICAL_EXTENDED_APPLICATION, False, 2, date(2027, 7, 1)),
    (DrugCategory.NEW_CHEMICAL_ENTITY, False, 3, date(2028, 7, 1)),
    (DrugCategory.NEW_BIOLOGICAL_ENTITY, True, 4, date(2030, 1, 1)),
    (DrugCategory.VACCINE, False, 4, date(2030, 1, 1)),
])
def test_later_cmpr_phases_are_projected_on_assumed_dates_even_after_them(category, first_in_class, phase, assumed):
    profile = drug(drug_category=category, first_in_class=first_in_class, hk_registered=phase == 2)
    for on in (date(2026, 11, 25), assumed + DAY):
        verdict = evaluate_route("cmpr_primary", profile, on, LIBRARY)
        assert verdict.status.value == "projected" and verdict.eligible_from == assumed
        assert f"Phase {phase}" in condition(verdict, f"cmpr.phase{phase}").text
    assert LIBRARY.latest(f"cmpr.phase{phase}_from").estimate


def test_trials_were_possible_before_gbaicti_opened():
    verdict = evaluate_route("hk_clinical_trial", drug(), date(2024, 6, 1), LIBRARY)
    assert verdict.status.value == "eligible"


@pytest.mark.parametrize("on, count", [(date(2023, 2, 21), "5 designated"), (date(2023, 2, 22), "19 designated"),
                                       (date(2025, 12, 10), "71 designated")])
def test_connect_shows_the_institution_count_current_on_the_date(on, count):
    line = condition(evaluate_route("gba_connect", drug(hk_registered=True), on, LIBRARY), "connect.institutions")
    assert line.text.startswith(count)

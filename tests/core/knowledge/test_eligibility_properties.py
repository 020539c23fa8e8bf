"""Properties that hold for any product on any date (hypothesis generates the products)."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from oases_desktop.core.domain import ApprovalStatus, DrugCategory, EntityType, ProductKind, ProductProfile, ReferenceApproval
from oases_desktop.core.knowledge import RouteStatus, load_library
from oases_desktop.core.knowledge.eligibility import evaluate_route, evaluate_routes

LIBRARY = load_library()
COUNTRIES = ["USA", "US FDA", "Japan", "Germany", "China", "Republic of Korea", "Brazil", "Singapore", "Holland",
             "EU", "India", "Croatia", "UK", "China NMPA", "Singapore HSA", "USA: FDA", "Taiwan", "Hong Kong DH",
             "Korea / Japan"]
dates = st.dates(min_value=date(2021, 1, 1), max_value=date(2031, 12, 31))

approvals = st.builds(ReferenceApproval, country=st.sampled_from(COUNTRIES), status=st.sampled_from(list(ApprovalStatus)),
                      date=st.one_of(st.none(), dates))
profiles = st.builds(
    ProductProfile,
    name=st.just("Generated product"),
    kind=st.sampled_from(list(ProductKind)),
    drug_category=st.one_of(st.none(), st.sampled_from(list(DrugCategory))),
    entity_type=st.one_of(st.none(), st.sampled_from(list(EntityType))),
    who_public_health_need=st.booleans(),
    nmpa_30_day_channel=st.booleans(),
    life_threatening_or_debilitating=st.booleans(),
    first_in_class=st.booleans(),
    designations=st.lists(st.sampled_from(["orphan", "breakthrough", "priority", "PRIME", "fast track"]), max_size=2),
    reference_approvals=st.lists(approvals, max_size=3),
    local_clinical_data=st.booleans(),
    asian_clinical_data=st.booleans(),
    local_expert_report=st.booleans(),
    hk_registered=st.booleans(),
    hk_public_hospital_use=st.booleans(),
    mainland_approved=st.booleans(),
    substitutable_in_mainland=st.booleans(),
    device_class=st.one_of(st.none(), st.sampled_from(["I", "II", "III", "IV", "A", "B", "C", "D", "Class 3", "X"])),
)


OPEN = (RouteStatus.ELIGIBLE, RouteStatus.TO_CHECK)


def _loses_primary_evaluation(route_id, profile, on) -> bool:
    """The one gate that closes with time: primary evaluation ends once a reference approval arrives (section 11.2)."""
    return route_id == "cmpr_primary" and any(a.date is not None and a.date > on for a in profile.reference_approvals)


@settings(max_examples=300, deadline=None)
@given(profile=profiles, on=dates)
def test_status_agrees_with_the_conditions(profile, on):
    for verdict in evaluate_routes(profile, on, LIBRARY):
        missing = [c for c in verdict.conditions if c.met is False]
        open_points = [c for c in verdict.conditions if c.to_check]
        if verdict.status is RouteStatus.ELIGIBLE:
            assert not missing and not open_points and verdict.eligible_from is None
        elif verdict.status is RouteStatus.TO_CHECK:
            assert not missing and open_points and verdict.eligible_from is None
        elif verdict.status is RouteStatus.NOT_APPLICABLE:
            assert [c.rule for c in missing if c.rule.endswith(".kind")] and verdict.eligible_from is None
        elif verdict.status is RouteStatus.NOT_ELIGIBLE:
            assert missing and verdict.eligible_from is None
        elif verdict.status is RouteStatus.ELIGIBLE_FROM:
            assert verdict.eligible_from > on
        else:
            assert verdict.eligible_from is not None
        for condition in verdict.conditions:
            assert condition.source_id is None or LIBRARY.has_source(condition.source_id)


@settings(max_examples=200, deadline=None)
@given(profile=profiles, on=dates)
def test_eligible_from_a_date_means_eligible_on_that_date(profile, on):
    for verdict in evaluate_routes(profile, on, LIBRARY):
        if verdict.status is RouteStatus.ELIGIBLE_FROM:
            if _loses_primary_evaluation(verdict.route_id, profile, on):
                continue
            later = evaluate_route(verdict.route_id, profile, verdict.eligible_from, LIBRARY)
            assert later.status in OPEN, (verdict.route_id, later.conditions)
            before = evaluate_route(verdict.route_id, profile, verdict.eligible_from - timedelta(days=1), LIBRARY)
            assert before.status is RouteStatus.ELIGIBLE_FROM


@settings(max_examples=200, deadline=None)
@given(profile=profiles, on=dates, days=st.integers(min_value=1, max_value=3000))
def test_an_eligible_route_stays_eligible_later(profile, on, days):
    """No gate ever closes again: rules only open with time (approvals only accrue)."""
    for verdict in evaluate_routes(profile, on, LIBRARY):
        if verdict.status in OPEN and not _loses_primary_evaluation(verdict.route_id, profile, on):
            later = evaluate_route(verdict.route_id, profile, on + timedelta(days=days), LIBRARY)
            assert later.status in OPEN, (verdict.route_id, on, days)

"""Route templates become plan steps with the library's latest figures."""

import re
from datetime import date

import pytest

from oases_desktop.core.domain import DurationUnit, StepKind
from oases_desktop.core.knowledge import Fact, Source, instantiate_route, load_library
from oases_desktop.core.knowledge.model import Reliability
from tests.shipped import CALENDARS


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_one_plus_route_steps_and_links(library):
    steps, links = instantiate_route("one_plus", library, prefix="a.")
    ids = [s.id for s in steps]
    assert ids[0] == "a.one_plus.expert_report" and all(i.startswith("a.one_plus.") for i in ids)
    assert all(s.route == "one_plus" and s.template.startswith("one_plus/") for s in steps)
    evaluation = next(s for s in steps if s.id == "a.one_plus.evaluation")
    assert evaluation.kind is StepKind.REGULATOR_CLOCK
    assert evaluation.duration.likely == 150 and evaluation.duration.unit is DurationUnit.WORKING_DAYS
    assert evaluation.duration.basis == "oneplus.target_processing" and evaluation.stop_clock.is_estimate
    assert ("a.one_plus.submission", "a.one_plus.evaluation") in {(d.predecessor, d.successor) for d in links}
    assert {d.predecessor for d in links} | {d.successor for d in links} <= set(ids)


def test_every_route_instantiates_consistently(library):
    for route in library.routes:
        steps, links = instantiate_route(route.id, library)
        assert len(steps) == len(route.steps)
        for step in steps:
            assert step.duration.min <= step.duration.likely <= step.duration.max


def test_gba_review_runs_on_the_mainland_calendar(library):
    steps, _ = instantiate_route("gba_connect", library)
    review = next(s for s in steps if s.id == "gba_connect.review")
    assert review.duration.calendar.value == "CN" and review.duration.likely == 20


def test_user_fact_flows_into_new_routes_without_replacing_shipped(library):
    source = Source(id="user-memo-1", title="DH briefing note", publisher="Advisor's notes", url="",
                    date=date(2026, 10, 1), reliability=Reliability.SECONDARY)
    faster = Fact(key="oneplus.target_processing", label="1+ target", value=120, unit="working_days",
                  as_of=date(2026, 10, 1), source_id="user-memo-1")
    layered = library.with_user_facts([faster], [source])
    steps, _ = instantiate_route("one_plus", layered)
    evaluation = next(s for s in steps if s.id == "one_plus.evaluation")
    assert evaluation.duration.likely == 120
    assert evaluation.duration.min <= 120 <= evaluation.duration.max
    assert len(layered.history("oneplus.target_processing").entries) == 2
    assert library.latest("oneplus.target_processing").number == 150  # the original is untouched


def test_projected_override_marks_every_step(library):
    steps, _ = instantiate_route("cmpr_primary", library, projected=True)
    assert all(s.projected for s in steps)
    steps, _ = instantiate_route("mdacs_listing", library)
    assert [s.template for s in steps if s.projected] == ["mdacs_listing/statutory_regime"]


def test_unknown_route_is_a_key_error(library):
    with pytest.raises(KeyError):
        instantiate_route("teleport", library)


@pytest.mark.parametrize("route, step, first_day", [
    ("one_plus", "pre_nda", date(2025, 12, 22)),       # pre-NDA meetings offered from 22 Dec 2025
    ("one_plus", "submission", date(2023, 11, 1)),     # 1+ in force from 1 Nov 2023
    ("cmpr_primary", "submission", date(2026, 3, 31)),  # Phase 1 from 31 Mar 2026
    ("gba_connect", "prereview", date(2025, 11, 1)),   # pre-review database from 1 Nov 2025
])
def test_steps_cannot_start_before_their_service_exists(library, route, step, first_day):
    steps, _ = instantiate_route(route, library)
    found = next(s for s in steps if s.id == f"{route}.{step}")
    assert found.start_no_earlier_than == first_day


PLACEHOLDER = re.compile(r"X{3,}|\bTBD\b|\?\?|<[^>]*>|\[[^\]]*\]", re.IGNORECASE)


def test_no_template_text_carries_a_placeholder(library):
    """Step names reach the client's PDF: no "HK-XXXXX", "TBD" or bracketed slots."""
    for route in library.routes:
        for template in route.steps:
            texts = [template.name] + ([template.if_unmet.name] if template.if_unmet else [])
            for text in texts:
                assert not PLACEHOLDER.search(text), (route.id, template.id, text)


def _phase3_product():
    from oases_desktop.core.domain import DrugCategory, ProductKind, ProductProfile

    return ProductProfile(name="Me-too", kind=ProductKind.DRUG, drug_category=DrugCategory.NEW_CHEMICAL_ENTITY,
                          first_in_class=False)


def test_projected_cmpr_phase_dates_the_route_from_its_assumed_start(library):
    from oases_desktop.core.domain.plan import Scenario
    from oases_desktop.core.scheduling.engine import compute_schedule

    start = date(2026, 12, 1)
    opens = library.latest("cmpr.phase3_from").as_date
    assert opens > start  # the projected phase lies ahead of the plan's start
    steps, links = instantiate_route("cmpr_primary", library, profile=_phase3_product(), on=start)
    first = [s for s in steps if not any(d.successor == s.id for d in links)]
    assert first and all(s.start_no_earlier_than == opens for s in first)
    assert all(s.projected for s in steps)
    schedule = compute_schedule(Scenario("s", "s", start, ["cmpr_primary"], steps, links), calendars=CALENDARS)
    assert min(t.start for t in schedule.steps.values()) >= opens
    assert schedule.steps["cmpr_primary.approval"].finish > opens


def test_available_from_given_by_the_caller_bounds_the_first_steps_only(library):
    opens = date(2027, 7, 1)
    steps, links = instantiate_route("cmpr_primary", library, available_from=opens)
    successors = {d.successor for d in links}
    for step in steps:
        if step.id in successors:
            assert step.start_no_earlier_than in (None, library.latest("cmpr.phase1_from").as_date)
        else:
            assert step.start_no_earlier_than == opens
    earlier = date(2020, 1, 1)  # a date before a template's own gate never loosens it
    gated, _ = instantiate_route("gba_connect", library, available_from=earlier)
    assert gated[0].start_no_earlier_than == library.latest("gba_connect.catalogue_measures_from").as_date


def test_a_route_with_no_date_to_wait_for_is_not_bounded(library):
    steps, _ = instantiate_route("one_plus", library, profile=_phase3_product(), on=date(2026, 12, 1))
    plain, _ = instantiate_route("one_plus", library)
    assert [s.start_no_earlier_than for s in steps] == [s.start_no_earlier_than for s in plain]

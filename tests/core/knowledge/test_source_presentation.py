"""Sources as a client reads them: plain publisher names, reliability told in the condition text."""

from datetime import date

import pytest

from oases_desktop.core.knowledge import Reliability, evaluate_routes, load_library
from oases_desktop.core.knowledge.rules.common import LOW_RELIABILITY_MARK
from tests.core.knowledge.helpers import approval, device, drug

LIBRARY = load_library()
PROFILES = [drug(), drug(reference_approvals=[approval("USA")], designations=["orphan"]), device("I"), device("III"),
            device("III", hk_public_hospital_use=True), drug(hk_registered=True)]


def test_publishers_are_names_not_judgements():
    for source in LIBRARY.sources:
        assert "apparently" not in source.publisher.lower() and "ai-generated" not in source.publisher.lower(), source.id
    assert LIBRARY.source("rapath_mdacs").publisher == "RAPath"
    assert LIBRARY.source("rapath_mdacs").reliability == Reliability.LOW


@pytest.mark.parametrize("on", [date(2024, 6, 1), date(2026, 12, 1)])
def test_conditions_resting_on_low_reliability_sources_say_so(on):
    seen_low = 0
    for profile in PROFILES:
        for verdict in evaluate_routes(profile, on, LIBRARY):
            for condition in verdict.conditions:
                low = condition.source_id and LIBRARY.source(condition.source_id).reliability == Reliability.LOW
                assert (LOW_RELIABILITY_MARK in condition.text) == bool(low), condition
                assert condition.text.count(LOW_RELIABILITY_MARK) <= 1
                seen_low += bool(low)
    assert seen_low  # the MDACS review-time condition rests on one

"""Bad input gives a clear error naming the steps, never a hang or a wrong date."""

import time
from datetime import date

import pytest

from oases_desktop.core.domain.plan import Estimate, StepKind
from oases_desktop.core.errors import CycleError, PlanError
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.scheduling.targets import latest_dates
from oases_desktop.core.scheduling.montecarlo import simulate

from .builders import WD, link, scenario, step
from tests.shipped import CALENDARS


def test_cycle_names_the_steps_by_name():
    steps = [step("a", name="Dossier"), step("b", name="Evaluation"), step("c", name="Approval")]
    with pytest.raises(CycleError) as info:
        compute_schedule(scenario(steps, [link("a", "b"), link("b", "c"), link("c", "a")]), calendars=CALENDARS)
    assert set(info.value.step_ids) == {"a", "b", "c"}
    assert "\"Dossier\" (a)" in str(info.value) and "\"Approval\" (c)" in str(info.value)


def test_big_cycle_fails_fast():
    n = 3000
    steps = [step(f"s{i}") for i in range(n)]
    links = [link(f"s{i}", f"s{i + 1}") for i in range(n - 1)] + [link(f"s{n - 1}", "s0")]
    began = time.perf_counter()
    with pytest.raises(CycleError):
        compute_schedule(scenario(steps, links), calendars=CALENDARS)
    assert time.perf_counter() - began < 5


def test_min_above_max_names_the_step():
    bad = step("a", name="Evaluation")
    bad.duration = Estimate(30, 20, 10)
    with pytest.raises(PlanError, match=r"\"Evaluation\" \(a\).*min <= likely <= max"):
        compute_schedule(scenario([bad]), calendars=CALENDARS)


def test_unknown_calendar_names_the_step():
    bad = step("a", 5, WD, name="Screening")
    bad.duration = Estimate(5, 5, 5, WD, "SG")
    with pytest.raises(PlanError, match=r"\"Screening\" \(a\).*Unknown calendar \"SG\""):
        compute_schedule(scenario([bad]), calendars=CALENDARS)


def test_lead_longer_than_the_predecessor_names_both_steps():
    steps = [step("a", 10, name="Dossier"), step("b", 5, name="Submission")]
    with pytest.raises(PlanError, match=r"\"Dossier\" \(a\) to \"Submission\" \(b\).*before its predecessor starts"):
        compute_schedule(scenario(steps, [link("a", "b", lag=-15)], start=date(2026, 3, 2)), calendars=CALENDARS)


def test_bad_cadence_rules():
    with pytest.raises(PlanError, match="no cadence rule"):
        compute_schedule(scenario([step("g", 1, kind=StepKind.CADENCE_GATE)]), calendars=CALENDARS)
    with pytest.raises(PlanError, match="not a valid recurrence rule"):
        compute_schedule(scenario([step("g", 1, kind=StepKind.CADENCE_GATE, cadence="FREQ=SOMETIMES")]), calendars=CALENDARS)
    ended = "FREQ=YEARLY;COUNT=1"   # one sitting, 1 Jan 1990: none after the plan starts
    with pytest.raises(PlanError, match="no sitting"):
        compute_schedule(scenario([step("g", 1, kind=StepKind.CADENCE_GATE, cadence=ended)]), calendars=CALENDARS)


def test_links_to_missing_steps_and_absurd_durations():
    with pytest.raises(PlanError, match="does not exist: \"zz\""):
        compute_schedule(scenario([step("a")], [link("a", "zz")]), calendars=CALENDARS)
    with pytest.raises(PlanError, match="over 100 years"):
        compute_schedule(scenario([step("a", 2_000_000)]), calendars=CALENDARS)
    chain = [step(f"s{i}", 30_000) for i in range(150)]    # each plausible, together past year 9999
    with pytest.raises(PlanError, match="outside"):
        compute_schedule(scenario(chain, [link(f"s{i}", f"s{i + 1}") for i in range(149)]), calendars=CALENDARS)
    with pytest.raises(PlanError, match="cannot be negative"):
        compute_schedule(scenario([step("a", -3)]), calendars=CALENDARS)


def test_backward_planning_and_simulation_reject_the_same_input():
    steps = [step("a"), step("b")]
    with pytest.raises(CycleError):
        simulate(scenario(steps, [link("a", "b"), link("b", "a")]), runs=10, calendars=CALENDARS)
    with pytest.raises(PlanError, match="No step has the id"):
        latest_dates(scenario(steps), "nope", date(2027, 1, 1), calendars=CALENDARS)


def test_cadence_rules_that_could_run_for_ever_are_refused_quickly():
    began = time.perf_counter()
    for rule, words in (("FREQ=SECONDLY", "repeats within a day"),
                        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "matches no calendar day")):
        with pytest.raises(PlanError, match=words):
            compute_schedule(scenario([step("g", 1, kind=StepKind.CADENCE_GATE, cadence=rule)]), calendars=CALENDARS)
    assert time.perf_counter() - began < 2

"""Random scenarios using every feature: either a consistent schedule or a PlanError, never a crash."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oases_desktop.core.domain.plan import Calendar, Estimate, StepKind
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.scheduling.targets import latest_dates
from oases_desktop.core.scheduling.montecarlo import simulate

from .builders import CD, MO, WD, WK, link, scenario, step
from tests.shipped import CALENDARS

UNITS = st.sampled_from([CD, WD, WK, MO])
CALENDAR_CODES = st.sampled_from([Calendar.HK, Calendar.CN, Calendar.MO])
DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))


@st.composite
def plans(draw, spread=True):
    n = draw(st.integers(1, 9))
    steps = []
    for i in range(n):
        low = draw(st.floats(0, 30, allow_nan=False))
        likely = low + draw(st.floats(0, 30, allow_nan=False)) if spread else low
        high = likely + draw(st.floats(0, 30, allow_nan=False)) if spread else low
        kind = draw(st.sampled_from(list(StepKind)))
        s = step(f"s{i}", likely, draw(UNITS), draw(CALENDAR_CODES), low=low, high=high, kind=kind,
                 milestone=f"m{i}" if draw(st.booleans()) else None, enabled=draw(st.booleans()) or i == 0)
        if kind == StepKind.CADENCE_GATE:
            s.cadence = draw(st.sampled_from(["FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15", "FREQ=WEEKLY;BYDAY=TU"]))
        if kind == StepKind.REGULATOR_CLOCK and draw(st.booleans()):
            s.stop_clock = Estimate(1, 10, 40, draw(UNITS), draw(CALENDAR_CODES)) if spread else Estimate(7, 7, 7)
        constraint = draw(st.sampled_from(["none", "none", "snet", "fixed", "done", "started"]))
        if constraint == "snet":
            s.start_no_earlier_than = draw(DAYS)
        elif constraint == "fixed":
            s.fixed_start = draw(DAYS)
        elif constraint == "done":
            s.actual_start = draw(DAYS)
            s.actual_finish = s.actual_start + timedelta(days=draw(st.integers(0, 60)))
        elif constraint == "started":
            s.actual_start = draw(DAYS)
        steps.append(s)
    links = []
    for b in range(1, n):
        for a in draw(st.sets(st.integers(0, b - 1), max_size=2)):
            links.append(link(f"s{a}", f"s{b}", draw(st.sampled_from(["FS", "SS", "FF", "SF"])),
                              draw(st.integers(-10, 20)), draw(UNITS), draw(CALENDAR_CODES)))
    return scenario(steps, links, start=draw(DAYS))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.one_of(st.none(), DAYS))
def test_random_plans_schedule_consistently_or_fail_cleanly(plan, today):
    try:
        sched = compute_schedule(plan, today=today, calendars=CALENDARS)
    except PlanError:
        return
    enabled = {s.id for s in plan.steps if s.enabled}
    assert set(sched.steps) == enabled
    for s in sched.steps.values():
        assert s.start <= s.finish and s.late_start <= s.late_finish
        assert s.total_float == (s.late_start - s.start).days
        if s.stop_clock_start:
            assert s.start <= s.stop_clock_start <= s.stop_clock_finish + timedelta(days=1)
    sims = simulate(plan, runs=20, seed=1, today=today, calendars=CALENDARS)
    assert set(sims) == {m.step_id for m in sched.milestones}
    assert all(p.p50 <= p.p80 <= p.p90 for p in sims.values())
    target = sched.milestones[0] if sched.milestones else None
    if target:
        latest = latest_dates(plan, target.step_id, target.likely, today=today, calendars=CALENDARS)
        assert target.step_id in latest


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(spread=False), st.one_of(st.none(), DAYS))
def test_simulation_equals_the_engine_when_nothing_is_uncertain(plan, today):
    """The vectorised Monte Carlo pass and the engine implement the same rules (constraints, actuals,
    today, bridging, gates, stop-clocks, every link type)."""
    try:
        sched = compute_schedule(plan, today=today, calendars=CALENDARS)
    except PlanError:
        return
    sims = simulate(plan, runs=2, seed=0, today=today, calendars=CALENDARS)
    assert {k: (v.p50, v.p90) for k, v in sims.items()} == {m.step_id: (m.likely, m.likely) for m in sched.milestones}


@st.composite
def unconstrained_plans(draw):
    """Plans without dates pinned by the user, so that every step can slip."""
    plan = draw(plans(spread=False))
    for s in plan.steps:
        s.fixed_start = s.actual_start = s.actual_finish = s.start_no_earlier_than = None
    return plan


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unconstrained_plans())
def test_float_is_how_far_each_step_can_slip_in_random_plans(plan):
    from dataclasses import replace

    try:
        sched = compute_schedule(plan, calendars=CALENDARS)
    except PlanError:
        return
    for s in plan.steps:
        if s.id not in sched.steps:
            continue
        mine = sched.steps[s.id]
        checks = [(mine.total_float, True)]
        if mine.start < mine.finish or s.duration.likely > 0:
            # A milestone shown on the day its predecessor finished sits at the end of that day, so a
            # "no earlier than" one day later leaves its instant unchanged: check only its slack side.
            checks.append((mine.total_float + 1, False))
        for delay, keeps_finish in checks:
            start = mine.start + timedelta(days=delay)
            pinned = replace(plan, steps=[replace(x, start_no_earlier_than=start) if x.id == s.id else x
                                          for x in plan.steps])
            finish = compute_schedule(pinned, calendars=CALENDARS).finish
            assert (finish == sched.finish) is keeps_finish, (s.id, delay, finish, sched.finish)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unconstrained_plans(), st.integers(0, 60))
def test_latest_dates_still_meet_the_target_in_random_plans(plan, extra_days):
    from dataclasses import replace

    try:
        sched = compute_schedule(plan, calendars=CALENDARS)
    except PlanError:
        return
    for target in list(sched.steps)[-2:]:
        due = sched.steps[target].finish + timedelta(days=extra_days)
        latest = latest_dates(plan, target, due, calendars=CALENDARS)
        assert all(v.slack >= 0 for v in latest.values())
        pinned = replace(plan, steps=[replace(x, start_no_earlier_than=latest[x.id].latest_start)
                                      if x.id in latest and sched.steps[x.id].start < sched.steps[x.id].finish
                                      else x for x in plan.steps])
        try:
            assert compute_schedule(pinned, calendars=CALENDARS).steps[target].finish <= due
        except PlanError as error:
            # Pinning a step onto a weekend can leave it no working days for a working-day lead.
            assert "lead" in str(error)

"""Regulator stop-clock, cadence gates, constraints, progress and switched-off steps."""

from datetime import date, timedelta

import numpy as np

from oases_desktop.core.domain.plan import Calendar, Estimate, StepKind
from oases_desktop.core.scheduling.engine import compute_schedule

from .builders import MO, WD, link, scenario, step
from .test_calendars import HK_GENERAL_HOLIDAYS
from tests.shipped import CALENDARS

HK_2026 = [f"2026-{md}" for md in HK_GENERAL_HOLIDAYS[2026]]
QUARTERLY = "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15"


def np_day(d) -> date:
    return date.fromisoformat(str(d))


def test_regulator_clock_with_stop_clock_against_numpy_business_days():
    clock = step("ev", 40, WD, kind=StepKind.REGULATOR_CLOCK)
    clock.stop_clock = Estimate(30, 30, 30)
    sched = compute_schedule(scenario([clock], start=date(2026, 3, 2)), calendars=CALENDARS)
    # Reference: numpy's business-day arithmetic with the gazetted 2026 list.
    first_end = np_day(np.busday_offset("2026-03-02", 19, roll="forward", holidays=HK_2026))  # 20th working day
    stop_start = first_end + timedelta(days=1)
    stop_end = stop_start + timedelta(days=29)
    resume = np.busday_offset(str(stop_end + timedelta(days=1)), 0, roll="forward", holidays=HK_2026)
    finish = np_day(np.busday_offset(resume, 19, holidays=HK_2026))
    got = sched.steps["ev"]
    assert (got.stop_clock_start, got.stop_clock_finish, got.finish) == (stop_start, stop_end, finish)
    assert got.start == date(2026, 3, 2)
    assert any(e.kind == "stop_clock" for e in got.explanation)


def test_working_days_against_numpy_business_days_across_the_year():
    for n in (1, 5, 37, 120, 230):
        sched = compute_schedule(scenario([step("a", n, WD)], start=date(2026, 1, 1)), calendars=CALENDARS)
        expected = np_day(np.busday_offset("2026-01-01", n - 1, roll="forward", holidays=HK_2026))
        assert sched.steps["a"].finish == expected, n


def _gate_plan(prep_days: int):
    steps = [step("prep", prep_days), step("dac", 3, MO, kind=StepKind.CADENCE_GATE, cadence=QUARTERLY)]
    return scenario(steps, [link("prep", "dac")], start=date(2026, 4, 1))


def test_cadence_gate_on_the_meeting_day_takes_that_sitting():
    sched = compute_schedule(_gate_plan(14), calendars=CALENDARS)         # prep 1-14 Apr, ready 15 Apr = a sitting
    assert sched.steps["dac"].start == date(2026, 4, 15)
    assert sched.steps["dac"].finish == date(2026, 7, 14)
    assert any(e.kind == "cadence" and e.date == date(2026, 4, 15) for e in sched.steps["dac"].explanation)


def test_cadence_gate_one_day_late_waits_for_the_next_sitting():
    sched = compute_schedule(_gate_plan(15), calendars=CALENDARS)         # ready 16 Apr: next sitting 15 Jul
    assert sched.steps["dac"].start == date(2026, 7, 15)
    assert sched.steps["dac"].finish == date(2026, 10, 14)
    assert sched.steps["prep"].total_float == 90      # prep could slip until the day before 15 Jul


def test_cadence_gate_milestone_shows_the_sitting_date():
    gate = step("m", kind=StepKind.MILESTONE, cadence=QUARTERLY, milestone="dac_meeting")
    sched = compute_schedule(scenario([step("a", 20), gate], [link("a", "m")], start=date(2026, 4, 1)), calendars=CALENDARS)
    assert sched.milestones[0].likely == date(2026, 7, 15)


def test_start_no_earlier_than_and_fixed_start():
    steps = [step("a", 10), step("b", 5, start_no_earlier_than=date(2026, 2, 1)),
             step("c", 5, fixed_start=date(2026, 1, 8))]
    sched = compute_schedule(scenario(steps, [link("a", "b"), link("a", "c")], start=date(2026, 1, 5)), calendars=CALENDARS)
    assert sched.steps["b"].start == date(2026, 2, 1)
    assert sched.steps["c"].start == date(2026, 1, 8)                  # fixed wins over its predecessor...
    assert any("fixed to start" in w for w in sched.warnings)           # ...with a warning


def test_done_steps_keep_actual_dates_and_the_rest_reforecasts():
    steps = [step("a", 10, actual_start=date(2026, 1, 5), actual_finish=date(2026, 1, 30)), step("b", 5)]
    sched = compute_schedule(scenario(steps, [link("a", "b")], start=date(2026, 1, 5)), calendars=CALENDARS)
    assert (sched.steps["a"].start, sched.steps["a"].finish) == (date(2026, 1, 5), date(2026, 1, 30))
    assert sched.steps["b"].start == date(2026, 1, 31)
    assert not sched.steps["a"].critical


def test_today_moves_unstarted_work_and_stretches_work_in_progress():
    steps = [step("a", 10, actual_start=date(2026, 1, 5)), step("b", 5), step("c", 3)]
    plan = scenario(steps, [link("a", "b")], start=date(2026, 1, 5))
    sched = compute_schedule(plan, today=date(2026, 2, 1), calendars=CALENDARS)
    assert sched.steps["a"].finish == date(2026, 2, 1)      # in progress, not done by plan: finishes today at best
    assert sched.steps["b"].start == date(2026, 2, 2)
    assert sched.steps["c"].start == date(2026, 2, 1)       # not started: cannot start in the past
    assert compute_schedule(plan, calendars=CALENDARS).steps["c"].start == date(2026, 1, 5)


def test_switched_off_step_is_bridged_and_left_out():
    steps = [step("a", 10), step("pre_nda", 30, enabled=False), step("b", 5)]
    links = [link("a", "pre_nda", lag=2), link("pre_nda", "b", lag=3)]
    sched = compute_schedule(scenario(steps, links, start=date(2026, 1, 5)), calendars=CALENDARS)
    assert "pre_nda" not in sched.steps
    # a ends 14 Jan; the bridge keeps both lags: b starts 15 Jan + 2 + 3 days.
    assert sched.steps["b"].start == date(2026, 1, 20)


def test_whiskers_use_min_and_max_durations():
    steps = [step("a", 10, low=5, high=20), step("b", 10, low=8, high=30)]
    sched = compute_schedule(scenario(steps, [link("a", "b")], start=date(2026, 1, 5)), calendars=CALENDARS)
    assert sched.steps["b"].min_finish == date(2026, 1, 5) + timedelta(days=5 + 8 - 1)
    assert sched.steps["b"].max_finish == date(2026, 1, 5) + timedelta(days=20 + 30 - 1)


def test_mainland_estimated_year_is_warned():
    sched = compute_schedule(scenario([step("a", 20, WD, Calendar.CN)], start=date(2027, 3, 1)), calendars=CALENDARS)
    assert any("CN working-day calendar for 2027 is estimated" in w for w in sched.warnings)


def test_cadence_explanation_names_the_sitting_and_the_one_missed():
    sched = compute_schedule(_gate_plan(15), calendars=CALENDARS)
    text = next(e.text for e in sched.steps["dac"].explanation if e.kind == "cadence")
    assert "on the 15th of January, April, July and October" in text
    assert "missed the sitting of Wed 15 Apr 2026 by 1 day." in text

"""Each dependency type and each kind of lag, with dates worked out by hand from the calendar."""

from datetime import date

import pytest

from oases_desktop.core.domain.plan import Calendar, StepKind
from oases_desktop.core.scheduling.engine import compute_schedule

from .builders import MO, WD, WK, link, scenario, step
from tests.shipped import CALENDARS

MON = date(2026, 1, 5)  # a Monday with no holiday near it


def dates(sched, sid):
    s = sched.steps[sid]
    return s.start, s.finish


def test_single_step_in_calendar_days_is_inclusive():
    sched = compute_schedule(scenario([step("a", 10)], start=MON), calendars=CALENDARS)
    assert dates(sched, "a") == (date(2026, 1, 5), date(2026, 1, 14))


@pytest.mark.parametrize("kind, lag, expected_b", [
    # a runs Mon 5 Jan .. Wed 14 Jan (10 days); b lasts 5 days.
    ("FS", 0, (date(2026, 1, 15), date(2026, 1, 19))),
    ("FS", 3, (date(2026, 1, 18), date(2026, 1, 22))),
    ("FS", -4, (date(2026, 1, 11), date(2026, 1, 15))),     # a lead overlaps the last 4 days of a
    ("SS", 2, (date(2026, 1, 7), date(2026, 1, 11))),
    ("FF", 0, (date(2026, 1, 10), date(2026, 1, 14))),      # b finishes with a
    ("FF", 6, (date(2026, 1, 16), date(2026, 1, 20))),
    # SF: b's work must end 8 days after a's starts (the start of Tue 13 Jan): b's last day is Mon 12 Jan.
    ("SF", 8, (date(2026, 1, 8), date(2026, 1, 12))),
])
def test_dependency_types_with_calendar_day_lags(kind, lag, expected_b):
    sched = compute_schedule(scenario([step("a", 10), step("b", 5)], [link("a", "b", kind, lag)], start=MON), calendars=CALENDARS)
    assert dates(sched, "b") == expected_b


def test_constraints_never_pull_a_step_before_the_scenario_start():
    sched = compute_schedule(scenario([step("a", 10), step("b", 5)], [link("a", "b", "FF", -8)], start=MON), calendars=CALENDARS)
    assert dates(sched, "b") == (MON, date(2026, 1, 9))


def test_working_day_lag_skips_weekend_and_holidays():
    # a: Mon 30 Mar - Thu 2 Apr 2026 (4 calendar days); FS + 2 HK working days: Fri 3 Apr (Good Friday),
    # Sat, Sun, Mon 6 and Tue 7 Apr are off, so the lag uses Wed 8 and Thu 9 and b starts Fri 10 Apr.
    sched = compute_schedule(scenario([step("a", 4), step("b", 1)], [link("a", "b", lag=2, unit=WD)],
                                      start=date(2026, 3, 30)), calendars=CALENDARS)
    assert dates(sched, "b") == (date(2026, 4, 10), date(2026, 4, 10))
    kinds = [e.kind for e in sched.steps["b"].explanation]
    assert kinds.count("holiday") == 3 and "lag" in kinds


def test_negative_working_day_lag_is_a_lead_in_working_days():
    # a: 10 HK working days Wed 1 Apr - Fri 17 Apr 2026; FS - 2 working days: b starts Thu 16 Apr.
    sched = compute_schedule(scenario([step("a", 10, WD), step("b", 1)], [link("a", "b", lag=-2, unit=WD)],
                                      start=date(2026, 4, 1)), calendars=CALENDARS)
    assert dates(sched, "a") == (date(2026, 4, 1), date(2026, 4, 17))
    assert dates(sched, "b") == (date(2026, 4, 16), date(2026, 4, 16))


def test_week_and_month_lags_and_durations():
    steps = [step("a", 2, WK), step("b", 3, MO), step("c", 1)]
    links = [link("a", "b", lag=1, unit=WK), link("b", "c", lag=1, unit=MO)]
    sched = compute_schedule(scenario(steps, links, start=date(2026, 1, 31)), calendars=CALENDARS)
    assert dates(sched, "a") == (date(2026, 1, 31), date(2026, 2, 13))   # 14 days
    assert dates(sched, "b") == (date(2026, 2, 21), date(2026, 5, 20))   # 21 Feb + 3 months = 21 May (exclusive)
    assert dates(sched, "c") == (date(2026, 6, 21), date(2026, 6, 21))   # 21 May + 1 month


def test_month_arithmetic_clips_to_month_end():
    sched = compute_schedule(scenario([step("a", 1, MO)], start=date(2026, 1, 31)), calendars=CALENDARS)
    assert dates(sched, "a") == (date(2026, 1, 31), date(2026, 2, 27))   # 31 Jan + 1 month = 28 Feb (exclusive)


def test_working_day_step_starts_on_next_working_day_of_its_own_calendar():
    # Ready on Sat 3 Jan 2026. HK: next working day Mon 5 Jan. CN: Sun 4 Jan is a make-up working day.
    hk = compute_schedule(scenario([step("a", 1, WD, Calendar.HK)], start=date(2026, 1, 3)), calendars=CALENDARS)
    cn = compute_schedule(scenario([step("a", 1, WD, Calendar.CN)], start=date(2026, 1, 3)), calendars=CALENDARS)
    assert dates(hk, "a") == (date(2026, 1, 5), date(2026, 1, 5))
    assert dates(cn, "a") == (date(2026, 1, 4), date(2026, 1, 4))


def test_milestone_after_work_shows_the_day_work_finished_and_successors_start_next_day():
    steps = [step("a", 10), step("m", kind=StepKind.MILESTONE, milestone="hk_approval"), step("b", 2)]
    sched = compute_schedule(scenario(steps, [link("a", "m"), link("m", "b")], start=MON), calendars=CALENDARS)
    assert dates(sched, "m") == (date(2026, 1, 14), date(2026, 1, 14))
    assert dates(sched, "b") == (date(2026, 1, 15), date(2026, 1, 16))
    assert sched.milestones[0].likely == date(2026, 1, 14) and sched.milestones[0].key == "hk_approval"


def test_kickoff_milestone_sits_on_the_start_date():
    steps = [step("k", kind=StepKind.MILESTONE), step("a", 3)]
    sched = compute_schedule(scenario(steps, [link("k", "a")], start=MON), calendars=CALENDARS)
    assert dates(sched, "k") == (MON, MON)
    assert dates(sched, "a") == (MON, date(2026, 1, 7))


def test_month_arithmetic_matches_dateutil_relativedelta():
    """Our month shift (fast path) against dateutil's relativedelta as the reference."""
    from dateutil.relativedelta import relativedelta
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from oases_desktop.core.scheduling.timing import add_months

    @settings(max_examples=400, deadline=None)
    @given(st.dates(min_value=date(1990, 1, 1), max_value=date(2150, 12, 31)), st.integers(-240, 240))
    def check(day, months):
        assert add_months(day.toordinal(), months) == (day + relativedelta(months=months)).toordinal()

    check()


def test_schedule_names_its_holiday_data():
    sched = compute_schedule(scenario([step("a", 3, WD)], start=MON), calendars=CALENDARS)
    assert sched.calendar_data.startswith("holidays package ")


def test_working_day_lead_over_a_holiday_only_step_is_held_to_its_start_with_a_warning():
    # a: Fri 3 - Mon 6 Apr 2026 (Good Friday, weekend, Easter Monday): no HK working day in it, so a
    # one-working-day lead would reach back to Thu 2 Apr, before a starts.
    steps = [step("a", 4), step("b", 2)]
    sched = compute_schedule(scenario(steps, [link("a", "b", lag=-1, unit=WD)], start=date(2026, 4, 3)), calendars=CALENDARS)
    assert sched.steps["b"].start == date(2026, 4, 3)
    assert any("reaches back before" in w and "\"Step a\" (a)" in w for w in sched.warnings)


def test_point_after_work_and_after_a_start_shows_the_same_day_whichever_link_drives():
    # m follows a's finish (FS) and b's start (SS); whichever is later, m is shown at the end of a day.
    steps = [step("a", 3), step("b", 5), step("m", kind=StepKind.MILESTONE)]
    links = [link("a", "m"), link("b", "m", "SS", 3)]
    sched = compute_schedule(scenario(steps, links, start=MON), calendars=CALENDARS)
    # a ends Wed 7 Jan (instant Thu 8); b starts Mon 5 + 3 = Thu 8: same instant, shown Wed 7 Jan.
    assert sched.steps["m"].start == date(2026, 1, 7)

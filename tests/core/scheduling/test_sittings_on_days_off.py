"""A committee does not sit on a weekend or a public holiday: the sitting moves to the next working day.

Weekdays and HK general holidays below are checked by hand against a printed calendar and the
gazetted HK general holidays (Christmas 2028 is a Monday, so the first weekday after it is Tue 26 Dec).
"""

from datetime import date

from oases_desktop.core.domain.plan import Calendar, StepKind
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.scheduling.montecarlo import simulate

from .builders import link, scenario, step
from tests.shipped import CALENDARS

QUARTERLY = "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15"
CHRISTMAS = "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25"


def _gate_after(prep_days: int, start: date, rule: str = QUARTERLY, calendar=Calendar.HK):
    steps = [step("prep", prep_days),
             step("dac", 1, kind=StepKind.CADENCE_GATE, cadence=rule, calendar=calendar, name="DAC"),
             step("m", kind=StepKind.MILESTONE, milestone="listed")]
    return scenario(steps, [link("prep", "dac"), link("dac", "m")], start=start)


def _cadence_text(sched, sid="dac") -> str:
    return " ".join(e.text for e in sched.steps[sid].explanation if e.kind == "cadence")


def test_a_sitting_on_a_working_day_is_unchanged():
    # prep 1-31 Dec 2028, ready Mon 1 Jan 2029 (a holiday, but readiness does not move a sitting):
    # next sitting Mon 15 Jan 2029, a working day.
    sched = compute_schedule(_gate_after(31, date(2028, 12, 1)), calendars=CALENDARS)
    assert sched.steps["dac"].start == sched.steps["dac"].finish == date(2029, 1, 15)
    assert "taken as" not in _cadence_text(sched)


def test_a_sunday_sitting_is_taken_on_the_monday():
    # prep 1-30 Sep 2028, ready Sun 1 Oct: the 15 Oct 2028 sitting is a Sunday -> Mon 16 Oct.
    sched = compute_schedule(_gate_after(30, date(2028, 9, 1)), calendars=CALENDARS)
    gate = sched.steps["dac"]
    assert gate.start == gate.finish == date(2028, 10, 16)
    assert sched.milestones[0].likely == date(2028, 10, 16)
    assert "15 Oct 2028 is a Sunday; the sitting is taken as Mon 16 Oct 2028." in _cadence_text(sched)
    # prep may finish as late as Sun 15 Oct (ready Mon 16 Oct) and still make that sitting: 15 days.
    assert sched.steps["prep"].total_float == 15


def test_a_sitting_ready_on_the_moved_day_still_takes_it():
    # prep 1 Sep - 15 Oct 2028 (45 days), ready Mon 16 Oct: the Sunday sitting held that Monday.
    sched = compute_schedule(_gate_after(45, date(2028, 9, 1)), calendars=CALENDARS)
    assert sched.steps["dac"].start == date(2028, 10, 16)


def test_a_sitting_on_hk_holidays_moves_past_all_of_them():
    # 25 Dec 2028 (Mon, Christmas Day) and 26 Dec (Tue, first weekday after Christmas) -> Wed 27 Dec.
    sched = compute_schedule(_gate_after(10, date(2028, 12, 1), CHRISTMAS), calendars=CALENDARS)
    assert sched.steps["dac"].start == date(2028, 12, 27)
    text = _cadence_text(sched)
    assert "25 Dec 2028 is Christmas Day, a public holiday (HK); the sitting is taken as Wed 27 Dec 2028." in text


def test_the_step_calendar_decides_what_a_day_off_is():
    # Christmas is not a Mainland holiday: on the CN calendar the Monday sitting stands.
    sched = compute_schedule(_gate_after(10, date(2028, 12, 1), CHRISTMAS, Calendar.CN), calendars=CALENDARS)
    assert sched.steps["dac"].start == date(2028, 12, 25)


def test_monte_carlo_moves_sittings_as_the_scheduler_does():
    result = simulate(_gate_after(30, date(2028, 9, 1)), runs=50, seed=1, calendars=CALENDARS)
    assert result.by_key()["listed"].p50 == date(2028, 10, 16)

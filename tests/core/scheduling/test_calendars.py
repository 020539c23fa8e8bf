"""Working-day calendars against the published lists (HK gazette, State Council notices), typed in here."""

from datetime import date, timedelta

import pytest

from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import CalendarOverrides, CalendarSet, WorkingCalendar, data_as_of

# Hong Kong general holidays (Cap. 149) as gazetted; Sundays are off anyway and left out.
HK_GENERAL_HOLIDAYS = {
    2025: ["01-01", "01-29", "01-30", "01-31", "04-04", "04-18", "04-19", "04-21", "05-01", "05-05",
           "05-31", "07-01", "10-01", "10-07", "10-29", "12-25", "12-26"],
    # 2026 from the facts file, section 10 (Ching Ming on Sunday 5 Apr, so "the day following" is 7 Apr).
    2026: ["01-01", "02-17", "02-18", "02-19", "04-03", "04-04", "04-06", "04-07", "05-01", "05-25",
           "06-19", "07-01", "09-26", "10-01", "10-19", "12-25", "12-26"],
}

# State Council holiday notices: (first, last) day-off periods, and the weekend days made working days.
CN_NOTICE = {
    2025: ([("01-01", "01-01"), ("01-28", "02-04"), ("04-04", "04-06"), ("05-01", "05-05"),
            ("05-31", "06-02"), ("10-01", "10-08")],
           ["01-26", "02-08", "04-27", "09-28", "10-11"]),
    2026: ([("01-01", "01-03"), ("02-15", "02-23"), ("04-04", "04-06"), ("05-01", "05-05"),
            ("06-19", "06-21"), ("09-25", "09-27"), ("10-01", "10-07")],
           ["01-04", "02-14", "02-28", "05-09", "09-20", "10-10"]),
}


def _day(year: int, month_day: str) -> date:
    month, day = month_day.split("-")
    return date(year, int(month), int(day))


def _year(year: int):
    day = date(year, 1, 1)
    while day.year == year:
        yield day
        day += timedelta(days=1)


@pytest.fixture(scope="module")
def calendars():
    return CalendarSet()


@pytest.mark.parametrize("year", [2025, 2026])
def test_hong_kong_working_days_match_the_gazette(calendars, year):
    off = {_day(year, md) for md in HK_GENERAL_HOLIDAYS[year]}
    hk = calendars.get("HK")
    wrong = [d for d in _year(year) if hk.is_working(d) != (d.weekday() < 5 and d not in off)]
    assert wrong == []


@pytest.mark.parametrize("year", [2025, 2026])
def test_mainland_working_days_match_the_state_council_notice(calendars, year):
    periods, makeup = CN_NOTICE[year]
    off = set()
    for first, last in periods:
        day = _day(year, first)
        while day <= _day(year, last):
            off.add(day)
            day += timedelta(days=1)
    makeup_days = {_day(year, md) for md in makeup}
    assert all(d.weekday() >= 5 for d in makeup_days)  # the typed list itself is sane
    cn = calendars.get("CN")
    wrong = [d for d in _year(year) if cn.is_working(d) != ((d.weekday() < 5 and d not in off) or d in makeup_days)]
    assert wrong == []
    assert not cn.is_estimated(year)


def test_worked_example_ten_hk_working_days_from_1_april_2026(calendars):
    hk = calendars.get("HK")
    start = date(2026, 4, 1).toordinal()
    end = hk.add(start, 10)
    assert date.fromordinal(end - 1) == date(2026, 4, 17)
    assert hk.count(start, end) == 10
    names = [name for _, name in hk.holidays_between(start, end)]
    assert len(names) == 3 and "Good Friday" in names[0]


def test_saturday_holiday_does_not_move_and_sunday_holiday_does(calendars):
    hk = calendars.get("HK")
    assert hk.holiday_name(date(2026, 9, 26))          # Saturday: the day following Mid-Autumn
    assert hk.is_working(date(2026, 9, 28))            # ... and the Monday after stays a working day
    assert hk.holiday_name(date(2026, 5, 24))          # Buddha's Birthday on a Sunday
    assert not hk.is_working(date(2026, 5, 25))        # ... moves to Monday


def test_backward_and_snap_are_inverse_of_add(calendars):
    hk = calendars.get("HK")
    friday = date(2026, 4, 17).toordinal()
    assert hk.add(friday + 1, -10) == date(2026, 4, 1).toordinal()
    assert hk.snap(date(2026, 4, 3).toordinal()) == date(2026, 4, 8).toordinal()     # Good Friday -> Wed 8 Apr
    assert hk.snap_back(date(2026, 4, 7).toordinal()) == date(2026, 4, 2).toordinal()


def test_far_dates_extend_the_calendar_instead_of_failing(calendars):
    hk = calendars.get("HK")
    start = date(2026, 1, 5).toordinal()
    end = hk.add(start, 2500)                          # ~10 years of working days
    assert hk.count(start, end) == 2500
    assert date.fromordinal(end).year in (2035, 2036)


def test_mainland_year_without_notice_is_estimated_until_the_user_enters_it():
    assert WorkingCalendar("CN").is_estimated(2027)
    makeup = {date(2027, 2, 20): "Spring Festival make-up"}  # a Saturday, entered by the user
    cn = WorkingCalendar("CN", CalendarOverrides(makeup_workdays=makeup, published_years=frozenset({2027})))
    assert not cn.is_estimated(2027)
    assert cn.is_working(date(2027, 2, 20))


def test_user_overrides_add_and_remove_holidays():
    extra = {date(2026, 4, 8): "Typhoon signal No. 8"}
    hk = WorkingCalendar("HK", CalendarOverrides(extra_holidays=extra, removed_holidays=frozenset({date(2026, 12, 26)})))
    assert not hk.is_working(date(2026, 4, 8))
    assert date.fromordinal(hk.add(date(2026, 4, 1).toordinal(), 10) - 1) == date(2026, 4, 20)
    assert hk.holiday_name(date(2026, 12, 26)) is None


def test_macao_and_unknown_calendar(calendars):
    mo = calendars.get("MO")
    assert not mo.is_working(date(2026, 12, 20))       # Macao SAR Establishment Day (a Sunday anyway)
    assert not mo.is_working(date(2026, 1, 1))
    with pytest.raises(PlanError, match="Unknown calendar \"SG\""):
        calendars.get("SG")
    assert "holidays package" in data_as_of()


def test_overrides_round_trip_through_json_and_reject_bad_dates():
    import json

    from oases_desktop.core.scheduling.calendars import overrides_from_json, overrides_to_json

    original = CalendarOverrides(extra_holidays={date(2027, 2, 5): "Spring Festival"},
                                 makeup_workdays={date(2027, 2, 20): "make-up"},
                                 removed_holidays=frozenset({date(2027, 1, 1)}), published_years=frozenset({2027}))
    again = overrides_from_json(json.loads(json.dumps(overrides_to_json(original))))
    assert again == original
    with pytest.raises(PlanError, match="not a date"):
        overrides_from_json({"extra_holidays": {"2027-02-30": "x"}})


def test_installed_overrides_change_the_schedule_and_clear_the_estimate_warning():
    from oases_desktop.core.domain.plan import Calendar, DurationUnit, Estimate, Scenario, Step
    from oases_desktop.core.scheduling.engine import compute_schedule

    plan = Scenario("s", "S", date(2027, 3, 1), steps=[
        Step("a", "Review", "r", Estimate(5, 5, 5, DurationUnit.WORKING_DAYS, Calendar.CN))])
    calendars = CalendarSet()
    before = compute_schedule(plan, calendars=calendars)
    assert before.steps["a"].finish == date(2027, 3, 5) and before.warnings
    calendars.set_overrides("CN", CalendarOverrides(extra_holidays={date(2027, 3, 3): "Entered by the user"},
                                                    published_years=frozenset({2027})))
    after = compute_schedule(plan, calendars=calendars)
    assert after.steps["a"].finish == date(2027, 3, 8)
    assert not after.warnings
    assert any(e.ref == "Entered by the user" for e in after.steps["a"].explanation)


def test_macao_public_administration_days_off():
    mo = WorkingCalendar("MO")
    assert not mo.is_working(date(2026, 11, 2))     # All Souls' Day: government offices closed
    assert not mo.is_working(date(2026, 12, 21))    # compensatory rest day
    assert mo.is_working(date(2026, 12, 31))        # New Year's Eve afternoon only: still a working day

"""Working-day calendars against the published lists (HK gazette, State Council notices), typed in here."""

from datetime import date, timedelta

import holidays
import pytest

from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import CalendarSet, calendars_for, data_as_of
from tests.shipped import LIBRARY

# Hong Kong general holidays (Cap. 149) as gazetted; Sundays are off anyway and left out.
HK_GENERAL_HOLIDAYS = {
    2025: ["01-01", "01-29", "01-30", "01-31", "04-04", "04-18", "04-19", "04-21", "05-01", "05-05",
           "05-31", "07-01", "10-01", "10-07", "10-29", "12-25", "12-26"],
    # 2026 from the facts file, section 10 (Ching Ming on Sunday 5 Apr, so "the day following" is 7 Apr).
    2026: ["01-01", "02-17", "02-18", "02-19", "04-03", "04-04", "04-06", "04-07", "05-01", "05-25",
           "06-19", "07-01", "09-26", "10-01", "10-19", "12-25", "12-26"],
    # 2027 from the facts file, section 10 (6-9 Feb, 26-29 Mar, 5 Apr, 13 May, 9 Jun, 1 Jul, 16 Sep,
    # 1 Oct, 8 Oct, 27 Dec) plus the fixed days of Cap. 149 it leaves out: 1 Jan, 1 May, 25 Dec
    # (Sat: stays). 7 Feb and 28 Mar are Sundays, so they are off anyway.
    2027: ["01-01", "02-06", "02-08", "02-09", "03-26", "03-27", "03-29", "04-05", "05-01", "05-13",
           "06-09", "07-01", "09-16", "10-01", "10-08", "12-25", "12-27"],
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
    return calendars_for(LIBRARY)


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_hong_kong_working_days_match_the_gazette(calendars, year):
    off = {_day(year, md) for md in HK_GENERAL_HOLIDAYS[year]}
    hk = calendars.get("HK")
    wrong = [d for d in _year(year) if hk.is_working(d) != (d.weekday() < 5 and d not in off)]
    assert wrong == []
    assert not hk.is_estimated(year)


def test_ten_hk_working_days_across_2_october_2028_by_hand(calendars):
    """Fri 29 Sep 2028 (1); Sat 30, Sun 1 Oct off; Mon 2 Oct (National Day moved from the Sunday) off;
    Tue 3 (2); Wed 4 (day following Mid-Autumn) off; Thu 5 (3), Fri 6 (4); Mon 9 to Fri 13 (5-9);
    Mon 16 Oct (10). The union with the package's public category made Tue 3 Oct a holiday too."""
    hk = calendars.get("HK")
    end = hk.add(date(2028, 9, 29).toordinal(), 10)
    assert date.fromordinal(end - 1) == date(2028, 10, 16)
    assert hk.is_working(date(2028, 10, 3))
    assert [d for d, _ in hk.holidays_between(date(2028, 9, 29).toordinal(), end)] == [date(2028, 10, 2),
                                                                                      date(2028, 10, 4)]


def test_no_weekday_missing_from_the_packages_optional_category_is_a_hk_holiday(calendars):
    """General holidays are the optional category alone: Tue 3 Oct 2028, Tue 4 Oct 2033, Tue 3 Oct 2034 stay working."""
    hk = calendars.get("HK")
    for year in range(2024, 2036):
        general = holidays.HongKong(years=year, categories=("optional",))
        off = [d for d in _year(year) if d.weekday() < 5 and not hk.is_working(d)]
        assert [d for d in off if d not in general] == [], year
    for day in (date(2028, 10, 3), date(2033, 10, 4), date(2034, 10, 3)):
        assert hk.is_working(day) and hk.holiday_name(day) is None


def test_hk_years_after_the_newest_gazetted_one_are_estimated(calendars):
    newest = int(LIBRARY.latest("calendar.hk.gazetted_through").number)
    assert newest == 2027  # the facts file, section 10: 2027 reported gazetted (a LOW source)
    hk = calendars.get("HK")
    assert not hk.is_estimated(newest) and hk.is_estimated(newest + 1) and hk.is_estimated(newest + 5)


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
    assert not hk.is_working(date(2026, 5, 24))        # Buddha's Birthday on a Sunday (every Sunday is off)
    assert "Buddha" in hk.holiday_name(date(2026, 5, 25))  # ... moves to Monday


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


def test_macao_and_unknown_calendar(calendars):
    mo = calendars.get("MO")
    assert not mo.is_working(date(2026, 12, 20))       # Macao SAR Establishment Day (a Sunday anyway)
    assert not mo.is_working(date(2026, 1, 1))
    with pytest.raises(PlanError, match="Unknown calendar \"SG\""):
        calendars.get("SG")
    assert "holidays package" in data_as_of()


def test_macao_public_administration_days_off():
    mo = CalendarSet().get("MO")
    assert not mo.is_working(date(2026, 11, 2))     # All Souls' Day: government offices closed
    assert not mo.is_working(date(2026, 12, 21))    # compensatory rest day
    assert mo.is_working(date(2026, 12, 31))        # New Year's Eve afternoon only: still a working day


def test_only_the_years_a_plan_touches_are_loaded(monkeypatch):
    """Holiday years cost milliseconds each: a schedule loads the years its steps' min-max ranges
    touch, with one year either side, and no others (issue 17: 19 years for a plan of 5)."""
    from oases_desktop.core.examples import worked_example
    from oases_desktop.core.scheduling import calendars as calendars_module
    from oases_desktop.core.scheduling.engine import compute_schedule

    loaded = []
    real = calendars_module._package_days
    monkeypatch.setattr(calendars_module, "_package_days",
                        lambda code, year: loaded.append((code, year)) or real(code, year))
    shipped = calendars_for(LIBRARY)
    fresh = calendars_module.CalendarSet(LIBRARY.notices, shipped.gazetted_through, shipped.cited)
    plan = worked_example("medicine", LIBRARY)
    schedule = compute_schedule(plan.scenario(), plan.as_of, calendars=fresh)
    first = min(s.start for s in schedule.steps.values()).year
    last = max(s.max_finish for s in schedule.steps.values()).year
    assert loaded and {year for _, year in loaded} <= set(range(first - 1, last + 2))
    assert len(loaded) == len(set(loaded))  # each year of each calendar loaded once


def test_two_threads_extending_one_calendar_both_count_right():
    """The app shares a CalendarSet between the GUI thread and background simulations: two threads
    dating across years the calendar has not loaded yet get the single-threaded answers (an extension
    published its covered years before the working-day list, and the other thread indexed the old list)."""
    import sys
    import threading

    from oases_desktop.core.scheduling.calendars import CalendarSet

    reference, shared = CalendarSet().get("HK"), CalendarSet().get("HK")
    years = range(2035, 2195)
    expected = {year: reference.add(date(year, 3, 1).toordinal(), 20) for year in years}
    problems: list = []

    def date_each_year() -> None:
        for year in years:
            try:
                if shared.add(date(year, 3, 1).toordinal(), 20) != expected[year]:
                    problems.append(year)
            except Exception as error:  # noqa: BLE001 - an IndexError was the symptom
                problems.append(repr(error))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)   # switch threads as often as possible
    try:
        threads = [threading.Thread(target=date_each_year) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert problems == []

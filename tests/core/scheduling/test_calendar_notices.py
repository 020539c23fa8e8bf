"""A published holiday notice in the library moves working-day clocks and firms up an estimated year.

The Mainland 2027 notice here is test data, labelled as such: no 2027 State Council notice was found
(facts file, section 10). The expected dates are counted by hand in each docstring.
"""

from datetime import date

from oases_desktop.core.domain.plan import Calendar, DurationUnit, Estimate, Scenario, Step
from oases_desktop.core.knowledge.model import Reliability, Source
from oases_desktop.core.knowledge.notices import CalendarNotice, NoticeDay
from oases_desktop.core.scheduling.calendars import calendars_for
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.shipped import LIBRARY

SOURCE = Source(id="user-test-notice", title="Test notice (not a real State Council notice)", publisher="Test",
                url="", date=date(2026, 12, 1), reliability=Reliability.OFFICIAL)
CN_2027 = CalendarNotice(
    Calendar.CN, 2027,
    days_off=(NoticeDay(date(2027, 1, 1), "New Year's Day"),
              *(NoticeDay(date(2027, 2, d), "Spring Festival") for d in range(5, 14))),
    makeup_workdays=(NoticeDay(date(2027, 2, 20), "Spring Festival make-up working day"),),
    source_id=SOURCE.id)


def _clock(calendar: Calendar, start: date, days: int, low: int | None = None, high: int | None = None) -> Scenario:
    estimate = Estimate(low or days, days, high or days, DurationUnit.WORKING_DAYS, calendar)
    return Scenario("s", "S", start, steps=[Step("a", "Review", "r", estimate)])


def test_a_mainland_2027_notice_with_a_makeup_saturday_moves_a_20_working_day_clock_and_firms_up_2027():
    """From Mon 1 Feb 2027. Estimated (package): Feb 1-4 (4), off Fri 5 and Mon 8-Wed 10, Thu 11-Fri 12 (6),
    15-19 (11), 22-26 (16), Mar 1-4 (20): Thu 4 Mar. With the notice: off Fri 5-Sat 13 Feb, Sat 20 Feb
    worked: Feb 1-4 (4), 15-19 (9), Sat 20 (10), 22-26 (15), Mar 1-5 (20): Fri 5 Mar."""
    scenario = _clock(Calendar.CN, date(2027, 2, 1), 20)
    before = compute_schedule(scenario, calendars=calendars_for(LIBRARY))
    assert before.steps["a"].finish == date(2027, 3, 4)
    assert any("CN working-day calendar for 2027 is estimated" in w for w in before.warnings)

    with_notice = LIBRARY.with_user_facts([], [SOURCE], [CN_2027])
    after = compute_schedule(scenario, calendars=calendars_for(with_notice))
    assert after.steps["a"].finish == date(2027, 3, 5)
    assert not any("2027" in w for w in after.warnings)
    texts = [e.text for e in after.steps["a"].explanation]
    assert "Counts Sat 20 Feb 2027 as a working day (Spring Festival make-up working day, CN)." in texts
    cited = f"Test: {SOURCE.title}, 2026-12-01"
    assert any(f"2027 from the published notice ({cited})" in text for text in texts)  # says where the days came from
    assert after.calendar_data.endswith(f"published notices: CN 2027 ({cited})")
    assert "published notice" not in before.calendar_data
    assert calendars_for(LIBRARY).get("CN").is_estimated(2027)  # the library without the notice is unchanged


def test_explain_this_date_names_the_makeup_days_it_counted():
    """10 CN working days from Thu 1 Oct 2026: off 1-7 Oct (State Council 2026); Thu 8 (1), Fri 9 (2),
    Sat 10 Oct worked (3), Mon 12-Fri 16 (8), Mon 19 (9), Tue 20 (10)."""
    schedule = compute_schedule(_clock(Calendar.CN, date(2026, 10, 1), 10), calendars=calendars_for(LIBRARY))
    assert schedule.steps["a"].finish == date(2026, 10, 20)
    makeup = [e for e in schedule.steps["a"].explanation if e.kind == "makeup"]
    assert [e.date for e in makeup] == [date(2026, 10, 10)]
    assert "Sat 10 Oct 2026" in makeup[0].text


def test_the_estimate_warning_covers_every_year_of_the_min_max_range():
    """HK from Mon 4 Dec 2028 (2028 is already estimated): likely 10 working days stays in 2028, the max
    of 60 runs into 2029, so the warning names 2029 too; the min-only year range names 2028 alone."""
    calendars = calendars_for(LIBRARY)
    narrow = compute_schedule(_clock(Calendar.HK, date(2028, 12, 4), 10), calendars=calendars)
    wide = compute_schedule(_clock(Calendar.HK, date(2028, 12, 4), 10, 5, 60), calendars=calendars)
    assert narrow.steps["a"].finish.year == 2028 and wide.steps["a"].max_finish.year == 2029
    assert [w for w in narrow.warnings if "HK working-day calendar for 2028 is" in w]
    assert [w for w in wide.warnings if "HK working-day calendar for 2028, 2029 is" in w]
    assert "newest gazetted general holidays are for 2027" in wide.warnings[0]


def test_a_gazetted_hk_notice_firms_up_its_year():
    hk_2028 = CalendarNotice(Calendar.HK, 2028, days_off=(NoticeDay(date(2028, 12, 25), "Christmas Day"),),
                             makeup_workdays=(), source_id=SOURCE.id)
    library = LIBRARY.with_user_facts([], [SOURCE], [hk_2028])
    schedule = compute_schedule(_clock(Calendar.HK, date(2028, 12, 4), 10), calendars=calendars_for(library))
    assert not [w for w in schedule.warnings if "HK" in w]
    assert calendars_for(library).get("HK").is_estimated(2029)


def test_estimated_years_read_as_ranges():
    from oases_desktop.core.scheduling.engine import years_text

    assert years_text({2027}) == "2027" and years_text({2028, 2029}) == "2028, 2029"
    assert years_text({2027, 2028, 2029, 2030, 2031, 2033}) == "2027–2031, 2033"

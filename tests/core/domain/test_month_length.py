"""The one average-month length is the mean Gregorian month, counted from the calendar itself."""

from datetime import date

from oases_desktop.core.scheduling.timing import DAYS_PER_MONTH


def test_days_per_month_is_a_400_year_cycle_divided_into_months():
    days = (date(2400, 1, 1) - date(2000, 1, 1)).days  # one full Gregorian cycle
    assert DAYS_PER_MONTH == days / (400 * 12)

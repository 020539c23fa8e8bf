"""Axis ticks tile the axis exactly, period by period, whatever the dates."""

import calendar
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from oases_desktop.core.layout.axis import build_ticks, period_end, period_start

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


@given(dates, st.integers(0, 3000), st.sampled_from(["month", "quarter", "year"]))
def test_ticks_tile_the_axis_without_gaps(first, length, scale):
    origin = period_start(first, scale)
    end = period_end(first + timedelta(days=length), scale)
    ticks = build_ticks(origin, end, scale)
    for level in ({0, 1} if scale != "year" else {1}):
        cells = [t for t in ticks if t.level == level]
        assert cells[0].start == 0 and cells[-1].end == (end - origin).days
        assert all(a.end == b.start for a, b in zip(cells, cells[1:]))
    lengths = {t.end - t.start for t in ticks if t.level == 1}
    expected = {"month": set(range(28, 32)), "quarter": set(range(90, 93)), "year": {365, 366}}[scale]
    assert lengths <= expected


@given(dates)
def test_month_cells_match_the_calendar(day):
    origin = period_start(day, "month")
    (cell,) = [t for t in build_ticks(origin, period_end(day, "month"), "month") if t.level == 1]
    assert cell.end - cell.start == calendar.monthrange(day.year, day.month)[1]
    assert cell.label == calendar.month_abbr[day.month]

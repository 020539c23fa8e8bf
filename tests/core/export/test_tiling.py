"""Cutting a timeline into pages: every row and day on some page, each page readable."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from oases_desktop.core.export.tiling import (
    AXIS_HEIGHT,
    LEGEND_HEIGHT,
    MIN_ROW_HEIGHT,
    ROW_HEIGHT,
    choose_scale,
    plan_tiles,
    points_per_day_needed,
    time_windows,
    TileLocator,
    row_chunks,
)


@given(st.integers(1, 3000), st.integers(30, 8000), st.sampled_from([300.0, 520.0, 900.0]),
       st.sampled_from([400.0, 700.0, 1100.0]), st.sampled_from(["month", "quarter", "year"]), st.booleans())
def test_tiles_cover_every_row_and_day_once_per_window(rows, days, width, height, scale, fit):
    boundaries = list(range(0, days, 30))
    plan = plan_tiles(rows, days, boundaries, width, height, scale, fit)
    windows = sorted({(t.first_day, t.last_day) for t in plan.tiles})
    assert windows[0][0] == 0 and windows[-1][1] == days
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))
    for window in windows:
        covered = sorted((t.first_row, t.last_row) for t in plan.tiles if (t.first_day, t.last_day) == window)
        assert covered[0][0] == 0 and covered[-1][1] == rows
        assert all(a[1] == b[0] for a, b in zip(covered, covered[1:]))
    usable = height - AXIS_HEIGHT - LEGEND_HEIGHT
    assert all((t.last_row - t.first_row) * plan.row_height <= usable + 1e-6 for t in plan.tiles)
    assert MIN_ROW_HEIGHT <= plan.row_height <= ROW_HEIGHT


def test_fit_one_page_gives_one_page_when_rows_can_stay_readable():
    plan = plan_tiles(60, 900, [0, 300, 600], 500, 700, "month", fit_one_page=True)
    assert len(plan.tiles) == 1 and plan.row_height < ROW_HEIGHT
    assert plan.row_height * 60 <= 700 - AXIS_HEIGHT - LEGEND_HEIGHT


def test_without_fit_rows_tile_downwards_at_full_height():
    plan = plan_tiles(60, 900, [0, 300, 600], 600, 700, "month")  # 900 days of months fit 600 pt
    per_page = int((700 - AXIS_HEIGHT - LEGEND_HEIGHT) // ROW_HEIGHT)
    assert plan.row_height == ROW_HEIGHT
    assert [(t.first_row, t.last_row) for t in plan.tiles] == [(0, per_page), (per_page, 60)]
    wide = plan_tiles(60, 900, [0, 300, 600], 500, 700, "month")     # too wide for 500 pt: two windows
    assert len(wide.tiles) == 4


def test_time_windows_are_cut_at_boundaries_and_fit_the_width():
    boundaries = list(range(0, 3650, 365))
    windows = time_windows(boundaries, 3650, 500, "month")
    assert len(windows) > 1
    for lo, hi in windows:
        assert lo in boundaries and (hi in boundaries or hi == 3650)
        assert (hi - lo) * points_per_day_needed("month") <= 500


def test_scale_choice_prefers_months_then_quarters_then_years():
    assert choose_scale(365, 600) == "month"      # a year of months on a page width
    assert choose_scale(365 * 5, 600) == "quarter"
    assert choose_scale(365 * 20, 600) == "year"


@given(st.integers(1, 400), st.integers(30, 8000), st.sampled_from([300.0, 520.0]), st.sampled_from([400.0, 700.0]),
       st.sampled_from(["month", "quarter", "year"]), st.data())
def test_locator_finds_the_tile_showing_a_row_on_a_day(rows, days, width, height, scale, data):
    plan = plan_tiles(rows, days, list(range(0, days, 30)), width, height, scale)
    locate = TileLocator(plan.tiles)
    row, day = data.draw(st.integers(0, rows - 1)), data.draw(st.floats(0, days - 0.01))
    tile = plan.tiles[locate(row, day)]
    assert tile.first_row <= row < tile.last_row and tile.first_day <= day < tile.last_day


@given(st.integers(0, 300), st.integers(1, 60), st.lists(st.integers(0, 299), max_size=30), st.data())
def test_row_chunks_cover_every_row_once_within_the_page_and_prefer_lane_breaks(rows, per_page, heads, data):
    heads = sorted({h for h in heads if h < rows} | ({0} if heads and rows else set()))
    chunks = row_chunks(rows, per_page, heads)
    assert chunks[0][0] == 0 and chunks[-1][1] == rows
    assert all(a[1] == b[0] for a, b in zip(chunks, chunks[1:]))
    for first, last, carried in chunks:
        assert carried == (bool(heads) and first not in heads and per_page > 1)
        assert last - first + carried <= max(per_page, 1) or last - first == 1
        cut_lane = last < rows and last not in heads
        if cut_lane:  # a lane was split: no lane header was in the last 40 % of the page
            room = per_page - carried
            assert not [h for h in heads if first + room * 0.6 <= h < last and h > first]


def test_a_page_ends_before_a_lane_rather_than_splitting_it():
    # lanes start at rows 0, 10, 18 and 24; 27 rows a page: the page ends before the fourth lane
    assert row_chunks(36, 27, [0, 10, 18, 24]) == [(0, 24, False), (24, 36, False)]
    # a lane longer than a page: the next page repeats its header, which takes one of its rows
    assert row_chunks(60, 27, [0, 50]) == [(0, 27, False), (27, 50, True), (50, 60, False)]


def test_a_small_remainder_is_fitted_on_the_page_with_slightly_lower_rows():
    from oases_desktop.core.export.tiling import SNUG_ROW_HEIGHT

    height = 479.28   # A4 landscape under the heading: 27 rows of 15 pt
    usable = height - AXIS_HEIGHT - LEGEND_HEIGHT
    full = int(usable // ROW_HEIGHT)
    plan = plan_tiles(full + 3, 900, [0, 300, 600], 600, height, "month", lane_starts=[0, 10, 20])
    assert len(plan.tiles) == 1
    assert SNUG_ROW_HEIGHT <= plan.row_height < ROW_HEIGHT
    assert (full + 3) * plan.row_height <= usable + 1e-6
    assert plan.row_height == max(h for h in (usable / n for n in range(full + 1, full + 4)) if h * (full + 3) <= usable + 1e-6)


def test_a_large_remainder_still_gets_its_own_page_at_full_height():
    height = 479.28
    usable = height - AXIS_HEIGHT - LEGEND_HEIGHT
    rows = int(usable // ROW_HEIGHT) + 15     # would need rows under 12 pt to fit one page
    plan = plan_tiles(rows, 900, [0, 300, 600], 600, height, "month")
    assert plan.row_height == ROW_HEIGHT and len(plan.tiles) == 2

"""How a timeline is cut into pages: the time scale that fits, rows per page, time windows.

Pure arithmetic on a TimelineLayout's size and the printable area, so it is tested as data.
Rows tile downwards; when a forced scale makes the axis wider than the page, time windows tile
sideways too, each page repeating the row labels, the axis and the legend.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from oases_desktop.core.scheduling.timing import DAYS_PER_MONTH

# Narrowest readable cell per scale, in points (a 7.5 pt "Sep", "Q3" or "2027" plus padding).
MIN_CELL_POINTS = {"month": 19.0, "quarter": 17.0, "year": 24.0}
AVERAGE_CELL_DAYS = {"month": DAYS_PER_MONTH, "quarter": 3 * DAYS_PER_MONTH, "year": 12 * DAYS_PER_MONTH}
ROW_HEIGHT = 15.0          # points; 8 pt labels with air around them
MIN_ROW_HEIGHT = 9.0       # fit-to-one-page never squeezes rows below this (7 pt labels)
SNUG_ROW_HEIGHT = 12.0     # tiling may tighten rows to this (labels stay 7.5 pt) to save a page
AXIS_HEIGHT = 30.0         # two bands: years, then months/quarters
LEGEND_HEIGHT = 38.0       # the today label, then one or two legend lines


@dataclass(frozen=True)
class Tile:
    """One timeline page: rows [first_row, last_row) and days [first_day, last_day).

    `carried_lane` when the page starts inside a lane: its header is repeated above the rows.
    """

    first_row: int
    last_row: int
    first_day: int
    last_day: int
    carried_lane: bool = False

    @property
    def drawn_rows(self) -> int:
        """Rows the page draws: its own, plus the repeated lane header."""
        return self.last_row - self.first_row + self.carried_lane


@dataclass(frozen=True)
class TilePlan:
    """The tiles in reading order (rows first, then time windows), with the row height used."""

    tiles: tuple[Tile, ...]
    row_height: float
    scale: str
    condensed: bool = False   # one row per route: the steps could not fit one page legibly
    zoom: float = 1.0         # drawn this much larger than planned (large paper): rows, type and lines grow
    label_width: float | None = None   # row label column, in planned points (None: label_column_width)


def fits_one_page(row_count: int, chart_height: float) -> bool:
    """Whether `row_count` rows fit one page at the smallest legible row height."""
    return row_count * MIN_ROW_HEIGHT <= chart_height - AXIS_HEIGHT - LEGEND_HEIGHT


def points_per_day_needed(scale: str) -> float:
    """The density at which a cell of this scale is still readable."""
    return MIN_CELL_POINTS[scale] / AVERAGE_CELL_DAYS[scale]


def choose_scale(span_days: int, chart_width: float) -> str:
    """The finest scale whose cells stay readable across the whole span on one page width."""
    for scale in ("month", "quarter", "year"):
        if chart_width / max(span_days, 1) >= points_per_day_needed(scale):
            return scale
    return "year"


def time_windows(boundaries: list[int], end_day: int, chart_width: float, scale: str) -> list[tuple[int, int]]:
    """Cut [0, end_day) at cell boundaries into windows that each fit `chart_width` readably."""
    max_days = chart_width / points_per_day_needed(scale)
    if end_day <= max_days:
        return [(0, end_day)]
    cuts = sorted(set(boundaries) | {0, end_day})
    windows, start, previous = [], 0, 0
    for cut in cuts[1:]:
        if cut - start > max_days and previous > start:
            windows.append((start, previous))
            start = previous
        previous = cut
    windows.append((start, end_day))
    return windows


LANE_BREAK_FILL = 0.6      # a page may end early, at a lane's start, once it is this full


def row_chunks(row_count: int, per_page: int, lane_starts=()) -> list[tuple[int, int, bool]]:
    """(first, last, carried_lane) row ranges of at most `per_page` drawn rows each.

    A page ends before a lane header rather than splitting the lane when it is already
    LANE_BREAK_FILL full; a page starting inside a lane repeats its header, costing one row.
    """
    heads = sorted(set(lane_starts))
    chunks, first = [], 0
    while first < max(row_count, 1):
        carried = bool(heads) and first not in heads and per_page > 1
        room = per_page - carried
        last = min(first + room, row_count)
        if last < row_count and last not in heads:
            early = [h for h in heads if first + room * LANE_BREAK_FILL <= h < last and h > first]
            last = early[-1] if early else last
        chunks.append((first, max(last, first + 1) if row_count else 0, carried))
        first = max(last, first + 1)
    return chunks


def snug_rows(row_count: int, rows_height: float, lane_starts=()) -> tuple[float, int]:
    """(row height, rows per page) for tiling: full-height rows, unless rows slightly lower (down
    to SNUG_ROW_HEIGHT) save a page, so a small remainder never gets a nearly empty page of its own."""
    per_page = max(1, math.floor(rows_height / ROW_HEIGHT))
    pages = len(row_chunks(row_count, per_page, lane_starts))
    if pages == 1:
        return ROW_HEIGHT, per_page
    for more in range(per_page + 1, max(per_page, math.floor(rows_height / SNUG_ROW_HEIGHT)) + 1):
        if len(row_chunks(row_count, more, lane_starts)) < pages:
            return min(ROW_HEIGHT, rows_height / more), more   # the tallest rows that save the page
    return ROW_HEIGHT, per_page


def plan_tiles(
    row_count: int,
    end_day: int,
    boundaries: list[int],
    chart_width: float,
    chart_height: float,
    scale: str,
    fit_one_page: bool = False,
    lane_starts=(),
) -> TilePlan:
    """Tiles covering every row and day; one tile when `fit_one_page` (rows shrink to fit).

    `lane_starts` (the lanes' header rows) lets pages break between lanes, see `row_chunks`.
    """
    rows_height = chart_height - AXIS_HEIGHT - LEGEND_HEIGHT
    if fit_one_page:
        row_height = min(ROW_HEIGHT, max(MIN_ROW_HEIGHT, rows_height / max(row_count, 1)))
        per_page = max(1, math.floor(rows_height / row_height + 1e-9))  # x / (x / n) may come out as n - ε
        if per_page >= row_count:
            return TilePlan((Tile(0, row_count, 0, end_day),), row_height, scale)
    else:
        row_height, per_page = snug_rows(row_count, rows_height, lane_starts)
    windows = [(0, end_day)] if fit_one_page else time_windows(boundaries, end_day, chart_width, scale)
    tiles = [Tile(first, last, lo, hi, carried) for lo, hi in windows
             for first, last, carried in row_chunks(row_count, per_page, lane_starts)]
    return TilePlan(tuple(tiles), row_height, scale)


class TileLocator:
    """Which tile shows a given row on a given day (days outside the axis go to the nearest window)."""

    def __init__(self, tiles: tuple[Tile, ...]):
        self._index = {(t.first_day, t.first_row): i for i, t in enumerate(tiles)}
        self._windows = sorted({t.first_day for t in tiles})
        self._rows = {lo: sorted(t.first_row for t in tiles if t.first_day == lo) for lo in self._windows}

    def __call__(self, row: int, day: float) -> int:
        window = self._windows[max(0, bisect.bisect_right(self._windows, day) - 1)]
        starts = self._rows[window]
        return self._index[(window, starts[max(0, bisect.bisect_right(starts, row) - 1)])]

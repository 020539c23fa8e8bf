"""The forward pass of passes.py over many sampled runs at once: NumPy arrays of instants, one per step.

The rules are the scalar pass's (test_montecarlo_reference.py dates every run with passes.forward
and requires the same days); keep them in step when changing either. Samples are drawn in the plan's
step order (each step's duration, then its stop-clock), so a seed gives the same runs whatever is
asked; only the steps leading to the wanted ones are dated, and a step's arrays are dropped once
its successors have read them. Working-day arithmetic is a table lookup (each day's rank among the
calendar's working days), not a binary search per run.
"""

from __future__ import annotations

import dataclasses
import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import date

import numpy as np

from oases_desktop.core.domain.cadence import sitting_table
from oases_desktop.core.domain.plan import DurationUnit, Estimate, StepKind
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import FIRST_YEAR, LAST_YEAR, DateRangeError
from oases_desktop.core.scheduling.model import FF, FS, SF, STOP_CLOCK_AFTER, Model, label
from oases_desktop.core.scheduling.passes import forward, settled_steps
from oases_desktop.core.scheduling.timing import DAYS, DAYS_PER_MONTH, MONTHS, WORKING

_EPOCH = date(1970, 1, 1).toordinal()  # ordinal of numpy's datetime64 day 0
_LOWEST, _HIGHEST = date(FIRST_YEAR + 1, 1, 1).toordinal(), date(LAST_YEAR - 1, 1, 1).toordinal()


class _Days:
    """One calendar's working days as arrays: the days, and every day's rank among them (a lookup table)."""

    def __init__(self, calendar, first: int, last: int):
        self.calendar = calendar
        self.base = self.top = 0
        self._build(first, last)

    def _build(self, first: int, last: int) -> None:
        first, last = max(first, _LOWEST), min(last, _HIGHEST)
        work = self.calendar.working_days_array(first, last)
        self.work, self.base, self.top = work, int(work[0]), int(work[-1])
        self.rank = np.searchsorted(work, np.arange(self.base, self.top + 1), "left")

    def _cover(self, t_lo: int, t_hi: int, a_lo: int, a_hi: int) -> None:
        """Grow the table until every t in [t_lo, t_hi] shifted by a in [a_lo, a_hi] stays inside it."""
        while True:
            low_ok = t_lo >= self.base and self.rank[min(t_lo, self.top) - self.base] + min(a_lo, 0) >= 0
            high_ok = t_hi <= self.top and self.rank[t_hi - self.base] + max(a_hi, 0) < len(self.work)
            if low_ok and high_ok:
                return
            first = self.base if low_ok else min(t_lo, self.base) - 2 * abs(min(a_lo, 0)) - 60
            last = self.top if high_ok else max(t_hi, self.top) + 2 * max(a_hi, 0) + 60
            covered = self.base, self.top
            self._build(first, last)
            if (self.base, self.top) == covered:  # the calendars end there
                raise DateRangeError(f"the {self.calendar.code} calendar covers {FIRST_YEAR}-{LAST_YEAR} only and "
                                     "a simulated date falls outside it")

    def snap(self, t: np.ndarray) -> np.ndarray:
        """The first working day on or after each instant."""
        self._cover(int(t.min()), int(t.max()), 0, 0)
        return self.work[self.rank[t - self.base]]

    def add(self, t: np.ndarray, amount, a_lo: int, a_hi: int) -> np.ndarray:
        """Each instant `amount` working days later (negative: earlier), as calendars.WorkingCalendar.add."""
        self._cover(int(t.min()), int(t.max()), a_lo, a_hi)
        i = self.rank[t - self.base]
        if a_lo > 0:
            return self.work[i + (amount - 1)] + 1
        if a_hi < 0:
            return self.work[i + amount]
        index = np.where(amount > 0, i + amount - 1, i + amount)
        return np.where(amount == 0, t, self.work[index] + (amount > 0))


@dataclasses.dataclass(frozen=True)
class _Seg:
    """One segment of a sampled program: its unit, amount per run (or one int for all), range and calendar."""

    kind: int
    amount: object  # np.ndarray of int64, or an int
    lo: int
    hi: int
    days: _Days | None = None


def _seg(kind: int, amount, days: _Days | None) -> _Seg:
    if isinstance(amount, np.ndarray):
        return _Seg(kind, amount, int(amount.min()), int(amount.max()), days)
    return _Seg(kind, int(amount), int(amount), int(amount), days)


class _Tables:
    """The lookup tables of the calendars a simulation uses, made on first use."""

    def __init__(self, calendars, first: int, last: int):
        self._calendars, self.first, self.last = calendars, first, last
        self._by_code: dict[str, _Days] = {}

    def get(self, calendar) -> _Days:
        found = self._by_code.get(calendar.code)
        if found is None:
            found = self._by_code[calendar.code] = _Days(calendar, self.first, self.last)
        return found

    def of_code(self, code) -> _Days:
        return self.get(self._calendars.get(str(code)))


def _ceil(values: np.ndarray) -> np.ndarray:
    return np.ceil(values - 1e-9).astype(np.int64)


def _segments(values: np.ndarray, estimate: Estimate, tables: _Tables) -> list[_Seg]:
    """Vector twin of timing.segments (non-negative values)."""
    unit = estimate.unit
    if unit == DurationUnit.WORKING_DAYS:
        return [_seg(WORKING, _ceil(values), tables.of_code(estimate.calendar))]
    if unit == DurationUnit.CALENDAR_DAYS:
        return [_seg(DAYS, _ceil(values), None)]
    if unit == DurationUnit.WEEKS:
        return [_seg(DAYS, _ceil(values * 7), None)]
    months = np.floor(values + 1e-9).astype(np.int64)  # as timing.segments: 1.9999999999 months is 2
    rest = values - months
    days = np.where(rest < 1e-9, 0, _ceil(rest * DAYS_PER_MONTH))
    return [_seg(MONTHS, months, None), _seg(DAYS, days, None)]


def _sample(rng: np.random.Generator, estimate: Estimate, runs: int, distribution: str) -> np.ndarray:
    low, mode, high = float(estimate.min), float(estimate.likely), float(estimate.max)
    if high <= low:
        return np.full(runs, low)
    if distribution == "triangular":
        return rng.triangular(low, mode, high, runs)
    alpha = 1 + 4 * (mode - low) / (high - low)  # PERT: a beta distribution with the mode at `likely`
    beta = 1 + 4 * (high - mode) / (high - low)
    return low + (high - low) * rng.beta(alpha, beta, runs)


def _draw(step, fixed: bool, rng, runs: int, distribution: str):
    """A step's sampled (duration, stop-clock) values, None for what takes no draw."""
    if step.kind == StepKind.MILESTONE or not step.enabled:
        return None
    if fixed:  # done or settled work keeps its likely durations: nothing of it is sampled
        step = dataclasses.replace(step, duration=_at_likely(step.duration), stop_clock=_at_likely(step.stop_clock))
    duration = _sample(rng, step.duration, runs, distribution)
    stop = None if step.stop_clock is None else _sample(rng, step.stop_clock, runs, distribution)
    return duration, stop


def _at_likely(estimate):
    return None if estimate is None else dataclasses.replace(estimate, min=estimate.likely, max=estimate.likely)


def _program(step, drawn, tables: _Tables) -> list[_Seg]:
    """The sampled segments of a step (the vector twin of model._program)."""
    if drawn is None:
        return []
    duration, stop = drawn
    segs = _segments(duration, step.duration, tables)
    if stop is None:
        return segs
    stop_segs = _segments(stop, step.stop_clock, tables)
    first, rest = segs[0], segs[1:]
    before = (first.amount * STOP_CLOCK_AFTER).astype(np.int64)
    return [_seg(first.kind, before, first.days), *stop_segs, _seg(first.kind, first.amount - before, first.days), *rest]


def _shift(t: np.ndarray, seg: _Seg, sign: int = 1) -> np.ndarray:
    if seg.hi == 0 and seg.lo == 0:
        return t
    if seg.kind == DAYS:
        return t + seg.amount if sign > 0 else t - seg.amount
    if seg.kind == WORKING:
        if sign > 0:
            return seg.days.add(t, seg.amount, seg.lo, seg.hi)
        return seg.days.add(t, -seg.amount, -seg.hi, -seg.lo)
    # Calendar months, clipped to the month's last day as dateutil's relativedelta does.
    days = (t - _EPOCH).astype("datetime64[D]")
    month = days.astype("datetime64[M]")
    day_of_month = (days - month.astype("datetime64[D]")).astype(np.int64)
    target = month + (seg.amount if sign > 0 else -seg.amount)
    first = target.astype("datetime64[D]")
    length = ((target + 1).astype("datetime64[D]") - first).astype(np.int64)
    return (first + np.minimum(day_of_month, length - 1)).astype(np.int64) + _EPOCH


def _run(t: np.ndarray, segs: list[_Seg], snap: bool):
    """Vector twin of passes.run_forward (start and end only)."""
    if snap:
        undecided, start = None, t
        for seg in segs:  # the start snaps to the calendar of the first segment that takes time
            if seg.hi == 0 and seg.lo == 0:
                continue
            if seg.lo > 0 and undecided is None:  # takes time in every run: it decides alone
                start = seg.days.snap(t) if seg.kind == WORKING else t
                break
            nonzero = seg.amount != 0 if undecided is None else undecided & (seg.amount != 0)
            if seg.kind == WORKING:
                start = np.where(nonzero, seg.days.snap(t), start)
            undecided = ~nonzero if undecided is None else undecided & ~nonzero
            if not undecided.any():
                break
        t = start
    end = t
    for seg in segs:
        end = _shift(end, seg)
    return t, end


def _back(t, segs):
    for seg in reversed(segs):
        t = _shift(t, seg, -1)
    return t


def _start_for_finish(finish, segs):
    """Vector twin of passes._start_for_finish: the earliest start ending at or after `finish`."""
    guess = _back(finish, segs)
    if all(seg.kind == DAYS for seg in segs):
        return guess
    for _ in range(45):
        short = _run(guess, segs, True)[1] < finish
        if not short.any():
            break
        guess = guess + short
    for _ in range(45):
        earlier = _run(guess - 1, segs, True)[1] >= finish
        if not earlier.any():
            break
        guess = guess - earlier
    return guess


def _needed(model: Model, wanted: set[int]) -> set[int]:
    """The wanted steps and every step they wait on."""
    needed, stack = set(wanted), list(wanted)
    while stack:
        for link in model.incoming[stack.pop()]:
            if link.pred not in needed:
                needed.add(link.pred)
                stack.append(link.pred)
    return needed


def _low_index_order(model: Model, needed: set[int]) -> list[int]:
    """A topological order of the needed steps that takes the lowest step index first, so samples
    drawn in step order are used soon after they are drawn (most plans list steps in order)."""
    waiting = {j: sum(1 for link in model.incoming[j] if link.pred in needed) for j in needed}
    ready = [j for j, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        j = heapq.heappop(ready)
        order.append(j)
        for link in model.outgoing[j]:
            if link.succ in needed:
                waiting[link.succ] -= 1
                if waiting[link.succ] == 0:
                    heapq.heappush(ready, link.succ)
    return order


def shown_runs(model: Model, calendars, runs: int, seed: int, distribution: str, today: date | None,
               wanted: set[int]) -> Iterator[tuple[int, np.ndarray]]:
    """(step index, shown finish day of every run) of each wanted step, as soon as it is dated."""
    if not wanted:
        return
    rng = np.random.default_rng(seed)
    steps = model.steps
    today_ord = today.toordinal() if today else None
    # Only work not done is sampled: a done step keeps its actual dates, and the steps a started step
    # waits on keep their planned dates (passes.settled_steps), as in the schedule.
    settled = settled_steps(model) if today_ord is not None else set()
    planned = forward(model, "likely", today_ord) if settled else None
    needed = _needed(model, wanted)
    order = _low_index_order(model, needed)
    tables = _Tables(calendars, max(model.start - 31, _LOWEST), min(model.start + 31, _HIGHEST))  # grown as runs need
    readers = {j: sum(1 for link in model.outgoing[j] if link.succ in needed) for j in needed}
    lag_segs: dict[int, list[_Seg]] = {}

    def lags(link) -> list[_Seg]:
        found = lag_segs.get(id(link))
        if found is None:
            found = lag_segs[id(link)] = [_seg(kind, amount, tables.get(cal) if kind == WORKING else None)
                                          for kind, amount, cal in link.lag]
        return found

    drawn: dict[int, object] = {}
    next_draw = 0
    start: dict[int, np.ndarray] = {}
    end: dict[int, np.ndarray] = {}
    for j in order:
        while next_draw <= j:  # the stream is drawn in step order whatever order the steps are dated in
            found = _draw(steps[next_draw], steps[next_draw].done or next_draw in settled, rng, runs, distribution)
            if next_draw in needed:
                drawn[next_draw] = found
            next_draw += 1
        step = steps[j]
        segs = _program(step, drawn.pop(j), tables)
        start[j], end[j], point, eod = _date_step(model, j, step, segs, start, end, runs, today_ord, settled, planned,
                                                  lags)
        for link in model.incoming[j]:  # a step's arrays go once its last successor has read them
            readers[link.pred] -= 1
            if readers[link.pred] == 0:
                del start[link.pred], end[link.pred]
        if j in wanted:
            yield j, np.where(point, end[j] - eod, end[j] - 1)
            if readers[j] == 0:
                del start[j], end[j]


def _all_zero(segs: list[_Seg], runs: int):
    """Per run: the step takes no time (True/False for all runs when that is known without looking)."""
    if any(seg.lo > 0 for seg in segs):
        return False
    if all(seg.lo == seg.hi == 0 for seg in segs):
        return True
    is_point = np.ones(runs, dtype=bool)
    for seg in segs:
        is_point &= seg.amount == 0
    return is_point


def _date_step(model, j, step, segs, start, end, runs, today_ord, settled, planned, lags):
    """(start, end, is point, end-of-day day) of step j in every run, from its predecessors' arrays."""
    is_point = _all_zero(segs, runs)
    # A date given for an end-of-day point means the end of that day (see passes.py).
    day = is_point & (model.eod[j] and step.enabled)
    day = day.astype(np.int64) if isinstance(day, np.ndarray) else int(day)
    floor = model.start
    if step.enabled and today_ord is not None and step.actual_start is None:  # (settled steps: below)
        floor = max(floor, today_ord)
    if step.enabled and step.start_no_earlier_than is not None:
        floor = max(floor, step.start_no_earlier_than.toordinal())
    best = np.full(runs, floor, dtype=np.int64) + day
    for link in model.incoming[j]:
        p = link.pred
        from_finish = link.type in (FS, FF)
        bound = end[p] if from_finish else start[p]
        for seg in lags(link):
            bound = _shift(bound, seg)
        if link.lag_value < 0 and from_finish:  # as passes.forward: a lead stops at the predecessor's start
            bound = np.maximum(bound, start[p])
        if link.type in (FF, SF):
            bound = _start_for_finish(bound, segs)
        best = np.maximum(best, bound)
    if j in settled:
        return np.full(runs, planned[j].start, dtype=np.int64), np.full(runs, planned[j].end, dtype=np.int64), is_point, day
    if step.enabled and (step.actual_start or step.actual_finish):
        return (*_actual(step, segs, is_point, day, today_ord, runs), is_point, day)
    if step.enabled and step.fixed_start is not None:
        best = np.full(runs, step.fixed_start.toordinal(), dtype=np.int64) + day
    snap = True
    if step.enabled and step.cadence:
        days, gates = _held_sittings(step.cadence, model.sitting_calendars[j], best - day, model.sitting_published[j])
        i = np.searchsorted(gates, best - day, "left")
        if i.max() >= len(days):
            raise PlanError(f"Step {label(step)}: no sitting of \"{step.cadence}\" after a simulated date; "
                            "extend the cadence rule.")
        best, snap = days[i] + day, False
    s, e = _run(best, segs, snap)
    if is_point is False:
        return s, e, is_point, day
    if is_point is True:
        return best, best, is_point, day
    return np.where(is_point, best, s), np.where(is_point, best, e), is_point, day


def _held_sittings(rule: str, calendar, ready: np.ndarray, published=()) -> tuple[np.ndarray, np.ndarray]:
    """(the days sittings are held, moved off days off, and the last day to be ready for each: its
    deadline, else the held day) around the ready days, as timing.next_sitting reads them."""
    table = sitting_table(rule, published)
    raw = table.days
    keys = raw if table.deadlines is None else table.deadlines
    lo = max(0, bisect_left(keys, int(ready.min()) - 31))  # a move is shorter than a month
    hi = bisect_right(keys, int(ready.max())) + 1          # one sitting past the latest ready day
    window = raw[lo:hi]
    held = np.asarray(window if calendar is None else [calendar.snap(d) for d in window], dtype=np.int64)
    gates = held if table.deadlines is None else np.asarray(table.deadlines[lo:hi], dtype=np.int64)
    return held, gates


def _actual(step, segs, is_point, day, today_ord, runs):
    """Vector twin of passes._actual: (start, end) of a step with actual dates."""
    a_start = step.actual_start.toordinal() if step.actual_start else None
    a_finish = step.actual_finish.toordinal() if step.actual_finish else None
    happened = np.full(runs, a_finish if a_finish is not None else a_start, dtype=np.int64) + day  # a point
    if a_finish is not None:
        e = np.full(runs, a_finish + 1, dtype=np.int64)
        s = np.full(runs, a_start, dtype=np.int64) if a_start is not None else np.minimum(_back(e, segs), e - 1)
    else:
        s = np.full(runs, a_start, dtype=np.int64)
        _, e = _run(s, segs, snap=False)
        if today_ord is not None:  # in progress: it cannot finish before today
            e = np.maximum(e, today_ord + 1)
    return np.where(is_point, happened, s), np.where(is_point, happened, e)

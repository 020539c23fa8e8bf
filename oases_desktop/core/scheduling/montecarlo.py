"""Monte Carlo over each step's min/likely/max: P50/P80/P90 per milestone, seeded and reproducible.

The forward pass of passes.py, vectorised with NumPy over runs: one array of instants per step,
steps visited in topological order. The rules are the same (a test runs both on plans whose
min = likely = max and requires identical dates); keep them in step when changing either.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np

from oases_desktop.core.domain.plan import DurationUnit, Estimate, Scenario, StepKind
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import FIRST_YEAR, LAST_YEAR, CalendarSet
from oases_desktop.core.scheduling.keydates import key_milestone_ids
from oases_desktop.core.scheduling.model import FF, FS, SF, Model, compile_scenario, label
from oases_desktop.core.scheduling.passes import forward, settled_steps
from oases_desktop.core.scheduling.timing import DAYS, DAYS_PER_MONTH, MONTHS, WORKING, sittings

_EPOCH = date(1970, 1, 1).toordinal()  # ordinal of numpy's datetime64 day 0
PERCENTILES = (50, 80, 90)

# One count and seed for every place that shows P50/P80/P90 (command line, confidence dialog, PDF),
# so the same plan prints the same dates everywhere. The "today" rule that goes with them: simulate
# with the `today` the schedule was computed with (None for both unless the user re-forecasts),
# or the percentiles and the likely dates describe different plans.
DEFAULT_RUNS = 10_000
DEFAULT_SEED = 0


@dataclass(frozen=True)
class MilestonePercentiles:
    """Simulated dates of one milestone (shown days, as in the schedule)."""

    key: str
    step_id: str
    p50: date
    p80: date
    p90: date
    earliest: date  # the earliest and latest simulated dates
    latest: date
    runs: int


def _sample(rng: np.random.Generator, estimate: Estimate, runs: int, distribution: str) -> np.ndarray:
    low, mode, high = float(estimate.min), float(estimate.likely), float(estimate.max)
    if high <= low:
        return np.full(runs, low)
    if distribution == "triangular":
        return rng.triangular(low, mode, high, runs)
    alpha = 1 + 4 * (mode - low) / (high - low)  # PERT: a beta distribution with the mode at `likely`
    beta = 1 + 4 * (high - mode) / (high - low)
    return low + (high - low) * rng.beta(alpha, beta, runs)


def _ceil(values: np.ndarray) -> np.ndarray:
    return np.ceil(values - 1e-9).astype(np.int64)


def _segments(values: np.ndarray, unit: DurationUnit, calendar) -> list[tuple[int, np.ndarray, object]]:
    """Vector twin of timing.segments (non-negative values)."""
    if unit == DurationUnit.WORKING_DAYS:
        return [(WORKING, _ceil(values), calendar)]
    if unit == DurationUnit.CALENDAR_DAYS:
        return [(DAYS, _ceil(values), None)]
    if unit == DurationUnit.WEEKS:
        return [(DAYS, _ceil(values * 7), None)]
    months = np.floor(values + 1e-9).astype(np.int64)  # as timing.segments: 1.9999999999 months is 2
    rest = values - months
    days = np.where(rest < 1e-9, 0, _ceil(rest * DAYS_PER_MONTH))
    return [(MONTHS, months, None), (DAYS, days, None)]


class _Arrays:
    """Working-day ordinals of each calendar as NumPy arrays, covering the simulated years."""

    def __init__(self, first: int, last: int):
        self.first, self.last = first, last
        self._cache: dict[str, np.ndarray] = {}

    def work(self, calendar, low: int | None = None, high: int | None = None) -> np.ndarray:
        """The calendar's working days as an array covering at least [low, high] (and the plan's span)."""
        found = self._cache.get(calendar.code)
        low = self.first if low is None else min(low, self.first)
        high = self.last if high is None else max(high, self.last)
        if found is None or found[0] > low or found[-1] < high:
            found = self._cache[calendar.code] = calendar.working_days_array(low, high)
        return found


def _shift(t: np.ndarray, kind: int, amount, calendar, arrays: _Arrays, sign: int = 1) -> np.ndarray:
    amount = sign * np.asarray(amount, dtype=np.int64)
    if kind == DAYS:
        return t + amount
    if kind == WORKING:
        reach = 2 * int(np.abs(amount).max()) + 30  # calendar days that many working days can span
        work = arrays.work(calendar, int(t.min()) - reach, int(t.max()) + reach)
        i = np.searchsorted(work, t, "left")
        index = np.where(amount > 0, i + amount - 1, i + amount)
        return np.where(amount == 0, t, work[index] + (amount > 0))
    # Calendar months, clipped to the month's last day as dateutil's relativedelta does.
    days = (t - _EPOCH).astype("datetime64[D]")
    month = days.astype("datetime64[M]")
    day_of_month = (days - month.astype("datetime64[D]")).astype(np.int64)
    target = month + amount
    first = target.astype("datetime64[D]")
    length = ((target + 1).astype("datetime64[D]") - first).astype(np.int64)
    return (first + np.minimum(day_of_month, length - 1)).astype(np.int64) + _EPOCH


def _program(step, model_calendars: CalendarSet, rng, runs: int, distribution: str):
    """(segments, stop range) sampled for every run; the vector twin of model._program."""
    if step.kind == StepKind.MILESTONE or not step.enabled:
        return [], -1, -1
    duration = step.duration
    segs = _segments(_sample(rng, duration, runs, distribution), duration.unit, model_calendars.get(str(duration.calendar)))
    if step.stop_clock is None:
        return segs, -1, -1
    stop = step.stop_clock
    stop_segs = _segments(_sample(rng, stop, runs, distribution), stop.unit, model_calendars.get(str(stop.calendar)))
    kind, amount, cal = segs[0]
    first = (amount * 0.5).astype(np.int64)  # model.STOP_CLOCK_AFTER
    before = [(kind, first, cal)]
    return before + stop_segs + [(kind, amount - first, cal), *segs[1:]], 1, 1 + len(stop_segs)


def _run(t, segs, arrays, snap: bool):
    """Vector twin of passes.run_forward (start and end only)."""
    if snap:
        undecided = np.ones(t.shape, dtype=bool)
        start = t.copy()
        for kind, amount, cal in segs:
            nonzero = undecided & (amount != 0)
            if kind == WORKING:
                work = arrays.work(cal, int(t.min()) - 30, int(t.max()) + 30)
                start = np.where(nonzero, work[np.searchsorted(work, t, "left")], start)
            undecided &= ~nonzero
        t = start
    start, end = t, t
    for kind, amount, cal in segs:
        end = _shift(end, kind, amount, cal, arrays)
    return start, end


def _start_for_finish(finish, segs, arrays):
    """Vector twin of passes._start_for_finish: the earliest start ending at or after `finish`."""
    guess = _back(finish, segs, arrays)
    if all(kind == DAYS for kind, _, _ in segs):
        return guess
    for _ in range(45):
        short = _run(guess, segs, arrays, True)[1] < finish
        if not short.any():
            break
        guess = guess + short
    for _ in range(45):
        earlier = _run(guess - 1, segs, arrays, True)[1] >= finish
        if not earlier.any():
            break
        guess = guess - earlier
    return guess


def _back(t, segs, arrays):
    for kind, amount, cal in reversed(segs):
        t = _shift(t, kind, amount, cal, arrays, -1)
    return t


class SimulatedMilestones(Mapping[str, MilestonePercentiles]):
    """Percentiles of each milestone step, keyed by step id.

    Several steps may share a milestone key (two registration routes both mark "hk_approval"), so
    the step id is the only unambiguous key. A milestone key is also accepted where exactly one
    step carries it (`by_key()` lists those); a key shared by several steps finds nothing.
    """

    def __init__(self, by_step: dict[str, MilestonePercentiles], finishes: Mapping[str, np.ndarray] | None = None,
                 seed: int | None = None):
        self._by_step = dict(by_step)
        self._finishes = dict(finishes or {})  # step id -> shown finish ordinal of every run
        self.seed = seed   # the random seed of the runs (a report prints it beside the number of runs)
        keys: dict[str, list[MilestonePercentiles]] = {}
        for result in self._by_step.values():
            keys.setdefault(result.key, []).append(result)
        self._by_key = {key: found[0] for key, found in keys.items() if len(found) == 1}

    def __getitem__(self, step_id_or_key: str) -> MilestonePercentiles:
        found = self._by_step.get(step_id_or_key) or self._by_key.get(step_id_or_key)
        if found is None:
            raise KeyError(step_id_or_key)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_step)

    def __len__(self) -> int:
        return len(self._by_step)

    def __contains__(self, item: object) -> bool:
        return item in self._by_step or item in self._by_key

    def __eq__(self, other: object) -> bool:
        return dict(self.items()) == dict(other.items()) if isinstance(other, Mapping) else NotImplemented

    def __repr__(self) -> str:
        return f"SimulatedMilestones({self._by_step!r})"

    def share_on_or_before(self, step_id: str, day: date) -> float:
        """The share of the runs in which the milestone step is shown on or before `day` (0..1)."""
        finishes = self._finishes.get(step_id)
        if finishes is None:
            raise KeyError(step_id)
        return float(np.count_nonzero(finishes <= day.toordinal())) / len(finishes)

    def by_key(self) -> dict[str, MilestonePercentiles]:
        """Milestone key -> percentiles, for the keys exactly one step carries."""
        return dict(self._by_key)


def simulate(scenario: Scenario, runs: int = DEFAULT_RUNS, seed: int = DEFAULT_SEED, distribution: str = "pert",
             today: date | None = None, *, calendars: CalendarSet) -> SimulatedMilestones:
    """P50/P80/P90 of every enabled milestone step and key milestone over `runs` seeded runs, keyed by step id."""
    if distribution not in ("pert", "triangular"):
        raise PlanError(f"Unknown distribution \"{distribution}\"; use pert or triangular.")
    if runs < 1:
        raise PlanError("The number of Monte Carlo runs must be at least 1.")
    model = compile_scenario(scenario, calendars)
    shown = _simulate_shown(model, calendars, runs, seed, distribution, today)
    out = {}
    keys = set(key_milestone_ids(scenario))
    for j, step in enumerate(model.steps):
        if step.enabled and (step.milestone or step.id in keys):
            values = np.percentile(shown[j], PERCENTILES, method="inverted_cdf")
            p50, p80, p90 = (date.fromordinal(int(v)) for v in values)
            out[step.id] = MilestonePercentiles(step.milestone or step.id, step.id, p50, p80, p90,
                                                date.fromordinal(int(shown[j].min())),
                                                date.fromordinal(int(shown[j].max())), runs)
    return SimulatedMilestones(out, {sid: shown[model.index[sid]] for sid in out}, seed)


def step_percentiles(scenario: Scenario, runs: int = DEFAULT_RUNS, seed: int = DEFAULT_SEED, today: date | None = None,
                     *, calendars: CalendarSet) -> dict[str, tuple[date, date]]:
    """(P50, P80) of the shown finish of every enabled step, by step id; the same runs as simulate()."""
    if runs < 1:
        raise PlanError("The number of Monte Carlo runs must be at least 1.")
    model = compile_scenario(scenario, calendars)
    shown = _simulate_shown(model, calendars, runs, seed, "pert", today)
    out = {}
    for j, step in enumerate(model.steps):
        if step.enabled:
            p50, p80 = (date.fromordinal(int(v)) for v in np.percentile(shown[j], (50, 80), method="inverted_cdf"))
            out[step.id] = (p50, p80)
    return out


def _simulate_shown(model: Model, calendars: CalendarSet, runs: int, seed: int, distribution: str,
                    today: date | None) -> list[np.ndarray | None]:
    """Shown finish day (ordinal) of every step in every run."""
    rng = np.random.default_rng(seed)
    steps = model.steps
    today_ord = today.toordinal() if today else None
    # Only work not done is sampled: a done step keeps its actual dates, and the steps a started step
    # waits on keep their planned dates (passes.settled_steps), as in the schedule.
    settled = settled_steps(model) if today_ord is not None else set()
    planned = forward(model, "likely", today_ord) if settled else None
    programs = [_program(_fixed(step) if step.done or j in settled else step, calendars, rng, runs, distribution)
                for j, step in enumerate(steps)]
    # Calendar arrays start out covering the min pass's earliest day to the max pass's latest, with a
    # margin; most runs lie between the two, and any that do not make the arrays grow (_Arrays.work).
    low, high = forward(model, "min"), forward(model, "max")
    first = min([model.start, *(e.start for e in low)]) - 400
    last = max([model.start, *(e.end for e in high)]) + 400
    arrays = _Arrays(max(first, date(FIRST_YEAR + 1, 1, 1).toordinal()), min(last, date(LAST_YEAR - 1, 1, 1).toordinal()))
    start = [None] * len(steps)
    end = [None] * len(steps)
    eod = [None] * len(steps)
    point = [None] * len(steps)
    for j in model.order:
        step = steps[j]
        segs, stop_from, stop_to = programs[j]
        is_point = np.ones(runs, dtype=bool)
        for _, amount, _ in segs:
            is_point &= amount == 0
        # A date given for an end-of-day point means the end of that day (see passes.py).
        day = (is_point & (model.eod[j] and step.enabled)).astype(np.int64)
        floor = model.start
        if step.enabled and today_ord is not None and step.actual_start is None:  # (settled steps: below)
            floor = max(floor, today_ord)
        if step.enabled and step.start_no_earlier_than is not None:
            floor = max(floor, step.start_no_earlier_than.toordinal())
        best = floor + day
        for link in model.incoming[j]:
            p = link.pred
            from_finish = link.type in (FS, FF)
            bound = end[p] if from_finish else start[p]
            for kind, amount, cal in link.lag:
                bound = _shift(bound, kind, amount, cal, arrays)
            if link.lag_value < 0 and from_finish:  # as passes.forward: a lead stops at the predecessor's start
                bound = np.maximum(bound, start[p])
            if link.type in (FF, SF):
                bound = _start_for_finish(bound, segs, arrays)
            best = np.maximum(best, bound)
        eod[j], point[j] = day, is_point
        if j in settled:
            start[j], end[j] = np.full(runs, planned[j].start, dtype=np.int64), np.full(runs, planned[j].end, dtype=np.int64)
            continue
        if step.enabled and (step.actual_start or step.actual_finish):
            start[j], end[j] = _actual(step, segs, is_point, day, arrays, today_ord, runs)
            continue
        if step.enabled and step.fixed_start is not None:
            best = step.fixed_start.toordinal() + day
        snap = True
        if step.enabled and step.cadence:
            days = _held_sittings(step.cadence, model.sitting_calendars[j], best - day)
            i = np.searchsorted(days, best - day, "left")
            if i.max() >= len(days):
                raise PlanError(f"Step {label(step)}: no sitting of \"{step.cadence}\" after a simulated date; "
                                "extend the cadence rule.")
            best, snap = days[i] + day, False
        s, e = _run(best, segs, arrays, snap)
        start[j] = np.where(is_point, best, s)
        end[j] = np.where(is_point, best, e)
    return [None if end[j] is None else np.where(point[j], end[j] - eod[j], end[j] - 1) for j in range(len(steps))]


def _fixed(step):
    """The step at its likely durations, so nothing of it is sampled (done or settled work)."""
    def at_likely(estimate):
        return None if estimate is None else dataclasses.replace(estimate, min=estimate.likely, max=estimate.likely)

    return dataclasses.replace(step, duration=at_likely(step.duration), stop_clock=at_likely(step.stop_clock))


def _held_sittings(rule: str, calendar, ready: np.ndarray) -> np.ndarray:
    """The days sittings are held (moved off days off, as timing.next_sitting) around the ready days."""
    raw = sittings(rule)
    lo = max(0, bisect_left(raw, int(ready.min()) - 31))  # a move is shorter than a month
    hi = bisect_right(raw, int(ready.max())) + 1          # one sitting past the latest ready day
    window = raw[lo:hi]
    held = window if calendar is None else [calendar.snap(d) for d in window]
    return np.asarray(held, dtype=np.int64)


def _actual(step, segs, is_point, day, arrays, today_ord, runs):
    """Vector twin of passes._actual: (start, end) of a step with actual dates."""
    a_start = step.actual_start.toordinal() if step.actual_start else None
    a_finish = step.actual_finish.toordinal() if step.actual_finish else None
    happened = np.full(runs, a_finish if a_finish is not None else a_start, dtype=np.int64) + day  # a point
    if a_finish is not None:
        e = np.full(runs, a_finish + 1, dtype=np.int64)
        s = np.full(runs, a_start, dtype=np.int64) if a_start is not None else np.minimum(_back(e, segs, arrays), e - 1)
    else:
        s = np.full(runs, a_start, dtype=np.int64)
        _, e = _run(s, segs, arrays, snap=False)
        if today_ord is not None:  # in progress: it cannot finish before today
            e = np.maximum(e, today_ord + 1)
    return np.where(is_point, happened, s), np.where(is_point, happened, e)

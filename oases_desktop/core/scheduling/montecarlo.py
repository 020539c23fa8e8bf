"""Monte Carlo over each step's min/likely/max: P50/P80/P90 per milestone, seeded and reproducible.

The runs are dated by runs.py (the forward pass over all runs at once); this module keeps only
what is reported (each milestone's shown day in every run, for percentiles and odds) and caches
it per plan revision. NumPy is imported by the functions that run (runs.py), not by this module:
`schedule --runs 0` reads DEFAULT_RUNS without it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from oases_desktop.core.domain.plan import Scenario
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import CalendarSet
from oases_desktop.core.scheduling.keydates import key_milestone_ids
from oases_desktop.core.scheduling.model import compile_scenario, scenario_key

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


class SimulatedMilestones(Mapping[str, MilestonePercentiles]):
    """Percentiles of each milestone step, keyed by step id.

    Several steps may share a milestone key (two registration routes both mark "hk_approval"), so
    the step id is the only unambiguous key. A milestone key is also accepted where exactly one
    step carries it (`by_key()` lists those); a key shared by several steps finds nothing.
    """

    def __init__(self, by_step: dict[str, MilestonePercentiles], finishes: Mapping[str, object] | None = None,
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
        return float((finishes <= day.toordinal()).sum()) / len(finishes)

    def runs_of(self, step_id: str):
        """The milestone step's shown finish day (ordinal) in every run, in run order (read-only)."""
        finishes = self._finishes[step_id]
        view = finishes.view()
        view.flags.writeable = False
        return view

    def by_key(self) -> dict[str, MilestonePercentiles]:
        """Milestone key -> percentiles, for the keys exactly one step carries."""
        return dict(self._by_key)


def simulate(scenario: Scenario, runs: int = DEFAULT_RUNS, seed: int = DEFAULT_SEED, distribution: str = "pert",
             today: date | None = None, *, calendars: CalendarSet) -> SimulatedMilestones:
    """P50/P80/P90 of every enabled milestone step and key milestone over `runs` seeded runs, keyed by step id.

    Computed once per plan revision: the same scenario content, runs, seed, distribution, status date
    and calendars give the cached result (the GUI, the PDF and the commands ask for the same runs)."""
    _check(runs, distribution)
    key = ("milestones", scenario_key(scenario), runs, seed, distribution, today, calendars)
    found = _cached(key)
    if found is not None:
        return found
    import numpy as np

    from oases_desktop.core.scheduling.runs import shown_runs

    model = compile_scenario(scenario, calendars)
    keys = set(key_milestone_ids(scenario))
    wanted = {j for j, step in enumerate(model.steps) if step.enabled and (step.milestone or step.id in keys)}
    out, finishes = {}, {}
    for j, shown in shown_runs(model, calendars, runs, seed, distribution, today, wanted):
        step = model.steps[j]
        values = np.percentile(shown, PERCENTILES, method="inverted_cdf")
        p50, p80, p90 = (date.fromordinal(int(v)) for v in values)
        out[step.id] = MilestonePercentiles(step.milestone or step.id, step.id, p50, p80, p90,
                                            date.fromordinal(int(shown.min())), date.fromordinal(int(shown.max())), runs)
        finishes[step.id] = shown
    ordered = {model.steps[j].id: out[model.steps[j].id] for j in sorted(wanted)}  # in the plan's step order
    return _store(key, SimulatedMilestones(ordered, finishes, seed))


def step_percentiles(scenario: Scenario, runs: int = DEFAULT_RUNS, seed: int = DEFAULT_SEED, today: date | None = None,
                     *, calendars: CalendarSet) -> dict[str, tuple[date, date]]:
    """(P50, P80) of the shown finish of every enabled step, by step id; the same runs as simulate()."""
    _check(runs, "pert")
    key = ("steps", scenario_key(scenario), runs, seed, today, calendars)
    found = _cached(key)
    if found is not None:
        return dict(found)
    import numpy as np

    from oases_desktop.core.scheduling.runs import shown_runs

    model = compile_scenario(scenario, calendars)
    wanted = {j for j, step in enumerate(model.steps) if step.enabled}
    out = {}
    for j, shown in shown_runs(model, calendars, runs, seed, "pert", today, wanted):
        out[j] = tuple(date.fromordinal(int(v)) for v in np.percentile(shown, (50, 80), method="inverted_cdf"))
    return dict(_store(key, {model.steps[j].id: out[j] for j in sorted(out)}))


def _check(runs: int, distribution: str) -> None:
    if distribution not in ("pert", "triangular"):
        raise PlanError(f"Unknown distribution \"{distribution}\"; use pert or triangular.")
    if runs < 1:
        raise PlanError("The number of Monte Carlo runs must be at least 1.")


_CACHE: OrderedDict[tuple, object] = OrderedDict()
_CACHE_SIZE = 8  # a few revisions: undo and redo come back to one
_CACHE_LOCK = threading.Lock()  # the Export dialog simulates on a worker thread while the window may too


def _cached(key: tuple):
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
        return found


def _store(key: tuple, result):
    with _CACHE_LOCK:
        _CACHE[key] = result
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result

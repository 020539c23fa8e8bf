"""Scenarios of one plan side by side: each milestone's date per scenario and its delta to a named baseline.

The one comparison: the Compare tab shows it, the PDF report prints it (export/milestones.py renders it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from oases_desktop.core.domain.plan import Plan
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import CalendarSet
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.scheduling.result import Schedule


FINISH_KEY = "__finish__"


@dataclass(frozen=True)
class MilestoneComparison:
    """One milestone across scenarios: dates (None where a scenario lacks it) and deltas in days."""

    key: str
    name: str
    dates: dict[str, date | None]        # scenario id -> likely date
    deltas: dict[str, int | None]        # scenario id -> days later (+) or earlier (-) than the baseline
    baseline: str
    p80: dict[str, date | None] = field(default_factory=dict)          # with runs > 0: the P80 dates
    p80_deltas: dict[str, int | None] = field(default_factory=dict)    # and their deltas to the baseline
    step_names: dict[str, str | None] = field(default_factory=dict)    # scenario id -> its step's own name


@dataclass(frozen=True)
class ScenarioComparison:
    """The comparison of a plan's scenarios, milestone by milestone, and of their finish dates."""

    baseline: str
    scenarios: tuple[str, ...]
    schedules: dict[str, Schedule]
    milestones: tuple[MilestoneComparison, ...]
    finish: MilestoneComparison | None = None


def _deltas(dates: dict[str, date | None], base: str) -> dict[str, int | None]:
    return {sid: (d - dates[base]).days if d is not None and dates.get(base) is not None else None
            for sid, d in dates.items()}


def compare_schedules(plan: Plan, schedules: Mapping[str, Schedule], baseline: str,
                      simulated: Mapping[str, Mapping] | None = None) -> ScenarioComparison:
    """The one scenario comparison (screen and print): the scheduled scenarios, in plan order, milestone
    by milestone (joined on the milestone key) against `baseline`; P80 deltas when `simulated` is given."""
    ids = tuple(s.id for s in plan.scenarios if s.id in schedules)
    if baseline not in ids:
        known = ", ".join(ids)
        raise PlanError(f"The baseline scenario \"{baseline}\" is not among the scheduled scenarios ({known}).")
    keys: dict[str, str] = {}
    for sid in ids:  # milestone keys in first-seen order, named as first seen
        for milestone in schedules[sid].milestones:
            keys.setdefault(milestone.key, milestone.name)
    rows = []
    for key, name in keys.items():
        chosen = {sid: next((m for m in schedules[sid].milestones if m.key == key), None) for sid in ids}
        dates = {sid: m.likely if m else None for sid, m in chosen.items()}
        p80 = {sid: simulated[sid][m.step_id].p80 if m and m.step_id in simulated.get(sid, {}) else None
               for sid, m in chosen.items()} if simulated else {}
        rows.append(MilestoneComparison(key, name, dates, _deltas(dates, baseline), baseline, p80,
                                        _deltas(p80, baseline) if p80 else {},
                                        {sid: m.name if m else None for sid, m in chosen.items()}))
    finishes = {sid: schedules[sid].finish for sid in ids}
    finish = MilestoneComparison(FINISH_KEY, "Plan finish", finishes, _deltas(finishes, baseline), baseline)
    return ScenarioComparison(baseline, ids, dict(schedules), tuple(rows), finish)


def compare_scenarios(plan: Plan, baseline: str, today: date | None = None, *,
                      calendars: CalendarSet, runs: int = 0, seed: int = 0) -> ScenarioComparison:
    """Schedule every scenario and compare milestones against `baseline` (compare_schedules).

    With `runs` > 0 each scenario is also simulated and the P80 dates are compared too.
    """
    if baseline not in {s.id for s in plan.scenarios}:
        raise PlanError(f"No scenario has the id \"{baseline}\".")
    schedules = {s.id: compute_schedule(s, today, calendars=calendars) for s in plan.scenarios}
    simulated = {}
    if runs > 0:
        from oases_desktop.core.scheduling.montecarlo import simulate  # NumPy only when asked

        simulated = {s.id: simulate(s, runs, seed, today=today, calendars=calendars) for s in plan.scenarios}
    return compare_schedules(plan, schedules, baseline, simulated)

"""Scenarios of one plan side by side: each milestone's date per scenario and its delta to a baseline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from oases_desktop.core.domain.plan import Plan
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import CalendarSet
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.scheduling.result import Schedule


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


@dataclass(frozen=True)
class ScenarioComparison:
    """The comparison of a plan's scenarios, milestone by milestone."""

    baseline: str
    scenarios: tuple[str, ...]
    schedules: dict[str, Schedule]
    milestones: tuple[MilestoneComparison, ...]


def compare_scenarios(plan: Plan, baseline: str | None = None, today: date | None = None, *,
                      calendars: CalendarSet, runs: int = 0, seed: int = 0) -> ScenarioComparison:
    """Schedule every scenario and compare milestones against `baseline` (default: the active scenario).

    With `runs` > 0 each scenario is also simulated and the P80 dates are compared too.
    """
    base = baseline or plan.active_scenario
    ids = tuple(s.id for s in plan.scenarios)
    if base not in ids:
        raise PlanError(f"No scenario has the id \"{base}\".")
    schedules = {s.id: compute_schedule(s, today, calendars=calendars) for s in plan.scenarios}
    simulated = {}
    if runs > 0:
        from oases_desktop.core.scheduling.montecarlo import simulate  # NumPy only when asked

        simulated = {s.id: simulate(s, runs, seed, today=today, calendars=calendars) for s in plan.scenarios}
    keys: dict[str, str] = {}
    for sid in ids:  # milestone keys in first-seen order, named as first seen
        for milestone in schedules[sid].milestones:
            keys.setdefault(milestone.key, milestone.name)
    rows = []
    for key, name in keys.items():
        chosen = {sid: next((m for m in schedules[sid].milestones if m.key == key), None) for sid in ids}
        dates = {sid: m.likely if m else None for sid, m in chosen.items()}
        base_date = dates[base]
        deltas = {sid: (d - base_date).days if d is not None and base_date is not None else None
                  for sid, d in dates.items()}
        p80 = {sid: simulated[sid][m.step_id].p80 if m and m.step_id in simulated.get(sid, {}) else None
               for sid, m in chosen.items()} if runs > 0 else {}
        p80_deltas = {sid: (d - p80[base]).days if d is not None and p80.get(base) is not None else None
                      for sid, d in p80.items()}
        rows.append(MilestoneComparison(key, name, dates, deltas, base, p80, p80_deltas))
    return ScenarioComparison(base, ids, schedules, tuple(rows))

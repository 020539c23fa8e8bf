"""Scenarios of one plan side by side: each milestone's date per scenario and its delta to a named baseline,
and for each client's target date, which scenario makes it and with what probability (targets.py).

The one comparison: the Compare tab shows it, the PDF report prints it (export/milestones.py renders it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from oases_desktop.core.domain.plan import Plan
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import CalendarSet
from oases_desktop.core.scheduling.engine import attach_percentiles, compute_schedule
from oases_desktop.core.scheduling.result import Schedule
from oases_desktop.core.scheduling.targets import TargetOutcome, plan_targets, target_steps


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
class TargetComparison:
    """One target date across scenarios: each scenario's outcome (None where it lacks the milestone), for
    its step with the target's id or else marking the same key milestone (targets.target_steps)."""

    step_id: str
    name: str
    target: date
    outcomes: dict[str, TargetOutcome | None]  # scenario id -> margins, probability, latest dates

    def makes_it(self, scenario_id: str) -> bool | None:
        """Whether the scenario's likely date is on or before the target (None: no such milestone)."""
        found = self.outcomes.get(scenario_id)
        return None if found is None else found.margins["likely"].calendar_days >= 0


@dataclass(frozen=True)
class ScenarioComparison:
    """The comparison of a plan's scenarios, milestone by milestone, of their finish dates, and target by target."""

    baseline: str
    scenarios: tuple[str, ...]
    schedules: dict[str, Schedule]
    milestones: tuple[MilestoneComparison, ...]
    finish: MilestoneComparison | None = None
    targets: tuple[TargetComparison, ...] = ()


def _deltas(dates: dict[str, date | None], base: str) -> dict[str, int | None]:
    return {sid: (d - dates[base]).days if d is not None and dates.get(base) is not None else None
            for sid, d in dates.items()}


def compare_schedules(plan: Plan, schedules: Mapping[str, Schedule], baseline: str,
                      simulated: Mapping[str, Mapping] | None = None, *, targets: Mapping[str, date] | None = None,
                      today: date | None = None, calendars: CalendarSet | None = None) -> ScenarioComparison:
    """The one scenario comparison (screen and print): the scheduled scenarios, in plan order, milestone
    by milestone (joined on the milestone key) against `baseline`; P80 deltas when `simulated` is given.
    `targets` are planned backward in each scenario (the schedules' `today` and `calendars` needed then)."""
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
    found = _targets(plan, targets, schedules, simulated or {}, today, calendars) if targets else ()
    return ScenarioComparison(baseline, ids, dict(schedules), tuple(rows), finish, found)


def compare_scenarios(plan: Plan, baseline: str, today: date | None = None, *,
                      calendars: CalendarSet, runs: int = 0, seed: int = 0,
                      targets: Mapping[str, date] | None = None) -> ScenarioComparison:
    """Schedule every scenario and compare milestones against `baseline` (compare_schedules).

    With `runs` > 0 each scenario is also simulated and the P80 dates are compared too. `targets`
    (milestone step id -> date) are planned backward in every scenario that has the step switched on;
    with runs > 0 each outcome carries its probability.
    """
    if baseline not in {s.id for s in plan.scenarios}:
        raise PlanError(f"No scenario has the id \"{baseline}\".")
    schedules = {s.id: compute_schedule(s, today, calendars=calendars) for s in plan.scenarios}
    simulated = {}
    if runs > 0:
        from oases_desktop.core.scheduling.montecarlo import simulate  # NumPy only when asked

        simulated = {s.id: simulate(s, runs, seed, today=today, calendars=calendars) for s in plan.scenarios}
    return compare_schedules(plan, schedules, baseline, simulated, targets=targets, today=today, calendars=calendars)


def _targets(plan: Plan, targets: Mapping[str, date], schedules, simulated, today, calendars) -> tuple[TargetComparison, ...]:
    """Each target planned backward in each scheduled scenario that has its milestone switched on (the
    step with its id, else the one marking the same key milestone, as the milestone rows are joined)."""
    per_scenario = {}
    for scenario in plan.scenarios:
        if scenario.id not in schedules:
            continue
        steps = {step_id: source for step_id, source in target_steps(plan, scenario, targets).items()
                 if step_id in schedules[scenario.id].steps}
        here = {step_id: targets[source] for step_id, source in steps.items()}
        sims = simulated.get(scenario.id)
        schedule = attach_percentiles(schedules[scenario.id], sims) if sims else schedules[scenario.id]
        per_scenario[scenario.id] = {steps[o.step_id]: o for o in plan_targets(scenario, here, schedule, sims or None,
                                                                               today, calendars=calendars)}
    out = []
    for sid, day in targets.items():
        outcomes = {scenario_id: found.get(sid) for scenario_id, found in per_scenario.items()}
        name = next((o.name for o in outcomes.values() if o is not None), sid)
        out.append(TargetComparison(sid, name, day, outcomes))
    return tuple(out)

"""Plan backward from the client's date: latest dates per step, margins and the chance of making a target.

A target is a milestone step id and a date it must be shown on or before. The latest dates come
from the scheduler's own backward pass (passes.backward with `target`), so every step is dated on
its own calendar and a cadence gate takes the latest sitting that still makes the target; its input
deadline is the last day its predecessors may finish and still catch that sitting. Margins are the
target minus the likely, P50 and P80 dates (the percentiles attached by engine.attach_percentiles),
in calendar days and in working days of the milestone's calendar. The probability is the share of
the simulated runs (montecarlo.simulate, the same runs as the percentiles) shown on or before it.

A target so early that some latest dates fall before the working-day calendars begin (FIRST_YEAR),
or too near that edge to count working days across, is still planned: those steps are listed as
`undated` (long past: the target is missed) instead of the plan being refused, which `validate`
accepts; a margin the calendars cannot count in working days has `working_days` None.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from oases_desktop.core.domain.plan import Plan, Scenario
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import FIRST_YEAR, LAST_YEAR, CalendarSet, DateRangeError
from oases_desktop.core.scheduling.keydates import ancestors, driving_path, slack_to
from oases_desktop.core.scheduling.model import Model, compile_scenario, label
from oases_desktop.core.scheduling.passes import Early, backward, forward
from oases_desktop.core.scheduling.result import Schedule


@dataclass(frozen=True)
class LatestDates:
    """Backward planning result for one step: the latest dates that still meet the target."""

    step_id: str
    latest_start: date
    latest_finish: date
    slack: int  # calendar days between the forecast start and the latest start (negative: already late)
    sitting: date | None = None         # a cadence gate: the latest sitting that still makes the target
    input_deadline: date | None = None  # a cadence gate: the last day its input may finish to catch it


@dataclass(frozen=True)
class Margin:
    """Days between a date and the target, counted two ways; positive: the date is before the target."""

    working_days: int | None  # working days of the milestone's calendar (None: outside the calendars' years)
    calendar_days: int


@dataclass(frozen=True)
class Passed:
    """A step not yet started whose latest start is before the status date: the target needs it earlier."""

    step_id: str
    latest_start: date
    days_late: int  # calendar days the status date is past the latest start


@dataclass(frozen=True)
class TargetOutcome:
    """One target: the latest dates of the steps leading to it, the margins and the chance of making it."""

    step_id: str
    name: str
    target: date
    likely: date
    p50: date | None
    p80: date | None
    margins: Mapping[str, Margin]        # "likely", and "p50"/"p80" when simulated
    probability: float | None            # share of simulated runs on or before the target (None: not simulated)
    runs: int                            # simulated runs behind `probability` (0: not simulated)
    latest: Mapping[str, LatestDates]    # every switched-on step the milestone depends on, and itself
    passed: tuple[Passed, ...]           # latest start before the status date, earliest first
    next_deadline: LatestDates | None    # the not-started step with the earliest latest start on or after the status date
    driving_steps: tuple[str, ...] = ()  # the steps that set the milestone's likely date, earliest first (keydates)
    undated: tuple[str, ...] = ()        # steps whose latest dates the calendars cannot count (CALENDAR_YEARS), earliest first

    @property
    def missed_by(self) -> Margin | None:
        """How far the likely date is past the target (None when the likely path makes it)."""
        likely = self.margins["likely"]
        if likely.calendar_days >= 0:
            return None
        return Margin(None if likely.working_days is None else -likely.working_days, -likely.calendar_days)


def target_steps(plan: Plan, scenario: Scenario, targets: Mapping[str, date] | None = None) -> dict[str, str]:
    """Which of the plan's targets (default plan.targets) apply to the scenario: its step id -> the target's id.

    A target names a milestone step. A scenario with a step of that id takes it; one without takes
    its switched-on step marking the same key milestone (`Step.milestone`, as the scenario comparison joins
    milestones: "Registered under '1+'" and "Registered by the PPB" are both `hk_approval`), unless
    that step has a target of its own. The key is the named step's in the first scenario having it.
    """
    targets = plan.targets if targets is None else targets
    ids = {s.id for s in scenario.steps}
    out = {sid: sid for sid in targets if sid in ids}
    keys = {}
    for other in plan.scenarios:
        for step in other.steps:
            if step.id in targets and step.id not in keys and step.milestone:
                keys[step.id] = step.milestone
    for sid in targets:
        key = keys.get(sid)
        if sid in ids or key is None:
            continue
        match = next((s.id for s in scenario.steps if s.milestone == key and s.enabled), None)
        if match is not None and match not in out:
            out[match] = sid
    return out


def targets_in(plan: Plan, scenario: Scenario, targets: Mapping[str, date] | None = None) -> dict[str, date]:
    """The target dates that apply to the scenario, keyed by its own step ids (target_steps)."""
    targets = plan.targets if targets is None else targets
    return {step_id: targets[source] for step_id, source in target_steps(plan, scenario, targets).items()}


def _shown(early: Early, start: int, end: int, point: bool) -> tuple[date, date]:
    """(start, finish) shown for instants [start, end) of a step (a point shows one day; see passes.py)."""
    if point:
        day = date.fromordinal(start - 1 if early.eod else start)
        return day, day
    return date.fromordinal(start), date.fromordinal(end - 1)


CALENDAR_YEARS = (FIRST_YEAR, LAST_YEAR)  # the years the working-day calendars can date


def latest_in_model(model: Model, likely: list[Early], milestone_step_id: str, target_date: date,
                    undated: set[str] | None = None) -> dict[str, LatestDates]:
    """Latest dates of the milestone and every step it depends on, on a compiled model and its likely pass.

    A step whose latest dates fall outside the calendars' years (and every step leading to it) is left
    out and its id added to `undated`; without `undated` that refuses the plan (PlanError naming the step).
    """
    if milestone_step_id not in model.index:
        raise PlanError(f"No step has the id \"{milestone_step_id}\".")
    target = model.index[milestone_step_id]
    if not model.steps[target].enabled:
        raise PlanError(f"Step {label(model.steps[target])} is switched off; switch it on to plan back from it.")
    only = ancestors(model, target)
    beyond: set[int] | None = set() if undated is not None else None
    late = backward(model, likely, finish_day=target_date.toordinal(), target=target, only=only, undated=beyond)
    if beyond:
        undated.update(model.steps[j].id for j in beyond if model.steps[j].enabled)
    points = model.programs["likely"]
    out: dict[str, LatestDates] = {}
    for j in only:
        step = model.steps[j]
        if not step.enabled or late[j] is None:
            continue
        start, finish = _shown(likely[j], late[j].start, late[j].end, points[j].point)
        out[step.id] = LatestDates(step.id, start, finish, late[j].start - likely[j].start)
    for j in only:  # a cadence gate: its sitting, and the last day its input may finish
        step = model.steps[j]
        if step.id not in out or not step.cadence or step.actual_start or step.actual_finish or step.fixed_start:
            continue
        inputs = [out[model.steps[link.pred].id].latest_finish for link in model.incoming[j]
                  if model.steps[link.pred].id in out]
        out[step.id] = dataclasses.replace(out[step.id], sitting=out[step.id].latest_start,
                                           input_deadline=max(inputs) if inputs else None)
    return out


def latest_dates(scenario: Scenario, milestone_step_id: str, target_date: date,
                 today: date | None = None, *, calendars: CalendarSet) -> dict[str, LatestDates]:
    """For the milestone step and every step it depends on: the latest start/finish meeting the target.

    The milestone step must finish (be shown) on or before `target_date`; steps that do not lead
    to it are left out. `today` is the status date, as for compute_schedule.
    """
    model = compile_scenario(scenario, calendars)
    likely = forward(model, "likely", today.toordinal() if today else None)
    return latest_in_model(model, likely, milestone_step_id, target_date)


def _margin(calendar, day: date, target: date) -> Margin:
    lo, hi = sorted((day.toordinal(), target.toordinal()))
    try:
        count = calendar.count(lo + 1, hi + 1)  # working days in (earlier, later]
    except DateRangeError:   # a target outside the calendars' years: calendar days only
        return Margin(None, (target - day).days)
    return Margin(count if target >= day else -count, (target - day).days)


def plan_targets(scenario: Scenario, targets: Mapping[str, date], schedule: Schedule, simulated=None,
                 today: date | None = None, *, calendars: CalendarSet) -> tuple[TargetOutcome, ...]:
    """Each target (milestone step id -> date) planned backward, in the order given.

    `schedule` is compute_schedule(scenario, today) with engine.attach_percentiles applied when
    simulated; `simulated` is the montecarlo.simulate() result those percentiles came from (None:
    no simulation, so no P50/P80 margins and no probability). The same `today` for all three.
    """
    model = compile_scenario(scenario, calendars)
    likely = forward(model, "likely", today.toordinal() if today else None)
    milestones = {m.step_id: m for m in schedule.milestones}
    out = []
    for step_id, target in targets.items():
        undated: set[str] = set()
        latest = latest_in_model(model, likely, step_id, target, undated)
        step = model.steps[model.index[step_id]]
        calendar = calendars.get(step.duration.calendar)
        shown = schedule.steps[step_id]
        found = milestones.get(step_id)
        p50, p80 = (found.p50, found.p80) if found else (None, None)
        margins = {"likely": _margin(calendar, shown.finish, target)}
        margins.update({name: _margin(calendar, day, target) for name, day in (("p50", p50), ("p80", p80)) if day})
        probability = runs = None
        if simulated is not None and step_id in simulated:
            probability, runs = simulated.share_on_or_before(step_id, target), simulated[step_id].runs
        open_steps = [v for sid, v in latest.items() if _not_started(model.steps[model.index[sid]])]
        passed = tuple(Passed(v.step_id, v.latest_start, (today - v.latest_start).days)
                       for v in sorted(open_steps, key=lambda v: (v.latest_start, v.step_id))
                       if today is not None and v.latest_start < today)
        upcoming = sorted((v for v in open_steps if today is None or v.latest_start >= today),
                          key=lambda v: (v.latest_start, v.step_id))
        index = model.index[step_id]
        driving = driving_path(model, likely, index, slack_to(model, likely, index, calendars))
        out.append(TargetOutcome(step_id, step.name, target, shown.finish, p50, p80, margins, probability,
                                 runs or 0, latest, passed, upcoming[0] if upcoming else None,
                                 tuple(model.steps[j].id for j in driving),
                                 tuple(model.steps[j].id for j in model.order if model.steps[j].id in undated)))
    return tuple(out)


def _not_started(step) -> bool:
    return not (step.actual_start or step.actual_finish)

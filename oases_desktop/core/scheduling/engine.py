"""compute_schedule: a scenario in, dated and explained steps out (planning backward: targets.py).

Three forward passes (min, likely, max durations) give the dates and the whiskers, one backward
pass gives late dates, float and the critical path. Disabled steps are bridged (see passes.py)
and left out of the result. See result.py for the date convention (finish = last day of work).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from oases_desktop.core.domain.plan import Scenario
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import CalendarSet, data_as_of
from oases_desktop.core.scheduling.explain import explain_step
from oases_desktop.core.scheduling.keydates import (
    NEAR_CRITICAL_WORKING_DAYS, cadence_buffer, driving_path, key_milestone_ids, slack_to,
)
from oases_desktop.core.scheduling.model import Model, compile_scenario, label
from oases_desktop.core.scheduling.passes import Early, backward, forward, settled_steps
from oases_desktop.core.scheduling.result import MilestoneDate, Schedule, ScheduledStep
from oases_desktop.core.scheduling.timing import WORKING, sitting_held_on


def _sitting_of(model, j: int, meeting: int | None) -> tuple[date | None, bool]:
    """(submission deadline, estimated) of the sitting a gate takes, for the tables and the PDF."""
    if meeting is None:
        return None, False
    sitting = sitting_held_on(model.steps[j].cadence, meeting, model.sitting_calendars[j], model.sitting_published[j])
    if sitting is None:
        return None, False
    return (date.fromordinal(sitting.deadline) if sitting.has_deadline else None), sitting.estimated


def compute_schedule(scenario: Scenario, today: date | None = None, *,
                     calendars: CalendarSet, explain: bool = True, key_dates: bool = True) -> Schedule:
    """Dated steps of a scenario; PlanError/CycleError (naming the steps) for a plan that cannot be scheduled.

    `calendars` come from the reference library (calendars.calendars_for), so its notices count.
    `today` is the status date progress is recorded to (the plan's `as_of`): when given, a step not
    yet started cannot start before it, one in progress cannot finish before it, and steps that a
    started step waits on keep their planned dates (passes.settled_steps). `explain=False` leaves
    ScheduledStep.explanation empty and
    `key_dates=False` leaves slack to key milestones and cadence buffers out, for the live drag
    path where only dates are needed.
    """
    model = compile_scenario(scenario, calendars)
    today_ord = today.toordinal() if today else None
    likely = forward(model, "likely", today_ord)
    low = forward(model, "min", today_ord)
    high = forward(model, "max", today_ord)
    late = backward(model, likely)
    settled = frozenset(settled_steps(model)) if today_ord is not None else frozenset()
    keys = key_milestone_ids(scenario) if key_dates else []
    to_key = {sid: slack_to(model, likely, model.index[sid], calendars) for sid in keys}
    steps: dict[str, ScheduledStep] = {}
    critical: list[tuple[int, int, str]] = []
    fromordinal = date.fromordinal
    points = {mode: [p.point for p in model.programs[mode]] for mode in ("min", "likely", "max")}
    for position, j in enumerate(model.order):
        step = model.steps[j]
        if not step.enabled:
            continue
        mine, lt = likely[j], late[j]
        if points["likely"][j]:  # a point shows one day: the day before an end-of-day instant
            start = finish = fromordinal(mine.start - mine.eod)
            late_start = late_finish = fromordinal(lt.start - mine.eod)
        else:
            start, finish = fromordinal(mine.start), fromordinal(mine.end - 1)
            late_start, late_finish = fromordinal(lt.start), fromordinal(lt.end - 1)
        total_float = lt.start - mine.start
        is_critical = total_float <= 0 and step.actual_finish is None
        lo, hi = low[j], high[j]
        steps[step.id] = ScheduledStep(
            step.id, start, finish, late_start, late_finish, total_float, is_critical,
            fromordinal(lo.end - (lo.eod if points["min"][j] else 1)),
            fromordinal(hi.end - (hi.eod if points["max"][j] else 1)),
            fromordinal(mine.stop_start) if mine.stop_start is not None else None,
            fromordinal(mine.stop_end - 1) if mine.stop_end is not None else None,
            explain_step(model, j, likely, settled) if explain else (),
            {sid: found[j] for sid, found in to_key.items() if j in found},
            cadence_buffer(model, likely, j) if key_dates else None,
            *_sitting_of(model, j, mine.meeting),
        )
        if is_critical:
            critical.append((mine.start, position, step.id))
    estimated = estimated_years(model, low, high)
    milestones = tuple(_milestone(model, likely, s, steps[s.id].finish, to_key.get(s.id))
                       for s in model.steps if s.enabled and (s.milestone or s.id in to_key))
    shown = list(steps.values())
    return Schedule(
        scenario_id=scenario.id,
        start=min([scenario.start_date, *(s.start for s in shown)]),
        finish=max([scenario.start_date, *(s.finish for s in shown)]),
        steps=steps,
        critical_path=tuple(sid for _, _, sid in sorted(critical)),
        milestones=milestones,
        warnings=tuple(_warnings(model, likely, today) + estimated_warnings(estimated)),
        calendar_data=calendars.data_note(),
        estimated_calendars=tuple((code, tuple(sorted(years))) for code, (_, years) in sorted(estimated.items())),
        key_milestones=tuple(keys),
    )


def _milestone(model: Model, likely: list[Early], step, finish: date, slack: dict | None) -> MilestoneDate:
    """A milestone's date; a key milestone also gets its driving path and near-critical steps."""
    if slack is None:
        return MilestoneDate(key=step.milestone or step.id, name=step.name, step_id=step.id, likely=finish)
    driving = driving_path(model, likely, model.index[step.id], slack)
    near = sorted((j for j, s in slack.items() if j not in driving and s.working_days < NEAR_CRITICAL_WORKING_DAYS),
                  key=lambda j: (slack[j].working_days, likely[j].start))
    return MilestoneDate(key=step.milestone or step.id, name=step.name, step_id=step.id, likely=finish, is_key=True,
                         driving_steps=tuple(model.steps[j].id for j in driving),
                         near_critical=tuple(model.steps[j].id for j in near))


def _warnings(model: Model, likely: list[Early], today: date | None) -> list[str]:
    out = []
    for j, step in enumerate(model.steps):
        if not step.enabled:
            continue
        if likely[j].fixed_late_by:
            out.append(f"Step {label(step)} is fixed to start on {step.fixed_start:%d %b %Y}, "
                       f"{likely[j].fixed_late_by} days before its predecessors allow.")
        if likely[j].lead_clamped is not None:
            pred = model.steps[likely[j].lead_clamped]
            out.append(f"The lead on the link from {label(pred)} to {label(step)} reaches back before "
                       f"{label(pred)} starts (weekends or holidays leave it fewer working days), "
                       f"so {label(step)} is held to {label(pred)}'s start.")
        if today and step.actual_finish and step.actual_finish > today:
            out.append(f"Step {label(step)} has an actual finish in the future ({step.actual_finish:%d %b %Y}).")
    return out


def estimated_years(model: Model, low: list[Early], high: list[Early]) -> dict[str, tuple[object, set[int]]]:
    """Per calendar code, (calendar, estimated years) that a working-day clock touches anywhere from
    a step's earliest start (min durations) to its latest finish (max durations)."""
    found: dict[str, tuple[object, set[int]]] = {}
    for j, step in enumerate(model.steps):
        if not step.enabled:
            continue
        clocks = {seg[2] for mode in ("min", "likely", "max") for seg in model.programs[mode][j].segs
                  if seg[0] == WORKING and seg[1]}
        if not clocks:
            continue
        first, last = low[j].start, max(high[j].end - 1, high[j].start)
        for calendar in clocks:
            years = calendar.estimated_years_between(first, last)
            if years:
                found.setdefault(calendar.code, (calendar, set()))[1].update(years)
    return found


def years_text(years) -> str:
    """'2027, 2028' or, for three or more years in a row, '2027-2031' (runs joined by commas)."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def estimated_warnings(estimated: dict[str, tuple[object, set[int]]]) -> list[str]:
    """One warning per calendar whose data is estimated in some year a step's range touches."""
    out = []
    for code, (calendar, years) in sorted(estimated.items()):
        listed = years_text(years)
        if code == "HK":
            why = f"computed by rule; the newest gazetted general holidays are for {calendar.gazetted_through}"
            what = "the gazetted general holidays"
        else:
            why = f"{data_as_of()} has no published make-up working days for it"
            what = "the State Council's holiday notice"
        out.append(f"The {code} working-day calendar for {listed} is estimated ({why}); enter {what} on the "
                   "Calendars page of the Library window to firm it up.")
    return out


def attach_percentiles(schedule: Schedule, percentiles) -> Schedule:
    """The schedule with each milestone's P50/P80/P90 filled in from montecarlo.simulate() (by step id);
    the one way percentiles reach a schedule (CLI, PDF, timeline). Dates already attached are kept."""
    def filled(m):
        found = percentiles.get(m.step_id)
        if found is None:
            return m
        return dataclasses.replace(m, p50=m.p50 or found.p50, p80=m.p80 or found.p80, p90=m.p90 or found.p90)

    return dataclasses.replace(schedule, milestones=tuple(filled(m) for m in schedule.milestones))


def check_schedules(plan, name: str, *, calendars: CalendarSet) -> None:
    """The scheduler's own check, run by `validate` and File > Open as by `schedule`: every scenario
    schedules on the plan's status date, or PlanFileError naming the file and the scenario."""
    from oases_desktop.core.errors import PlanFileError

    for index, scenario in enumerate(plan.scenarios):
        try:
            compute_schedule(scenario, plan.as_of, calendars=calendars, explain=False)
        except PlanError as error:
            raise PlanFileError(name, f"scenario \"{scenario.name}\" ({scenario.id}) cannot be scheduled: {error}",
                                f"plan.scenarios[{index}]") from None

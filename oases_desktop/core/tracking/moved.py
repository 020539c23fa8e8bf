"""Why it moved: each key milestone against a baseline, its causes found by replaying changes one at a time.

The replay starts from the baseline's own inputs (scenario, calendar notices, status date) and
applies the differences to today's plan one by one, in REPLAY_ORDER; what a change adds to a
milestone's likely date is measured with the changes before it already in. The last state is
today's plan, so the per-cause days add up to the total move (a recomputed baseline that differs
from the stored one, e.g. newer holiday data, is its own first cause).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from oases_desktop.core.domain import Baseline, Plan, Scenario, Step
from oases_desktop.core.errors import PlanError
from oases_desktop.core.knowledge.model import ReferenceLibrary
from oases_desktop.core.scheduling.calendars import CalendarSet
from oases_desktop.core.tracking.baselines import calendar_notices, calendars_of, key_milestone_ids, notices_of
from oases_desktop.core.tracking.figures import fact_likely, gate_fact
from oases_desktop.core.tracking.wording import describe_change, fmt_day, gate_moved_text, gate_passed_text

# Kinds of change, in the order they are replayed (stated with every report).
REPLAY_ORDER = ("figure", "gate", "calendar", "start", "step_removed", "link_removed", "step_added", "link_added",
                "link_changed", "duration", "constraint", "edit", "actual", "gate_passed", "status")
ORDER_TEXT = ("library figures updated, rules' date gates the library moved, calendar notices entered, the "
              "scenario's start date, steps and links removed or added, durations edited, date constraints and "
              "other step edits, actual dates recorded, rules' assumed date gates that passed, then the status date")
_GROUPS = {
    "duration": ("duration", "stop_clock"),
    "actual": ("actual_start", "actual_finish"),
    "constraint": ("start_no_earlier_than", "fixed_start"),
    "edit": ("kind", "cadence", "enabled", "optional", "projected", "milestone"),
}


@dataclass(frozen=True)
class Change:
    """One difference between the baseline's inputs and today's plan."""

    kind: str          # one of REPLAY_ORDER
    key: str           # step id, "pred>succ" link, calendar code, or "" for scenario-wide changes
    text: str          # what changed, as a phrase ("the DH evaluation is now 200 working days instead of 150")


@dataclass(frozen=True)
class Cause:
    """What one change (or changes that only schedule together) added to a milestone, in calendar days."""

    text: str
    days: int


@dataclass(frozen=True)
class MilestoneMove:
    """A key milestone then and now (likely, P50, P80), the change in calendar days and its causes."""

    step_id: str
    name: str
    baseline_likely: date | None
    baseline_p50: date | None
    baseline_p80: date | None
    likely: date | None
    p50: date | None
    p80: date | None
    variance_days: int | None   # likely now minus likely then; None when the milestone is new or gone
    causes: tuple[Cause, ...]


@dataclass(frozen=True)
class Movement:
    """A plan against one of its baselines."""

    baseline: str
    saved_on: date
    baseline_status_date: date
    status_date: date
    order: str
    milestones: tuple[MilestoneMove, ...]
    changes: tuple[Change, ...]  # every difference found, including those that moved nothing


def _link_key(dep) -> str:
    return f"{dep.predecessor}>{dep.successor}"


def find_changes(then: Scenario, now: Scenario, baseline: Baseline, library: ReferenceLibrary,
                 calendars: CalendarSet, status_date: date) -> list[Change]:
    """Every difference between the baseline's inputs and today's, in replay order."""
    changes: list[Change] = []
    old_steps, new_steps = {s.id: s for s in then.steps}, {s.id: s for s in now.steps}
    figures = {f.key: f for f in baseline.figures}
    for sid, new in new_steps.items():
        old = old_steps.get(sid)
        if old is None:
            continue
        for kind, names in _GROUPS.items():
            if any(getattr(old, n) != getattr(new, n) for n in names):
                if kind == "duration" and _follows_library(old, new, figures, library):
                    kind = "figure"
                gate = _follows_gate(old, new, library) if kind == "constraint" else None
                if gate is not None:
                    changes.append(Change("gate", sid, gate_moved_text(new, gate, old.start_no_earlier_than,
                                                                       status_date, library)))
                    continue
                planned = baseline.date_of(sid)
                changes.append(Change(kind, sid, describe_change(kind, old, new, library,
                                                                 planned.finish if planned else None)))
        passed = _gate_passed(old, new, library, baseline.status_date, status_date)
        if passed is not None:
            changes.append(Change("gate_passed", sid, gate_passed_text(new, passed, status_date)))
    then_notes = {(c.code, c.year): c for c in baseline.calendars}
    now_notes = {(c.code, c.year): c for c in calendar_notices(calendars)}
    for code, year in sorted(set(then_notes) | set(now_notes)):
        if then_notes.get((code, year)) != now_notes.get((code, year)):
            what = "removed" if (code, year) not in now_notes else "entered or changed"
            changes.append(Change("calendar", f"{code} {year}", f"the {code} {year} calendar notice was {what}"))
    if then.start_date != now.start_date:
        changes.append(Change("start", "", f"the scenario now starts on {fmt_day(now.start_date)} instead of "
                                           f"{fmt_day(then.start_date)}"))
    for sid in old_steps.keys() - new_steps.keys():
        changes.append(Change("step_removed", sid, f'step "{old_steps[sid].name}" was removed'))
    for sid in (k for k in new_steps if k not in old_steps):
        changes.append(Change("step_added", sid, f'step "{new_steps[sid].name}" was added'))
    old_links, new_links = {_link_key(d): d for d in then.dependencies}, {_link_key(d): d for d in now.dependencies}
    both = old_steps.keys() & new_steps.keys()
    names = {**{k: s.name for k, s in old_steps.items()}, **{k: s.name for k, s in new_steps.items()}}
    for key, dep in old_links.items():
        if key not in new_links and {dep.predecessor, dep.successor} <= both:
            changes.append(Change("link_removed", key, f'the link from "{names[dep.predecessor]}" to '
                                                       f'"{names[dep.successor]}" was removed'))
    for key, dep in new_links.items():
        if key not in old_links and {dep.predecessor, dep.successor} <= both:
            changes.append(Change("link_added", key, f'a link from "{names[dep.predecessor]}" to '
                                                     f'"{names[dep.successor]}" was added'))
        elif key in old_links and old_links[key] != dep:
            changes.append(Change("link_changed", key, f'the link from "{names[dep.predecessor]}" to '
                                                       f'"{names[dep.successor]}" was changed'))
    if status_date != baseline.status_date:
        changes.append(Change("status", "", f"the status date is now {fmt_day(status_date)} instead of "
                                            f"{fmt_day(baseline.status_date)}; work not done is planned from it"))
    position = {sid: i for i, sid in enumerate([*old_steps, *(k for k in new_steps if k not in old_steps)])}
    return sorted(changes, key=lambda c: (REPLAY_ORDER.index(c.kind), position.get(c.key.split(">")[0], 0)))


def _follows_library(old: Step, new: Step, figures: Mapping, library: ReferenceLibrary) -> bool:
    """True when a duration changed because the library's figure for its basis did (not the advisor)."""
    basis = new.duration.basis
    if basis != old.duration.basis or basis not in figures or old.stop_clock != new.stop_clock:
        return False
    try:
        fact = library.latest(basis)
        then = figures[basis]
        return ((fact.number, fact.as_of, fact.source_id) != (then.value, then.as_of, then.source_id)
                and fact_likely(fact) == new.duration.likely)
    except (KeyError, ValueError):
        return False


def _follows_gate(old: Step, new: Step, library: ReferenceLibrary):
    """The gate's date fact when only the start-no-earlier-than moved, from a date that fact once had to
    the date the library gives it now (the step follows a rule's date gate); else None."""
    if old.fixed_start != new.fixed_start or None in (old.start_no_earlier_than, new.start_no_earlier_than):
        return None
    fact = gate_fact(old, library)
    return fact if fact is not None and fact.unit == "date" and fact.as_date == new.start_no_earlier_than else None


def _gate_passed(old: Step, new: Step, library: ReferenceLibrary, then: date, now: date):
    """The gate's date fact when the step still waits for a rule's assumed date that lay after the
    baseline's status date and has passed by today's, the step not started; else None."""
    day = new.start_no_earlier_than
    if day is None or day != old.start_no_earlier_than or new.actual_start is not None or not then < day <= now:
        return None
    fact = gate_fact(new, library)
    return fact if fact is not None and fact.estimate and fact.as_date == day else None


def compose(then: Scenario, now: Scenario, applied: set[tuple[str, str]], status: date | None = None) -> Scenario:
    """The baseline's scenario with the `applied` changes (kind, key) of today's taken in; a passed
    gate ("gate_passed") holds its step to `status`, today's status date."""
    new_steps = {s.id: s for s in now.steps}
    old_ids = {s.id for s in then.steps}
    steps = []
    for step in then.steps:
        if ("step_removed", step.id) in applied:
            continue
        new = new_steps.get(step.id)
        if new is not None:
            for kind, names in _GROUPS.items():
                if (kind, step.id) in applied or (kind == "duration" and ("figure", step.id) in applied):
                    step = dataclasses.replace(step, **{n: getattr(new, n) for n in names})
            if ("gate", step.id) in applied:
                step = dataclasses.replace(step, start_no_earlier_than=new.start_no_earlier_than)
            if ("gate_passed", step.id) in applied and status is not None:
                step = dataclasses.replace(step, start_no_earlier_than=status)
            step = dataclasses.replace(step, name=new.name)
        steps.append(step)
    added = {s.id for s in now.steps if s.id not in old_ids}
    for step in now.steps:
        if step.id in added and ("step_added", step.id) in applied:
            if ("actual", step.id) not in applied:
                step = dataclasses.replace(step, actual_start=None, actual_finish=None)
            steps.append(step)
    present = {s.id for s in steps}
    new_links = {_link_key(d): d for d in now.dependencies}
    links = []
    for dep in then.dependencies:
        key = _link_key(dep)
        if key in new_links:
            links.append(new_links[key] if ("link_changed", key) in applied else dep)
        elif ("link_removed", key) not in applied:
            links.append(dep)
    old_links = {_link_key(d) for d in then.dependencies}
    for key, dep in new_links.items():
        if key not in old_links and (("link_added", key) in applied or {dep.predecessor, dep.successor} & added):
            links.append(dep)
    links = [d for d in links if d.predecessor in present and d.successor in present]
    start = now.start_date if ("start", "") in applied else then.start_date
    return dataclasses.replace(now, start_date=start, steps=steps, dependencies=links)


def _calendars(baseline: Baseline, calendars: CalendarSet, applied: set) -> CalendarSet:
    """The baseline's calendar notices, with today's for each calendar year whose change is applied."""
    def changed(notice) -> bool:
        return ("calendar", f"{notice.calendar} {notice.year}") in applied

    kept = [n for n in notices_of(baseline.calendars) if not changed(n)]
    return CalendarSet([*kept, *(n for n in calendars.all_notices() if changed(n))], calendars.gazetted_through,
                       calendars.cited)


def _finishes(scenario: Scenario, status: date, calendars: CalendarSet, ids: list[str]) -> dict[str, date]:
    from oases_desktop.core.scheduling.engine import compute_schedule

    schedule = compute_schedule(scenario, status, calendars=calendars, explain=False)
    return {sid: schedule.steps[sid].finish for sid in ids if sid in schedule.steps}


def why_moved(plan: Plan, baseline: Baseline, library: ReferenceLibrary, calendars: CalendarSet,
              status_date: date | None = None, percentiles: Mapping | None = None) -> Movement:
    """Each key milestone of the baseline's scenario against the baseline, with its causes.

    `status_date` defaults to the plan's; `percentiles` (montecarlo.simulate of today's plan, same
    status date) fills the new P50/P80.
    """
    try:
        now = plan.scenario(baseline.scenario_id)
    except KeyError:
        raise PlanError(f"Baseline \"{baseline.name}\" is of scenario \"{baseline.scenario_id}\", "
                        "which the plan no longer has.") from None
    status = status_date or plan.as_of
    then = baseline.inputs
    ids = list(dict.fromkeys([*key_milestone_ids(plan, now), *baseline.key_milestones]))
    changes = find_changes(then, now, baseline, library, calendars, status)
    applied: set[tuple[str, str]] = set()
    previous = _finishes(then, baseline.status_date, calendars_of(baseline, calendars), ids)
    stored = {sid: baseline.date_of(sid).finish for sid in ids if baseline.date_of(sid)}
    causes: dict[str, list[Cause]] = {sid: [] for sid in ids}
    _add(causes, "the app's holiday data or scheduling rules changed since the baseline was saved",
         stored, previous)
    pending: list[Change] = []
    for change in changes:
        applied.add((change.kind, change.key))
        pending.append(change)
        try:
            current = _finishes(compose(then, now, applied, status), baseline.status_date if ("status", "") not in applied
                                else status, _calendars(baseline, calendars, applied), ids)
        except PlanError:
            continue  # this state cannot be scheduled alone (e.g. a link to a step not added yet): join the next
        _add(causes, "; together with ".join(c.text for c in pending), previous, current)
        previous, pending = current, []
    final = _finishes(now, status, calendars, ids)
    _add(causes, "changes that could not be replayed one by one", previous, final)
    names = {**{s.id: s.name for s in then.steps}, **{s.id: s.name for s in now.steps}}
    moves = []
    for sid in ids:
        then_dates = baseline.date_of(sid)
        found = (percentiles or {}).get(sid)
        likely = final.get(sid)
        moves.append(MilestoneMove(
            sid, names.get(sid, sid), then_dates.finish if then_dates else None,
            then_dates.p50 if then_dates else None, then_dates.p80 if then_dates else None,
            likely, getattr(found, "p50", None), getattr(found, "p80", None),
            (likely - then_dates.finish).days if likely and then_dates else None, tuple(causes[sid])))
    return Movement(baseline.name, baseline.saved_on, baseline.status_date, status, ORDER_TEXT,
                    tuple(moves), tuple(changes))


def _add(causes: dict[str, list[Cause]], text: str, before: Mapping[str, date], after: Mapping[str, date]) -> None:
    """Record what a change did to each milestone present before and after it (nothing for 0 days)."""
    for sid, found in causes.items():
        if sid in before and sid in after and (after[sid] - before[sid]).days:
            found.append(Cause(text, (after[sid] - before[sid]).days))

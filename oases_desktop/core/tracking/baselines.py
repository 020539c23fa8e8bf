"""Save, find and remove baselines: named, dated snapshots of a scenario's computed dates.

A baseline keeps what was shown (likely, P50, P80 of every step) and what produced it (the
scenario, the library figures its steps cited, the calendar notices, the status date), so that
moved.py can replay every later change. Operations return a new list; the caller keeps the old
one for undo.
"""

from __future__ import annotations

import copy
from datetime import date

from oases_desktop.core.domain import Baseline, BaselineCalendar, BaselineDate, BaselineFigure, Plan, Scenario
from oases_desktop.core.errors import PlanError
from oases_desktop.core.knowledge.model import ReferenceLibrary
from oases_desktop.core.scheduling.calendars import CalendarSet


def key_milestone_ids(plan: Plan, scenario: Scenario) -> list[str]:
    """The key milestones of a scenario, by step id: its enabled milestone steps, in plan order.

    The one place living-plan code asks; it follows the plan's own key-milestone choice once the
    plan carries one.
    """
    chosen = getattr(scenario, "key_milestones", None) or getattr(plan, "key_milestones", None)
    enabled = {s.id for s in scenario.steps if s.enabled}
    if chosen:
        return [sid for sid in chosen if sid in enabled]
    return [s.id for s in scenario.steps if s.enabled and s.milestone]


def cited_figures(scenario: Scenario, library: ReferenceLibrary) -> list[BaselineFigure]:
    """The library's current figure for every fact a step's duration or stop-clock cites."""
    keys = dict.fromkeys(e.basis for s in scenario.steps for e in (s.duration, s.stop_clock)
                         if e is not None and not e.is_estimate)
    out = []
    for key in keys:
        try:
            fact = library.latest(key)
            value = float(fact.number)
        except (KeyError, ValueError):
            continue  # a basis the library does not hold as a number: nothing to compare later
        out.append(BaselineFigure(key, value, fact.as_of, fact.source_id))
    return out


def calendar_notices(calendars: CalendarSet) -> list[BaselineCalendar]:
    """The published notices the calendars use, one record per calendar and year."""
    return [BaselineCalendar(str(n.calendar), n.year, {d.date.isoformat(): d.name for d in n.days_off},
                             {d.date.isoformat(): d.name for d in n.makeup_workdays}, n.source_id)
            for n in calendars.all_notices()]


def notices_of(records) -> list:
    """The CalendarNotice of each recorded BaselineCalendar."""
    from oases_desktop.core.domain.plan import Calendar
    from oases_desktop.core.knowledge.notices import CalendarNotice, NoticeDay

    def days(mapping: dict[str, str]) -> tuple:
        return tuple(NoticeDay(date.fromisoformat(day), name) for day, name in sorted(mapping.items()))

    return [CalendarNotice(Calendar(r.code), r.year, days(r.days_off), days(r.makeup_workdays), r.source_id)
            for r in records]


def take_baseline(plan: Plan, name: str, library: ReferenceLibrary, calendars: CalendarSet,
                  scenario_id: str | None = None, saved_on: date | None = None,
                  runs: int | None = None, seed: int | None = None) -> Baseline:
    """A baseline of the scenario (the active one by default) as scheduled on the plan's status date."""
    from oases_desktop.core.scheduling.engine import compute_schedule
    from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, step_percentiles

    name = name.strip()
    if not name:
        raise PlanError("A baseline needs a name.")
    if any(b.name == name for b in plan.baselines):
        raise PlanError(f"The plan already has a baseline named \"{name}\"; choose another name or delete it first.")
    try:
        scenario = plan.scenario(scenario_id)
    except KeyError:
        raise PlanError(f"No scenario \"{scenario_id}\" in the plan; it has: "
                        + ", ".join(s.id for s in plan.scenarios)) from None
    runs = DEFAULT_RUNS if runs is None else runs
    seed = DEFAULT_SEED if seed is None else seed
    schedule = compute_schedule(scenario, plan.as_of, calendars=calendars, explain=False)
    spread = step_percentiles(scenario, runs, seed, plan.as_of, calendars=calendars) if runs > 0 else {}
    names = {s.id: s.name for s in scenario.steps}
    dates = [BaselineDate(sid, names[sid], item.start, item.finish, *spread.get(sid, (None, None)))
             for sid, item in schedule.steps.items()]
    return Baseline(name=name, scenario_id=scenario.id, saved_on=saved_on or date.today(), status_date=plan.as_of,
                    key_milestones=key_milestone_ids(plan, scenario), dates=dates, inputs=copy.deepcopy(scenario),
                    figures=cited_figures(scenario, library), calendars=calendar_notices(calendars),
                    runs=runs, seed=seed)


def with_baseline(baselines: list[Baseline], baseline: Baseline) -> list[Baseline]:
    """The list with this baseline added at the end (its name must be new)."""
    if any(b.name == baseline.name for b in baselines):
        raise PlanError(f"The plan already has a baseline named \"{baseline.name}\".")
    return [*baselines, baseline]


def without_baseline(baselines: list[Baseline], name: str) -> list[Baseline]:
    """The list without the baseline of this name; PlanError if there is none."""
    if not any(b.name == name for b in baselines):
        raise PlanError(f"No baseline named \"{name}\"; the plan has: "
                        + (", ".join(b.name for b in baselines) or "none"))
    return [b for b in baselines if b.name != name]


def baseline_of(plan: Plan, name: str | None, scenario_id: str, where: str = "the plan") -> Baseline | None:
    """The named baseline, which must be of `scenario_id`; None when no name is given; PlanError
    saying what `where` (the plan, or its file) has. The one lookup commands, exports and the GUI use."""
    if name is None:
        return None
    try:
        found = plan.baseline(name)
    except KeyError:
        raise PlanError(f"No baseline \"{name}\" in {where}; it has: "
                        + (", ".join(b.name for b in plan.baselines) or "none")) from None
    if found.scenario_id != scenario_id:
        raise PlanError(f"Baseline \"{name}\" is of scenario {found.scenario_id}, not {scenario_id}; "
                        f"choose scenario {found.scenario_id} (--scenario {found.scenario_id}) to compare with it.")
    return found


def variance(baseline: Baseline | None, step_id: str, finish: date | None) -> tuple[BaselineDate | None, int | None]:
    """The baseline's dates of a step and how many calendar days later (+) it now finishes; (None, None) without."""
    then = baseline.date_of(step_id) if baseline is not None else None
    return then, (finish - then.finish).days if then is not None and finish is not None else None


def calendars_of(baseline: Baseline, calendars: CalendarSet) -> CalendarSet:
    """`calendars` with the notices the baseline recorded instead of today's (dates only: the
    "estimated" flags follow today's library)."""
    return CalendarSet(notices_of(baseline.calendars), calendars.gazetted_through, calendars.cited)

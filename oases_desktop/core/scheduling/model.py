"""A scenario compiled for fast, repeated scheduling: indexed steps, links and duration programs.

Validation happens here, once, with errors that name the steps involved. The passes in
engine.py and montecarlo.py then run on plain lists and tuples.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from oases_desktop.core.domain.cadence import check_cadence
from oases_desktop.core.domain.graph import topological_order
from oases_desktop.core.domain.plan import DependencyType, DurationUnit, Estimate, Scenario, Step, StepKind
from oases_desktop.core.domain.rules import CENTURY, RuleError, check_estimate, check_lag, step_label
from oases_desktop.core.errors import CycleError, PlanError
from oases_desktop.core.scheduling.calendars import CalendarSet, WorkingCalendar
from oases_desktop.core.scheduling.timing import DAYS, WORKING, segments

FS, SS, FF, SF = 0, 1, 2, 3
LINK_CODES = {DependencyType.FS: FS, DependencyType.SS: SS, DependencyType.FF: FF, DependencyType.SF: SF}
LINK_WORDS = {FS: "finish-to-start", SS: "start-to-start", FF: "finish-to-finish", SF: "start-to-finish"}
MODES = ("min", "likely", "max")
# Where the applicant's stop-clock sits inside a regulator clock: after this share of the
# regulator's target has run (questions come after a first review cycle). The facts give the
# two totals, not the split, so the split is a stated modelling choice.
STOP_CLOCK_AFTER = 0.5
label = step_label  # how errors and explanations name a step


class Program:
    """A step's duration as segments; segs[stop_from:stop_to] is the applicant's stop-clock."""

    __slots__ = ("segs", "stop_from", "stop_to", "point", "snaps", "exact", "days_only")

    def __init__(self, segs: tuple, stop_from: int = -1, stop_to: int = -1):
        self.segs, self.stop_from, self.stop_to = segs, stop_from, stop_to
        # point: the step takes no time (a milestone, or a zero duration).
        # snaps: the calendar the start snaps to (first segment that takes time is on a working-day clock).
        self.point, self.snaps = True, None
        used = kinds = 0
        for kind, amount, calendar in segs:
            if amount:
                if self.point:
                    self.point = False
                    self.snaps = calendar if kind == WORKING else None
                used += 1
                kinds |= 1 << kind
        # exact: shifting back gives exactly the latest start (see exact_inverse; durations are >= 0)
        self.exact = kinds in (0, 1 << DAYS) or (used == 1 and kinds == 1 << WORKING)
        self.days_only = kinds in (0, 1 << DAYS)  # plain calendar days: shifting back is exact both ways


def exact_inverse(segs) -> bool:
    """True when shifting back by these segments gives exactly the latest input (calendar days, or
    one forward working-day run); months, leads in working days and mixed runs need a search."""
    used = [seg for seg in segs if seg[1]]
    return all(seg[0] == DAYS for seg in used) or (len(used) == 1 and used[0][0] == WORKING and used[0][1] > 0)


@dataclass
class Link:
    """A dependency between two compiled steps (indices), its type code and lag segments."""

    pred: int
    succ: int
    type: int
    lag: tuple
    lag_value: float
    exact: bool = True  # the lag's backward shift is exact (see exact_inverse)


@dataclass
class Model:
    """A scenario ready to schedule."""

    scenario: Scenario
    steps: list[Step]
    index: dict[str, int]
    order: list[int]
    incoming: list[list[Link]]
    outgoing: list[list[Link]]
    programs: dict[str, list[Program]]  # mode -> program per step index
    start: int
    # Per step: a milestone that follows the finish of work sits at the end of a day (see passes.py).
    eod: list[bool] = None
    # Per step: the calendar whose days off move a sitting to the next working day (cadence gates only).
    sitting_calendars: list[WorkingCalendar | None] = None
    # Per step: the library's published (deadline, sitting) days for its cadence rule (X-PUBLISHED), else ().
    sitting_published: list[tuple] = None


def _check_estimate(step: Step, estimate: Estimate, what: str) -> None:
    if 0 <= estimate.min <= estimate.likely <= estimate.max <= CENTURY.get(estimate.unit, 0):
        return  # the usual case, checked in one go (NaN and inf fail it too)
    try:
        check_estimate(estimate, step, what, "")
    except RuleError as error:
        raise PlanError(error.problem) from None


def _calendar(calendars: CalendarSet, code, where) -> WorkingCalendar:
    """The calendar for a code; `where` is called to name the place only if the code is unknown."""
    try:
        return calendars.get(code)
    except PlanError as error:
        raise PlanError(f"{where()}: {error}") from None


def _program_key(step: Step) -> tuple:
    """Everything a step's programs depend on: equal keys compile to equal programs (cached)."""
    d, stop = step.duration, step.stop_clock
    key = (step.kind == StepKind.MILESTONE, d.min, d.likely, d.max, d.unit, d.calendar)
    if stop is not None:
        key += (stop.min, stop.likely, stop.max, stop.unit, stop.calendar)
    return key


def _program(step: Step, mode: str, calendars: CalendarSet) -> Program:
    if step.kind == StepKind.MILESTONE:
        return Program(())
    duration = step.duration
    cal = _calendar(calendars, duration.calendar, lambda: f"Step {label(step)}")
    segs = segments(getattr(duration, mode), duration.unit, cal)
    if step.stop_clock is None:
        return Program(tuple(segs))
    stop = step.stop_clock
    stop_cal = _calendar(calendars, stop.calendar, lambda: f"Step {label(step)} stop-clock")
    stop_segs = segments(getattr(stop, mode), stop.unit, stop_cal)
    kind, amount, seg_cal = segs[0]
    first = int(amount * STOP_CLOCK_AFTER)
    before = [(kind, first, seg_cal)]
    after = [(kind, amount - first, seg_cal), *segs[1:]]
    return Program(tuple(before + stop_segs + after), len(before), len(before) + len(stop_segs))


def _in_units(value: float, unit, calendar) -> tuple:
    """(family, amount): calendar days and weeks compare in days, months in months, working days per calendar."""
    if unit == DurationUnit.WEEKS:
        return ("days", value * 7)
    if unit == DurationUnit.WORKING_DAYS:
        return (("working", str(calendar)), value)
    return (str(unit), value)


def _check_lead(pred: Step, succ: Step, lag) -> None:
    """A lead longer than its predecessor would start (or finish) the successor before the predecessor
    starts: refused when both are counted the same way; otherwise the passes hold it to the start."""
    no_time = pred.kind == StepKind.MILESTONE or pred.duration.likely == 0
    family, length = _in_units(pred.duration.likely, pred.duration.unit, pred.duration.calendar)
    lead_family, lead = _in_units(-lag.value, lag.unit, lag.calendar)
    if no_time or (family == lead_family and lead > length + 1e-9):
        raise PlanError(
            f"The lead of {-lag.value:g} on the link from {label(pred)} to {label(succ)} is longer than "
            f"{label(pred)} itself, so {label(succ)} would start before its predecessor starts. Shorten the lead.")


def _estimate_key(e: Estimate | None) -> tuple | None:
    return None if e is None else (e.min, e.likely, e.max, e.unit, e.calendar)


def scenario_key(scenario: Scenario) -> tuple:
    """Everything the scheduler reads of a scenario, as one hashable value: equal keys, equal dates.

    Names, notes and sources are left out (they change no date); a revision of the plan that
    changes a date changes its key, so results can be cached by it."""
    steps = tuple((s.id, s.route, s.kind, _estimate_key(s.duration), _estimate_key(s.stop_clock), s.cadence, s.enabled,
                   s.start_no_earlier_than, s.fixed_start, s.actual_start, s.actual_finish, s.milestone)
                  for s in scenario.steps)
    links = tuple((d.predecessor, d.successor, d.type, d.lag.value, d.lag.unit, d.lag.calendar)
                  for d in scenario.dependencies)
    keys = None if scenario.key_milestones is None else tuple(scenario.key_milestones)
    return scenario.start_date, steps, links, keys


_COMPILED: dict[int, tuple] = {}  # id(calendars) -> (scenario, its key, model): the last compiled one


def compile_scenario(scenario: Scenario, calendars: CalendarSet) -> Model:
    """Validate a scenario and compile it; PlanError/CycleError name the steps at fault.

    The last model compiled on these calendars is reused while the scenario is the same object with
    the same steps and the same scheduling content (a schedule and its simulation compile once)."""
    key = scenario_key(scenario)
    found = _COMPILED.get(id(calendars))
    if found is not None:
        last, last_key, model, last_calendars = found
        if (last is scenario and last_calendars is calendars and last_key == key
                and len(model.steps) == len(scenario.steps)
                and all(a is b for a, b in zip(model.steps, scenario.steps))):
            return model
    model = _compile(scenario, calendars)
    if len(_COMPILED) > 4:
        _COMPILED.clear()
    _COMPILED[id(calendars)] = (scenario, key, model, calendars)
    return model


def _compile(scenario: Scenario, calendars: CalendarSet) -> Model:
    steps = list(scenario.steps)
    index: dict[str, int] = {}
    for i, step in enumerate(steps):
        if step.id in index:
            raise PlanError(f"Two steps share the id \"{step.id}\"; give each step its own id.")
        index[step.id] = i
        _check_estimate(step, step.duration, "duration")
        if step.stop_clock is not None:
            _check_estimate(step, step.stop_clock, "stop-clock")
        if step.kind == StepKind.CADENCE_GATE and not (step.cadence or "").strip():
            raise PlanError(f"Step {label(step)} waits for a sitting but has no cadence rule; "
                            "add one such as FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15.")
        if step.cadence:
            try:
                check_cadence(step.cadence)
            except PlanError as error:
                raise PlanError(f"Step {label(step)}: {error}") from None
        if step.actual_start and step.actual_finish and step.actual_finish < step.actual_start:
            raise PlanError(f"Step {label(step)}: the actual finish is before the actual start.")
    incoming: list[list[Link]] = [[] for _ in steps]
    outgoing: list[list[Link]] = [[] for _ in steps]
    pairs = []
    for dep in scenario.dependencies:
        for end in (dep.predecessor, dep.successor):
            if end not in index:
                raise PlanError(f"A link refers to a step that does not exist: \"{end}\".")
        pred, succ = index[dep.predecessor], index[dep.successor]
        if pred == succ:
            raise PlanError(f"Step {label(steps[pred])} depends on itself; remove that link.")
        def where(pred=pred, succ=succ):
            return f"The link from {label(steps[pred])} to {label(steps[succ])}"
        value = dep.lag.value
        try:
            check_lag(dep.lag, "")
        except RuleError as error:
            raise PlanError(f"{where()}: {error.problem}.") from None
        code = LINK_CODES.get(dep.type)
        if code is None:
            raise PlanError(f"{where()}: unknown link type \"{dep.type}\".")
        lag = tuple(segments(value, dep.lag.unit, _calendar(calendars, dep.lag.calendar, where))) if value else ()
        if value < 0 and code in (FS, FF):
            _check_lead(steps[pred], steps[succ], dep.lag)
        link = Link(pred, succ, code, lag, value, exact_inverse(lag) if lag else True)
        incoming[succ].append(link)
        outgoing[pred].append(link)
        pairs.append((dep.predecessor, dep.successor))
    try:
        order_ids = topological_order([s.id for s in steps], pairs)
    except CycleError as error:
        names = " -> ".join(label(steps[index[sid]]) for sid in (*error.step_ids, error.step_ids[0]))
        error.args = (f"Dependency cycle: {names}. Remove one of these links.",)
        raise
    programs = {mode: [] for mode in MODES}
    cache = calendars.program_cache
    for step in steps:
        key = _program_key(step)
        found = cache.get(key)
        if found is None:
            found = tuple(_program(step, mode, calendars) for mode in MODES)
            if len(cache) > 50_000:
                cache.clear()
            cache[key] = found
        for mode, program in zip(MODES, found):
            programs[mode].append(program)
    order = [index[s] for s in order_ids]
    sitting_calendars = [_calendar(calendars, step.duration.calendar, lambda step=step: f"Step {label(step)}")
                         if step.cadence else None for step in steps]
    published = [calendars.published_for(step.cadence) if step.cadence else () for step in steps]
    return Model(scenario, steps, index, order, incoming, outgoing, programs, scenario.start_date.toordinal(),
                 _end_of_day(steps, order, incoming, programs["likely"]), sitting_calendars, published)


def _end_of_day(steps, order, incoming, likely) -> list[bool]:
    """Which points sit at the end of a day: those reached through the finish of work, directly or
    through other such points, except cadence gates (a fixed property, so a milestone's shown day
    never depends on which of its links happens to drive it)."""
    eod = [False] * len(steps)
    for j in order:
        # A sitting is an event on its day (what follows may start that day): gates stay at the start.
        if (likely[j].point or not steps[j].enabled) and not (steps[j].enabled and steps[j].cadence):
            eod[j] = any(link.type in (FS, FF) and ((not likely[link.pred].point and steps[link.pred].enabled)
                                                    or eod[link.pred]) for link in incoming[j])
    return eod


def ordinal(day: date | None) -> int | None:
    """date -> ordinal, None stays None."""
    return None if day is None else day.toordinal()

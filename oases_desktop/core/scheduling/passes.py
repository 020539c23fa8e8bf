"""Forward (early dates) and backward (late dates) passes over a compiled scenario, on instants.

Instants are day ordinals at the start of the day. A step with work occupies [S, E); a point
step (milestone) is one instant T. A point reached through the finish of work (a finish-to-start
or finish-to-finish link, directly or through other such points) sits at the *end* of a day: it is
shown on day T - 1, the day that work finished, and any date given for it (a constraint, a sitting,
an actual date) means the end of that day. Other points sit at the start of their day. This is the
`eod` flag, fixed per step by the graph (model._end_of_day).

Links through a disabled step are bridged: the step becomes a zero-length pass-through, so
A -> (disabled X) -> B still orders B after A, with both links' lags applied.
"""

from __future__ import annotations

from bisect import bisect_right

from dataclasses import dataclass

from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.calendars import DateRangeError
from oases_desktop.core.scheduling.model import FF, FS, SF, Link, Model, Program, label, ordinal
from oases_desktop.core.domain.cadence import sitting_table
from oases_desktop.core.scheduling.timing import last_sitting, next_sitting, shift, sitting_held_on


def out_of_range(model: Model, j: int | None, error: DateRangeError) -> PlanError:
    """A date-range error that names the scenario and the step being dated, and what to check."""
    scenario = model.scenario
    where = f"step {label(model.steps[j])}" if j is not None else "its start date"
    return PlanError(f"Scenario \"{scenario.name}\" ({scenario.id}), {where}: {error}. Check the scenario's start "
                     "date and this step's dates, durations and lags.")


@dataclass
class Early:
    """Early dates of one step in one pass, with what drove them (for explanations)."""

    start: int
    end: int
    eod: bool
    driver: tuple  # (kind, link-or-None, instant): kind in start/today/snet/link/fixed/actual/bridge
    meeting: int | None = None
    stop_start: int | None = None
    stop_end: int | None = None
    fixed_late_by: int = 0  # days the predecessors would push a fixed start later
    lead_clamped: int | None = None  # predecessor whose lead was cut back to its start
    held_to_status: bool = False  # in progress, its forecast finish had passed: moved past the status date


def settled_steps(model: Model) -> set[int]:
    """Steps without actual dates that lead to a step with actual dates: taken as done on their planned dates.

    A step that has started settles everything it waits on, so the status date does not push the
    work before it into the future (the explanation says so).
    """
    started = [j for j, s in enumerate(model.steps) if s.enabled and (s.actual_start or s.actual_finish)]
    settled: set[int] = set()
    stack = list(started)
    while stack:
        for link in model.incoming[stack.pop()]:
            if link.pred not in settled:
                settled.add(link.pred)
                stack.append(link.pred)
    return {j for j in settled if not (model.steps[j].actual_start or model.steps[j].actual_finish)}


def run_forward(program: Program, ready: int, snap: bool = True) -> tuple[int, int, int | None, int | None]:
    """(start, end, stop-clock start, stop-clock end) of a program started as soon as `ready`.

    A working-day clock starts on its calendar's next working day unless `snap` is False
    (a sitting is a fixed day).
    """
    cal = program.snaps if snap else None
    start = cal.snap(ready) if cal is not None else ready
    t = start
    stop_start = stop_end = None
    for k, seg in enumerate(program.segs):
        if k == program.stop_from:
            stop_start = t
        t = shift(t, seg)
        if k == program.stop_to - 1:
            stop_end = t
    return start, t, stop_start, stop_end


def run_backward(program: Program, end: int) -> int:
    """The latest start from which the program ends by `end`."""
    t = end
    for seg in reversed(program.segs):
        t = shift(t, seg, -1)
    return t


def _lag(base: int, link: Link, sign: int = 1) -> int:
    t = base
    for seg in link.lag if sign > 0 else reversed(link.lag):
        t = shift(t, seg, sign)
    return t


def forward(model: Model, mode: str, today: int | None = None) -> list[Early]:
    """Early dates of every step with the `mode` durations (min, likely or max)."""
    steps, programs = model.steps, model.programs[mode]
    result: list[Early | None] = [None] * len(steps)
    settled = settled_steps(model) if today is not None else set()
    j = None
    try:
        for j in model.order:
            step, program = steps[j], programs[j]
            point = program.point
            if not step.enabled:
                program, point = Program(()), True
            eod = model.eod[j] and point
            day = 1 if eod and step.enabled else 0  # a date given for an end-of-day point means its end
            best = (model.start + day, ("start", None, model.start))  # (instant, driver)
            lead_clamped = None
            if (step.enabled and today is not None and step.actual_start is None and j not in settled
                    and today + day > best[0]):
                best = (today + day, ("today", None, today))
            snet = ordinal(step.start_no_earlier_than) if step.enabled else None
            if snet is not None and snet + day > best[0]:
                best = (snet + day, ("snet", None, snet))
            for link in model.incoming[j]:
                pred = result[link.pred]
                from_finish = link.type in (FS, FF)
                bound = _lag(pred.end if from_finish else pred.start, link)
                if link.lag_value < 0 and from_finish and bound < pred.start:
                    # A lead cannot reach back before its predecessor starts (model.py refuses leads longer
                    # than the predecessor; this catches weekends and holidays that shorten it in working days).
                    bound, lead_clamped = pred.start, link.pred
                if link.type in (FF, SF):  # a finish bound: the earliest start that finishes no earlier
                    bound = _start_for_finish(program, bound)
                if bound > best[0]:
                    best = (bound, ("link", link, bound))
            if step.enabled and (step.actual_start or step.actual_finish):
                result[j] = _actual(step, program, point, eod, today)
                continue
            ready, driver = best
            fixed_late_by = 0
            if step.enabled and step.fixed_start is not None:
                fixed = step.fixed_start.toordinal()
                fixed_late_by = max(0, ready - fixed - day)
                ready, driver = fixed + day, ("fixed", None, fixed)
            meeting = None
            if step.enabled and step.cadence:
                meeting = next_sitting(step.cadence, ready - day, model.sitting_calendars[j], model.sitting_published[j])
                if meeting is None:
                    raise PlanError(f"Step {label(step)}: no sitting of \"{step.cadence}\" on or after "
                                    "the day it is ready; extend the cadence rule.")
                ready = meeting + day
            if point:
                result[j] = Early(ready, ready, eod, driver, meeting, fixed_late_by=fixed_late_by, lead_clamped=lead_clamped)
                continue
            if meeting is not None:  # the sitting is a fixed day: no snapping to the clock's working days
                start, end, stop_start, stop_end = run_forward(program, meeting, snap=False)
            else:
                start, end, stop_start, stop_end = run_forward(program, ready)
            result[j] = Early(start, end, False, driver, meeting, stop_start, stop_end, fixed_late_by, lead_clamped)
    except DateRangeError as error:
        raise out_of_range(model, j, error) from None
    return result


def _actual(step, program: Program, point: bool, eod: bool, today: int | None) -> Early:
    """Dates of a step that has started or finished: actuals win, the rest is forecast from them."""
    a_start, a_finish = ordinal(step.actual_start), ordinal(step.actual_finish)
    if point:  # a milestone that has happened: on its actual day
        day = a_finish if a_finish is not None else a_start
        return Early(day + eod, day + eod, eod, ("actual", None, day))
    if a_finish is not None:
        end = a_finish + 1
        start = a_start if a_start is not None else min(run_backward(program, end), end - 1)
        return Early(start, end, False, ("actual", None, a_finish))
    _, end, stop_start, stop_end = run_forward(program, a_start, snap=False)
    held = today is not None and end <= today
    if held:
        end = today + 1  # in progress: it cannot finish before the status date
    return Early(a_start, end, False, ("actual", None, a_start), None, stop_start, stop_end, held_to_status=held)


@dataclass
class Late:
    """Late dates of one step."""

    start: int
    end: int


def shown_finish_day(early: Early, point: bool) -> int:
    """The last day a step is shown on (ordinal): the day before its end, or a point's own day."""
    return early.end - early.eod if point else early.end - 1


def backward(model: Model, early: list[Early], finish_day: int | None = None,
             target: int | None = None, only: set[int] | None = None,
             undated: set[int] | None = None) -> list[Late | None]:
    """Late dates so that nothing is shown after `finish_day` (default: the plan's early finish day).

    With `target`, only that step is held to `finish_day` and `only` (its ancestors) are visited:
    backward planning from one milestone. Other steps are held by their links alone. A late date
    outside the calendars' years raises PlanError naming the step, unless `undated` is given: then
    that step, and every step leading to it, is added to `undated` and left None (targets.py).
    """
    steps, programs = model.steps, model.programs["likely"]
    if finish_day is None:
        finish_day = max((shown_finish_day(e, programs[i].point) for i, e in enumerate(early) if steps[i].enabled),
                         default=model.start)
    late: list[Late | None] = [None] * len(steps)
    for j in reversed(model.order):
        if only is not None and j not in only:
            continue
        step = steps[j]
        pinned = step.enabled and (step.actual_finish or step.actual_start or step.fixed_start)
        if undated is not None and not pinned and any(link.succ in undated for link in model.outgoing[j]):
            undated.add(j)  # held by a step the calendars cannot date: it is out of their years too
            continue
        try:
            late[j] = _late_one(model, early, late, j, finish_day, target)
        except DateRangeError as error:
            if undated is None:
                raise out_of_range(model, j, error) from None
            undated.add(j)
    return late


def _late_one(model: Model, early: list[Early], late: list[Late | None], j: int, finish_day: int,
              target: int | None) -> Late | None:
    """Late dates of step j from its successors' (None: nothing holds it); see backward."""
    step, program, mine = model.steps[j], model.programs["likely"][j], early[j]
    bound_end, bound_start = None, None
    if step.enabled and (target is None or j == target):
        # A point shown on its own day must not pass the finish day; anything else may end at its end.
        # (A switched-off step is only a bridge: it is held by its successors, if any.)
        bound_end = finish_day + (model.eod[j] if program.point else 1)
    for link in model.outgoing[j]:
        succ = late[link.succ]
        if succ is None:
            continue
        held = succ.end if link.type in (FF, SF) else _deadline_of(model, link.succ, succ.start)
        b = _lag_back(held, link)
        if link.type in (FS, FF):
            bound_end = b if bound_end is None else min(bound_end, b)
            if link.lag_value < 0:  # a lead stops at this step's start (see forward)
                bound_start = held if bound_start is None else min(bound_start, held)
        else:
            bound_start = b if bound_start is None else min(bound_start, b)
    if step.enabled and (step.actual_finish or step.actual_start or step.fixed_start):
        return Late(mine.start, mine.end)
    if bound_end is None and bound_start is None:  # held by nothing: a bridge to nowhere
        return None
    if not step.enabled or program.point:
        t = min(b for b in (bound_end, bound_start) if b is not None)
        if step.enabled and step.cadence:
            day = model.eod[j]
            sitting = last_sitting(step.cadence, t - day, model.sitting_calendars[j], model.sitting_published[j])
            t = t if sitting is None else sitting + day
        return Late(t, t)
    if step.cadence:
        return _latest_sitting(step, program, bound_end, bound_start, model.sitting_calendars[j],
                               model.sitting_published[j])
    if bound_end is None:
        start = bound_start
    else:
        start = run_backward(program, bound_end)
        if not program.exact:
            start = _latest(lambda s: run_forward(program, s)[1], bound_end, start)
    if bound_start is not None and bound_start < start or bound_end is None:
        start = min(start, bound_start)
        cal = program.snaps
        if cal is not None:
            start = cal.snap_back(start)
    return Late(start, run_forward(program, start)[1])


def _deadline_of(model: Model, j: int, start: int) -> int:
    """The latest instant step j's input may be ready and still start at `start`: for a committee with
    submission deadlines, the deadline of the sitting held then; otherwise `start` itself."""
    step = model.steps[j]
    if not (step.enabled and step.cadence):
        return start
    sitting = sitting_held_on(step.cadence, start - model.eod[j], model.sitting_calendars[j], model.sitting_published[j])
    return start if sitting is None or not sitting.has_deadline else sitting.deadline + model.eod[j]


def _start_for_finish(program: Program, finish: int) -> int:
    """The earliest start from which the program ends at or after `finish`."""
    guess = run_backward(program, finish)
    if program.days_only:
        return guess
    ends = lambda s: run_forward(program, s)[1]  # noqa: E731 (a one-line local)
    for _ in range(_SEARCH):
        if ends(guess) >= finish:
            break
        guess += 1
    for _ in range(_SEARCH):
        if ends(guess - 1) < finish:
            break
        guess -= 1
    return guess


_SEARCH = 45  # days a non-invertible shift can be off by (month-end clipping, a holiday week)


def _latest(shifted, bound: int, guess: int) -> int:
    """The latest x with shifted(x) <= bound, searched from a guess (shifted is non-decreasing)."""
    x = guess
    for _ in range(_SEARCH):
        if shifted(x + 1) > bound:
            break
        x += 1
    for _ in range(_SEARCH):
        if shifted(x) <= bound:
            break
        x -= 1
    return x


def _lag_back(t: int, link: Link) -> int:
    """The latest instant from which the link's lag still lands on or before t."""
    guess = _lag(t, link, -1)
    return guess if link.exact else _latest(lambda x: _lag(x, link), t, guess)


def _latest_sitting(step, program: Program, bound_end: int | None, bound_start: int | None, calendar,
                    published=()) -> Late:
    """Late dates of a cadence gate: the latest sitting from which it still ends in time."""
    def fits(sitting: int) -> bool:
        return ((bound_start is None or sitting <= bound_start)
                and (bound_end is None or run_forward(program, sitting, snap=False)[1] <= bound_end))

    limit = run_backward(program, bound_end) if bound_end is not None else bound_start
    if bound_start is not None:
        limit = min(limit, bound_start)
    sitting = last_sitting(step.cadence, limit, calendar, published)
    if sitting is None:
        return Late(limit, run_forward(program, limit, snap=False)[1])
    # Month ends make the backward shift inexact either way: step to a later sitting that still
    # fits, or back to an earlier one if this one does not.
    for _ in range(4):
        later = _held_after(step.cadence, sitting, calendar, published)
        if later is None or not fits(later):
            break
        sitting = later
    for _ in range(4):
        earlier = last_sitting(step.cadence, sitting - 1, calendar, published)
        if fits(sitting) or earlier is None:
            break
        sitting = earlier
    return Late(sitting, run_forward(program, sitting, snap=False)[1])


def _held_after(rule: str, sitting: int, calendar, published) -> int | None:
    """The next sitting held after `sitting` (by its day, whatever its deadline)."""
    days = sitting_table(rule, published).days
    k = bisect_right(days, sitting)
    while k < len(days) and (calendar.snap(days[k]) if calendar is not None else days[k]) <= sitting:
        k += 1
    if k >= len(days):
        return None
    return calendar.snap(days[k]) if calendar is not None else days[k]

"""The rules every plan keeps, in one place: the plan-file reader and every plan edit call these,
so a file and an edit accept exactly the same plans. Each problem is a RuleError naming its field path.

Duplicated links (two links between the same two steps) are refused, not merged: the two may
differ in type or lag, and keeping either one silently would change the schedule the user saw.
"""

from __future__ import annotations

import math
from dataclasses import fields, is_dataclass
from datetime import date

from oases_desktop.core.domain.cadence import CadenceError, check_cadence
from oases_desktop.core.domain.graph import topological_order
from oases_desktop.core.domain.plan import Dependency, DurationUnit, Estimate, Lag, Plan, Scenario, Step
from oases_desktop.core.errors import CycleError, PlanError

MAX_TEXT = 100_000  # longest free text we accept in any one field
MAX_STEPS = 20_000
# Regulatory plans live in decades, not millennia: a date outside this range is a typing slip.
EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)
# A hundred years in each unit: a duration or lag beyond it is a typing slip.
CENTURY = {DurationUnit.CALENDAR_DAYS: 36_500, DurationUnit.WEEKS: 5_215, DurationUnit.MONTHS: 1_200,
           DurationUnit.WORKING_DAYS: 25_000}


class RuleError(PlanError):
    """A plan that breaks a rule: `problem` says what, `field_path` where (e.g. plan.scenarios[0].steps[2].duration)."""

    def __init__(self, problem: str, field_path: str):
        self.problem, self.field_path = problem, field_path
        PlanError.__init__(self, problem)


class CycleRuleError(RuleError, CycleError):
    """Links that would loop: a RuleError (with its field path) that is also a CycleError (with the loop's step ids)."""

    def __init__(self, problem: str, field_path: str, step_ids):
        super().__init__(problem, field_path)
        self.step_ids = tuple(step_ids)


def step_label(step: Step) -> str:
    """How messages name a step: "Name" (id)."""
    return f"\"{step.name}\" ({step.id})"


def three_point_problem(low, likely, high, unit) -> str | None:
    """What is wrong with a min/likely/max duration (as "must ..." words), or None; steps and templates share it."""
    values = (low, likely, high)
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values):
        return "must be numbers"
    if min(values) < 0:
        return "cannot be negative"
    if not low <= likely <= high:
        return f"must satisfy min <= likely <= max (got {low:g} / {likely:g} / {high:g})"
    if high > CENTURY.get(unit, CENTURY[DurationUnit.CALENDAR_DAYS]):
        return "runs over 100 years, which is not plausible"
    return None


def check_estimate(estimate: Estimate, step: Step, what: str, at: str) -> None:
    """A step's duration or stop-clock keeps 0 <= min <= likely <= max within a century."""
    problem = three_point_problem(estimate.min, estimate.likely, estimate.max, estimate.unit)
    if problem:
        raise RuleError(f"Step {step_label(step)}: the {what} {problem}.", at)


def check_date(value: date | None, at: str) -> None:
    """A date of a plan lies in EARLIEST..LATEST."""
    if value is not None and not EARLIEST <= value <= LATEST:
        raise RuleError(f"{value.day} {value:%b} {value.year:04d} is not a plausible date for a plan "
                        f"(expected {EARLIEST.year} to {LATEST.year})", at)


_DATACLASS: dict[type, bool] = {}  # is this type a dataclass (looked up once per type)


def _texts_fine(value: object, skip: tuple[str, ...] = ()) -> bool:
    """True when no text in `value` breaks the rule: one quick walk that builds no field paths."""
    if skip:
        value = [getattr(value, f.name) for f in fields(value) if f.name not in skip]
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if len(item) > MAX_TEXT or "\x00" in item:
                return False
            continue
        kind = type(item)
        if kind is list:
            stack.extend(item)
            continue
        known = _DATACLASS.get(kind)
        if known is None:
            known = _DATACLASS[kind] = is_dataclass(kind)
        if known:
            found = getattr(item, "__dict__", None)  # a plain dataclass keeps its fields there
            stack.extend(found.values() if found is not None else (getattr(item, f.name) for f in fields(item)))
    return True


def check_text(value: object, at: str, skip: tuple[str, ...] = ()) -> None:
    """Every text in `value` (names, notes, lists, nested dataclasses) is at most MAX_TEXT long and has no NUL."""
    if _texts_fine(value, skip):
        return  # the usual case; otherwise the walk below finds the field and names its path
    _check_text(value, at, skip)


def _check_text(value: object, at: str, skip: tuple[str, ...] = ()) -> None:
    if isinstance(value, str):
        if "\x00" in value:  # databases refuse it (PostgreSQL text) and no name needs it
            raise RuleError("text contains a NUL character (\\u0000)", at)
        if len(value) > MAX_TEXT:
            raise RuleError(f"text is too long ({len(value)} characters; at most {MAX_TEXT})", at)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text(item, f"{at}[{index}]")
    elif is_dataclass(value):
        for item in fields(value):
            if item.name not in skip:
                _check_text(getattr(value, item.name), f"{at}.{item.name}")


def check_step(step: Step, at: str) -> None:
    """One step on its own: an id, sane durations, plausible dates, actual finish not before actual start."""
    if not step.id.strip():
        raise RuleError("step id is empty", f"{at}.id")
    if not step.name.strip():
        raise RuleError(f"step \"{step.id}\" needs a name", f"{at}.name")
    for what, estimate in (("duration", step.duration), ("stop-clock", step.stop_clock)):
        if estimate is not None:
            check_estimate(estimate, step, what, f"{at}.{what.replace('-', '_')}")
    for name in ("start_no_earlier_than", "fixed_start", "actual_start", "actual_finish"):
        check_date(getattr(step, name), f"{at}.{name}")
    if step.actual_start and step.actual_finish and step.actual_finish < step.actual_start:
        raise RuleError(f"Step {step_label(step)}: the actual finish is before the actual start.", f"{at}.actual_finish")
    if step.cadence:
        try:
            check_cadence(step.cadence)
        except CadenceError as error:
            raise RuleError(f"step \"{step.id}\": {error}", f"{at}.cadence") from None
    check_text(step, at)


def check_lag(lag: Lag, at: str) -> None:
    """A link's lag (or lead) is a number within a century."""
    if not isinstance(lag.value, (int, float)) or not math.isfinite(lag.value):
        raise RuleError("the lag must be a number", f"{at}.value")
    if abs(lag.value) > CENTURY.get(lag.unit, CENTURY[DurationUnit.CALENDAR_DAYS]):
        raise RuleError("a lag over 100 years is not plausible", f"{at}.value")


def check_links(steps: list[Step], links: list[Dependency], where: str, first_new: int = 0) -> None:
    """links[first_new:] join two different existing steps, no two links join the same pair, and
    together with the others they make no loop. `where` is the scenario's field path."""
    by_id = {s.id: s for s in steps}
    seen: dict[tuple[str, str], int] = {}
    for index, dep in enumerate(links):
        at = f"{where}.dependencies[{index}]"
        pair = (dep.predecessor, dep.successor)
        if index >= first_new:
            for end in ("predecessor", "successor"):
                if getattr(dep, end) not in by_id:
                    raise RuleError(f"link to a step that does not exist: \"{getattr(dep, end)}\"", f"{at}.{end}")
            check_lag(dep.lag, f"{at}.lag")
            if dep.predecessor == dep.successor:
                raise RuleError(f"step {step_label(by_id[dep.predecessor])} depends on itself", at)
            if pair in seen:
                raise RuleError(f"{step_label(by_id[pair[0]])} and {step_label(by_id[pair[1]])} are already linked "
                                f"(link {seen[pair]}); keep one link between two steps", at)
        seen.setdefault(pair, index)
    try:
        topological_order(by_id, [(d.predecessor, d.successor) for d in links])
    except CycleError as error:
        loop = [step_label(by_id[sid]) for sid in error.step_ids]
        raise CycleRuleError(f"dependency cycle: {' -> '.join(loop + loop[:1])}. Remove one of these links",
                             f"{where}.dependencies", error.step_ids) from None


def check_key_milestones(scenario: Scenario, at: str) -> None:
    """The key milestones (None: each route's outcome) are steps of the scenario, each listed once."""
    step_ids = {s.id for s in scenario.steps}
    for index, key in enumerate(scenario.key_milestones or []):
        if key not in step_ids:
            raise RuleError(f"key milestone \"{key}\" is not a step of this scenario", f"{at}.key_milestones[{index}]")
        if key in scenario.key_milestones[:index]:
            raise RuleError(f"key milestone \"{key}\" is listed twice", f"{at}.key_milestones[{index}]")


def check_unique(ids: list[str], where: str, what: str) -> None:
    """Ids are neither empty nor repeated."""
    seen: set[str] = set()
    for index, value in enumerate(ids):
        if not value.strip():
            raise RuleError(f"{what} is empty", f"{where}[{index}].id")
        if value in seen:
            raise RuleError(f"duplicate {what} \"{value}\"", f"{where}[{index}].id")
        seen.add(value)


def check_scenario_fields(scenario: Scenario, at: str) -> None:
    """A scenario's own fields: a name, a plausible start date, texts."""
    if not scenario.name.strip():
        raise RuleError("a scenario needs a name", f"{at}.name")
    check_date(scenario.start_date, f"{at}.start_date")
    check_text(scenario, at, skip=("steps", "dependencies"))


def check_scenario(scenario: Scenario, at: str) -> None:
    """A whole scenario: its fields, step count, unique step ids, each step, key milestones, all links."""
    check_scenario_fields(scenario, at)
    if len(scenario.steps) > MAX_STEPS:
        raise RuleError(f"more than {MAX_STEPS} steps", f"{at}.steps")
    check_unique([s.id for s in scenario.steps], f"{at}.steps", "step id")
    for index, step in enumerate(scenario.steps):
        check_step(step, f"{at}.steps[{index}]")
    check_key_milestones(scenario, at)
    check_links(scenario.steps, scenario.dependencies, at)


def check_plan_fields(plan: Plan) -> None:
    """Everything of the plan but its scenarios and baselines: dates, product dates, texts."""
    check_date(plan.as_of, "plan.as_of")
    for index, approval in enumerate(plan.product.reference_approvals):
        check_date(approval.date, f"plan.product.reference_approvals[{index}].date")
    check_text(plan, "plan", skip=("scenarios", "baselines"))


def check_baselines(plan: Plan) -> None:
    """Unique, non-empty names; plausible dates; each scenario snapshot holds together like a scenario."""
    seen: set[str] = set()
    for index, baseline in enumerate(plan.baselines):
        at = f"plan.baselines[{index}]"
        if not baseline.name.strip():
            raise RuleError("a baseline needs a name", f"{at}.name")
        if baseline.name in seen:
            raise RuleError(f"duplicate baseline name \"{baseline.name}\"", f"{at}.name")
        seen.add(baseline.name)
        check_date(baseline.saved_on, f"{at}.saved_on")
        check_date(baseline.status_date, f"{at}.status_date")
        for row, item in enumerate(baseline.dates):
            for field_name in ("start", "finish", "p50", "p80"):
                check_date(getattr(item, field_name), f"{at}.dates[{row}].{field_name}")
        check_scenario(baseline.inputs, f"{at}.inputs")
        check_text(baseline, at, skip=("inputs",))


def check_plan(plan: Plan) -> None:
    """A whole plan, as the plan-file reader needs it: RuleError for the first problem."""
    if not plan.scenarios:
        raise RuleError("a plan needs at least one scenario", "plan.scenarios")
    check_unique([s.id for s in plan.scenarios], "plan.scenarios", "scenario id")
    if plan.active_scenario not in {s.id for s in plan.scenarios}:
        raise RuleError(f"no scenario has the id \"{plan.active_scenario}\"", "plan.active_scenario")
    check_plan_fields(plan)
    for index, scenario in enumerate(plan.scenarios):
        check_scenario(scenario, f"plan.scenarios[{index}]")
    check_baselines(plan)
    check_targets(plan)


def check_targets(plan: Plan) -> None:
    """Each client's target date names a step of some scenario, on a plausible date."""
    steps = {s.id for scenario in plan.scenarios for s in scenario.steps}
    for step_id, day in plan.targets.items():
        at = f"plan.targets.{step_id}"
        if step_id not in steps:
            raise RuleError(f"target for \"{step_id}\", which is not a step of any scenario", at)
        check_date(day, at)

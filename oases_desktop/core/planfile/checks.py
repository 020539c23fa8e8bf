"""Content checks a schema cannot express: unique ids, links to steps that exist, sane durations."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date

from oases_desktop.core.domain import Plan, Scenario
from oases_desktop.core.domain.cadence import CadenceError, check_cadence
from oases_desktop.core.domain.graph import topological_order
from oases_desktop.core.errors import CycleError, PlanFileError

MAX_TEXT = 100_000  # longest free text we accept in any one field
MAX_STEPS = 20_000
# Regulatory plans live in decades, not millennia: a date outside this range is a typing slip.
EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)


def check_plan(plan: Plan, name: str) -> None:
    """Raise PlanFileError for the first problem in the plan's content."""
    if not plan.scenarios:
        raise PlanFileError(name, "a plan needs at least one scenario", "plan.scenarios")
    _unique([s.id for s in plan.scenarios], name, "plan.scenarios", "scenario id")
    if plan.active_scenario not in {s.id for s in plan.scenarios}:
        raise PlanFileError(name, f"no scenario has the id \"{plan.active_scenario}\"", "plan.active_scenario")
    for field_name in ("title", "client", "advisor", "notes", "confidentiality"):
        if len(getattr(plan, field_name)) > MAX_TEXT:
            raise PlanFileError(name, "text is too long", f"plan.{field_name}")
    _check_date(plan.as_of, name, "plan.as_of")
    for index, approval in enumerate(plan.product.reference_approvals):
        _check_date(approval.date, name, f"plan.product.reference_approvals[{index}].date")
    for index, scenario in enumerate(plan.scenarios):
        _check_scenario(scenario, name, f"plan.scenarios[{index}]")
    _check_baselines(plan, name)
    _check_targets(plan, name)


def _check_targets(plan: Plan, name: str) -> None:
    """Each target names a step of some scenario, on a plausible date."""
    steps = {s.id for scenario in plan.scenarios for s in scenario.steps}
    for step_id, day in plan.targets.items():
        at = f"plan.targets.{step_id}"
        if step_id not in steps:
            raise PlanFileError(name, f"target for \"{step_id}\", which is not a step of any scenario", at)
        _check_date(day, name, at)
    _check_text_lengths(plan, name, "plan")


def _check_baselines(plan: Plan, name: str) -> None:
    """Unique, non-empty names; plausible dates; the scenario snapshot holds together like a scenario."""
    seen: set[str] = set()
    for index, baseline in enumerate(plan.baselines):
        at = f"plan.baselines[{index}]"
        if not baseline.name.strip():
            raise PlanFileError(name, "a baseline needs a name", f"{at}.name")
        if baseline.name in seen:
            raise PlanFileError(name, f"duplicate baseline name \"{baseline.name}\"", f"{at}.name")
        seen.add(baseline.name)
        _check_date(baseline.saved_on, name, f"{at}.saved_on")
        _check_date(baseline.status_date, name, f"{at}.status_date")
        for row, item in enumerate(baseline.dates):
            for field_name in ("start", "finish", "p50", "p80"):
                _check_date(getattr(item, field_name), name, f"{at}.dates[{row}].{field_name}")
        _check_scenario(baseline.inputs, name, f"{at}.inputs")


def _check_date(value: date | None, name: str, where: str) -> None:
    if value is not None and not EARLIEST <= value <= LATEST:
        raise PlanFileError(name, f"{value.day} {value:%b} {value.year:04d} is not a plausible date for a plan "
                                  f"(expected {EARLIEST.year} to {LATEST.year})", where)


def _check_text_lengths(value: object, name: str, where: str) -> None:
    """Every text anywhere in the plan (names, notes, product fields, lists) is at most MAX_TEXT long."""
    if isinstance(value, str):
        if "\x00" in value:  # databases refuse it (PostgreSQL text) and no name needs it
            raise PlanFileError(name, "text contains a NUL character (\\u0000)", where)
        if len(value) > MAX_TEXT:
            raise PlanFileError(name, f"text is too long ({len(value)} characters; at most {MAX_TEXT})", where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text_lengths(item, name, f"{where}[{index}]")
    elif is_dataclass(value):
        for item in fields(value):
            _check_text_lengths(getattr(value, item.name), name, f"{where}.{item.name}")


def _unique(ids: list[str], name: str, where: str, what: str) -> None:
    seen: set[str] = set()
    for index, value in enumerate(ids):
        if not value.strip():
            raise PlanFileError(name, f"{what} is empty", f"{where}[{index}].id")
        if value in seen:
            raise PlanFileError(name, f"duplicate {what} \"{value}\"", f"{where}[{index}].id")
        seen.add(value)


def _check_scenario(scenario: Scenario, name: str, where: str) -> None:
    if len(scenario.steps) > MAX_STEPS:
        raise PlanFileError(name, f"more than {MAX_STEPS} steps", f"{where}.steps")
    _unique([s.id for s in scenario.steps], name, f"{where}.steps", "step id")
    _check_date(scenario.start_date, name, f"{where}.start_date")
    for index, step in enumerate(scenario.steps):
        at = f"{where}.steps[{index}]"
        for label, estimate in (("duration", step.duration), ("stop_clock", step.stop_clock)):
            if estimate is None:
                continue
            if min(estimate.min, estimate.likely, estimate.max) < 0:
                raise PlanFileError(name, f"step \"{step.id}\": a duration cannot be negative", f"{at}.{label}")
            if not estimate.min <= estimate.likely <= estimate.max:
                raise PlanFileError(name, f"step \"{step.id}\": durations must satisfy min <= likely <= max "
                                          f"(got {estimate.min:g} / {estimate.likely:g} / {estimate.max:g})", f"{at}.{label}")
            if estimate.max > 36_500:
                raise PlanFileError(name, f"step \"{step.id}\": a duration over 100 years is not plausible", f"{at}.{label}.max")
        for field_name in ("start_no_earlier_than", "fixed_start", "actual_start", "actual_finish"):
            _check_date(getattr(step, field_name), name, f"{at}.{field_name}")
        if step.actual_start and step.actual_finish and step.actual_finish < step.actual_start:
            raise PlanFileError(name, f"step \"{step.id}\": actual finish is before actual start", f"{at}.actual_finish")
        if len(step.notes) > MAX_TEXT or len(step.name) > MAX_TEXT:
            raise PlanFileError(name, "text is too long", at)
        if step.cadence:
            try:
                check_cadence(step.cadence)
            except CadenceError as error:
                raise PlanFileError(name, f"step \"{step.id}\": {error}", f"{at}.cadence") from None
    step_ids = {s.id for s in scenario.steps}
    for index, key in enumerate(scenario.key_milestones or []):
        if key not in step_ids:
            raise PlanFileError(name, f"key milestone \"{key}\" is not a step of this scenario",
                                f"{where}.key_milestones[{index}]")
        if key in scenario.key_milestones[:index]:
            raise PlanFileError(name, f"key milestone \"{key}\" is listed twice", f"{where}.key_milestones[{index}]")
    links = []
    for index, dep in enumerate(scenario.dependencies):
        at = f"{where}.dependencies[{index}]"
        for end in ("predecessor", "successor"):
            if getattr(dep, end) not in step_ids:
                raise PlanFileError(name, f"link to a step that does not exist: \"{getattr(dep, end)}\"", f"{at}.{end}")
        if abs(dep.lag.value) > 36_500:
            raise PlanFileError(name, "a lag over 100 years is not plausible", f"{at}.lag.value")
        if dep.predecessor == dep.successor:
            raise PlanFileError(name, f"step \"{dep.predecessor}\" depends on itself", at)
        links.append((dep.predecessor, dep.successor))
    try:
        topological_order(step_ids, links)
    except CycleError as error:
        names = {s.id: s.name for s in scenario.steps}
        loop = [f"\"{names[sid]}\" ({sid})" for sid in error.step_ids]
        raise PlanFileError(name, f"dependency cycle: {' -> '.join(loop + loop[:1])}. Remove one of these links",
                            f"{where}.dependencies") from None

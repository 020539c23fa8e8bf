"""Eligibility with the plan's own steps: a condition the plan fulfils counts from the day it does.

`evaluate_routes` judges the product as the advisor describes it on a date. A plan often holds the
steps that meet a missing condition: a Hong Kong trial's read-out provides local clinical data, a
registration step registers the product, public-hospital use follows MDACS listing. For a route
that is not eligible on `on`, this layer finds the scheduled steps of the scenario that supply its
missing conditions (plan_supplies.SUPPLIES), copies the profile with those facts set, and runs the
route's rule again on the day the last of them finishes. Rules change on dates, so a state the
product reaches later is judged on that later day, never on `on`. The rules and the plan stay untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from oases_desktop.core.domain.plan import Plan, Scenario, Step
from oases_desktop.core.knowledge.eligibility import RULES, evaluate_route
from oases_desktop.core.knowledge.model import ConditionResult, ReferenceLibrary, RouteStatus, RouteVerdict
from oases_desktop.core.knowledge.plan_supplies import SUPPLIES, Supply, supplies_for
from oases_desktop.core.knowledge.rules.common import long_date
from oases_desktop.core.scheduling.result import Schedule


@dataclass(frozen=True)
class SuppliedCondition(ConditionResult):
    """A condition met by a step of the plan, from that step's finish date (met False until then)."""

    step_id: str = ""
    step_name: str = ""
    supplied_on: date | None = None


@dataclass(frozen=True)
class _Supplier:
    supply: Supply
    step: Step
    finish: date


def evaluate_plan_routes(plan: Plan, scenario_id: str | None, on: date | None, library: ReferenceLibrary,
                         schedule: Schedule | None = None) -> list[RouteVerdict]:
    """A verdict per route for the plan's product on `on` (default: the plan's as-of date).

    A route that is not eligible on `on` only because of conditions the scenario's own steps meet
    becomes "eligible from" the day the last of those steps finishes (or later, if a rule's date
    gate opens later), its conditions judged on that day. Raises PlanError/CycleError when the
    scenario cannot be scheduled and no `schedule` is given; ValueError for another scenario's schedule.
    """
    scenario = plan.scenario(scenario_id)
    if schedule is None:
        from oases_desktop.core.scheduling.calendars import calendars_for
        from oases_desktop.core.scheduling.engine import compute_schedule

        schedule = compute_schedule(scenario, calendars=calendars_for(library))
    elif schedule.scenario_id != scenario.id:
        raise ValueError(f"schedule of scenario {schedule.scenario_id!r} given for scenario {scenario.id!r}")
    judge = _PlanJudge(plan, scenario, on or plan.as_of, library, schedule)
    present = {route.id for route in library.routes}
    return [judge.verdict(route_id) for route_id in RULES if route_id in present]


class _PlanJudge:
    """Verdicts of one scenario, memoised: a supplying step counts only if its own route is open."""

    def __init__(self, plan: Plan, scenario: Scenario, on: date, library: ReferenceLibrary, schedule: Schedule):
        self.plan, self.scenario, self.on, self.library, self.schedule = plan, scenario, on, library, schedule
        self._done: dict[str, RouteVerdict] = {}
        self._in_progress: set[str] = set()

    def verdict(self, route_id: str) -> RouteVerdict:
        if route_id not in self._done:
            self._in_progress.add(route_id)
            try:
                verdict = self._judge(route_id)
            finally:
                self._in_progress.discard(route_id)
            early = self._early_milestones(verdict) + self._unrenewed_measures(verdict)
            self._done[route_id] = replace(verdict, warnings=_merged(verdict.warnings, early)) if early else verdict
        return self._done[route_id]

    def _early_milestones(self, verdict: RouteVerdict) -> list[str]:
        """The route's milestones the schedule puts before the day the product can take the route."""
        opens = verdict.eligible_from
        if opens is None or verdict.status not in (RouteStatus.ELIGIBLE_FROM, RouteStatus.PROJECTED):
            return []
        warnings = []
        for step in self.scenario.steps:
            timing = self.schedule.steps.get(step.id)
            if step.enabled and step.route == verdict.route_id and step.milestone and timing and timing.finish < opens:
                warnings.append(f"This plan's step '{step.name}' is dated {long_date(timing.finish)}, before the product "
                                f"can take this route ({long_date(opens)}): link it to the step that opens the route.")
        return warnings

    def _unrenewed_measures(self, verdict: RouteVerdict) -> list[str]:
        """Connect steps dated after the catalogue measures' five years: they rest on measures not yet renewed."""
        if verdict.route_id != "gba_connect":
            return []
        try:
            valid_to = self.library.latest("gba_connect.catalogue_measures_valid_to").as_date
        except KeyError:
            return []
        late = [step.name for step in self.scenario.steps if step.enabled and step.route == verdict.route_id
                and (timing := self.schedule.steps.get(step.id)) and timing.finish > valid_to]
        if not late:
            return []
        return [f"This plan's step '{late[0]}'{f' (and {len(late) - 1} more)' if len(late) > 1 else ''} is dated after "
                f"{long_date(valid_to)}: it rests on the Connect catalogue measures of 1 Nov 2025, valid for five "
                "years and not yet renewed."]

    def _judge(self, route_id: str) -> RouteVerdict:
        profile = self.plan.product
        base = evaluate_route(route_id, profile, self.on, self.library)
        if base.status != RouteStatus.NOT_ELIGIBLE:
            return base
        missing_rules = {c.rule for c in base.conditions if c.met is False}
        suppliers: list[_Supplier] = []
        warnings: list[str] = []
        for supply in supplies_for(missing_rules, profile):
            found = self._supplier(route_id, supply, warnings)
            if found is not None:
                suppliers.append(found)
        if not suppliers:
            return replace(base, warnings=_merged(base.warnings, warnings))
        when = max([self.on, *(s.finish for s in suppliers)])
        future = profile
        for supplier in suppliers:
            future = supplier.supply.apply(future, when, self.library)
        later = evaluate_route(route_id, future, when, self.library)
        if later.status == RouteStatus.NOT_ELIGIBLE:
            # other conditions stay missing: judge on `on`, but say what the plan will supply
            conditions = _with_supplied(base.conditions, suppliers, self.on, self.library)
            return replace(base, conditions=conditions, warnings=_merged(base.warnings, warnings))
        status, start = _status_from(later, when, self.on)
        if any(s.step.projected for s in suppliers) and status != RouteStatus.ELIGIBLE:
            status = RouteStatus.PROJECTED
        warnings += [w for s in suppliers for w in s.supply.warnings(profile, when, self.library)]
        return replace(later, status=status, eligible_from=start,
                       conditions=_with_supplied(later.conditions, suppliers, self.on, self.library),
                       warnings=_merged(later.warnings, warnings))

    def _supplier(self, route_id: str, supply: Supply, warnings: list[str]) -> _Supplier | None:
        """The earliest scheduled step that supplies `supply`, whose own route the product can take."""
        usable: list[_Supplier] = []
        for step in self.scenario.steps:
            timing = self.schedule.steps.get(step.id)
            if not step.enabled or timing is None or not supply.matches(step):
                continue
            if self._route_closed(route_id, step.route):
                warnings.append(f"This plan's step '{step.name}' would meet \"{supply.label_in(self.library)}\", but the product "
                                f"is not eligible for the route it belongs to ({self._route_name(step.route)}).")
                continue
            usable.append(_Supplier(supply, step, timing.finish))
        return min(usable, key=lambda s: s.finish, default=None)

    def _route_closed(self, judged: str, supplier_route: str) -> bool:
        """True when the supplying step's route is one the product is not eligible for."""
        if supplier_route == judged or supplier_route not in RULES or supplier_route in self._in_progress:
            return False
        if not any(route.id == supplier_route for route in self.library.routes):
            return False
        return self.verdict(supplier_route).status in (RouteStatus.NOT_ELIGIBLE, RouteStatus.NOT_APPLICABLE)

    def _route_name(self, route_id: str) -> str:
        try:
            return self.library.route(route_id).name
        except KeyError:
            return route_id


def _status_from(later: RouteVerdict, when: date, on: date) -> tuple[RouteStatus, date | None]:
    """The status once the plan's steps are done: from `when`, or later if a gate opens later."""
    if later.status in (RouteStatus.ELIGIBLE, RouteStatus.TO_CHECK):
        return (later.status, None) if when <= on else (RouteStatus.ELIGIBLE_FROM, when)
    start = max(later.eligible_from or when, when)
    return later.status, start


def _with_supplied(conditions: list[ConditionResult], suppliers: list[_Supplier], on: date,
                   library: ReferenceLibrary) -> list[ConditionResult]:
    """Each condition a supplier meets, reworded to name the step and the day it is met."""
    by_rule = {s.supply.rule: s for s in suppliers}
    result: list[ConditionResult] = []
    for condition in conditions:
        supplier = by_rule.get(condition.rule)
        if supplier is None:
            result.append(condition)
            continue
        day = long_date(supplier.finish)
        met = supplier.finish <= on
        when = f"(since {day})" if met else f"on {day}"
        text = f"{supplier.supply.label_in(library)}: from this plan's step '{supplier.step.name}' {when}"
        result.append(SuppliedCondition(text, met, condition.rule, condition.source_id, step_id=supplier.step.id,
                                        step_name=supplier.step.name, supplied_on=supplier.finish))
    return result


def _merged(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


__all__ = ["SUPPLIES", "SuppliedCondition", "evaluate_plan_routes"]

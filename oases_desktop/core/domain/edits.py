"""Plan edits as core operations (orange-canvas-core's domain-owned edits, without Qt).

Each operation below checks the edit once, against the plan rules (rules.py) that the plan-file
reader keeps too, and returns an Edit without touching the plan. `edit.apply(plan)` makes the
change and returns the Edit that undoes it, so an undo stack only ever applies edits:

    edit = add_link(plan, "base", Dependency("a", "b"))
    undo = edit.apply(plan)      # the plan has the link
    redo = undo.apply(plan)      # the plan is as before; redo.apply(plan) links again

Values going into the plan are copied, so a plan never shares an object with the undo history.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass

from oases_desktop.core.domain.plan import Dependency, Plan, Scenario, Step
from oases_desktop.core.domain.rules import (
    RuleError, check_baselines, check_key_milestones, check_lag, check_links, check_plan_fields,
    check_scenario_fields, check_step,
)


class Edit:
    """A checked change to a plan."""

    def apply(self, plan: Plan) -> Edit:
        """Make the change; return the edit that undoes it."""
        raise NotImplementedError


@dataclass(frozen=True)
class SetFields(Edit):
    """Set fields of one object: ("plan",), ("product",), ("scenario", id), ("step", scenario id, step id)
    or ("link", scenario id, index)."""

    target: tuple
    changes: tuple[tuple[str, object], ...]

    def apply(self, plan: Plan) -> Edit:
        obj = _resolve(plan, self.target)
        old = tuple((name, getattr(obj, name)) for name, _ in self.changes)
        for name, value in self.changes:
            setattr(obj, name, copy.deepcopy(value))
        return SetFields(self.target, old)


@dataclass(frozen=True)
class InsertParts(Edit):
    """Insert steps, links and route ids into a scenario, each at the position it will have."""

    scenario_id: str
    steps: tuple[tuple[int, Step], ...] = ()
    links: tuple[tuple[int, Dependency], ...] = ()
    routes: tuple[tuple[int, str], ...] = ()

    def apply(self, plan: Plan) -> Edit:
        scenario = plan.scenario(self.scenario_id)
        for items, parts in _lists(scenario, self):
            for index, part in sorted(parts, key=lambda p: p[0]):
                items.insert(index, copy.deepcopy(part))
        return RemoveParts(self.scenario_id, *(tuple(i for i, _ in parts) for parts in (self.steps, self.links, self.routes)))


@dataclass(frozen=True)
class RemoveParts(Edit):
    """Remove the steps, links and route ids at these positions of a scenario."""

    scenario_id: str
    steps: tuple[int, ...] = ()
    links: tuple[int, ...] = ()
    routes: tuple[int, ...] = ()

    def apply(self, plan: Plan) -> Edit:
        scenario = plan.scenario(self.scenario_id)
        removed = []
        for items, positions in _lists(scenario, self):
            removed.append(tuple(sorted((i, items[i]) for i in positions)))
            for index in sorted(positions, reverse=True):
                del items[index]
        return InsertParts(self.scenario_id, *removed)


@dataclass(frozen=True)
class InsertScenario(Edit):
    """Insert a scenario at a position of the plan's list."""

    index: int
    scenario: Scenario

    def apply(self, plan: Plan) -> Edit:
        plan.scenarios.insert(self.index, copy.deepcopy(self.scenario))
        return RemoveScenario(self.index)


@dataclass(frozen=True)
class RemoveScenario(Edit):
    """Remove the scenario at a position of the plan's list."""

    index: int

    def apply(self, plan: Plan) -> Edit:
        return InsertScenario(self.index, plan.scenarios.pop(self.index))


@dataclass(frozen=True)
class Batch(Edit):
    """Several edits as one; undone in reverse order."""

    edits: tuple[Edit, ...]

    def apply(self, plan: Plan) -> Edit:
        return Batch(tuple(reversed([edit.apply(plan) for edit in self.edits])))


def _lists(scenario: Scenario, edit) -> tuple:
    return ((scenario.steps, edit.steps), (scenario.dependencies, edit.links), (scenario.routes, edit.routes))


def _resolve(plan: Plan, target: tuple):
    kind, *key = target
    if kind == "plan":
        return plan
    if kind == "product":
        return plan.product
    scenario = plan.scenario(key[0])
    if kind == "scenario":
        return scenario
    if kind == "step":
        return scenario.step(key[1])
    if kind == "link":
        return scenario.dependencies[key[1]]
    raise ValueError(f"unknown edit target {target!r}")


# --- operations: each checks once and returns an Edit -------------------------------------------

_STRUCTURE = {"id", "scenarios", "active_scenario", "product", "steps", "dependencies", "baselines"}


def _changes(obj, changes: dict, what: str) -> tuple[tuple[str, object], ...]:
    known = {f.name for f in dataclasses.fields(obj)} - _STRUCTURE
    for name in changes:
        if name not in known:
            raise RuleError(f"{what} has no field \"{name}\" that an edit can set", name)
    return tuple((name, copy.deepcopy(value)) for name, value in changes.items())


def _scenario_at(plan: Plan, scenario_id: str) -> tuple[int, Scenario]:
    for index, scenario in enumerate(plan.scenarios):
        if scenario.id == scenario_id:
            return index, scenario
    raise RuleError(f"no scenario has the id \"{scenario_id}\"", "plan.scenarios")


def _step_at(plan: Plan, scenario_id: str, step_id: str) -> tuple[str, int, Step]:
    index, scenario = _scenario_at(plan, scenario_id)
    for position, step in enumerate(scenario.steps):
        if step.id == step_id:
            return f"plan.scenarios[{index}].steps[{position}]", position, step
    raise RuleError(f"No step has the id {step_id} in this scenario.", f"plan.scenarios[{index}].steps")


def _link_at(plan: Plan, scenario_id: str, predecessor: str, successor: str) -> int:
    index, scenario = _scenario_at(plan, scenario_id)
    for position, dep in enumerate(scenario.dependencies):
        if (dep.predecessor, dep.successor) == (predecessor, successor):
            return position
    raise RuleError("These steps are not linked.", f"plan.scenarios[{index}].dependencies")


def set_plan_fields(plan: Plan, **changes) -> Edit:
    """Title, client, advisor, confidentiality, notes, as_of."""
    checked = _changes(plan, changes, "A plan")
    check_plan_fields(dataclasses.replace(plan, **changes))
    return SetFields(("plan",), checked)


def set_baselines(plan: Plan, baselines: list) -> Edit:
    """The plan's whole list of baselines (one saved or deleted): unique names, each snapshot a sound scenario."""
    check_baselines(dataclasses.replace(plan, baselines=list(baselines)))
    return SetFields(("plan",), (("baselines", copy.deepcopy(list(baselines))),))


def set_product_fields(plan: Plan, **changes) -> Edit:
    """Fields of the product profile (eligibility depends on them)."""
    checked = _changes(plan.product, changes, "A product")
    check_plan_fields(dataclasses.replace(plan, product=dataclasses.replace(plan.product, **changes)))
    return SetFields(("product",), checked)


def set_scenario_fields(plan: Plan, scenario_id: str, **changes) -> Edit:
    """A scenario's name, start date, routes, notes or key milestones."""
    index, scenario = _scenario_at(plan, scenario_id)
    checked = _changes(scenario, changes, "A scenario")
    changed = dataclasses.replace(scenario, **changes)
    check_scenario_fields(changed, f"plan.scenarios[{index}]")
    check_key_milestones(changed, f"plan.scenarios[{index}]")
    return SetFields(("scenario", scenario_id), checked)


def set_step_fields(plan: Plan, scenario_id: str, step_id: str, **changes) -> Edit:
    """Any field of a step but its id: name, duration (estimate, unit, calendar), constraints, dates, notes..."""
    at, _, step = _step_at(plan, scenario_id, step_id)
    checked = _changes(step, changes, "A step")
    check_step(dataclasses.replace(step, **changes), at)
    return SetFields(("step", scenario_id, step_id), checked)


def set_likely(plan: Plan, scenario_id: str, step_id: str, likely: float) -> Edit:
    """A new likely duration; min and max widen to keep it inside (a dragged bar end)."""
    step = _step_at(plan, scenario_id, step_id)[2]
    return set_step_fields(plan, scenario_id, step_id, duration=step.duration.with_likely(likely))


def move_step(plan: Plan, scenario_id: str, step_id: str, start) -> Edit:
    """The step starts no earlier than `start` (None clears the constraint)."""
    return set_step_fields(plan, scenario_id, step_id, start_no_earlier_than=start)


def unique_id(base: str, taken) -> str:
    """`base`, or `base-2`, `base-3`... whichever is not in `taken`."""
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def add_step(plan: Plan, scenario_id: str, step: Step, links: tuple[Dependency, ...] = (),
             index: int | None = None) -> InsertParts:
    """A step (its id made unique in the scenario; `links` follow the rename) and links to or from it."""
    old_id = step.id
    new_id = unique_id(old_id, (s.id for s in _scenario_at(plan, scenario_id)[1].steps))
    renamed = tuple(dataclasses.replace(d, predecessor=new_id if d.predecessor == old_id else d.predecessor,
                                        successor=new_id if d.successor == old_id else d.successor)
                    for d in links)
    return add_parts(plan, scenario_id, [dataclasses.replace(step, id=new_id)], renamed, index=index)


def add_parts(plan: Plan, scenario_id: str, steps: list[Step], links: tuple[Dependency, ...] | list[Dependency] = (),
              route: str | None = None, index: int | None = None) -> InsertParts:
    """Steps (at `index`, else at the end), links and a route id; refuses a step id the scenario already has."""
    where_index, scenario = _scenario_at(plan, scenario_id)
    where = f"plan.scenarios[{where_index}]"
    first = len(scenario.steps) if index is None else index
    taken = {s.id for s in scenario.steps}
    for offset, step in enumerate(steps):
        at = f"{where}.steps[{first + offset}]"
        if step.id in taken:
            raise RuleError(f"The plan already has a step with the id {step.id}.", f"{at}.id")
        taken.add(step.id)
        check_step(step, at)
    all_steps = scenario.steps[:first] + list(steps) + scenario.steps[first:]
    check_links(all_steps, [*scenario.dependencies, *links], where, first_new=len(scenario.dependencies))
    n_links = len(scenario.dependencies)
    routes = ((len(scenario.routes), route),) if route is not None and route not in scenario.routes else ()
    return InsertParts(scenario_id, tuple((first + i, s) for i, s in enumerate(steps)),
                       tuple((n_links + i, d) for i, d in enumerate(links)), routes)


def add_links(plan: Plan, scenario_id: str, links: list[Dependency]) -> InsertParts:
    """Links between steps of the scenario: refused if one joins two already linked steps or makes a loop."""
    return add_parts(plan, scenario_id, [], tuple(links))


def _and_key_milestones(plan: Plan, removal: RemoveParts, gone: set[str]) -> Edit:
    """The removal, with the removed steps also taken out of the scenario's chosen key milestones."""
    keys = plan.scenario(removal.scenario_id).key_milestones
    if not keys or not set(keys) & gone:
        return removal
    kept = [key for key in keys if key not in gone]
    return Batch((SetFields(("scenario", removal.scenario_id), (("key_milestones", kept),)), removal))


def _and_targets(plan: Plan, removal: Edit, gone: set[str], scenario_id: str) -> Edit:
    """The removal of steps `gone` from a scenario, with the client's target dates of the steps no
    scenario has afterwards taken out too (a target names a step of any scenario; undo puts them back)."""
    kept_ids = {s.id for scenario in plan.scenarios for s in scenario.steps
                if scenario.id != scenario_id or s.id not in gone}
    dropped = set(plan.targets) & (gone - kept_ids)
    if not dropped:
        return removal
    kept = {step_id: day for step_id, day in plan.targets.items() if step_id not in dropped}
    return Batch((SetFields(("plan",), (("targets", kept),)), removal))


def remove_step(plan: Plan, scenario_id: str, step_id: str) -> Edit:
    """A step together with every link to or from it (and its place among the key milestones, and its
    target date unless another scenario has the step)."""
    _, position, _ = _step_at(plan, scenario_id, step_id)
    scenario = plan.scenario(scenario_id)
    links = tuple(i for i, d in enumerate(scenario.dependencies) if step_id in (d.predecessor, d.successor))
    removal = _and_key_milestones(plan, RemoveParts(scenario_id, (position,), links), {step_id})
    return _and_targets(plan, removal, {step_id}, scenario_id)


def remove_route(plan: Plan, scenario_id: str, route_id: str) -> Edit:
    """A route: its id, every step on it, every link to or from those steps (other routes' links to it too),
    those steps' places among the key milestones and their target dates no other scenario still needs."""
    index, scenario = _scenario_at(plan, scenario_id)
    steps = tuple(i for i, s in enumerate(scenario.steps) if s.route == route_id)
    routes = tuple(i for i, r in enumerate(scenario.routes) if r == route_id)
    if not steps and not routes:
        raise RuleError(f"The scenario has no route {route_id}.", f"plan.scenarios[{index}].routes")
    gone = {scenario.steps[i].id for i in steps}
    links = tuple(i for i, d in enumerate(scenario.dependencies) if {d.predecessor, d.successor} & gone)
    removal = _and_key_milestones(plan, RemoveParts(scenario_id, steps, links, routes), gone)
    return _and_targets(plan, removal, gone, scenario_id)


def remove_link(plan: Plan, scenario_id: str, predecessor: str, successor: str) -> RemoveParts:
    """The link predecessor -> successor."""
    return RemoveParts(scenario_id, links=(_link_at(plan, scenario_id, predecessor, successor),))


def edit_link(plan: Plan, scenario_id: str, predecessor: str, successor: str, *, type=None, lag=None) -> Edit:
    """A link's type and/or lag."""
    position = _link_at(plan, scenario_id, predecessor, successor)
    if lag is not None:
        check_lag(lag, f"plan.scenarios[{_scenario_at(plan, scenario_id)[0]}].dependencies[{position}].lag")
    changes = tuple((k, v) for k, v in (("type", type), ("lag", lag)) if v is not None)
    return SetFields(("link", scenario_id, position), changes)


def _slug(text: str) -> str:
    keep = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(part for part in keep.split("-") if part)[:40]


def add_scenario(plan: Plan, name: str, copy_from: str | None = None) -> Batch:
    """A scenario, empty (starting with the active one) or a copy of `copy_from`, made the active one."""
    if copy_from is not None:
        scenario = copy.deepcopy(_scenario_at(plan, copy_from)[1])
    else:
        scenario = Scenario(id="", name=name, start_date=plan.scenario().start_date)
    scenario.id = _slug(name) or "scenario"
    scenario.name = name.strip()
    return insert_scenario(plan, scenario)


def insert_scenario(plan: Plan, scenario: Scenario) -> Batch:
    """A scenario made elsewhere (a copy, an import), under an id no other scenario has, made the active one."""
    scenario = copy.deepcopy(scenario)
    scenario.id = unique_id(scenario.id or "scenario", (s.id for s in plan.scenarios))
    check_scenario_fields(scenario, f"plan.scenarios[{len(plan.scenarios)}]")
    return Batch((InsertScenario(len(plan.scenarios), scenario), SetFields(("plan",), (("active_scenario", scenario.id),))))


def delete_scenario(plan: Plan, scenario_id: str) -> Batch:
    """A scenario; the last one cannot go. If it was the active one, its neighbour becomes active; target
    dates of steps only it had go with it."""
    index, scenario = _scenario_at(plan, scenario_id)
    if len(plan.scenarios) < 2:
        raise RuleError("A plan needs at least one scenario; add another before deleting this one.", "plan.scenarios")
    edits: tuple[Edit, ...] = (RemoveScenario(index),)
    if plan.active_scenario == scenario_id:
        neighbour = plan.scenarios[index - 1 if index else 1].id
        edits = (SetFields(("plan",), (("active_scenario", neighbour),)), *edits)
    return _and_targets(plan, Batch(edits), {s.id for s in scenario.steps}, scenario_id)

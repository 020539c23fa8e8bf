"""Undo commands: the only way the GUI changes a plan (the orange-canvas-core pattern).

Each command records the scenario it was made in, applies its change in `redo`, restores the old
state exactly in `undo`, then calls `document.changed(...)`, which recomputes the schedule and
tells every view. Views build a command and `document.push(cmd)` it; they never touch the plan.
Constructors check the edit first (unknown step, a link that would make a loop, deleting the last
scenario) and raise OasesError with a message for the user, so nothing half-done reaches the stack.
"""

from __future__ import annotations

import copy
import dataclasses
from datetime import date

from PySide6.QtGui import QUndoCommand

from oases_desktop.core.domain import Dependency, Scenario, Step
from oases_desktop.core.domain.plan import StepKind
from oases_desktop.core.domain.graph import topological_order
from oases_desktop.core.errors import OasesError
from oases_desktop.gui.i18n import tr

# QUndoCommand.id() values: consecutive commands with the same id may merge (a drag is one undo step).
MOVE_ID = 1001
RESIZE_ID = 1002




def unique_id(base: str, taken) -> str:
    """`base`, or `base-2`, `base-3`... whichever is not in `taken`."""
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


class PlanCommand(QUndoCommand):
    """Base: remembers the document and the scenario it edits; subclasses implement _apply/_revert."""

    touches_profile = False
    touches_scenarios = False

    def __init__(self, document, text: str):
        super().__init__(text)
        if document.plan is None:
            raise OasesError(tr("Open or create a plan first."))
        self.document = document
        self.scenario_id = document.scenario_id

    @property
    def plan(self):
        return self.document.plan

    @property
    def target(self) -> Scenario:
        return self.document.plan.scenario(self.scenario_id)

    def _show_scenario(self) -> None:
        # Undoing an edit made in another scenario switches back to it so the user sees what changed.
        if self.scenario_id in {s.id for s in self.plan.scenarios} and self.document.scenario_id != self.scenario_id:
            self.document.set_scenario(self.scenario_id)

    def redo(self) -> None:
        self._apply()
        self._show_scenario()
        self.document.changed(profile=self.touches_profile, scenarios=self.touches_scenarios)

    def undo(self) -> None:
        self._revert()
        self._show_scenario()
        self.document.changed(profile=self.touches_profile, scenarios=self.touches_scenarios)

    def _apply(self) -> None:
        raise NotImplementedError

    def _revert(self) -> None:
        raise NotImplementedError


class _SetAttributeCommand(PlanCommand):
    """Set one attribute of one object, keeping a deep copy of the old value."""

    def __init__(self, document, text: str, field: str, value):
        super().__init__(document, text)
        obj = self._object()
        if not hasattr(obj, field) or field not in {f.name for f in dataclasses.fields(obj)}:
            raise OasesError(tr("Unknown field: %s") % field)
        self.field = field
        self.new_value = copy.deepcopy(value)
        self.old_value = copy.deepcopy(getattr(obj, field))

    def _object(self):
        raise NotImplementedError

    def _apply(self) -> None:
        setattr(self._object(), self.field, copy.deepcopy(self.new_value))

    def _revert(self) -> None:
        setattr(self._object(), self.field, copy.deepcopy(self.old_value))


class EditPlanCommand(_SetAttributeCommand):
    """Edit a plan-level field: title, client, advisor, confidentiality, notes, as_of."""

    def __init__(self, document, field: str, value):
        super().__init__(document, tr("Edit plan %s") % field.replace("_", " "), field, value)

    def _object(self):
        return self.plan


class EditProfileCommand(_SetAttributeCommand):
    """Edit one field of the product profile (eligibility re-runs on profileChanged)."""

    touches_profile = True

    def __init__(self, document, field: str, value):
        super().__init__(document, tr("Edit product %s") % field.replace("_", " "), field, value)

    def _object(self):
        return self.plan.product


class EditScenarioCommand(_SetAttributeCommand):
    """Edit a field of the active scenario: start_date, notes."""

    touches_scenarios = True

    def __init__(self, document, field: str, value):
        super().__init__(document, tr("Edit scenario %s") % field.replace("_", " "), field, value)

    def _object(self):
        return self.target


class KeyMilestoneCommand(EditScenarioCommand):
    """Mark a milestone as one of the scenario's key milestones, or unmark it (the list is then saved as the advisor's)."""

    def __init__(self, document, step_id: str, key: bool):
        from oases_desktop.core.scheduling.keydates import key_milestone_ids

        step = _require_step(document, step_id)
        if step.kind != StepKind.MILESTONE:
            raise OasesError(tr("Only a milestone can be a key milestone; “%s” is not one.") % step.name)
        current = key_milestone_ids(document.scenario())
        if key == (step_id in current):
            raise OasesError(tr("“%s” is already marked that way.") % step.name)
        value = [*current, step_id] if key else [sid for sid in current if sid != step_id]
        super().__init__(document, "key_milestones", value)
        self.setText((tr("Mark “%s” as key milestone") if key else tr("Unmark key milestone “%s”")) % step.name)


class EditStepCommand(_SetAttributeCommand):
    """Edit one field of a step (name, duration, kind, notes, sources, documents, constraints...)."""

    def __init__(self, document, step_id: str, field: str, value):
        self.step_id = step_id
        _require_step(document, step_id)
        super().__init__(document, tr("Edit %s") % field.replace("_", " "), field, value)

    def _object(self):
        return self.target.step(self.step_id)


class MoveStepCommand(PlanCommand):
    """Drag a bar: the step may start no earlier than `start` (None clears the constraint).

    Consecutive moves of the same step merge into one undo step, keeping the first old value.
    """

    def __init__(self, document, step_id: str, start: date | None):
        super().__init__(document, tr("Move %s") % _require_step(document, step_id).name)
        self.step_id = step_id
        self.old_start = self.target.step(step_id).start_no_earlier_than
        self.new_start = start

    def id(self) -> int:
        return MOVE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveStepCommand) or (other.step_id, other.scenario_id) != (self.step_id, self.scenario_id):
            return False
        self.new_start = other.new_start
        self.setObsolete(self.new_start == self.old_start)  # dragged back: no undo step, no modification
        return True

    def _apply(self) -> None:
        self.target.step(self.step_id).start_no_earlier_than = self.new_start

    def _revert(self) -> None:
        self.target.step(self.step_id).start_no_earlier_than = self.old_start


class ResizeStepCommand(PlanCommand):
    """Drag a bar's end: the likely duration becomes `likely` (min/max widen if it falls outside).

    Consecutive resizes of the same step merge into one undo step.
    """

    def __init__(self, document, step_id: str, likely: float):
        step = _require_step(document, step_id)
        super().__init__(document, tr("Change duration of %s") % step.name)
        if likely < 0:
            raise OasesError(tr("A duration cannot be negative."))
        self.step_id = step_id
        self.old_duration = copy.deepcopy(step.duration)
        self.new_duration = _with_likely(step.duration, likely)

    def id(self) -> int:
        return RESIZE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ResizeStepCommand) or (other.step_id, other.scenario_id) != (self.step_id, self.scenario_id):
            return False
        self.new_duration = _with_likely(self.old_duration, other.new_duration.likely)
        self.setObsolete(self.new_duration == self.old_duration)
        return True

    def _apply(self) -> None:
        self.target.step(self.step_id).duration = copy.deepcopy(self.new_duration)

    def _revert(self) -> None:
        self.target.step(self.step_id).duration = copy.deepcopy(self.old_duration)


def _with_likely(estimate, likely: float):
    return dataclasses.replace(estimate, likely=likely, min=min(estimate.min, likely), max=max(estimate.max, likely))


class AddStepCommand(PlanCommand):
    """Add a step (and optionally links to it); its id is made unique within the scenario."""

    def __init__(self, document, step: Step, dependencies: tuple[Dependency, ...] = (), index: int | None = None):
        super().__init__(document, tr("Add %s") % step.name)
        self.step = copy.deepcopy(step)
        self.step.id = unique_id(step.id, (s.id for s in self.target.steps))
        self.dependencies = [dataclasses.replace(d, predecessor=self.step.id if d.predecessor == step.id else d.predecessor,
                                                 successor=self.step.id if d.successor == step.id else d.successor)
                             for d in dependencies]
        self.index = len(self.target.steps) if index is None else index

    def _apply(self) -> None:
        self.target.steps.insert(self.index, copy.deepcopy(self.step))
        self.target.dependencies.extend(copy.deepcopy(self.dependencies))

    def _revert(self) -> None:
        scenario = self.target
        del scenario.steps[self.index]
        for dep in self.dependencies:
            scenario.dependencies.remove(dep)


class RemoveStepCommand(PlanCommand):
    """Delete a step together with every link to or from it (undo puts all back where they were)."""

    def __init__(self, document, step_id: str):
        step = _require_step(document, step_id)
        super().__init__(document, tr("Delete %s") % step.name)
        scenario = self.target
        self.index = next(i for i, s in enumerate(scenario.steps) if s.id == step_id)
        self.step = copy.deepcopy(step)
        self.links = [(i, copy.deepcopy(d)) for i, d in enumerate(scenario.dependencies)
                      if step_id in (d.predecessor, d.successor)]

    def _apply(self) -> None:
        scenario = self.target
        del scenario.steps[self.index]
        for i, _dep in reversed(self.links):
            del scenario.dependencies[i]

    def _revert(self) -> None:
        scenario = self.target
        scenario.steps.insert(self.index, copy.deepcopy(self.step))
        for i, dep in self.links:
            scenario.dependencies.insert(i, copy.deepcopy(dep))


class AddRouteCommand(PlanCommand):
    """Add a route's steps, fitted to the product, and its links to the scenario's other routes
    (knowledge.route_additions)."""

    def __init__(self, document, route_id: str, library, prefix: str | None = None):
        from oases_desktop.core.knowledge import instantiate_route, route_additions

        super().__init__(document, tr("Add route %s") % route_id)
        scenario = self.target
        taken = {s.id for s in scenario.steps}
        if prefix is None:
            prefix = ""
            steps, _ = instantiate_route(route_id, library, prefix="")
            if taken & {s.id for s in steps}:
                prefix = unique_id(route_id, {p.split(":")[0] for p in taken} | taken) + ":"
        self.steps, self.dependencies = route_additions(scenario, route_id, library, prefix=prefix,
                                                        profile=document.plan.product)
        clash = taken & {s.id for s in self.steps}
        if clash:
            raise OasesError(tr("The plan already has a step with the id %s.") % sorted(clash)[0])
        self.route_id = route_id
        self.adds_route = route_id not in scenario.routes

    def _apply(self) -> None:
        scenario = self.target
        if self.adds_route:
            scenario.routes.append(self.route_id)
        scenario.steps.extend(copy.deepcopy(self.steps))
        scenario.dependencies.extend(copy.deepcopy(self.dependencies))

    def _revert(self) -> None:
        scenario = self.target
        if self.adds_route:
            scenario.routes.remove(self.route_id)
        del scenario.steps[len(scenario.steps) - len(self.steps):]
        del scenario.dependencies[len(scenario.dependencies) - len(self.dependencies):]


class LinkRoutesCommand(PlanCommand):
    """Add the cross-route links the library asks for that the scenario lacks (plans saved before
    routes were linked); `links` is empty when none are missing. Refuses links that would make a loop."""

    def __init__(self, document, library):
        from oases_desktop.core.knowledge.route_links import cross_route_links

        super().__init__(document, tr("Link routes"))
        scenario = self.target
        self.links = cross_route_links(scenario.steps, library, existing=scenario.dependencies)
        pairs = [(d.predecessor, d.successor) for d in [*scenario.dependencies, *self.links]]
        topological_order([s.id for s in scenario.steps], pairs)  # CycleError names the loop

    def _apply(self) -> None:
        self.target.dependencies.extend(copy.deepcopy(self.links))

    def _revert(self) -> None:
        del self.target.dependencies[len(self.target.dependencies) - len(self.links):]


class AddDependencyCommand(PlanCommand):
    """Link two steps; refuses a duplicate link or one that would make a loop (names the loop)."""

    def __init__(self, document, dependency: Dependency):
        super().__init__(document, tr("Link steps"))
        scenario = self.target
        for step_id in (dependency.predecessor, dependency.successor):
            _require_step(document, step_id)
        if dependency.predecessor == dependency.successor:
            raise OasesError(tr("A step cannot depend on itself."))
        if any((d.predecessor, d.successor) == (dependency.predecessor, dependency.successor) for d in scenario.dependencies):
            raise OasesError(tr("These steps are already linked."))
        links = [(d.predecessor, d.successor) for d in scenario.dependencies] + [(dependency.predecessor, dependency.successor)]
        topological_order([s.id for s in scenario.steps], links)  # CycleError names the loop
        self.dependency = copy.deepcopy(dependency)

    def _apply(self) -> None:
        self.target.dependencies.append(copy.deepcopy(self.dependency))

    def _revert(self) -> None:
        self.target.dependencies.pop()


class RemoveDependencyCommand(PlanCommand):
    """Remove the link predecessor -> successor."""

    def __init__(self, document, predecessor: str, successor: str):
        super().__init__(document, tr("Unlink steps"))
        deps = self.target.dependencies
        found = [i for i, d in enumerate(deps) if (d.predecessor, d.successor) == (predecessor, successor)]
        if not found:
            raise OasesError(tr("These steps are not linked."))
        self.index = found[0]
        self.dependency = copy.deepcopy(deps[self.index])

    def _apply(self) -> None:
        del self.target.dependencies[self.index]

    def _revert(self) -> None:
        self.target.dependencies.insert(self.index, copy.deepcopy(self.dependency))


class EditDependencyCommand(PlanCommand):
    """Change a link's type and/or lag."""

    def __init__(self, document, predecessor: str, successor: str, *, type=None, lag=None):
        super().__init__(document, tr("Edit link"))
        deps = self.target.dependencies
        found = [i for i, d in enumerate(deps) if (d.predecessor, d.successor) == (predecessor, successor)]
        if not found:
            raise OasesError(tr("These steps are not linked."))
        self.index = found[0]
        self.old = copy.deepcopy(deps[self.index])
        changes = {k: v for k, v in (("type", type), ("lag", lag)) if v is not None}
        self.new = dataclasses.replace(self.old, **copy.deepcopy(changes))

    def _apply(self) -> None:
        self.target.dependencies[self.index] = copy.deepcopy(self.new)

    def _revert(self) -> None:
        self.target.dependencies[self.index] = copy.deepcopy(self.old)


class AddScenarioCommand(PlanCommand):
    """Add a scenario, empty or copied from `copy_from`, and make it the active one."""

    touches_scenarios = True

    def __init__(self, document, name: str, copy_from: str | None = None):
        super().__init__(document, tr("Add scenario %s") % name)
        taken = [s.id for s in self.plan.scenarios]
        if copy_from is not None:
            self.scenario = copy.deepcopy(self.plan.scenario(copy_from))
        else:
            self.scenario = Scenario(id="", name=name, start_date=self.target.start_date)
        self.scenario.id = unique_id(_slug(name) or "scenario", taken)
        self.scenario.name = name
        self.previous_active = self.plan.active_scenario

    def _apply(self) -> None:
        self.plan.scenarios.append(copy.deepcopy(self.scenario))
        self.plan.active_scenario = self.scenario.id
        self.scenario_id = self.scenario.id

    def _revert(self) -> None:
        self.plan.scenarios.pop()
        self.plan.active_scenario = self.previous_active
        self.scenario_id = self.previous_active


class DuplicateScenarioCommand(AddScenarioCommand):
    """Copy a scenario (the active one by default) under a new name, to compare against it."""

    def __init__(self, document, name: str, scenario_id: str | None = None):
        super().__init__(document, name, copy_from=scenario_id or document.scenario_id)
        self.setText(tr("Duplicate scenario as %s") % name)


class RenameScenarioCommand(PlanCommand):
    """Give a scenario a new name (its id stays)."""

    touches_scenarios = True

    def __init__(self, document, scenario_id: str, name: str):
        super().__init__(document, tr("Rename scenario"))
        if not name.strip():
            raise OasesError(tr("A scenario needs a name."))
        self.scenario_id = scenario_id
        self.old_name = self.plan.scenario(scenario_id).name
        self.new_name = name.strip()

    def _apply(self) -> None:
        self.target.name = self.new_name

    def _revert(self) -> None:
        self.target.name = self.old_name


class DeleteScenarioCommand(PlanCommand):
    """Delete a scenario; the last one cannot go (a plan always has one)."""

    touches_scenarios = True

    def __init__(self, document, scenario_id: str):
        super().__init__(document, tr("Delete scenario"))
        if len(self.plan.scenarios) < 2:
            raise OasesError(tr("A plan needs at least one scenario; add another before deleting this one."))
        self.index = next(i for i, s in enumerate(self.plan.scenarios) if s.id == scenario_id)
        self.scenario = copy.deepcopy(self.plan.scenarios[self.index])
        self.previous_active = self.plan.active_scenario
        self.deleted_id = scenario_id

    def _show_scenario(self) -> None:
        pass  # the active scenario is set explicitly below

    def _apply(self) -> None:
        del self.plan.scenarios[self.index]
        if self.plan.active_scenario == self.deleted_id:
            self.plan.active_scenario = self.plan.scenarios[max(0, self.index - 1)].id

    def _revert(self) -> None:
        self.plan.scenarios.insert(self.index, copy.deepcopy(self.scenario))
        self.plan.active_scenario = self.previous_active


def _require_step(document, step_id: str) -> Step:
    if document.plan is None:
        raise OasesError(tr("Open or create a plan first."))
    try:
        return document.scenario().step(step_id)
    except KeyError:
        raise OasesError(tr("No step has the id %s in this scenario.") % step_id) from None


def _slug(text: str) -> str:
    keep = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(part for part in keep.split("-") if part)[:40]


__all__ = [
    "AddDependencyCommand", "AddRouteCommand", "AddScenarioCommand", "AddStepCommand", "DeleteScenarioCommand",
    "DuplicateScenarioCommand", "EditDependencyCommand", "EditPlanCommand", "EditProfileCommand",
    "EditScenarioCommand", "EditStepCommand", "MoveStepCommand", "PlanCommand", "RemoveDependencyCommand",
    "RemoveStepCommand", "RenameScenarioCommand", "ResizeStepCommand", "unique_id",
]

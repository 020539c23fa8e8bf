"""Undo commands: the only way the GUI changes a plan (the orange-canvas-core pattern).

Each command is a thin wrapper around a core edit (core/domain/edits.py): its constructor asks the
core for the edit, which checks it once against the plan rules and raises OasesError with a message
for the user, so nothing half-done reaches the stack. `redo` applies the edit and keeps the inverse
it returns; `undo` applies that inverse. Both then call `document.changed(...)`, which recomputes
the schedule and tells every view. Views build a command and `document.push(cmd)` it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoCommand

from oases_desktop.core.domain import Dependency, Step
from oases_desktop.core.domain import edits
from oases_desktop.core.errors import OasesError
from oases_desktop.gui.i18n import tr

# QUndoCommand.id() values: consecutive commands with the same id may merge (a drag is one undo step).
MOVE_ID = 1001
RESIZE_ID = 1002


class PlanCommand(QUndoCommand):
    """Base: remembers the document, the scenario it edits and the core edit; redo applies it, undo its inverse."""

    touches_profile = False
    touches_scenarios = False

    def __init__(self, document, text: str):
        super().__init__(text)
        if document.plan is None:
            raise OasesError(tr("Open or create a plan first."))
        self.document = document
        self.scenario_id = document.scenario_id
        self.edit: edits.Edit | None = None   # set by the subclass's constructor (the checked core edit)
        self.inverse: edits.Edit | None = None

    @property
    def plan(self):
        return self.document.plan

    def _show_scenario(self) -> None:
        # Undoing an edit made in another scenario switches back to it so the user sees what changed.
        if self.scenario_id in {s.id for s in self.plan.scenarios} and self.document.scenario_id != self.scenario_id:
            self.document.set_scenario(self.scenario_id)

    def redo(self) -> None:
        self.inverse = self.edit.apply(self.plan)
        self._applied()
        self._show_scenario()
        self.document.changed(profile=self.touches_profile, scenarios=self.touches_scenarios)

    def undo(self) -> None:
        self.edit = self.inverse.apply(self.plan)
        self._applied()
        self._show_scenario()
        self.document.changed(profile=self.touches_profile, scenarios=self.touches_scenarios)

    def _applied(self) -> None:
        """A subclass's view follow-up after the edit or its inverse, before the views are told (none here)."""


class EditPlanCommand(PlanCommand):
    """Edit a plan-level field: title, client, advisor, confidentiality, notes, as_of."""

    def __init__(self, document, field: str, value):
        super().__init__(document, tr("Edit plan %s") % field.replace("_", " "))
        self.edit = edits.set_plan_fields(self.plan, **{field: value})


class EditProfileCommand(PlanCommand):
    """Edit one field of the product profile (eligibility re-runs on profileChanged)."""

    touches_profile = True

    def __init__(self, document, field: str, value):
        super().__init__(document, tr("Edit product %s") % field.replace("_", " "))
        self.edit = edits.set_product_fields(self.plan, **{field: value})


class EditScenarioCommand(PlanCommand):
    """Edit a field of the active scenario: start_date, notes."""

    touches_scenarios = True

    def __init__(self, document, field: str, value):
        super().__init__(document, tr("Edit scenario %s") % field.replace("_", " "))
        self.edit = edits.set_scenario_fields(self.plan, self.scenario_id, **{field: value})


class KeyMilestoneCommand(PlanCommand):
    """Mark a milestone as one of the scenario's key milestones, or unmark it (the list is then saved as the advisor's)."""

    touches_scenarios = True

    def __init__(self, document, step_id: str, key: bool):
        from oases_desktop.core.domain.plan import StepKind
        from oases_desktop.core.scheduling.keydates import key_milestone_ids

        super().__init__(document, "")
        try:
            step = document.scenario().step(step_id)
        except KeyError:
            raise OasesError(tr("No step has the id %s in this scenario.") % step_id) from None
        if step.kind != StepKind.MILESTONE:
            raise OasesError(tr("Only a milestone can be a key milestone; “%s” is not one.") % step.name)
        current = key_milestone_ids(document.scenario())
        if key == (step_id in current):
            raise OasesError(tr("“%s” is already marked that way.") % step.name)
        value = [*current, step_id] if key else [sid for sid in current if sid != step_id]
        self.edit = edits.set_scenario_fields(self.plan, self.scenario_id, key_milestones=value)
        self.setText((tr("Mark “%s” as key milestone") if key else tr("Unmark key milestone “%s”")) % step.name)


class EditStepCommand(PlanCommand):
    """Edit one field of a step (name, duration, kind, notes, sources, documents, constraints...)."""

    def __init__(self, document, step_id: str, field: str, value):
        super().__init__(document, tr("Edit %s") % field.replace("_", " "))
        self.step_id = step_id
        self.edit = edits.set_step_fields(self.plan, self.scenario_id, step_id, **{field: value})


class _DragCommand(PlanCommand):
    """A step edit made by dragging: consecutive ones of the same step merge into one undo step,
    which undoes to the value before the first and redoes to the last; dragged back, it is obsolete."""

    def __init__(self, document, step_id: str, text: str):
        super().__init__(document, text % _step_name(document, step_id))
        self.step_id = step_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self) or (other.step_id, other.scenario_id) != (self.step_id, self.scenario_id):
            return False
        self.edit = other.edit  # the plan already holds it: QUndoStack ran other.redo() before merging
        self.setObsolete(self.edit.changes == self.inverse.changes)
        return True


class MoveStepCommand(_DragCommand):
    """Drag a bar: the step may start no earlier than `start` (None clears the constraint)."""

    def __init__(self, document, step_id: str, start: date | None):
        super().__init__(document, step_id, tr("Move %s"))
        self.edit = edits.move_step(self.plan, self.scenario_id, step_id, start)

    def id(self) -> int:
        return MOVE_ID


class ResizeStepCommand(_DragCommand):
    """Drag a bar's end: the likely duration becomes `likely` (min/max widen if it falls outside)."""

    def __init__(self, document, step_id: str, likely: float):
        super().__init__(document, step_id, tr("Change duration of %s"))
        self.edit = edits.set_likely(self.plan, self.scenario_id, step_id, likely)

    def id(self) -> int:
        return RESIZE_ID


class AddStepCommand(PlanCommand):
    """Add a step (and optionally links to it); its id is made unique within the scenario."""

    def __init__(self, document, step: Step, dependencies: tuple[Dependency, ...] = (), index: int | None = None):
        super().__init__(document, tr("Add %s") % step.name)
        self.edit = edits.add_step(self.plan, self.scenario_id, step, tuple(dependencies), index)
        self.step = self.edit.steps[0][1]


class RemoveStepCommand(PlanCommand):
    """Delete a step together with every link to or from it (undo puts all back where they were)."""

    def __init__(self, document, step_id: str):
        super().__init__(document, tr("Delete %s") % _step_name(document, step_id))
        self.edit = edits.remove_step(self.plan, self.scenario_id, step_id)


class AddRouteCommand(PlanCommand):
    """Add a route's steps, fitted to the product, and its links to the scenario's other routes
    (knowledge.route_additions)."""

    def __init__(self, document, route_id: str, library, prefix: str | None = None):
        from oases_desktop.core.knowledge import instantiate_route, route_additions

        super().__init__(document, tr("Add route %s") % route_id)
        scenario = self.plan.scenario(self.scenario_id)
        taken = {s.id for s in scenario.steps}
        if prefix is None:
            prefix = ""
            steps, _ = instantiate_route(route_id, library, prefix="")
            if taken & {s.id for s in steps}:
                prefix = edits.unique_id(route_id, {p.split(":")[0] for p in taken} | taken) + ":"
        steps, links = route_additions(scenario, route_id, library, prefix=prefix, profile=document.plan.product)
        self.edit = edits.add_parts(self.plan, self.scenario_id, steps, links, route=route_id)


class RemoveRouteCommand(PlanCommand):
    """Take a route out of the scenario: its steps and every link to or from them (undo puts all back)."""

    def __init__(self, document, route_id: str, name: str | None = None):
        super().__init__(document, tr("Remove route %s") % (name or route_id))
        self.edit = edits.remove_route(self.plan, self.scenario_id, route_id)


class LinkRoutesCommand(PlanCommand):
    """Add the cross-route links the library asks for that the scenario lacks (plans saved before
    routes were linked); `links` is empty when none are missing. Refuses links that would make a loop."""

    def __init__(self, document, library):
        from oases_desktop.core.knowledge.route_links import cross_route_links

        super().__init__(document, tr("Link routes"))
        scenario = self.plan.scenario(self.scenario_id)
        self.links = cross_route_links(scenario.steps, library, existing=scenario.dependencies)
        self.edit = edits.add_links(self.plan, self.scenario_id, self.links)


class AddDependencyCommand(PlanCommand):
    """Link two steps; refuses a duplicate link or one that would make a loop (names the loop)."""

    def __init__(self, document, dependency: Dependency):
        super().__init__(document, tr("Link steps"))
        self.edit = edits.add_links(self.plan, self.scenario_id, [dependency])


class RemoveDependencyCommand(PlanCommand):
    """Remove the link predecessor -> successor."""

    def __init__(self, document, predecessor: str, successor: str):
        super().__init__(document, tr("Unlink steps"))
        self.edit = edits.remove_link(self.plan, self.scenario_id, predecessor, successor)


class EditDependencyCommand(PlanCommand):
    """Change a link's type and/or lag."""

    def __init__(self, document, predecessor: str, successor: str, *, type=None, lag=None):
        super().__init__(document, tr("Edit link"))
        self.edit = edits.edit_link(self.plan, self.scenario_id, predecessor, successor, type=type, lag=lag)


class ScenarioListCommand(PlanCommand):
    """Adds or deletes a scenario: the edit itself sets the active scenario, so no switching back."""

    touches_scenarios = True

    def _show_scenario(self) -> None:
        pass


class AddScenarioCommand(ScenarioListCommand):
    """Add a scenario, empty or copied from `copy_from`, and make it the active one."""

    def __init__(self, document, name: str, copy_from: str | None = None):
        super().__init__(document, tr("Add scenario %s") % name)
        self.edit = edits.add_scenario(self.plan, name, copy_from)


class DuplicateScenarioCommand(AddScenarioCommand):
    """Copy a scenario (the active one by default) under a new name, to compare against it."""

    def __init__(self, document, name: str, scenario_id: str | None = None):
        super().__init__(document, name, copy_from=scenario_id or document.scenario_id)
        self.setText(tr("Duplicate scenario as %s") % name)


class DeleteScenarioCommand(ScenarioListCommand):
    """Delete a scenario; the last one cannot go (a plan always has one)."""

    def __init__(self, document, scenario_id: str):
        super().__init__(document, tr("Delete scenario"))
        self.edit = edits.delete_scenario(self.plan, scenario_id)


class RenameScenarioCommand(PlanCommand):
    """Give a scenario a new name (its id stays)."""

    touches_scenarios = True

    def __init__(self, document, scenario_id: str, name: str):
        super().__init__(document, tr("Rename scenario"))
        self.scenario_id = scenario_id
        self.edit = edits.set_scenario_fields(self.plan, scenario_id, name=name.strip())


def _step_name(document, step_id: str) -> str:
    """The step's name for the command's text; an unknown id is refused by the core edit right after."""
    try:
        return document.step(step_id).name
    except KeyError:
        return step_id


__all__ = [
    "AddDependencyCommand", "AddRouteCommand", "AddScenarioCommand", "AddStepCommand", "DeleteScenarioCommand",
    "DuplicateScenarioCommand", "EditDependencyCommand", "EditPlanCommand", "EditProfileCommand",
    "EditScenarioCommand", "EditStepCommand", "KeyMilestoneCommand", "LinkRoutesCommand", "MoveStepCommand",
    "PlanCommand", "RemoveDependencyCommand", "RemoveRouteCommand", "RemoveStepCommand", "RenameScenarioCommand",
    "ResizeStepCommand",
]

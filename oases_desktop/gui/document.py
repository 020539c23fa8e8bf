"""The open plan as the GUI sees it: plan + undo stack + active scenario + computed schedule + selection.

Every panel reads from one PlanDocument and listens to its signals; every edit goes through
`document.push(command)` (see gui/commands.py), which recomputes the schedule and emits. The
modified flag is the undo stack's clean state, as in orange-canvas-core. Heavy modules (pydantic
via the plan file, the scheduler, the database) are imported on first use, never at start-up.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from oases_desktop.core.errors import OasesError

if TYPE_CHECKING:  # the dataclasses load with the first plan, not before the first paint
    from collections.abc import Callable
    from datetime import date

    from oases_desktop.core.scheduling.calendars import CalendarSet

    from oases_desktop.core.domain import Plan, Scenario, Step

log = logging.getLogger(__name__)


class PlanDocument(QObject):
    """One open plan; the single source of truth the views mirror."""

    planChanged = Signal()            # any content of the plan changed (also after load)
    scheduleChanged = Signal()        # `schedule` or `schedule_error` was recomputed
    scenarioChanged = Signal(str)     # the active scenario switched (or was renamed/deleted)
    selectionChanged = Signal(str)    # the selected step id ("" for none)
    focusChanged = Signal(str)        # the key milestone whose driving path and slack are shown ("" for none)
    modifiedChanged = Signal(bool)    # unsaved changes appeared or went away
    locationChanged = Signal()        # file path or database id changed (window title)
    profileChanged = Signal()         # the product profile changed (eligibility must re-run)

    def __init__(self, calendars: Callable[[], CalendarSet], parent: QObject | None = None):
        """`calendars()` gives the reference library's calendars (with its notices) when a schedule is computed."""
        super().__init__(parent)
        self.calendars = calendars
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.plan: Plan | None = None
        self.schedule = None                  # core.scheduling.result.Schedule | None
        self.schedule_error: str = ""         # why there is no schedule (a cycle, a bad duration...)
        self.selected_step_id: str = ""
        self.focus_milestone: str = ""        # the key milestone selected last (else the first): drivers and slack shown
        self.file_path: Path | None = None
        self.db_plan_id: str | None = None    # set when the plan came from / was saved to the database
        self.db_version: int | None = None
        self.private = False                  # from an encrypted file and not yet stored plain (see set_plan)
        self.today: date | None = None        # None = the real today; tests pin it
        self.shown_baseline: str | None = None  # baseline drawn as ghost bars and in the variance column

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # ----------------------------------------------------------------- reading
    @property
    def scenario_id(self) -> str:
        return self.plan.active_scenario if self.plan else ""

    def scenario(self, scenario_id: str | None = None) -> Scenario:
        """The active scenario (or the one named); KeyError without a plan or for an unknown id."""
        if self.plan is None:
            raise KeyError("no plan is open")
        return self.plan.scenario(scenario_id)

    def step(self, step_id: str, scenario_id: str | None = None) -> Step:
        return self.scenario(scenario_id).step(step_id)

    def baseline(self):
        """The shown baseline (core.domain.Baseline) when the plan has it for the active scenario, else None."""
        if self.plan is None or self.shown_baseline is None:
            return None
        return next((b for b in self.plan.baselines
                     if b.name == self.shown_baseline and b.scenario_id == self.plan.active_scenario), None)

    def latest_baseline(self) -> str | None:
        """The name of the active scenario's newest baseline: what a newly opened scenario shows."""
        mine = [b.name for b in (self.plan.baselines if self.plan else []) if b.scenario_id == self.plan.active_scenario]
        return mine[-1] if mine else None

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        """What the title bar shows: the file name, else the plan title."""
        if self.file_path is not None:
            return self.file_path.name
        if self.plan is not None:
            return self.plan.title or self.tr("Untitled plan")
        return ""

    # ----------------------------------------------------------------- changing
    def set_plan(self, plan: Plan | None, *, file_path: str | os.PathLike | None = None,
                 db_plan_id: str | None = None, db_version: int | None = None, modified: bool = False,
                 private: bool = False) -> None:
        """Replace the open plan (a load or a new plan): clears undo history and selection.

        `private`: it came from an encrypted file, so no plain copy of it is written until the user
        saves it somewhere plain (the plans database)."""
        self.plan = plan
        self.private = private
        self.file_path = Path(file_path) if file_path else None
        self.db_plan_id = db_plan_id
        self.db_version = db_version
        self.shown_baseline = self.latest_baseline()
        self.selected_step_id = ""
        self.undo_stack.clear()
        if modified:  # e.g. a recovered draft: unsaved until the user saves it
            self.undo_stack.resetClean()
            self.modifiedChanged.emit(True)
        self.locationChanged.emit()
        self.recompute()
        self.planChanged.emit()
        self.profileChanged.emit()
        self.scenarioChanged.emit(self.scenario_id)
        self.selectionChanged.emit("")

    def push(self, command: QUndoCommand) -> None:
        """Run an edit and put it on the undo stack (commands call `changed` themselves)."""
        self.undo_stack.push(command)

    def changed(self, *, profile: bool = False, scenarios: bool = False) -> None:
        """Called by commands after they touched the plan: recompute, then tell the views."""
        if self.plan is not None and self.selected_step_id:
            ids = {s.id for s in self.scenario().steps}
            if self.selected_step_id not in ids:
                self.selected_step_id = ""
                self.selectionChanged.emit("")
        self.recompute()
        self.planChanged.emit()
        if profile:
            self.profileChanged.emit()
        if scenarios:
            self.scenarioChanged.emit(self.scenario_id)

    def set_scenario(self, scenario_id: str) -> None:
        """Switch the active scenario (a view choice: not an undoable edit, not a modification)."""
        if self.plan is None or scenario_id == self.plan.active_scenario:
            return
        self.plan.scenario(scenario_id)  # KeyError for an unknown id
        self.plan.active_scenario = scenario_id
        self.shown_baseline = self.latest_baseline()
        self.selected_step_id = ""
        self.recompute()
        self.scenarioChanged.emit(scenario_id)
        self.selectionChanged.emit("")

    def select_step(self, step_id: str) -> None:
        """Make `step_id` the selected step ("" clears); every view follows."""
        step_id = step_id or ""
        if step_id == self.selected_step_id:
            return
        self.selected_step_id = step_id
        if self.schedule is not None and step_id in self.schedule.key_milestones:
            self._set_focus(step_id)
        self.selectionChanged.emit(step_id)

    def key_milestone(self, step_id: str):
        """The schedule's key milestone `step_id` (a MilestoneDate with its driving path), or None."""
        if self.schedule is None:
            return None
        return next((m for m in self.schedule.milestones if m.is_key and m.step_id == step_id), None)

    def _set_focus(self, milestone_id: str) -> None:
        if milestone_id != self.focus_milestone:
            self.focus_milestone = milestone_id
            self.focusChanged.emit(milestone_id)

    def status_date(self):
        """The day progress is recorded to: the plan's status date ("as of"); a test's pinned `today` wins."""
        if self.today is not None:
            return self.today
        return self.plan.as_of if self.plan is not None else None

    def recompute(self) -> None:
        """Recompute the active scenario's schedule; a plan that cannot be scheduled keeps the error text."""
        self.schedule, self.schedule_error = None, ""
        if self.plan is not None:
            from oases_desktop.core.scheduling.engine import compute_schedule

            try:
                self.schedule = compute_schedule(self.scenario(), today=self.status_date(), calendars=self.calendars())
                keys = self.schedule.key_milestones
                if self.focus_milestone not in keys:  # unmarked, or another scenario: the first key milestone
                    self._set_focus(keys[0] if keys else "")
            except OasesError as error:
                self.schedule_error = str(error)
                log.info("schedule not computed: %s", error)
            except Exception as error:  # a bug: keep the app usable, say so, keep the traceback
                log.exception("scheduler failed")
                self.schedule_error = self.tr("The dates could not be computed because of an internal error (%s). "
                                              "Undo the last change, and send the log file to support.") % error
        self.scheduleChanged.emit()

    # ----------------------------------------------------------------- files
    def load_file(self, path: str | os.PathLike) -> None:
        """Open a plan file (PlanFileError if it cannot be read)."""
        from oases_desktop.core.planfile import load_plan
        from oases_desktop.core.scheduling.engine import check_schedules

        plan = load_plan(path)
        check_schedules(plan, str(path), calendars=self.calendars())  # what `validate` refuses is refused here
        self.set_plan(plan, file_path=path)

    def save_file(self, path: str | os.PathLike | None = None) -> None:
        """Save to `path` (or the current file) atomically, then mark the document clean."""
        from oases_desktop.core.planfile import save_plan

        target = Path(path) if path else self.file_path
        if target is None or self.plan is None:
            raise ValueError("save_file needs a path and a plan")
        save_plan(self.plan, target)
        if self.file_path != target:
            self.file_path = target
            self.locationChanged.emit()
        self.undo_stack.setClean()

    # ----------------------------------------------------------------- database
    def load_from_database(self, database, plan_id: str, run=lambda work: work()) -> None:
        """Open a stored plan (plain dataclasses from Database.plans.load); `run(work)` as in save_to_database."""
        stored = run(lambda: database.plans.load(plan_id))
        self.set_plan(stored.plan, db_plan_id=plan_id, db_version=stored.version)

    def save_to_database(self, database, run=lambda work: work()) -> None:
        """Store the plan (create on first save); ConflictError if someone else saved since we loaded.

        `run(work)` runs the database call (e.g. off the GUI thread for a team server) and returns its result."""
        import copy

        if self.plan is None:
            return
        plan, version = copy.deepcopy(self.plan), self.db_version
        if self.db_plan_id is None:
            stored = run(lambda: database.plans.create(plan))
            self.db_plan_id = self.plan.id
            self.db_version = stored.version
            self.locationChanged.emit()
        else:
            self.db_version = run(lambda: database.plans.save(plan, version))
        if self.file_path is None:
            self.undo_stack.setClean()

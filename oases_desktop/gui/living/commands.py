"""Undo commands of the living plan: actual dates of a step, the plan's baselines (core edits, like every other)."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.domain import edits
from oases_desktop.gui.commands import PlanCommand
from oases_desktop.gui.i18n import tr


class SetActualDatesCommand(PlanCommand):
    """Record (or clear) a step's actual start and finish in one undo step ("Mark done" sets both)."""

    def __init__(self, document, step_id: str, start: date | None, finish: date | None, text: str | None = None):
        super().__init__(document, text or tr("Set actual dates"))
        self.step_id = step_id
        self.edit = edits.set_step_fields(self.plan, self.scenario_id, step_id, actual_start=start, actual_finish=finish)


def mark_done_command(document, step_id: str) -> SetActualDatesCommand:
    """"Mark done": the step's scheduled start and finish become its actual dates; OasesError without dates."""
    scheduled = document.schedule.steps.get(step_id) if document.schedule is not None else None
    if scheduled is None:
        raise OasesError(tr("The step has no computed dates to mark it done on."))
    return SetActualDatesCommand(document, step_id, scheduled.start, scheduled.finish, tr("Mark done"))


class SetBaselinesCommand(PlanCommand):
    """Replace the plan's list of baselines (a new one saved, one deleted); undo restores the old list."""

    def __init__(self, document, baselines: list, text: str):
        super().__init__(document, text)
        self.edit = edits.set_baselines(self.plan, baselines)

    def _applied(self) -> None:
        if self.document.shown_baseline not in {b.name for b in self.plan.baselines}:
            self.document.shown_baseline = None

"""Undo commands of the living plan: actual dates of a step, the plan's baselines, the status date."""

from __future__ import annotations

import copy
from datetime import date

from oases_desktop.core.errors import OasesError
from oases_desktop.gui.commands import PlanCommand, _require_step
from oases_desktop.gui.i18n import tr


class SetActualDatesCommand(PlanCommand):
    """Record (or clear) a step's actual start and finish in one undo step ("Mark done" sets both)."""

    def __init__(self, document, step_id: str, start: date | None, finish: date | None, text: str | None = None):
        _require_step(document, step_id)
        super().__init__(document, text or tr("Set actual dates"))
        if start and finish and finish < start:
            raise OasesError(tr("The actual finish cannot be before the actual start."))
        self.step_id = step_id
        step = self.target.step(step_id)
        self.old = (step.actual_start, step.actual_finish)
        self.new = (start, finish)

    def _set(self, dates) -> None:
        step = self.target.step(self.step_id)
        step.actual_start, step.actual_finish = dates

    def _apply(self) -> None:
        self._set(self.new)

    def _revert(self) -> None:
        self._set(self.old)


class SetBaselinesCommand(PlanCommand):
    """Replace the plan's list of baselines (a new one saved, one deleted); undo restores the old list."""

    def __init__(self, document, baselines: list, text: str):
        super().__init__(document, text)
        self.old = copy.deepcopy(self.plan.baselines)
        self.new = copy.deepcopy(baselines)

    def _apply(self) -> None:
        self.plan.baselines = copy.deepcopy(self.new)
        self._forget_shown()

    def _revert(self) -> None:
        self.plan.baselines = copy.deepcopy(self.old)
        self._forget_shown()

    def _forget_shown(self) -> None:
        if self.document.shown_baseline not in {b.name for b in self.plan.baselines}:
            self.document.shown_baseline = None

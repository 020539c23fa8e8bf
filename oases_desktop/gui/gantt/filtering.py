"""One filter for the tree and the chart: text, route, critical or driving only, milestones only, open points.

The proxy filters the outline's step rows; a route row shows while any of its steps does. The
chart draws the rows the filtered tree shows, so one filter applies to both.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from oases_desktop.core.domain.plan import StepKind
from oases_desktop.gui.gantt.outline import NUMBER_ROLE, ROUTE_ROLE
from oases_desktop.gui.steps.model import COL_BASIS, COL_NAME, COL_ROUTE, STEP_ID_ROLE


@dataclass(frozen=True)
class StepFilter:
    """What the advisor wants to see; the default shows everything."""

    text: str = ""
    route: str = ""              # a route id, or "" for every route
    critical: bool = False       # on the critical path (no float)
    driving: bool = False        # on the driving path of a key milestone
    milestones: bool = False
    open_points: bool = False    # not done, and resting on an estimate or a projected rule

    @property
    def active(self) -> bool:
        return self != StepFilter()


def driving_steps(schedule) -> set[str]:
    """The steps that set a key milestone's date: the union of the key milestones' driving paths (keydates.py)."""
    if schedule is None:
        return set()
    return {sid for m in schedule.milestones if m.is_key for sid in m.driving_steps}


def is_open_point(step) -> bool:
    """A point still to settle with the client: not done, and its duration is an estimate or its route projected."""
    return not step.done and (step.duration.is_estimate or step.projected)


class OutlineFilterProxy(QSortFilterProxyModel):
    """Filters an `OutlineModel` by a `StepFilter`, keeping its row order (no sorting)."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.criteria = StepFilter()
        self._driving: tuple[int, set[str]] | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)

    def set_criteria(self, criteria: StepFilter) -> None:
        """Show only the steps that meet every criterion."""
        if criteria == self.criteria:
            return
        self.beginFilterChange()
        self.criteria = criteria
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """The plan changed under an active filter (a step became critical, a name changed)."""
        if self.criteria.active:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        criteria = self.criteria
        if not source_parent.isValid():      # a route row: shown with its steps (recursive filtering)
            return not criteria.active
        model = self.sourceModel()
        index = model.index(source_row, COL_NAME, source_parent)
        try:
            step = self.document.step(index.data(STEP_ID_ROLE))
        except (KeyError, TypeError):
            return False
        if criteria.route and index.data(ROUTE_ROLE) != criteria.route:
            return False
        if criteria.milestones and step.kind != StepKind.MILESTONE:
            return False
        if criteria.open_points and not is_open_point(step):
            return False
        schedule = self.document.schedule
        timing = schedule.steps.get(step.id) if schedule is not None else None
        if criteria.critical and not (timing is not None and timing.critical):
            return False
        if criteria.driving and step.id not in self._driving_set(schedule):
            return False
        needle = criteria.text.strip().casefold()
        if needle:
            texts = [index.data(NUMBER_ROLE), step.name] + [
                model.index(source_row, column, source_parent).data(Qt.ItemDataRole.DisplayRole)
                for column in (COL_ROUTE, COL_BASIS)]
            return any(text and needle in str(text).casefold() for text in texts)
        return True

    def _driving_set(self, schedule) -> set[str]:
        if self._driving is None or self._driving[0] != id(schedule):
            self._driving = (id(schedule), driving_steps(schedule))
        return self._driving[1]

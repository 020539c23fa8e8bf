"""The step table: a Qt model over the active scenario's steps and their computed dates.

Reads the document (plan + schedule); every edit is an undo command pushed on the document, so
the table, the timeline and the inspector all follow the same change. Rows follow the scenario's
step order; structural changes use begin/end insert/remove when they are one contiguous block.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from oases_desktop.core.domain.plan import Calendar, DurationUnit, Step, StepKind
from oases_desktop.core.errors import OasesError
from oases_desktop.core.tracking.baselines import variance
from oases_desktop.gui.commands import EditStepCommand, MoveStepCommand
from oases_desktop.gui.steps.basis import basis_sentence, basis_short
from oases_desktop.gui.dates import display_date

log = logging.getLogger(__name__)

(COL_NAME, COL_ROUTE, COL_START, COL_FINISH, COL_MIN, COL_LIKELY, COL_MAX, COL_UNIT, COL_CALENDAR,
 COL_FLOAT, COL_SLACK, COL_BASIS, COL_ACTUAL_START, COL_ACTUAL_FINISH, COL_VARIANCE) = range(15)
COLUMN_COUNT = 15

STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1   # the step's id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2      # a value that sorts right (dates as ISO text, numbers as numbers)
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3   # [(value, label)] for columns edited with a list

UNIT_LABELS = {DurationUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("StepsTableModel", "days"),
               DurationUnit.WORKING_DAYS: QT_TRANSLATE_NOOP("StepsTableModel", "working days"),
               DurationUnit.WEEKS: QT_TRANSLATE_NOOP("StepsTableModel", "weeks"),
               DurationUnit.MONTHS: QT_TRANSLATE_NOOP("StepsTableModel", "months")}
EDITABLE = {COL_NAME, COL_START, COL_MIN, COL_LIKELY, COL_MAX, COL_UNIT, COL_CALENDAR, COL_ACTUAL_START, COL_ACTUAL_FINISH}


def _fmt(day: date | None) -> str:
    return display_date(day)


class StepsTableModel(QAbstractTableModel):
    """Rows = steps of the document's active scenario; columns = COL_* constants."""

    editRejected = Signal(str)   # an edit the plan refused, with the message for the user

    HEADERS = (  # spelled out one by one: lupdate only finds literal arguments
        QT_TRANSLATE_NOOP("StepsTableModel", "Step"), QT_TRANSLATE_NOOP("StepsTableModel", "Route"),
        QT_TRANSLATE_NOOP("StepsTableModel", "Start"), QT_TRANSLATE_NOOP("StepsTableModel", "Finish"),
        QT_TRANSLATE_NOOP("StepsTableModel", "Min"), QT_TRANSLATE_NOOP("StepsTableModel", "Likely"),
        QT_TRANSLATE_NOOP("StepsTableModel", "Max"), QT_TRANSLATE_NOOP("StepsTableModel", "Unit"),
        QT_TRANSLATE_NOOP("StepsTableModel", "Calendar"), QT_TRANSLATE_NOOP("StepsTableModel", "Float to plan finish (d)"),
        QT_TRANSLATE_NOOP("StepsTableModel", "Slack to key milestone (wd / d)"),
        QT_TRANSLATE_NOOP("StepsTableModel", "Basis / source"), QT_TRANSLATE_NOOP("StepsTableModel", "Actual start"),
        QT_TRANSLATE_NOOP("StepsTableModel", "Actual finish"), QT_TRANSLATE_NOOP("StepsTableModel", "Variance"))

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.document = document = session.document
        self._ids: list[str] = self._current_ids()
        document.planChanged.connect(self._on_plan_changed)
        document.scheduleChanged.connect(self._on_schedule_changed)
        document.scenarioChanged.connect(self._reset)
        session.libraryChanged.connect(self.refresh_all)   # the Route and Basis columns cite the library
        document.focusChanged.connect(self._on_focus_changed)

    # structure ------------------------------------------------------------------------------
    def _current_ids(self) -> list[str]:
        if self.document.plan is None:
            return []
        return [step.id for step in self.document.scenario().steps]

    def _reset(self, *_args) -> None:
        self.beginResetModel()
        self._ids = self._current_ids()
        self.endResetModel()

    def _on_plan_changed(self) -> None:
        new = self._current_ids()
        old = self._ids
        if new == old:
            self._emit_all_changed()
            return
        start = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
        if len(new) > len(old):
            count = len(new) - len(old)
            if new[:start] + new[start + count:] == old:
                self.beginInsertRows(QModelIndex(), start, start + count - 1)
                self._ids = new
                self.endInsertRows()
                self._emit_all_changed()
                return
        elif len(new) < len(old):
            count = len(old) - len(new)
            if old[:start] + old[start + count:] == new:
                self.beginRemoveRows(QModelIndex(), start, start + count - 1)
                self._ids = new
                self.endRemoveRows()
                self._emit_all_changed()
                return
        self._reset()

    def _on_schedule_changed(self) -> None:
        if self._ids != self._current_ids():
            return  # planChanged follows and restructures
        if self._ids:
            self.dataChanged.emit(self.index(0, COL_START), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))

    def _on_focus_changed(self, _milestone_id: str) -> None:
        """Another key milestone is in focus: the slack column shows slack to it."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_SLACK, COL_SLACK)
        if self._ids:
            self.dataChanged.emit(self.index(0, COL_SLACK), self.index(len(self._ids) - 1, COL_SLACK))

    def _focus_name(self) -> str:
        doc = self.document
        key = doc.key_milestone(doc.focus_milestone) if doc.plan is not None else None
        return key.name if key is not None else ""

    def refresh_all(self) -> None:
        """Every cell may read differently (e.g. the reference library changed the basis texts)."""
        self._emit_all_changed()

    def _emit_all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))

    # reading --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of steps (0 under any parent: a flat table)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns (COL_*)."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def step_id(self, row: int) -> str:
        """The id of the step shown in `row`."""
        return self._ids[row]

    def row_of(self, step_id: str) -> int:
        """The row showing `step_id`, or -1."""
        try:
            return self._ids.index(step_id)
        except ValueError:
            return -1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Column titles (translated) and row numbers; the slack column names the key milestone it counts to."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_SLACK:
                return self.tr("Slack to the key milestone selected last: working days of the step's calendar / calendar "
                               "days it can slip before that milestone moves")
            if section == COL_FLOAT:
                return self.tr("Total float to the plan's finish, in calendar days")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal and section == COL_SLACK and self._focus_name():
            return self.tr("Slack to %s (wd / d)") % self._focus_name()
        if horizontal and 0 <= section < COLUMN_COUNT:
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def _step(self, row: int) -> Step | None:
        try:
            return self.document.scenario().step(self._ids[row])
        except (KeyError, IndexError):
            return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """The cell's value for `role`; None for an invalid index or an unused role."""
        if not index.isValid():
            return None
        step = self._step(index.row())
        if step is None:
            return None
        column = index.column()
        scheduled = self.document.schedule.steps.get(step.id) if self.document.schedule else None
        if role == STEP_ID_ROLE:
            return step.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(step, scheduled, column, edit=role == Qt.ItemDataRole.EditRole)
        if role == SORT_ROLE:
            return self._sort_value(step, scheduled, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(step, scheduled, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(step, scheduled, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_MIN, COL_LIKELY, COL_MAX, COL_FLOAT, COL_VARIANCE, COL_SLACK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CHOICES_ROLE:
            if column == COL_UNIT:
                return [(unit.value, self.tr(UNIT_LABELS[unit])) for unit in DurationUnit]
            if column == COL_CALENDAR:
                return [(cal.value, cal.value) for cal in Calendar]
        return None

    def _value(self, step: Step, scheduled, column: int, edit: bool):
        d = step.duration
        milestone = step.kind == StepKind.MILESTONE
        if column == COL_NAME:   # a sitting beyond the published schedule reads as the PDF's row: "Estimated: <step>"
            estimated = not edit and scheduled is not None and scheduled.sitting_estimated
            return self.tr("Estimated: %s") % step.name if estimated else step.name
        if column == COL_ROUTE:
            if edit:
                return step.route
            return self.session.route_names().get(step.route, step.route) + (self.tr(" (projected)") if step.projected else "")
        if column == COL_START:
            if edit:
                day = step.start_no_earlier_than or (scheduled.start if scheduled else None)
                return QDate(day.year, day.month, day.day) if day else QDate()
            return _fmt(scheduled.start) if scheduled else ""
        if column == COL_FINISH:
            return _fmt(scheduled.finish) if scheduled else ""
        if column in (COL_MIN, COL_LIKELY, COL_MAX):
            value = {COL_MIN: d.min, COL_LIKELY: d.likely, COL_MAX: d.max}[column]
            if edit:
                return float(value)
            return "" if milestone else f"{value:g}"
        if column == COL_UNIT:
            return d.unit.value if edit else ("" if milestone else self.tr(UNIT_LABELS[d.unit]))
        if column == COL_CALENDAR:
            return d.calendar.value
        if column == COL_FLOAT:
            return str(scheduled.total_float) if scheduled else ""
        if column == COL_SLACK:
            slack = self._slack(scheduled)
            return f"{slack.working_days} / {slack.calendar_days}" if slack is not None else ""
        if column == COL_BASIS:
            return basis_short(self.session.basis(d))
        if column in (COL_ACTUAL_START, COL_ACTUAL_FINISH):
            day = step.actual_start if column == COL_ACTUAL_START else step.actual_finish
            if edit:
                day = day or (scheduled.start if column == COL_ACTUAL_START else scheduled.finish) if scheduled else day
                return QDate(day.year, day.month, day.day) if day else QDate()
            return _fmt(day)
        if column == COL_VARIANCE:
            days = self.variance_days(step.id)
            return "" if days is None else self.tr("%+d d") % days
        return None

    def variance_days(self, step_id: str) -> int | None:
        """Finish now minus finish in the shown baseline, in calendar days (None: no baseline or no step then)."""
        doc = self.document
        scheduled = doc.schedule.steps.get(step_id) if doc.schedule is not None else None
        return variance(doc.baseline(), step_id, scheduled.finish if scheduled else None)[1]

    def _slack(self, scheduled):
        """The step's slack to the key milestone in focus (None: it does not lead there)."""
        return scheduled.slack.get(self.document.focus_milestone) if scheduled is not None else None

    def _drives_focus(self, step_id: str) -> bool:
        key = self.document.key_milestone(self.document.focus_milestone)
        return key is not None and step_id in key.driving_steps

    def _sort_value(self, step: Step, scheduled, column: int):
        if column == COL_START:
            return scheduled.start.isoformat() if scheduled else ""
        if column == COL_FINISH:
            return scheduled.finish.isoformat() if scheduled else ""
        if column in (COL_MIN, COL_LIKELY, COL_MAX):
            return float(self._value(step, scheduled, column, edit=True))
        if column == COL_FLOAT:
            return scheduled.total_float if scheduled else 10**9
        if column == COL_VARIANCE:
            days = self.variance_days(step.id)
            return 10**9 if days is None else days
        if column in (COL_ACTUAL_START, COL_ACTUAL_FINISH):
            day = step.actual_start if column == COL_ACTUAL_START else step.actual_finish
            return day.isoformat() if day else ""
        if column == COL_SLACK:
            slack = self._slack(scheduled)
            return slack.calendar_days if slack is not None else 10**9
        if column == COL_NAME:
            return step.name.casefold()
        return str(self._value(step, scheduled, column, edit=False) or "").casefold()

    def _tooltip(self, step: Step, scheduled, column: int):
        if column == COL_BASIS:
            return basis_sentence(self.session.basis(step.duration))
        if column == COL_ROUTE:
            return self.session.route_names().get(step.route, step.route) + f" ({step.route})"
        if column == COL_FLOAT and scheduled is not None and not scheduled.critical:
            return self.tr("Can slip %d calendar days without moving the plan's finish") % scheduled.total_float
        if column == COL_START and step.start_no_earlier_than:
            return self.tr("Starts no earlier than %s (set by you)") % _fmt(step.start_no_earlier_than)
        if column == COL_FLOAT and scheduled is not None and scheduled.critical:
            return self.tr("On the critical path: any delay moves the plan's finish")
        if column == COL_SLACK and self._slack(scheduled) is not None:
            slack = self._slack(scheduled)
            text = (self.tr("Can slip %1 working days (%2 calendar) before %3 moves")
                    .replace("%1", str(slack.working_days)).replace("%2", str(slack.calendar_days))
                    .replace("%3", self._focus_name()))
            return text + (self.tr("; on its driving path") if self._drives_focus(step.id) else "")
        if column == COL_NAME and not step.enabled:
            return self.tr("Disabled: not scheduled")
        if column == COL_NAME and scheduled is not None and scheduled.sitting_estimated:
            return self.tr("The sitting on %s is estimated: it lies beyond the schedule the library publishes, "
                           "so its date follows the committee's rule") % _fmt(scheduled.start)
        if column == COL_VARIANCE and self.document.shown_baseline:
            return self.tr("Calendar days later (+) or earlier (-) than in the baseline \"%s\"") % self.document.shown_baseline
        if column in (COL_ACTUAL_START, COL_ACTUAL_FINISH):
            return self.tr("Actual date, as recorded; double-click to set it (the inspector clears it)")
        return None

    def _foreground(self, step: Step, scheduled, column: int):
        palette = QApplication.palette()
        if not step.enabled:
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if column == COL_FLOAT and scheduled is not None and scheduled.critical:
            return QBrush(QColor("#c0392b"))
        if column == COL_SLACK and self._drives_focus(step.id):
            return QBrush(QColor("#c0392b"))
        if column == COL_BASIS and (step.duration.is_estimate or self.session.basis(step.duration).adjusted):
            return QBrush(QColor("#b9770e"))
        if column == COL_VARIANCE and (self.variance_days(step.id) or 0) > 0:
            return QBrush(QColor("#c0392b"))
        return None

    # editing --------------------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Selectable everywhere; editable where an edit means something (not computed columns)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        step = self._step(index.row())
        if step is None:
            return flags
        column = index.column()
        if column in EDITABLE and not (step.kind == StepKind.MILESTONE and column in (COL_MIN, COL_LIKELY, COL_MAX, COL_UNIT)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Push the undo command for an inline edit; False (and editRejected) if the plan refuses it."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        step = self._step(index.row())
        if step is None:
            return False
        try:
            command = self._command_for(step, index.column(), value)
            if command is None:
                return False
            self.document.push(command)
        except (OasesError, ValueError) as error:
            self.editRejected.emit(str(error))
            return False
        return True

    def _command_for(self, step: Step, column: int, value):
        doc = self.document
        if column == COL_NAME:
            name = str(value).strip()
            return None if name == step.name else EditStepCommand(doc, step.id, "name", name)
        if column == COL_START:
            day = value.toPython() if isinstance(value, QDate) else value
            if not isinstance(day, date):
                raise OasesError(self.tr("Enter a date."))
            return MoveStepCommand(doc, step.id, day)
        if column in (COL_MIN, COL_LIKELY, COL_MAX):
            return self._duration_command(step, column, float(value))
        if column in (COL_ACTUAL_START, COL_ACTUAL_FINISH):
            from oases_desktop.gui.living.commands import SetActualDatesCommand

            day = value.toPython() if isinstance(value, QDate) else value
            if not isinstance(day, date):
                raise OasesError(self.tr("Enter a date."))
            start, finish = step.actual_start, step.actual_finish
            start, finish = (day, finish) if column == COL_ACTUAL_START else (start, day)
            return None if (start, finish) == (step.actual_start, step.actual_finish) else \
                SetActualDatesCommand(doc, step.id, start, finish)
        if column == COL_UNIT:
            return EditStepCommand(doc, step.id, "duration", dataclasses.replace(step.duration, unit=DurationUnit(value)))
        if column == COL_CALENDAR:
            return EditStepCommand(doc, step.id, "duration", dataclasses.replace(step.duration, calendar=Calendar(value)))
        return None

    def _duration_command(self, step: Step, column: int, value: float):
        name = {COL_MIN: "min", COL_LIKELY: "likely", COL_MAX: "max"}[column]
        new = dataclasses.replace(step.duration, **{name: value})
        return None if new == step.duration else EditStepCommand(self.document, step.id, "duration", new)

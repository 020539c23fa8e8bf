"""The inspector's Progress box: a step's actual start and finish, Mark done, Clear."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton

from oases_desktop.core.errors import OasesError
from oases_desktop.gui.dates import display_date, qt_display_format
from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.living.commands import SetActualDatesCommand, mark_done_command


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class ProgressBox(QGroupBox):
    """Shows and edits the selected step's actual dates; every edit is one undo command."""

    def __init__(self, document, parent=None):
        super().__init__(self.tr("Progress"), parent)
        self.document = document
        self.step_id = ""
        form = QFormLayout(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        form.addRow(self.tr("State:"), self.state)
        self.started, self.start = QCheckBox(self), QDateEdit(self, calendarPopup=True, displayFormat=qt_display_format())
        self.finished, self.finish = QCheckBox(self), QDateEdit(self, calendarPopup=True, displayFormat=qt_display_format())
        for check, edit, label in ((self.started, self.start, self.tr("Actual start:")),
                                   (self.finished, self.finish, self.tr("Actual finish:"))):
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(edit, 1)
            form.addRow(label, row)
            check.toggled.connect(self._commit)
            edit.editingFinished.connect(self._commit)
        self.mark_done = QPushButton(self.tr("Mark Done"), self)
        self.mark_done.setToolTip(self.tr("Record the step as done on its planned dates"))
        self.clear = QPushButton(self.tr("Clear"), self)
        self.clear.setToolTip(self.tr("Forget the step's actual dates"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_done)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.mark_done.clicked.connect(self._mark_done)
        self.clear.clicked.connect(lambda: self._push(None, None, self.tr("Clear actual dates")))
        self._showing = False

    def show_step(self, step, scheduled) -> None:
        """Fill from the step (no commands are pushed while filling)."""
        self._showing = True
        self.step_id = step.id
        planned_start = scheduled.start if scheduled else self.document.plan.as_of
        planned_finish = scheduled.finish if scheduled else planned_start
        self.started.setChecked(step.actual_start is not None)
        self.start.setDate(_qdate(step.actual_start or planned_start))
        self.start.setEnabled(step.actual_start is not None)
        self.finished.setChecked(step.actual_finish is not None)
        self.finish.setDate(_qdate(step.actual_finish or planned_finish))
        self.finish.setEnabled(step.actual_finish is not None)
        if step.actual_finish:
            state = self.tr("Done on %s") % display_date(step.actual_finish)
        elif step.actual_start:
            state = self.tr("In progress since %s") % display_date(step.actual_start)
        else:
            state = self.tr("Not started (status date %s)") % display_date(self.document.plan.as_of)
        self.state.setText(state)
        self._showing = False

    def _commit(self, *_args) -> None:
        if self._showing or not self.step_id:
            return
        start = self.start.date().toPython() if self.started.isChecked() else None
        finish = self.finish.date().toPython() if self.finished.isChecked() else None
        step = self.document.scenario().step(self.step_id)
        if (start, finish) != (step.actual_start, step.actual_finish):
            self._push(start, finish, self.tr("Set actual dates"))

    def _mark_done(self) -> None:
        self._push_made(lambda: mark_done_command(self.document, self.step_id))

    def _push(self, start, finish, text: str) -> None:
        self._push_made(lambda: SetActualDatesCommand(self.document, self.step_id, start, finish, text))

    def _push_made(self, make) -> None:
        try:
            self.document.push(make())
        except OasesError as error:
            show_error(self, error)
            self.show_step(self.document.scenario().step(self.step_id),
                           self.document.schedule.steps.get(self.step_id) if self.document.schedule else None)

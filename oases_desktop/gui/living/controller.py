"""The Progress menu: status date, mark done, save / list / delete baselines, "Changes since...".

Every change goes through an undo command; the reference library comes from the window's session
(AppSession.library: shipped data plus the advisor's own facts), so causes name a library update as such.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from oases_desktop.core.errors import OasesError

# The commands, dialogs and core modules load on first use: the first frame does not need them.


class LivingController(QObject):
    """Owns the Progress menu's actions and what they do."""

    def __init__(self, session, menu, window):
        """`session`: the window's AppSession (its document and library), as every panel gets; the
        actions go into `menu`, the dialogs open over `window`."""
        super().__init__(window)
        self.session, self.document, self.window = session, session.document, window
        document = self.document

        def make(text: str, tip: str, slot) -> QAction:
            action = QAction(text, window)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _=False: self._guarded(slot))
            menu.addAction(action)
            return action

        self.status_date = make(self.tr("&Status Date…"), self.tr("The day progress is recorded to"),
                                self.set_status_date)
        menu.addSeparator()
        self.mark_done = make(self.tr("&Mark Step Done"), self.tr("Record the selected step as done on its planned dates"),
                              lambda: self.mark_step_done(document.selected_step_id))
        self.actual_dates = make(self.tr("&Actual Dates…"), self.tr("Type the selected step's actual start and finish"),
                                 lambda: self.edit_actual_dates(document.selected_step_id))
        self.clear_actuals = make(self.tr("&Clear Actual Dates"), self.tr("Forget the selected step's actual dates"),
                                  lambda: self.clear_actual_dates(document.selected_step_id))
        menu.addSeparator()
        self.save = make(self.tr("Save &Baseline…"), self.tr("Keep today's dates of this scenario to compare with later"),
                         self.save_baseline)
        self.manage = make(self.tr("Base&lines…"), self.tr("Show, compare or delete the plan's baselines"),
                           self.manage_baselines)
        self.changes = make(self.tr("Changes Since &Baseline…"), self.tr("What moved each key milestone since the baseline"),
                            lambda: self.show_changes(document.shown_baseline or document.latest_baseline()))
        document.planChanged.connect(self._update_enabled)
        document.selectionChanged.connect(self._update_enabled)
        self._update_enabled()

    def _guarded(self, slot) -> None:
        try:
            slot()
        except OasesError as error:
            from oases_desktop.gui.error_reporting import show_error

            show_error(self.window, error)

    def _update_enabled(self, *_args) -> None:
        plan = self.document.plan
        has_plan = plan is not None
        for action in (self.status_date, self.save, self.manage):
            action.setEnabled(has_plan)
        self.changes.setEnabled(self.document.latest_baseline() is not None)
        selected = has_plan and bool(self.document.selected_step_id)
        self.mark_done.setEnabled(selected)
        self.actual_dates.setEnabled(selected)
        self.clear_actuals.setEnabled(selected)

    # progress ----------------------------------------------------------------------------
    def set_status_date(self) -> None:
        from oases_desktop.gui.commands import EditPlanCommand
        from oases_desktop.gui.living.dialogs import StatusDateDialog

        dialog = StatusDateDialog(self.document.plan.as_of, self.window)
        if dialog.exec() and dialog.chosen() != self.document.plan.as_of:
            self.document.push(EditPlanCommand(self.document, "as_of", dialog.chosen()))

    def mark_step_done(self, step_id: str) -> None:
        """Actual dates = the step's planned (scheduled) dates."""
        from oases_desktop.gui.living.commands import mark_done_command

        self.document.push(mark_done_command(self.document, step_id))

    def edit_actual_dates(self, step_id: str) -> None:
        """The step's Progress box in a window (the context menu's way to type actual dates)."""
        from oases_desktop.gui.living.dialogs import ActualDatesDialog

        dialog = ActualDatesDialog(self.document, step_id, self.window)
        dialog.exec()
        dialog.deleteLater()

    def clear_actual_dates(self, step_id: str) -> None:
        from oases_desktop.gui.living.commands import SetActualDatesCommand

        self.document.push(SetActualDatesCommand(self.document, step_id, None, None, self.tr("Clear actual dates")))

    # baselines ---------------------------------------------------------------------------
    def save_baseline(self, name: str | None = None) -> None:
        from datetime import date

        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from oases_desktop.core.tracking.baselines import take_baseline, with_baseline
        from oases_desktop.gui.dates import display_date
        from oases_desktop.gui.living.commands import SetBaselinesCommand

        plan = self.document.plan
        if name is None:
            name, ok = QInputDialog.getText(self.window, self.tr("Save Baseline"), self.tr("Name of the baseline:"),
                                            QLineEdit.EchoMode.Normal,
                                            self.tr("Presented to client, %s") % display_date(date.today()))
            if not ok:
                return
        baseline = take_baseline(plan, name, self.session.library(), self.document.calendars(), plan.active_scenario)
        self.document.push(SetBaselinesCommand(self.document, with_baseline(plan.baselines, baseline),
                                               self.tr("Save baseline")))
        self.show_baseline(baseline.name)

    def delete_baseline(self, name: str) -> None:
        from oases_desktop.core.tracking.baselines import without_baseline
        from oases_desktop.gui.living.commands import SetBaselinesCommand

        self.document.push(SetBaselinesCommand(self.document, without_baseline(self.document.plan.baselines, name),
                                               self.tr("Delete baseline")))

    def show_baseline(self, name: str | None) -> None:
        """Draw this baseline's ghost bars and variance (None: none)."""
        self.document.shown_baseline = name
        self.document.scheduleChanged.emit()

    def manage_baselines(self) -> None:
        from oases_desktop.gui.living.dialogs import BaselinesDialog

        BaselinesDialog(self, self.window).exec()

    def movement(self, name: str):
        """Why the key milestones moved since this baseline (core/tracking/moved.py)."""
        from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate
        from oases_desktop.core.tracking.baselines import baseline_of
        from oases_desktop.core.tracking.moved import why_moved

        plan = self.document.plan
        baseline = baseline_of(plan, name, plan.active_scenario)
        scenario = plan.scenario(baseline.scenario_id)
        calendars = self.document.calendars()
        spread = simulate(scenario, DEFAULT_RUNS, DEFAULT_SEED, today=plan.as_of, calendars=calendars)
        return why_moved(plan, baseline, self.session.library(), calendars, plan.as_of, spread)

    def show_changes(self, name: str | None) -> None:
        from oases_desktop.gui.living.dialogs import ChangesDialog

        if name is None:
            raise OasesError(self.tr("Save a baseline of this scenario first."))
        ChangesDialog(self.movement(name), self.window).exec()

"""How sure are the milestone dates? A Monte Carlo run (10,000 seeded runs) off the GUI thread.

The simulation gets a deep copy of the scenario, so the advisor can keep editing while it runs;
the result shows P50/P80/P90 next to the likely date of each key milestone.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from oases_desktop.core.errors import OasesError
from oases_desktop.gui.background import run_in_background
from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.i18n import tr
from oases_desktop.gui.dates import display_date

# montecarlo.DEFAULT_RUNS, written out so that opening the app does not import NumPy (a test checks
# they agree); the simulation itself takes DEFAULT_RUNS and DEFAULT_SEED, as the PDF and `schedule` do.
RUNS = 10_000




def _when(day) -> str:
    return display_date(day, "—")   # "3 Mar 2028", as elsewhere in the app


class ConfidenceDialog(QDialog):
    """Milestones with likely, P50, P80 and P90 dates."""

    def __init__(self, scenario_name: str, schedule, percentiles: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Confidence of milestone dates"))
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels([tr("Milestone"), tr("Likely"), tr("50% by"), tr("80% by"), tr("90% by")])
        for milestone in schedule.milestones:
            result = percentiles.get(milestone.step_id)  # by step: two routes' milestones may share a key
            cells = [milestone.name, _when(milestone.likely), _when(result.p50 if result else None),
                     _when(result.p80 if result else None), _when(result.p90 if result else None)]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
            for item in items[1:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        note = QLabel(tr("Scenario “%1”: %2 simulated runs, each step's duration drawn between its minimum and "
                         "maximum (PERT). “80% by” means 8 runs in 10 reached the milestone by that date.")
                      .replace("%1", scenario_name).replace("%2", f"{RUNS:,}"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)


def estimate_confidence(parent: QWidget, document):
    """Start the simulation in the background; the dialog opens when it is done. Returns the operation."""
    if document.plan is None or document.schedule is None:
        show_error(parent, OasesError(tr("The plan has no dates yet: %s") % (document.schedule_error or tr("add a route first."))))
        return None
    if not document.schedule.milestones:
        show_error(parent, OasesError(tr("This scenario has no key milestones to simulate.")))
        return None
    scenario = copy.deepcopy(document.scenario())  # the worker never touches the live plan
    schedule, today, calendars = document.schedule, document.today, document.calendars()

    def work(progress):
        from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate

        progress.report(0.05, tr("Simulating %s runs…") % f"{RUNS:,}")
        result = simulate(scenario, runs=DEFAULT_RUNS, seed=DEFAULT_SEED, today=today,  # today: as the schedule's
                          calendars=calendars)
        progress.check()
        return result

    def show(percentiles) -> None:
        parent.confidence_dialog = ConfidenceDialog(scenario.name, schedule, percentiles, parent)
        parent.confidence_dialog.show()

    return run_in_background(parent, work, label=tr("Estimating confidence"), on_success=show)

"""File > Export MS Project XML, File > Import MS Project XML, File > Export Image: the plan to and
from the client's project office (core/export/mspdi.py, core/planfile/mspdi_import.py) and onto
slides (gui/image_dialog.py), cited from the app's library. Each takes the main window.

An import shows what it read and what it could not carry before anything changes, then adds
the scenario through one undo command (Edit > Undo takes it out again).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QVBoxLayout, QWidget

from oases_desktop.core.errors import OasesError
from oases_desktop.core.domain import edits
from oases_desktop.gui.commands import ScenarioListCommand
from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.file_controller import _busy
from oases_desktop.gui.i18n import tr


class ImportScenarioCommand(ScenarioListCommand):
    """Add a scenario read from another tool and make it the active one (core edits.insert_scenario)."""

    def __init__(self, document, scenario, source: str):
        super().__init__(document, tr("Import scenario from %s") % source)
        self.edit = edits.insert_scenario(self.plan, scenario)


class ImportReportDialog(QDialog):
    """What an MS Project file gave and what it could not carry; Add Scenario or Cancel."""

    def __init__(self, report, scenario, source: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Import MS Project XML"))
        layout = QVBoxLayout(self)
        self.summary = summary = QLabel(tr("%s gives a new scenario “%s”: %d steps, %d links, %d routes.")
                         % (source, scenario.name, report.steps, report.links, report.routes), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if report.not_carried:
            layout.addWidget(QLabel(tr("Not carried into the plan:"), self))
            self.not_carried = QListWidget(self)
            self.not_carried.addItems(report.not_carried)
            layout.addWidget(self.not_carried)
        else:
            layout.addWidget(QLabel(tr("Everything in the file was carried."), self))
        note = QLabel(tr("Nothing changes until you add the scenario; Edit > Undo takes it out again."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(tr("Add Scenario"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)


def import_mspdi_file(window, document, library, path: str | None = None, confirm=None) -> bool:
    """Read `path` (asked for when None) into a new scenario after the user saw the report.

    `confirm(dialog) -> bool` replaces the modal question (tests); the default runs the dialog.
    """
    from oases_desktop.core.planfile.mspdi_import import import_mspdi, read_mspdi_bytes

    if document.plan is None:
        return False
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, tr("Import MS Project XML"), str(Path.home()),
                                              tr("MS Project XML (*.xml);;All files (*)"))
        if not path:
            return False
    try:
        with _busy():
            new_plan, report = import_mspdi(document.plan, read_mspdi_bytes(path), path, library)
    except OasesError as error:
        show_error(window, error, tr("Cannot import the MS Project file"))
        return False
    scenario = new_plan.scenario(report.scenario_id)
    dialog = ImportReportDialog(report, scenario, Path(path).name, window)
    if not (confirm(dialog) if confirm else dialog.exec() == QDialog.DialogCode.Accepted):
        return False
    document.push(ImportScenarioCommand(document, scenario, Path(path).name))
    return True


def export_mspdi_file(document, library, path: str) -> str:
    """Write the active scenario as MSPDI with P50/P80 and the baseline shown; returns the status line."""
    from oases_desktop.core.export.mspdi import export_mspdi, lag_notes
    from oases_desktop.core.scheduling.calendars import calendars_for
    from oases_desktop.core.scheduling.engine import attach_percentiles
    from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate

    plan, scenario = document.plan, document.scenario()
    calendars = calendars_for(library)
    with _busy():
        schedule = attach_percentiles(document.schedule, simulate(scenario, DEFAULT_RUNS, DEFAULT_SEED,
                                                                  today=plan.as_of, calendars=calendars))
        export_mspdi(plan, scenario, schedule, path, calendars, library, document.baseline())   # the one shown
    notes = "".join(f" {note}" for note in lag_notes(scenario))
    return tr("Exported %s") % path + notes



def export_image(window) -> None:
    """File > Export Image: the dialog, once the plan has dates."""
    if not window.files.has_schedule():
        return
    from oases_desktop.gui.image_dialog import ImageExportDialog

    ImageExportDialog(window.document, window.session.library(), window, settings=window.settings).exec()


def export_mspdi(window, path: str | None = None) -> bool:
    """File > Export MS Project XML: the active scenario for the client's project tool."""
    if not window.files.has_schedule():
        return False
    path = path or window.files.ask_export_path(tr("Export MS Project XML"), ".xml", tr("MS Project XML (*.xml)"))
    if not path:
        return False
    said: list[str] = []
    if not window.files.export_with(lambda: said.append(export_mspdi_file(window.document, window.session.library(),
                                                                          path)), path):
        return False
    window.statusBar().showMessage(said[0], 8000)   # with the notes on links MS Project reads differently
    return True


def import_mspdi(window, path: str | None = None, confirm=None) -> bool:
    """File > Import MS Project XML: a new scenario, after the report of what was not carried."""
    return import_mspdi_file(window, window.document, window.session.library(), path, confirm)

"""File and database workflows of the main window: new, open, save, save as, exports, unsaved prompt.

Kept out of main_window.py so the window stays wiring. Every failure is shown with what to do;
the document is only replaced after the user agreed to lose (or saved) unsaved changes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from oases_desktop.core.errors import OasesError
from oases_desktop.gui.error_reporting import show_error

log = logging.getLogger(__name__)
PLAN_FILTER = QT_TRANSLATE_NOOP("FileController", "Plan files (*.oases);;All files (*)")
OPEN_FILTER = QT_TRANSLATE_NOOP("FileController",
                                "Plan files (*.oases *.oasesenc);;Encrypted plan files (*.oasesenc);;All files (*)")
ENCRYPTED_FILTER = QT_TRANSLATE_NOOP("FileController", "Encrypted plan files (*.oasesenc)")
ENCRYPTED_MAGIC = b"OASESENC"   # core.storage.encrypted_file.MAGIC, checked without importing the crypto stack


class FileController(QObject):
    """Opens and saves the document; asks before unsaved changes are lost."""

    recentFilesChanged = Signal(list)
    statusMessage = Signal(str)
    storedPlansChanged = Signal()   # a plan was saved to (or copied in) the database

    def __init__(self, session, window: QWidget):
        """`session`: the window's AppSession (document, services, settings, autosaver), as the panels get;
        the dialogs open over `window`."""
        super().__init__(window)
        self.session, self.window = session, window
        self.document, self.services, self.settings = session.document, session.services, session.settings

    @property
    def autosaver(self):
        """The session's Autosaver (None until the session has started)."""
        return self.session.autosaver

    # ------------------------------------------------------------ unsaved changes
    def maybe_save(self) -> bool:
        """True when it is fine to drop the open plan (saved, discarded, or nothing to save)."""
        if self.document.plan is None or not self.document.is_modified():
            return True
        answer = QMessageBox.warning(
            self.window, self.tr("Unsaved changes"),
            self.tr("“%s” has changes that are not saved. Save them before closing the plan?") % self.document.display_name(),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            if self.autosaver is not None:
                self.autosaver.discard_draft()
            return True
        return False

    # ------------------------------------------------------------ opening
    def new_plan(self) -> bool:
        from oases_desktop.gui.new_plan_dialog import NewPlanDialog

        if not self.maybe_save():
            return False
        dialog = NewPlanDialog(self.window)
        if not dialog.exec():
            return False
        self.document.set_plan(dialog.plan, modified=True)
        self.statusMessage.emit(self.tr("New plan: describe the product, then add routes from the Eligibility panel."))
        return True

    def open_dialog(self) -> bool:
        folder = self.settings.get("files/last_folder")
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Plan"), folder, self.tr(OPEN_FILTER))
        return bool(path) and self.open_file(path)

    def open_file(self, path: str, *, ask: bool = True) -> bool:
        """Open a plan file; a bad file is explained and the open plan stays."""
        if ask and not self.maybe_save():
            return False
        _remove_save_litter(path)
        if _is_encrypted_file(path):
            return self._open_encrypted(path)
        try:
            self.document.load_file(path)
        except OasesError as error:
            show_error(self.window, error, self.tr("Cannot open plan"))
            if not Path(path).exists():
                self.settings.remove_recent_file(path)
                self.recentFilesChanged.emit(self.settings.recent_files())
            return False
        self._remember_file(path)
        self.statusMessage.emit(self.tr("Opened %s") % path)
        return True

    def _open_encrypted(self, path: str) -> bool:
        """Ask for the passphrase until it opens the file (or the user cancels); a wrong one says so and asks again.

        The plan opens without a file behind it: Save stores it in the plans database, never in plain
        text over the encrypted file; Save Encrypted Copy writes a new encrypted file.
        """
        from oases_desktop.core.errors import PlanFileError, WrongPassphraseError
        from oases_desktop.core.storage.encrypted_file import load_encrypted_plan
        from oases_desktop.gui import error_reporting
        from oases_desktop.gui.passphrase_dialog import PassphraseDialog

        if error_reporting.is_headless():  # nobody could type it: say so instead of waiting for ever
            show_error(self.window, PlanFileError(path, self.tr(
                "this plan is encrypted, and --quit-after-paint or --screenshot cannot ask for its passphrase. "
                "Open it in the app's window without those options; the passphrase is asked there")),
                self.tr("Cannot open plan"))
            return False
        dialog = PassphraseDialog.for_opening(Path(path).name, self.window)
        while dialog.exec():
            try:
                with _busy():
                    plan = load_encrypted_plan(path, dialog.passphrase())
            except WrongPassphraseError:
                dialog.show_error(self.tr("This passphrase does not open the file. Check it (capital letters, "
                                          "keyboard layout) and try again."))
                continue
            except PlanFileError as error:
                show_error(self.window, error, self.tr("Cannot open plan"))
                return False
            self.document.set_plan(plan, private=True)   # no plain-text draft of it is autosaved
            self.settings.set("files/last_folder", str(Path(path).parent))
            self.recentFilesChanged.emit(self.settings.add_recent_file(str(Path(path).resolve())))
            self.statusMessage.emit(self.tr("Opened the encrypted plan %s. Save keeps it in your plans; "
                                            "File > Save Encrypted Copy writes a new encrypted file.") % path)
            return True
        return False

    def open_stored(self, plan_id: str, *, ask: bool = True) -> bool:
        """Open a plan from the database."""
        if plan_id == self.document.db_plan_id and self.document.file_path is None:
            return True
        if ask and not self.maybe_save():
            return False
        try:
            self.document.load_from_database(self.services.database(), plan_id,
                                             self._database_call(self.tr("Loading from the team database…")))
        except Exception as error:  # noqa: BLE001
            show_error(self.window, error, self.tr("Cannot open plan"))
            return False
        self.settings.set("files/last_db_plan", plan_id)
        self.settings.set("files/last_plan", "")
        return True

    def _remember_file(self, path: str) -> None:
        self.settings.set("files/last_folder", str(Path(path).parent))
        self.settings.set("files/last_plan", str(Path(path).resolve()))
        self.recentFilesChanged.emit(self.settings.add_recent_file(str(Path(path).resolve())))

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        """Save where the plan came from: its file, else the database."""
        if self.document.plan is None:
            return False
        if self.document.file_path is not None:
            return self._save_file(self.document.file_path)
        try:
            database = self.services.database()
        except Exception as error:  # noqa: BLE001 - no database: fall back to a file
            log.warning("database unavailable, saving to a file: %s", error)
            return self.save_as()
        try:
            self.document.save_to_database(database, self._database_call(self.tr("Saving to the team database…")))
        except OasesError as error:
            return self._save_conflict(database, error)
        self.settings.set("files/last_db_plan", self.document.db_plan_id or "")
        self.statusMessage.emit(self.tr("Saved “%s”") % self.document.plan.title)
        self.storedPlansChanged.emit()
        return True

    def _database_call(self, label: str):
        """How to run a call on the database: a team server's off the GUI thread, so a silent server never freezes the window."""
        return lambda work: self.services.storage_call(work, label, self.window)

    def _save_conflict(self, database, error: OasesError) -> bool:
        from oases_desktop.core.storage.errors import ConflictError

        if not isinstance(error, ConflictError):
            show_error(self.window, error, self.tr("Cannot save plan"))
            return False
        answer = QMessageBox.question(
            self.window, self.tr("Plan changed elsewhere"),
            self.tr("Someone else saved this plan since you opened it. Keep your version as a separate copy?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Save:
            return False
        stored = database.plans.save_as_copy(self.document.plan)
        self.document.set_plan(stored.plan, db_plan_id=stored.plan.id, db_version=stored.version)
        self.storedPlansChanged.emit()
        return True

    def save_as(self) -> bool:
        if self.document.plan is None:
            return False
        folder = Path(self.settings.get("files/last_folder") or Path.home())
        suggested = str(folder / f"{_safe_name(self.document.plan.title)}.oases")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Plan As"), suggested, self.tr(PLAN_FILTER))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".oases"
        return self._save_file(path)

    def _save_file(self, path) -> bool:
        try:
            self.document.save_file(path)
        except OasesError as error:
            show_error(self.window, error, self.tr("Cannot save plan"))
            return False
        self._remember_file(str(path))
        self.statusMessage.emit(self.tr("Saved %s") % path)
        return True

    def save_encrypted_copy(self, path: str | None = None) -> bool:
        """Write the plan to a passphrase-protected file; the open plan keeps its own file and saved state."""
        from oases_desktop.core.storage.encrypted_file import SUFFIX, save_encrypted_plan
        from oases_desktop.gui.passphrase_dialog import PassphraseDialog

        if self.document.plan is None:
            return False
        if path is None:
            folder = Path(self.settings.get("files/last_folder") or Path.home())
            suggested = str(folder / f"{_safe_name(self.document.plan.title)}{SUFFIX}")
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Encrypted Copy"), suggested,
                                                  self.tr(ENCRYPTED_FILTER))
            if not path:
                return False
        if not Path(path).suffix:
            path += SUFFIX
        dialog = PassphraseDialog.for_new_file(Path(path).name, self.window)
        if not dialog.exec():
            return False
        try:
            with _busy():
                save_encrypted_plan(self.document.plan, path, dialog.passphrase())
        except OasesError as error:
            show_error(self.window, error, self.tr("Cannot save the encrypted copy"))
            return False
        self.statusMessage.emit(self.tr("Saved an encrypted copy to %s") % path)
        return True

    # ------------------------------------------------------------ exports
    def ask_export_path(self, title: str, suffix: str, file_filter: str) -> str:
        folder = Path(self.settings.get("export/last_pdf_folder") or self.settings.get("files/last_folder") or Path.home())
        scenario = self.document.scenario()
        suggested = str(folder / f"{_safe_name(self.document.plan.title)} - {_safe_name(scenario.name)}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, file_filter)
        if path and not Path(path).suffix:
            path += suffix
        if path:
            self.settings.set("export/last_pdf_folder", str(Path(path).parent))
        return path

    def export_ical(self, path: str | None = None) -> bool:
        from oases_desktop.core.export.ical import export_ical

        if not self.has_schedule():
            return False
        path = path or self.ask_export_path(self.tr("Export Milestones"), ".ics", self.tr("iCalendar files (*.ics)"))
        if not path:
            return False
        return self.export_with(lambda: export_ical(self.document.plan, self.document.scenario(), self.document.schedule, path,
                                                self.document.baseline()), path)

    def export_csv(self, path: str | None = None) -> bool:
        from oases_desktop.core.export.csv_export import export_csv

        if not self.has_schedule():
            return False
        path = path or self.ask_export_path(self.tr("Export Steps"), ".csv", self.tr("CSV files (*.csv)"))
        if not path:
            return False
        library = self.services.library()
        return self.export_with(lambda: export_csv(self.document.scenario(), self.document.schedule, path, library,
                                               self.document.plan.as_of, self.document.baseline()), path)

    def export_xlsx(self, path: str | None = None) -> bool:
        """The steps with dates, durations, basis, source and as-of date as an Excel workbook."""
        from oases_desktop.core.export.xlsx_export import export_xlsx

        if not self.has_schedule():
            return False
        path = path or self.ask_export_path(self.tr("Export Steps to Excel"), ".xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return False
        library = self.services.library()
        return self.export_with(lambda: export_xlsx(self.document.plan, self.document.scenario(), self.document.schedule,
                                                path, library, self.document.baseline()), path)

    def export_with(self, write, path: str) -> bool:
        """Run `write`; its OasesError shown as an export failure, success on the status bar."""
        try:
            write()
        except OasesError as error:
            show_error(self.window, error, self.tr("Export failed"))
            return False
        self.statusMessage.emit(self.tr("Exported %s") % path)
        return True

    def has_schedule(self) -> bool:
        """True when the plan has dates to export; otherwise says why (the same words for every export)."""
        if self.document.plan is None:
            return False
        if self.document.schedule is None:
            reason = self.document.schedule_error or self.tr("add a route first.")
            show_error(self.window, OasesError(self.tr("The plan has no dates yet, so there is nothing to export: %s")
                                               % reason), self.tr("Nothing to export"))
            return False
        return True


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def _safe_name(text: str) -> str:
    """A file name from a plan title: letters, digits and " -_." only, never a Windows device name (CON, NUL, COM1...)."""
    cleaned = "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in text).strip(" .")[:80].strip(" .")
    if cleaned.split(".")[0].strip().upper() in _RESERVED:
        cleaned = f"{cleaned}_plan"
    return cleaned or "plan"


def _remove_save_litter(path: str) -> None:
    """Temporary files an interrupted save of this plan left beside it (beside a link's target)."""
    import os

    from oases_desktop.core.litter import remove_stale_temps

    real = os.path.realpath(path)
    remove_stale_temps(os.path.dirname(real), os.path.basename(real))


def _is_encrypted_file(path) -> bool:
    """True for a file that starts like an encrypted plan (the plain reader would call it junk)."""
    from oases_desktop.core.bounded_read import ReadProblem, read_regular_file
    from oases_desktop.core.planfile.io import MAX_FILE_BYTES

    try:  # never open() a FIFO or device here: it would block the window or read without end
        return read_regular_file(path, MAX_FILE_BYTES).startswith(ENCRYPTED_MAGIC)
    except ReadProblem:
        return False   # missing, a folder, a FIFO, too large: the plain reader says what is wrong


class _busy:
    """A wait cursor while the key is derived (about half a second by design)."""

    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc):
        QGuiApplication.restoreOverrideCursor()
        return False

"""The database at start-up, through the app: damaged, in use, too new or not upgradable, and its notices.

`ensure_database(window)` opens the database once and turns each StorageError into a decision the
user can make: a damaged database (already kept aside by the storage layer) offers the newest good
backup or an empty database; a database open in another OASES window, one written by a newer app
or one that failed its upgrade leaves the app in plan-file mode with a message saying so. After a
successful open, `db.location_warning` and `db.backup_problem` are shown once in the notice bar,
and `BackupScheduler` takes the scheduled backup every 30 minutes while the app runs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from oases_desktop.core.errors import StorageError
from oases_desktop.gui import error_reporting
from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.i18n import tr

log = logging.getLogger(__name__)

BACKUP_INTERVAL_MS = 30 * 60 * 1000
RESTORE, FRESH, FILES_ONLY, QUIT = "restore", "fresh", "files", "quit"




def ensure_database(window, *, attempts: int = 3) -> bool:
    """Open the database if it is not open yet; True when it is usable. Never raises a StorageError."""
    from oases_desktop.core.storage import (DatabaseCorruptError, DatabaseInUseError, DatabaseTooNewError,
                                            MigrationError)

    services = window.services
    if services.has_database():
        return True
    if services.unavailable_reason() is not None:
        return False
    pending = _unresolved_damage(window)
    if pending is not None and not _resolve_damage(window, pending):
        return False
    for _ in range(attempts):
        try:
            services.database()
        except DatabaseCorruptError as error:
            if not _resolve_damage(window, error):
                return False
        except DatabaseInUseError as error:
            return _in_use(window, error)
        except (DatabaseTooNewError, MigrationError) as error:
            show_error(window, error, tr("The plan database cannot be opened"))
            return _files_only(window, error, tell=False)
        except StorageError as error:
            show_error(window, error, tr("The plan database cannot be opened"))
            return _files_only(window, error, tell=False)
        else:
            show_database_notices(window)
            return True
    return _files_only(window, StorageError(tr("The plan database could not be opened after several tries.")))


# ------------------------------------------------------------------ the damaged database
def damaged_database_box(parent: QWidget | None, error) -> tuple[QMessageBox, dict]:
    """The question asked about a damaged database, and its buttons by choice (built apart for tests)."""
    kept = (tr("It was kept aside as:\n%1\n\n").replace("%1", str(error.kept_as)) if error.kept_as
            else tr("The file was left where it is (it does not look like an OASES database).\n\n"))
    if error.backups:
        offer = tr("The most recent good backup is %1. Restore it, or start with an empty database "
                   "(your plan files are not affected).").replace("%1", error.backups[0].name)
    else:
        offer = tr("No good backup was found. Start with an empty database (your plan files are not affected).")
    box = QMessageBox(QMessageBox.Icon.Warning, tr("The plan database was damaged"),
                      tr("The plan database %1 was damaged (%2).\n\n").replace("%1", str(error.path))
                      .replace("%2", error.problem) + kept + offer, QMessageBox.StandardButton.NoButton, parent)
    buttons = {}
    if error.backups:
        buttons[RESTORE] = box.addButton(tr("Restore Backup"), QMessageBox.ButtonRole.AcceptRole)
    if error.kept_as is not None:
        buttons[FRESH] = box.addButton(tr("Start Empty"), QMessageBox.ButtonRole.DestructiveRole)
    buttons[FILES_ONLY] = box.addButton(tr("Work with Plan Files Only"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons.get(RESTORE) or buttons.get(FRESH) or buttons[FILES_ONLY])
    return box, buttons


def ask_about_damaged_database(parent, error) -> str:
    """RESTORE, FRESH or FILES_ONLY, as the user chooses (headless runs restore if they can, else fresh)."""
    if error_reporting.is_headless():
        print(f"error: {error}", flush=True)
        return RESTORE if error.backups else FRESH
    box, buttons = damaged_database_box(parent, error)
    box.exec()
    clicked = box.clickedButton()
    return next((choice for choice, button in buttons.items() if button is clicked), FILES_ONLY)


def _resolve_damage(window, error) -> bool:
    """Ask what to do about a damaged database; True when opening it again makes sense."""
    choice = ask_about_damaged_database(window, error)
    if (choice == RESTORE and _restore(window, error)) or (choice == FRESH and error.kept_as is not None):
        window.settings.set("storage/damaged_database", {})
        return True
    if error.kept_as is not None:
        # The damaged file is already out of the way: without this note the next start would quietly
        # create an empty database and the backups would never be offered again.
        window.settings.set("storage/damaged_database", {
            "path": str(error.path), "problem": error.problem, "kept_as": str(error.kept_as),
            "backups": [str(b) for b in error.backups]})
    return _files_only(window, error, tell=False)


def _unresolved_damage(window):
    """The damaged database the user chose not to deal with last time, if its place is still empty."""
    from pathlib import Path

    from oases_desktop.core.storage import DatabaseCorruptError

    note = window.settings.get("storage/damaged_database")
    if not note:
        return None
    try:
        path, kept_as = Path(note["path"]), Path(note["kept_as"])
        backups = [Path(b) for b in note.get("backups", []) if Path(b).is_file()]
        problem = str(note.get("problem", ""))
    except (KeyError, TypeError):
        path = None
    if path is None or path.exists():   # restored or replaced meanwhile (or a note we cannot read)
        window.settings.set("storage/damaged_database", {})
        return None
    return DatabaseCorruptError(path, problem, kept_as, backups)


def _restore(window, error) -> bool:
    from oases_desktop.core.storage import restore_backup

    try:
        restore_backup(error.backups[0], error.path)
    except StorageError as problem:
        show_error(window, problem, tr("The backup could not be restored"))
        return False
    window.statusBar().showMessage(tr("Restored the backup %1").replace("%1", error.backups[0].name), 10000)
    log.warning("restored database backup %s after: %s", error.backups[0].name, error.problem)
    return True


# ------------------------------------------------------------------ other refusals
def _in_use(window, error) -> bool:
    """Another OASES window holds the database: quit, or go on with plan files only."""
    if error_reporting.is_headless():
        return _files_only(window, error, tell=False)
    box = QMessageBox(QMessageBox.Icon.Information, tr("The plan database is in use"),
                      tr("The plan database is already open in another OASES window (%1).\n\nSwitch to that "
                         "window, or go on here with plan files only: you can open, edit, save and export plan "
                         "files, but not the stored plans.").replace("%1", error.holder),
                      QMessageBox.StandardButton.NoButton, window)
    files = box.addButton(tr("Work with Plan Files Only"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(files)
    box.exec()
    if box.clickedButton() is quit_button:
        window.services.mark_unavailable(error)
        QTimer.singleShot(0, window.close)
        return False
    return _files_only(window, error, tell=False)


def _files_only(window, error: StorageError, tell: bool = True) -> bool:
    """Keep the database closed for this session; the plans panel and the notice bar say why."""
    window.services.mark_unavailable(error)
    if tell:
        show_error(window, error, tr("The plan database cannot be opened"))
    notices = getattr(window, "notices", None)
    if notices is not None:
        notices.show_notice("database-unavailable",
                            tr("Working with plan files only: the plan database is not open. %1").replace("%1", str(error)))
    return False


# ------------------------------------------------------------------ notices and backups
def show_database_notices(window) -> None:
    """The storage layer's warnings (sync folder, failed backup), each once, without blocking."""
    db = window.services.database()
    notices = getattr(window, "notices", None)
    for key, text in (("location", getattr(db, "location_warning", None)),
                      ("backup", getattr(db, "backup_problem", None))):
        if not text:
            continue
        log.warning("database %s: %s", key, text)
        if key == "backup":
            text = tr("The automatic backup of the plan database failed: %1").replace("%1", text)
        if notices is not None:
            notices.show_notice(f"database-{key}", text)
        else:
            window.statusBar().showMessage(text, 15000)


class BackupScheduler(QObject):
    """Every 30 minutes, `db.backup_if_due()` (it skips when nothing changed); a failure is noticed once."""

    def __init__(self, window, interval_ms: int = BACKUP_INTERVAL_MS):
        super().__init__(window)
        self._window = window
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        self.last_backup = None

    def run(self):
        """Take the backup if one is due; returns its path or None."""
        services = self._window.services
        if not services.has_database():
            return None
        try:
            self.last_backup = services.database().backup_if_due()
        except StorageError as error:
            log.warning("scheduled backup failed: %s", error)
            notices = getattr(self._window, "notices", None)
            if notices is not None:
                notices.show_notice("database-backup", tr("The automatic backup of the plan database failed: %1")
                                    .replace("%1", str(error)))
            return None
        if self.last_backup is not None:
            log.info("scheduled backup %s", self.last_backup.name)
        return self.last_backup

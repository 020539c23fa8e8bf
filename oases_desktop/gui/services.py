"""The app's long-lived back-end objects, opened on first use (after the first paint).

The database (SQLAlchemy) and the reference library are heavy imports, so nothing opens them at
start-up; the first panel that asks does. The GUI only gets plain dataclasses from them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


class AppServices(QObject):
    """Owns the Database and the ReferenceLibrary; `libraryChanged` fires after library edits."""

    libraryChanged = Signal()

    def __init__(self, db_url: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.db_url = db_url
        self._database = None
        self._library = None
        self._library_is_shipped_only = False
        self._unavailable = None   # the StorageError that keeps the database closed this session
        self.settings = None       # gui.settings.Settings: the PostgreSQL timeouts (the window sets it)
        self._opening = False      # a team database is being opened off the GUI thread
        self._loading = False      # the library is being read (off the GUI thread for a team database)
        self._previous = None      # the library before reload_library(): what the window shows while that reads

    def mark_unavailable(self, error) -> None:
        """Keep the database closed (plan-file mode); `database()` raises `error` from now on."""
        self._unavailable = error

    def unavailable_reason(self):
        return self._unavailable

    def database(self):
        """The open Database (opened, created or migrated on first call); raises StorageError."""
        if self._unavailable is not None:
            raise self._unavailable
        if self._database is None:
            self._database = self._open_database()
            if self._library is not None and self._library_is_shipped_only:
                # The panels used the shipped library while the database was closed; now add the user's facts.
                QTimer.singleShot(0, self.reload_library)
        return self._database

    def database_url(self) -> str:
        """The URL to open: --db or the default, with the Preferences' PostgreSQL timeouts where none are set."""
        from oases_desktop.core.storage.database import default_url, normalise_url
        from oases_desktop.core.storage.pg_timeouts import with_timeouts

        url = normalise_url(self.db_url or default_url())
        if self.settings is None:
            return url
        return with_timeouts(url, self.settings.get("storage/pg_connect_timeout_seconds"),
                             self.settings.get("storage/pg_statement_timeout_seconds"))

    def _open_database(self):
        from oases_desktop.core.errors import StorageError
        from oases_desktop.core.storage import open_database
        from oases_desktop.core.storage.engine import is_sqlite

        url = self.database_url()
        if is_sqlite(url):   # a local file: quick, and its connections stay on this thread
            return open_database(url)
        from oases_desktop.gui.background import wait_in_background
        from oases_desktop.gui.i18n import tr

        if self._opening:   # a timer firing while the window waits must not open a second connection
            raise StorageError("The team database is still being opened; try again in a moment.")
        seconds = self.settings.get("storage/pg_connect_timeout_seconds") if self.settings else 10
        self._opening = True
        try:
            return wait_in_background(None, lambda: open_database(url), label=tr(
                "Connecting to the team database (the server has %1 s to answer)…").replace("%1", str(seconds)))
        finally:
            self._opening = False

    def storage_call(self, work, label: str, parent=None):
        """`work()` on the open database: off the GUI thread for a team server (the window keeps painting), else here."""
        database = self.database()
        if database.file is not None:
            return work()
        from oases_desktop.gui.background import wait_in_background

        return wait_in_background(parent, work, label=label)

    def has_database(self) -> bool:
        return self._database is not None

    def library(self):
        """The reference library: shipped data plus the user's own facts once the database is open.

        Before the database is open (start-up with a plan file) the shipped library serves, so a
        plan paints without waiting for SQLAlchemy; opening the database then reloads the library.
        """
        if self._library is None:
            if self._loading:   # asked again while the window paints during the read: the library it had
                return self._previous if self._previous is not None else self._load_shipped()
            self._library_is_shipped_only = self._database is None
            self._loading = True
            try:
                self._library = self._load_shipped() if self._library_is_shipped_only else self._load_library()
            finally:
                self._loading = False
            self._previous = None
        return self._library

    @staticmethod
    def _load_shipped():
        from oases_desktop.core.knowledge import load_library

        return load_library()

    def _load_library(self):
        """The database's library (shipped + the user's layer); the shipped one while the database is
        unavailable (plan-file mode, said in the notice bar), as before it is opened."""
        from oases_desktop.core.errors import StorageError

        from oases_desktop.gui.i18n import tr

        try:
            store = self.database().library
            return self.storage_call(store.load, tr("Reading the reference library from the team database…"))
        except StorageError as error:
            log.warning("using the shipped library only: %s", error)
            return self._load_shipped()

    def calendars(self):
        """The working-day calendars of `library()` (its calendar notices installed)."""
        from oases_desktop.core.scheduling.calendars import calendars_for

        return calendars_for(self.library())

    def reload_library(self) -> None:
        self._previous, self._library = self._library, None
        self.libraryChanged.emit()

    def close(self) -> None:
        if self._database is not None and hasattr(self._database, "close"):
            self._database.close()
        self._database = None

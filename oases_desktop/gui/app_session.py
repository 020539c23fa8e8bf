"""The session object every panel is given: the open plan, the app's services and settings.

Panels read the reference library from here (`library()`: the shipped data with the advisor's own
facts from the open database, built once by AppServices) and redraw on `libraryChanged`, so the
step table, the timeline, the inspector and every export cite the same figures. The session also
holds the start-up workers (autosave, backups) instead of attributes set on the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:   # the first frame is painted before the knowledge modules load
    from oases_desktop.core.knowledge.basis import Basis


class AppSession:
    """One per main window; `document` is the PlanDocument, `services` the AppServices."""

    def __init__(self, document, services, settings=None):
        self.document = document
        self.services = services
        self.settings = settings
        self.autosaver = None          # gui.autosave.Autosaver, started after the first paint
        self.backup_scheduler = None   # gui.storage_startup.BackupScheduler
        self._names: tuple[object, dict[str, str]] = (None, {})

    @property
    def libraryChanged(self):  # noqa: N802 - reads like the Qt signal it is
        """Emitted after the library changed (a fact added, the database opened): redraw what cites it."""
        return self.services.libraryChanged

    def library(self):
        """The ReferenceLibrary the whole app judges and cites with."""
        return self.services.library()

    def basis(self, estimate) -> Basis:
        """What `estimate` rests on in the app's library (knowledge.basis.basis_of)."""
        from oases_desktop.core.knowledge.basis import basis_of

        return basis_of(estimate, self.library())

    def route_names(self) -> dict[str, str]:
        """{route id: display name} of the app's library (lane titles, the Route column)."""
        library = self.library()
        if self._names[0] is not library:
            self._names = (library, {route.id: route.name for route in library.routes})
        return self._names[1]

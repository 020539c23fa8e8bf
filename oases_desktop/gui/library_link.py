"""One reference library for every view: the services' library (the user's facts over the shipped ones).

The step table's basis column, the timeline's lane titles and tooltips and the inspector describe a
duration through `gui.steps.basis`, which by itself reads the shipped library. `link_library` points
it at `AppServices.library` and, when the library changes (a fact added in the library window, the
database opened after start-up), drops the cached lookups and redraws the views that show them.
"""

from __future__ import annotations

from oases_desktop.gui.steps import basis


def link_library(services, views) -> None:
    """Describe bases from `services.library()`; on `libraryChanged`, refresh each of `views` that can."""

    def library_changed() -> None:
        basis.set_library_source(services.library)   # also clears the cached route names
        for view in views:
            _refresh(view)

    basis.set_library_source(services.library)
    services.libraryChanged.connect(library_changed)


def unlink_library() -> None:
    """Back to the shipped library (the window that owned the services is closing)."""
    basis.set_library_source(None)


def _refresh(view) -> None:
    model = getattr(view, "model", None)
    if model is not None and hasattr(model, "refresh_all"):
        model.refresh_all()
    elif hasattr(view, "refresh"):
        view.refresh()

"""Route names for lane titles, from the reference library when it is available."""

from __future__ import annotations

import functools

from oases_desktop.gui.steps.basis import reference_library


@functools.cache
def route_names() -> dict[str, str]:
    """{route id: display name}; empty when the library cannot be loaded (lanes fall back to ids)."""
    library = reference_library()
    if library is None:
        return {}
    return {route.id: route.name for route in library.routes}

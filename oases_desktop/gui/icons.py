"""Icons drawn for this app (resources/icons/*.svg), with the platform theme's icon preferred when it has one."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from oases_desktop.paths import resource_path


@cache
def icon(name: str) -> QIcon:
    """Theme icon `name` if the desktop provides it, else our SVG of the same name (empty if neither)."""
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    path = _icons_folder() / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def _icons_folder():
    return resource_path("icons")

"""Where things live: bundled resources (also when frozen by PyInstaller) and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from oases_desktop import APP_ID, ORG_NAME


def project_root() -> Path:
    """The folder holding resources/ and db/: the bundle when frozen, else the source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under resources/."""
    return project_root().joinpath("resources", *parts)


def db_path(*parts: str) -> Path:
    """A file under db/ (Alembic environment, migrations, seed data)."""
    return project_root().joinpath("db", *parts)


def user_data_dir() -> Path:
    """The user's data folder (OASES_DATA_DIR overrides it, e.g. for tests and portable installs)."""
    override = os.environ.get("OASES_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # imported lazily: only needed once per run

        path = Path(platformdirs.user_data_dir(APP_ID, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path

"""Storage: plans and the reference library in SQLite (default) or PostgreSQL.

`open_database(url=None) -> Database` is the entry point; `Database.plans` and `Database.library`
hand out plain dataclasses only. Importing this package is cheap: SQLAlchemy loads on first use,
so the GUI can paint its first window before the database opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from oases_desktop.core.storage.errors import (
    ConflictError, DatabaseCorruptError, DatabaseInUseError, DatabaseTooNewError, MigrationError,
    PlanExistsError, PlanNotFoundError, StorageError,
)
from oases_desktop.core.storage.location import sync_folder_warning

if TYPE_CHECKING:
    from oases_desktop.core.storage.database import Database
    from oases_desktop.core.storage.plans import PlanSummary, StoredPlan

__all__ = [
    "ConflictError", "Database", "DatabaseCorruptError", "DatabaseInUseError",
    "DatabaseTooNewError", "MigrationError", "PlanExistsError", "PlanNotFoundError", "PlanSummary",
    "StorageError", "StoredPlan", "open_database", "restore_backup", "sync_folder_warning",
]

_LAZY = {
    "Database": "database", "open_database": "database", "restore_backup": "database",
    "PlanSummary": "plans", "StoredPlan": "plans",
}


def __getattr__(name: str):
    """Load the SQLAlchemy-backed parts on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"oases_desktop.core.storage.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

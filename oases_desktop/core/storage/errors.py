"""Storage failures a user can meet, each with a message that says what happened and what to do.

All derive from core.errors.StorageError (an OasesError), so the CLI prints them as one line and the
GUI shows them in a dialog. The GUI reads the attributes to offer choices (restore a backup, keep
mine as a copy, take theirs). Importing this module does not import SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

from oases_desktop.core.errors import StorageError

__all__ = [
    "ConflictError", "DatabaseCorruptError", "DatabaseInUseError", "DatabaseTooNewError",
    "MigrationError", "PlanExistsError", "PlanNotFoundError", "StorageError",
]


class ConflictError(StorageError):
    """Someone else saved the plan since this user loaded it; nothing was overwritten."""

    def __init__(self, plan_id: str, seen_version: int, current_version: int):
        self.plan_id = plan_id
        self.seen_version = seen_version
        self.current_version = current_version
        super().__init__(
            f"This plan was changed by someone else while you edited it (you opened version {seen_version}, "
            f"the saved one is now version {current_version}). Your changes were not saved: keep yours as a copy, "
            "or reload theirs.")


class PlanNotFoundError(StorageError):
    """The plan is not in the database (deleted by someone else, or a wrong id)."""

    def __init__(self, plan_id: str):
        self.plan_id = plan_id
        super().__init__(f"No plan with id \"{plan_id}\" in the database; it may have been deleted. "
                         "Save your work as a new plan or a plan file.")


class PlanExistsError(StorageError):
    """A plan with this id is already stored; import it as a copy instead."""

    def __init__(self, plan_id: str):
        self.plan_id = plan_id
        super().__init__(f"A plan with id \"{plan_id}\" is already in the database. Import it as a copy, "
                         "or open the stored one.")


class DatabaseCorruptError(StorageError):
    """The database file failed its check at start-up; it was moved aside and backups are offered."""

    def __init__(self, path: Path, problem: str, kept_as: Path | None, backups: list[Path]):
        self.path = path
        self.problem = problem
        self.kept_as = kept_as
        self.backups = backups  # verified backups, newest first
        kept = f" It was kept as {kept_as}." if kept_as else ""
        if backups:
            offer = f" Restore the last good backup ({backups[0].name}) or start with an empty database."
        else:
            offer = " No backup is available; start with an empty database."
        super().__init__(f"The database {path} is damaged or not an OASES database ({problem}).{kept}{offer}")


class DatabaseInUseError(StorageError):
    """Another running copy of the app has the database open."""

    def __init__(self, path: Path, holder: str):
        self.path = path
        self.holder = holder
        super().__init__(f"The database {path} is already open in another OASES window ({holder}). "
                         "Switch to that window, or close it and try again.")


class DatabaseTooNewError(StorageError):
    """The database was written by a newer version of the app; it is left untouched."""

    def __init__(self, location: str, revision: str):
        self.location = location
        self.revision = revision
        super().__init__(f"The database {location} was created by a newer version of OASES (schema {revision}). "
                         "Update the app to open it; nothing was changed.")


class MigrationError(StorageError):
    """Upgrading the database schema failed; the database is left as it was before."""

    def __init__(self, location: str, cause: str, backup: Path | None):
        self.location = location
        self.backup = backup
        saved = f" A copy taken before the upgrade is at {backup}." if backup else ""
        super().__init__(f"Could not upgrade the database {location} ({cause}). It was left unchanged.{saved} "
                         "Report this problem; you can keep working with plan files meanwhile.")

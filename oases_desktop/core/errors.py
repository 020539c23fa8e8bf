"""Errors a user can cause. Each carries a message that names the problem and what to do.

The command line prints `str(error)` as one line and exits 2; the GUI shows it in a message box.
Anything that is not an OasesError is a bug and is reported as one.
"""

from __future__ import annotations

from collections.abc import Iterable


class OasesError(Exception):
    """Base class: a problem with the user's input or environment, never a bug."""


class PlanFileError(OasesError):
    """A plan file that cannot be read: names the file, the field path and the problem."""

    def __init__(self, path: str, problem: str, field_path: str = ""):
        self.path = path
        self.problem = problem
        self.field_path = field_path
        where = f" at {field_path}" if field_path else ""
        super().__init__(f"{path}{where}: {problem}")


class WrongPassphraseError(PlanFileError):
    """An encrypted plan file the passphrase does not open (or whose content was altered)."""

    def __init__(self, path: str):
        super().__init__(path, "the passphrase is wrong, or the file is damaged")


class PlanError(OasesError):
    """A plan whose content cannot be scheduled (bad durations, unknown calendar, ...)."""


class CycleError(PlanError):
    """Dependencies that loop back on themselves; names the steps in the loop."""

    def __init__(self, step_ids: Iterable[str]):
        self.step_ids = tuple(step_ids)
        loop = " -> ".join(self.step_ids + self.step_ids[:1])
        super().__init__(f"Dependency cycle: {loop}. Remove one of these links.")


class StorageError(OasesError):
    """The database could not be opened, read or written."""


class ExportError(OasesError):
    """An export could not be written; the previous file is left as it was."""

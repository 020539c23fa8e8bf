"""Autosave drafts of unsaved work to the data folder, and offer them back after a crash.

While the document has unsaved changes, a timer writes it as a plan file into
`<data folder>/autosave/` (atomically, beside a small JSON note saying where the plan came from).
A clean save or a deliberate close removes the draft, so a draft found at start-up means the app
did not end normally: the user is offered to recover it. A plan opened from an encrypted file gets
no draft until it is saved somewhere plain (drafts are plain text), and temporary files a killed
draft write left in the folder are removed at start-up (core.litter).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from oases_desktop.core.atomic import write_atomic

log = logging.getLogger(__name__)
DRAFT_SUFFIX = ".draft.oases"
NOTE_SUFFIX = ".note.json"


@dataclass
class Draft:
    """An autosaved draft found on disk."""

    plan_path: Path
    note_path: Path
    title: str
    saved_at: datetime
    file_path: str | None
    db_plan_id: str | None

    def discard(self) -> None:
        for path in (self.plan_path, self.note_path):
            path.unlink(missing_ok=True)


def process_alive(pid: int) -> bool:
    """True if a process with this id is running (a draft of a running app is not a crash's)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill would terminate the process on Windows: ask the kernel instead
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def autosave_folder(data_dir: Path) -> Path:
    return data_dir / "autosave"


def find_drafts(data_dir: Path) -> list[Draft]:
    """Drafts left by a session that did not end normally, newest first.

    Unreadable notes are skipped, and so are drafts of another copy of the app that is still running.
    """
    from oases_desktop.core.litter import remove_stale_temps

    drafts = []
    folder = autosave_folder(data_dir)
    if not folder.is_dir():
        return []
    remove_stale_temps(folder)   # every file in this folder is the app's
    for plan_path in folder.glob(f"*{DRAFT_SUFFIX}"):
        note_path = plan_path.with_name(plan_path.name[: -len(DRAFT_SUFFIX)] + NOTE_SUFFIX)
        try:
            note = json.loads(note_path.read_text(encoding="utf-8"))
            pid = note.get("pid")
            if isinstance(pid, int) and pid != os.getpid() and process_alive(pid):
                continue
            drafts.append(Draft(plan_path, note_path, str(note.get("title", "")), datetime.fromisoformat(note["saved_at"]),
                                note.get("file_path"), note.get("db_plan_id")))
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("skipping unreadable autosave note %s: %s", note_path, error)
    return sorted(drafts, key=lambda d: d.saved_at, reverse=True)


class Autosaver(QObject):
    """Writes a draft of `document` every `interval_ms` while it has unsaved changes."""

    def __init__(self, document, data_dir: Path, interval_ms: int = 60_000, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.folder = autosave_folder(data_dir)
        self._last_index = None
        self._current_key: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_draft)
        self.timer.start()
        document.modifiedChanged.connect(self._on_modified_changed)
        document.locationChanged.connect(self._on_location_changed)

    def _key(self) -> str:
        doc = self.document
        origin = str(doc.file_path) if doc.file_path else f"db:{doc.db_plan_id or doc.plan.id}"
        return hashlib.sha1(origin.encode("utf-8")).hexdigest()[:16]

    def draft_paths(self) -> tuple[Path, Path]:
        key = self._current_key or self._key()
        return self.folder / f"{key}{DRAFT_SUFFIX}", self.folder / f"{key}{NOTE_SUFFIX}"

    def save_draft(self) -> bool:
        """Write the draft now if there is anything unsaved and new since the last draft."""
        doc = self.document
        if doc.plan is None or not doc.is_modified():
            return False
        if doc.private and doc.db_plan_id is None and doc.file_path is None:
            return False   # opened from an encrypted file: a draft would be the plan in plain text
        index = (id(doc.plan), doc.undo_stack.index(), doc.undo_stack.count())
        if index == self._last_index:
            return False
        from oases_desktop.core.planfile import plan_to_bytes

        self.folder.mkdir(parents=True, exist_ok=True)
        self._current_key = self._key()
        plan_path, note_path = self.draft_paths()
        note = {"title": doc.plan.title, "saved_at": datetime.now().isoformat(timespec="seconds"),
                "file_path": str(doc.file_path) if doc.file_path else None, "db_plan_id": doc.db_plan_id,
                "pid": os.getpid()}
        write_atomic(plan_path, plan_to_bytes(doc.plan))
        write_atomic(note_path, json.dumps(note).encode("utf-8"))
        self._last_index = index
        return True

    def discard_draft(self) -> None:
        """The work is saved or deliberately dropped: the draft has no more use."""
        if self._current_key is None:
            return
        for path in self.draft_paths():
            path.unlink(missing_ok=True)
        self._current_key = None
        self._last_index = None

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard_draft()

    def _on_location_changed(self) -> None:
        # A new plan or a save under a new name: the old draft belongs to a plan no longer open here.
        if not self.document.is_modified():
            self.discard_draft()

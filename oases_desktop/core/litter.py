"""Remove what an interrupted save left behind, and never a file that is not ours or still in use.

`write_atomic` writes `.<name>.<8 random characters>.tmp` beside its target and holds an exclusive
lock on it (POSIX `flock`) until the rename. A crash or kill -9 leaves that file: a partial copy of
a plan (plain JSON for a plain plan, ciphertext for an encrypted one). `remove_stale_temps` deletes
such a file only when everything says it is an abandoned one of ours: the exact name pattern, a
regular file (not a link, a FIFO or a folder), owned by this user, untouched for STALE_SECONDS and
not locked by a save in progress (on Windows an open file cannot be deleted, which says the same).
"""

from __future__ import annotations

import logging
import os
import re
import stat
import time
from pathlib import Path

log = logging.getLogger(__name__)
TEMP_SUFFIX = ".tmp"
STALE_SECONDS = 30.0   # far longer than a save takes between its last write and its rename, even on a network share
_RANDOM = r"[a-z0-9_]{8}"  # what tempfile.mkstemp puts between prefix and suffix

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


def temp_prefix(name: str) -> str:
    """The prefix of the temporary file a save of `name` writes (hidden, beside the target)."""
    return f".{name}."


def temp_pattern(name: str | None = None) -> re.Pattern:
    """Names of our temporary files for a target called `name`, or for any target (None)."""
    stem = re.escape(name) if name is not None else r".+"
    return re.compile(rf"^\.{stem}\.{_RANDOM}{re.escape(TEMP_SUFFIX)}$", re.DOTALL)


def lock_temp(fd: int) -> None:
    """Mark a temporary file as in use by a save (released when the fd is closed)."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _is_ours_and_stale(path: Path, now: float, stale_seconds: float) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):          # a link, a FIFO, a folder: never ours
        return False
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
        return False
    return now - info.st_mtime >= stale_seconds


def _remove_if_unlocked(path: Path) -> bool:
    """Delete `path` unless a save holds its lock; True if it was deleted."""
    if fcntl is None:
        try:
            os.unlink(path)                      # fails while another process has it open
            return True
        except OSError:
            return False
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False                         # a save in progress holds it
        if os.path.samestat(os.fstat(fd), os.lstat(path)):
            os.unlink(path)
            return True
        return False
    except OSError:
        return False
    finally:
        os.close(fd)


def remove_stale_temps(folder: str | os.PathLike[str], name: str | None = None, *,
                       stale_seconds: float = STALE_SECONDS, now: float | None = None) -> list[Path]:
    """Delete abandoned temporary files of saves of `name` (any target if None) in `folder`; returns them.

    Never raises: a folder that cannot be listed or a file that cannot be removed is left as it is.
    """
    pattern = temp_pattern(name)
    now = time.time() if now is None else now
    removed = []
    try:
        candidates = [Path(folder) / entry for entry in os.listdir(folder) if pattern.match(entry)]
    except OSError:
        return []
    for path in candidates:
        if _is_ours_and_stale(path, now, stale_seconds) and _remove_if_unlocked(path):
            removed.append(path)
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted save: %s", len(removed),
                 ", ".join(p.name for p in removed))
    return removed

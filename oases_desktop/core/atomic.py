"""Write a file all-or-nothing: the old file stays intact until the new one is complete on disk.

Every save and export goes through `write_atomic`. It writes a temporary file beside the target,
checks that every byte was written, fsyncs, then renames over the target. On Windows a target held
open by a viewer (Acrobat, the indexer, OneDrive) makes the rename fail for a while, so it retries
for a moment before it reports the file as locked.

A symlinked target is written through: the link's target gets the new content and the link stays.
A target that is not a regular file (a FIFO, a device such as /dev/null) is refused, never
replaced. The new file keeps the mode of the file it replaces; a new file gets the umask's mode,
a private one (encrypted plans) 0600. A file the app holds open (its database, or the input of a
command that writes) is never written over: `hold` registers one. The temporary file is locked
while in use; what a killed save left beside the target is removed at its next save (core.litter).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import threading
import time
from pathlib import Path

from oases_desktop.core.errors import OasesError
from oases_desktop.core.litter import TEMP_SUFFIX, lock_temp, remove_stale_temps, temp_prefix

RENAME_RETRY_SECONDS = 2.5
_held: dict[str, str] = {}  # real path -> why no write may replace it
_held_lock = threading.Lock()


def _read_umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # read once at import (os.umask can only be read by setting it)


class WriteError(OasesError):
    """A file could not be written; the previous version, if any, is untouched."""


def _explain(error: OSError, path: Path) -> str:
    reasons = {
        errno.ENOSPC: "the disk is full. Free some space or choose another folder",
        errno.EDQUOT: "the disk quota is exceeded. Free some space or choose another folder",
        errno.EROFS: "the folder is on a read-only disk. Choose another folder",
        errno.EACCES: "permission denied. The file may be read-only or open in another program; close it or choose another name",
        errno.EPERM: "permission denied. The file may be read-only or open in another program; close it or choose another name",
        errno.ENOENT: "the folder does not exist",
        errno.EISDIR: "a folder has that name",
        errno.EFBIG: "the file is too large for this disk",
        errno.EIO: "the disk reported an input/output error",
    }
    reason = reasons.get(error.errno, error.strerror or str(error))
    return f"Could not write {path}: {reason}. The previous file, if any, was kept."


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # a short write without an error still means the data is not on disk
            raise OSError(errno.EIO, "short write")
        view = view[written:]


def _replace_with_retry(source: str, target: Path) -> None:
    deadline = time.monotonic() + RENAME_RETRY_SECONDS
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _real(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.realpath(path))


def hold(path: str | os.PathLike[str], reason: str) -> None:
    """Refuse every write over `path` (through any link to it) until released; `reason` names what it is."""
    with _held_lock:
        _held[_real(path)] = reason


def release(path: str | os.PathLike[str]) -> None:
    """Allow writes over `path` again."""
    with _held_lock:
        _held.pop(_real(path), None)


def _target(path: str | os.PathLike[str], not_over: dict) -> tuple[Path, int | None]:
    """The file to replace (a symlink's target) and its mode if it exists; WriteError for a
    folder, a FIFO, a device or a file that must not be overwritten."""
    from oases_desktop.core.bounded_read import kind_of

    shown = Path(path)
    real = _real(path)
    reason = _held.get(real) or next((why for other, why in not_over.items()
                                      if other is not None and _real(other) == real), None)
    if reason is not None:
        raise WriteError(f"Could not write {shown}: that is {reason}. Choose another file name.")
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return Path(real) if os.path.islink(path) else shown, None
    except OSError as error:
        raise WriteError(_explain(error, shown)) from error
    kind = kind_of(info.st_mode)
    if kind == "a folder":
        raise WriteError(f"Could not write {shown}: a folder has that name.")
    if kind is not None:
        raise WriteError(f"Could not write {shown}: it is {kind}, not a regular file. Choose a file name.")
    return (Path(real) if os.path.islink(path) else shown), stat.S_IMODE(info.st_mode)


def write_atomic(path: str | os.PathLike[str], data: bytes, *, private: bool = False,
                 not_over: dict | None = None) -> None:
    """Replace `path` (or a symlink's target) with `data`, or raise WriteError and leave the old file
    and no temp file. `private` makes the file 0600; `not_over` maps paths it must not be to what they are."""
    target, mode = _target(path, not_over or {})
    if private:
        mode = 0o600
    elif mode is None:
        mode = 0o666 & ~_UMASK
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_temps(folder, target.name)   # what an earlier, interrupted save of this file left
    tmp_name, fd = None, None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=TEMP_SUFFIX, dir=folder)
        lock_temp(fd)   # held until the rename, so a cleaner never takes it for a crash's litter
        if os.name != "nt":
            os.fchmod(fd, mode)
        _write_all(fd, data)
        os.fsync(fd)
        if os.name == "nt":  # Windows cannot rename a file that is open
            os.close(fd)
            fd = None
        if target.exists() and not os.access(target, os.W_OK):
            raise PermissionError(errno.EACCES, "read-only", str(target))
        _replace_with_retry(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as error:
        raise WriteError(_explain(error, target)) from error
    finally:
        if fd is not None:
            os.close(fd)
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass

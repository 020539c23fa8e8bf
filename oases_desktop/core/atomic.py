"""Write a file all-or-nothing: the old file stays intact until the new one is complete on disk.

Every save and export goes through `write_atomic`. It writes a temporary file beside the target,
checks that every byte was written, fsyncs, then renames over the target. On Windows a target held
open by a viewer (Acrobat, the indexer, OneDrive) makes the rename fail for a while, so it retries
for a moment before it reports the file as locked.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path

from oases_desktop.core.errors import OasesError

RENAME_RETRY_SECONDS = 2.5


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


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace `path` with `data`, or raise WriteError and leave the old file and no temp file."""
    target = Path(path)
    if target.is_dir():
        raise WriteError(f"Could not write {target}: a folder has that name.")
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if target.exists() and not os.access(target, os.W_OK):
            raise PermissionError(errno.EACCES, "read-only", str(target))
        _replace_with_retry(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as error:
        raise WriteError(_explain(error, target)) from error
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass

"""One app instance per SQLite database: a lock file beside it, held with an OS lock.

The OS releases the lock when the process dies, even on kill -9 or a power cut, so a lock file
left behind by a crash is recognised as stale and taken over; a PID check alone would be fooled
by PID reuse. The file records who holds it (pid, host, start time) for the refusal message.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime
from pathlib import Path

from oases_desktop.core.storage.errors import DatabaseInUseError

_WINDOWS_LOCK_OFFSET = 1 << 20  # Windows locks are mandatory: lock a byte past the readable text


def lock_path(db_file: Path) -> Path:
    """Where the lock of a database file lives."""
    return db_file.with_name(db_file.name + ".lock")


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import errno
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False  # held by another process
        return True  # a filesystem without locks (ENOLCK...): cannot guard, do not lock the user out
    return True


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
        return f"process {info.get('pid', '?')} on {info.get('host', '?')}, since {info.get('since', '?')}"
    except (OSError, ValueError):
        return "another process"


class InstanceLock:
    """Held while a Database is open; `acquire` raises DatabaseInUseError if another process holds it."""

    def __init__(self, db_file: Path):
        self.db_file = db_file
        self.path = lock_path(db_file)
        self._fd: int | None = None
        self.recovered_stale = False  # True when a lock file from a crashed run was taken over

    def acquire(self) -> None:
        for _attempt in range(3):
            existed = self.path.exists()
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                raise DatabaseInUseError(self.db_file, _holder(self.path))
            try:
                same_file = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same_file = False
            if not same_file:  # the previous holder removed the file while we opened it: retry
                os.close(fd)
                continue
            self.recovered_stale = existed and os.fstat(fd).st_size > 0
            info = {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now().isoformat(timespec="seconds")}
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps(info).encode())
            self._fd = fd
            return
        raise DatabaseInUseError(self.db_file, _holder(self.path))

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if os.name == "nt":  # Windows cannot delete an open file
            os.close(fd)
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass  # another instance opened it meanwhile; it will take the lock over
            return
        try:
            self.path.unlink(missing_ok=True)  # unlink first: nobody can lock a file we still hold
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

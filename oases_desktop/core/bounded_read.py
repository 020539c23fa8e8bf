"""Read a file that came from outside without ever blocking or reading without bound.

A path given by a user may be a symlink to /dev/zero, a named pipe nobody writes to, a socket or
a folder. `read_regular_file` refuses anything that is not a regular file before reading (a FIFO
is opened non-blocking, so even a race cannot make it wait) and reads at most `limit` + 1 bytes,
so an endless or growing file is refused as too large instead of filling memory.
"""

from __future__ import annotations

import errno
import os
import stat

from oases_desktop.core.errors import OasesError

_CHUNK = 1 << 20


class ReadProblem(OasesError):
    """A file that cannot be read as input; `problem` says why in words a user understands."""

    def __init__(self, path: str, problem: str):
        self.path, self.problem = path, problem
        super().__init__(f"{path}: {problem}")


def kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words ("a folder", "a named pipe (FIFO)", ...); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _refuse_kind(path: str, mode: int, what: str) -> None:
    kind = kind_of(mode)
    if kind is not None:
        raise ReadProblem(path, f"this is {kind}, not a {what}" if kind != "not a regular file"
                          else f"this is not a regular file, so not a {what}")


def read_regular_file(path: str | os.PathLike[str], limit: int, what: str = "file") -> bytes:
    """The file's bytes, or ReadProblem: missing, unreadable, not a regular file, or over `limit` bytes."""
    name = str(path)
    try:
        _refuse_kind(name, os.stat(path).st_mode, what)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        try:
            _refuse_kind(name, os.fstat(fd).st_mode, what)  # it may have been swapped since the stat
            chunks, total = [], 0
            while total <= limit:
                chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        finally:
            os.close(fd)
    except ReadProblem:
        raise
    except FileNotFoundError:
        raise ReadProblem(name, "no such file") from None
    except PermissionError:
        raise ReadProblem(name, "permission denied; the file may be locked by another program") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ReadProblem(name, "the link points back to itself") from None
        raise ReadProblem(name, f"could not read the file ({error.strerror or error})") from None
    if total > limit:
        raise ReadProblem(name, f"the file is larger than {_size(limit)}; a {what} is at most {_size(limit)}")
    return b"".join(chunks)


def _size(limit: int) -> str:
    return f"{limit // 1_048_576} MB" if limit >= 1_048_576 else f"{limit // 1024} KB"

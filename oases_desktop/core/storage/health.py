"""Start-up check of the SQLite file: is it ours and is it sound? If not, set it aside, never delete it.

Runs before any engine touches the file, with plain sqlite3: the header must say SQLite, the
application id must be OASES's (or unset on a file with no tables yet), and `quick_check` (linear
time: 0.08 s for 85 MB measured) must pass. A damaged file is renamed with its -wal and -shm to
`<name>.corrupt-<timestamp>` so it can still be salvaged, and the caller offers the last good backup.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from oases_desktop.core.errors import StorageError
from oases_desktop.core.storage.engine import APPLICATION_ID

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")
_DAMAGE = ("malformed", "not a database", "corrupt")  # sqlite3 messages that mean the file itself is bad


def problem_with(path: Path) -> str | None:
    """What is wrong with an existing database file, or None if it is a sound OASES database."""
    from oases_desktop.core.bounded_read import kind_of

    try:
        kind = kind_of(os.stat(path).st_mode)
        if kind is not None:  # never open a FIFO or device: it would block or read without end
            return f"this is {kind}, not a database file"
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        return f"cannot be read: {error.strerror or error}"
    if not header:
        return None  # an empty file: SQLite treats it as a new, empty database
    if not header.startswith(SQLITE_HEADER):
        return "not an SQLite database file"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if len(header) < 100 or page_size < 512 or path.stat().st_size % page_size:
        return "the file is truncated"
    try:
        con = sqlite3.connect(path, timeout=10)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()[:3]
            verdict = "; ".join(" ".join(str(r[0]).split()) for r in rows)
            if verdict != "ok":
                return f"quick_check: {verdict}"
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as error:
        message = str(error)
        if any(sign in message for sign in _DAMAGE):
            return message
        # Locked, I/O error, out of memory...: a problem of the moment, not of the file. Never set it aside.
        raise StorageError(f"Could not read the database {path} ({message}). Nothing was changed; "
                           "close other programs using it, check the disk and start again.") from error
    if app_id not in (0, APPLICATION_ID):
        return f"a database of another program (application id {app_id:#x})"
    if app_id == 0 and tables and "alembic_version" not in tables:
        return "a database of another program (no OASES tables)"
    return None


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way; returns the new name of the file."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while kept.exists():
        counter += 1
        kept = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    os.replace(path, kept)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + suffix))
    return kept

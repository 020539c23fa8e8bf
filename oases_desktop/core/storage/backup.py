"""Verified backups of the SQLite database, on a schedule, thinned like Anki's (12 daily, 10 weekly, 9 monthly).

A backup is taken with SQLite's online backup API (a consistent snapshot even while the app
writes), into a temporary file in the backup folder, switched to a self-contained rollback journal,
fsynced, checked with `integrity_check`, and only then renamed into place. So every file named
`oases-<timestamp>-<reason>.sqlite` in the folder is a complete, verified database.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from oases_desktop.core.errors import StorageError

BACKUP_INTERVAL = timedelta(minutes=30)
_NAME = re.compile(r"^oases-(\d{8}-\d{6})-([a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupLimits:
    """How many backups to keep beyond today's and yesterday's."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def backup_time(path: Path) -> datetime | None:
    """The time in a backup's name; None for files that are not backups."""
    match = _NAME.match(path.name)
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S") if match else None


def list_backups(folder: Path) -> list[Path]:
    """Backup files in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [(backup_time(p), p) for p in folder.iterdir() if p.is_file() and backup_time(p)]
    return [p for _, p in sorted(found, key=lambda item: (item[0], item[1].name), reverse=True)]


def check_file(path: Path, full: bool = False) -> str:
    """"ok", or what quick_check (or integrity_check with full=True) finds wrong with a database file."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    result = "; ".join(str(r[0]) for r in rows[:3])
    return "ok" if result == "ok" else result


_PART = re.compile(r"^\.oases-\d{8}-\d{6}-[a-z0-9-]+\.sqlite\.part(-journal|-wal|-shm)?$")


def remove_partial_backups(folder: Path) -> int:
    """Delete what a crash mid-backup left (`.part` and its SQLite `-journal`, `-wal`, `-shm`); returns how many.

    Only regular files named as copy_database names them (never a link or anything else); the
    caller holds the database's instance lock, so no other copy of the app is writing a backup.
    """
    if not folder.is_dir():
        return 0
    parts = [p for p in folder.iterdir() if _PART.match(p.name) and p.is_file() and not p.is_symlink()]
    for part in parts:
        part.unlink(missing_ok=True)
    return len(parts)


def good_backups(folder: Path) -> list[Path]:
    """Backups that pass quick_check, newest first (the ones to offer for a restore)."""
    return [p for p in list_backups(folder) if check_file(p) == "ok"]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "nt":
        _fsync(folder)


def copy_database(source: Path, target: Path) -> None:
    """Snapshot `source` into `target` (replaced atomically), verified; StorageError on any failure."""
    part = target.with_name(f".{target.name}.part")
    try:
        part.unlink(missing_ok=True)
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(part)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(part)
        verdict = check_file(part, full=True)
        if verdict != "ok":
            raise StorageError(f"Backup {target} failed its integrity check ({verdict}); the previous backups were kept.")
        os.replace(part, target)
        _fsync_folder(target.parent)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"Could not write the backup {target} ({error}). Free some disk space; "
                           "your data was not changed.") from error
    finally:
        for leftover in (part, part.with_name(part.name + "-journal")):
            leftover.unlink(missing_ok=True)


def backup_database(source: Path, folder: Path, reason: str = "auto", now: datetime | None = None) -> Path:
    """A new verified backup of `source` in `folder`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"oases-{stamp}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"oases-{stamp}-{reason}-{counter}.sqlite"
    copy_database(source, target)
    return target


def obsolete_backups(backups: list[tuple[Path, datetime]], today: date,
                     limits: BackupLimits = BackupLimits()) -> list[Path]:
    """The backups to delete: keeps today's and yesterday's, then one per day/week/month going back.

    The same policy as Anki's rslib/src/collection/backup.rs: walking from newest to oldest, a backup
    is kept as a daily one if it is the first of an older day while daily slots remain, else as a
    weekly one (first of an older ISO week), else as a monthly one; everything else goes.
    """
    remaining = {"daily": limits.daily, "weekly": limits.weekly, "monthly": limits.monthly}
    last_day, last_week, last_month = today, _week(today), _month(today)
    yesterday = today - timedelta(days=1)
    obsolete = []
    for path, moment in sorted(backups, key=lambda item: item[1], reverse=True):
        day = moment.date()
        if day >= yesterday:
            pass  # recent: always kept
        elif day < last_day and remaining["daily"]:
            remaining["daily"] -= 1
        elif _week(day) < last_week and remaining["weekly"]:
            remaining["weekly"] -= 1
        elif _month(day) < last_month and remaining["monthly"]:
            remaining["monthly"] -= 1
        else:
            obsolete.append(path)
            continue
        last_day, last_week, last_month = day, _week(day), _month(day)
    return obsolete


def _week(day: date) -> int:
    return day.toordinal() // 7  # weeks counted from a fixed origin, like Anki's days / 7


def _month(day: date) -> int:
    return day.year * 12 + day.month


def thin_backups(folder: Path, today: date, limits: BackupLimits = BackupLimits()) -> list[Path]:
    """Delete backups the policy no longer keeps; returns the deleted paths."""
    doomed = obsolete_backups([(p, backup_time(p)) for p in list_backups(folder)], today, limits)
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def content_stamp(path: Path) -> str:
    """A digest of what a user would miss: plans and their versions, user facts, sources and calendar notices."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    digest = hashlib.sha256()
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        queries = {
            "plans": "SELECT id, version_id FROM plans ORDER BY id",
            "user_facts": "SELECT count(*), max(pk) FROM user_facts",
            "user_sources": "SELECT count(*) FROM user_sources",
            "user_calendar_overrides": "SELECT calendar, overrides FROM user_calendar_overrides ORDER BY calendar",
            "user_calendar_notices": "SELECT calendar, year, updated FROM user_calendar_notices ORDER BY calendar, year",
        }
        for table, query in queries.items():
            if table in tables:
                digest.update(repr(con.execute(query).fetchall()).encode())
        if "plans" in tables and "deleted" in {r[1] for r in con.execute("PRAGMA table_info(plans)")}:
            digest.update(repr(con.execute("SELECT id FROM plans WHERE deleted IS NOT NULL ORDER BY id").fetchall()).encode())
    finally:
        con.close()
    return digest.hexdigest()


def backup_if_due(source: Path, folder: Path, now: datetime | None = None,
                  interval: timedelta = BACKUP_INTERVAL) -> Path | None:
    """Back up when the newest backup is older than `interval` and the data changed since; then thin."""
    now = now or datetime.now()
    existing = list_backups(folder)
    if existing:
        newest = existing[0]
        if now - backup_time(newest) < interval:
            return None
        try:
            if content_stamp(newest) == content_stamp(source):
                return None
        except sqlite3.Error:
            pass  # an unreadable newest backup: take a fresh one
    made = backup_database(source, folder, "auto", now)
    thin_backups(folder, now.date())
    return made

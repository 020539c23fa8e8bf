"""Open the app's database: check it, lock it, bring its schema up to date, seed it on first run.

`open_database()` is the one way in. For the embedded SQLite file it refuses a second instance,
sets a damaged or foreign file aside and offers the last good backup, takes a verified backup before
any schema upgrade, and warns about network and cloud-sync folders. For PostgreSQL (a team's shared
server) the same repositories run unchanged.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

from oases_desktop.core.atomic import hold, release
from oases_desktop.core.storage import backup as backups
from oases_desktop.core.storage.engine import is_sqlite, make_engine, sqlite_file, sqlite_url
from oases_desktop.core.storage.errors import DatabaseCorruptError, StorageError
from oases_desktop.core.storage.health import problem_with, set_aside
from oases_desktop.core.storage.library import LibraryRepository
from oases_desktop.core.storage.location import sync_folder_warning
from oases_desktop.core.storage.lock import InstanceLock
from oases_desktop.core.storage.plans import PlanRepository
from oases_desktop.core.storage.schema import SchemaAction, ensure_schema

DB_FILENAME = "oases.sqlite"
BACKUP_FOLDER = "backups"
EXAMPLE_PLAN = "medicine"  # the worked example stored on first run


def default_url() -> str:
    """OASES_DB_URL if set, else the SQLite file in the user's data folder."""
    from oases_desktop.paths import user_data_dir

    return os.environ.get("OASES_DB_URL") or sqlite_url(user_data_dir() / DB_FILENAME)


def normalise_url(url: str) -> str:
    """A checked URL; postgresql:// means the psycopg 3 driver the app ships. StorageError if unusable."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"\"{url}\" is not a database address. Use sqlite:///path/to/file.sqlite or "
                           "postgresql://user@host/database.") from None
    backend = parsed.get_backend_name()
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend not in ("sqlite", "postgresql"):
        raise StorageError(f"The app stores plans in SQLite or PostgreSQL, not {backend}. "
                           "Use sqlite:///path/to/file.sqlite or postgresql://user@host/database.")
    return parsed.render_as_string(hide_password=False)


def backup_folder(db_file: Path) -> Path:
    """Where the automatic backups of a database file go."""
    return db_file.parent / BACKUP_FOLDER


class Database:
    """An open database: `plans` and `library` repositories, backups, and the checks done on opening."""

    def __init__(self, url: str, *, schema_action: SchemaAction, lock: InstanceLock | None = None,
                 location_warning: str | None = None, upgrade_backup: Path | None = None):
        self.url = url
        self.engine = make_engine(url)
        self.file = sqlite_file(url)
        self.plans = PlanRepository(self.engine)
        self.library = LibraryRepository(self.engine)
        self.schema_action = schema_action
        self.location_warning = location_warning  # show it to the user if not None
        self.upgrade_backup = upgrade_backup      # the backup taken before a schema upgrade, if any
        self.startup_backup: Path | None = None   # the scheduled backup taken while opening, if one was due
        self.backup_problem: str | None = None    # why that backup failed (show it); None if it did not
        self._lock = lock
        self._held = [self.file, *(Path(f"{self.file}{end}") for end in ("-wal", "-shm", "-journal"))] \
            if self.file else []
        if lock is not None:
            self._held.append(lock.path)
        for path in self._held:  # no export or save may replace the database under it
            hold(path, "the app's database (or one of its files)")

    @property
    def backups_folder(self) -> Path | None:
        return backup_folder(self.file) if self.file else None

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """The scheduled backup: at most every 30 minutes and only if something changed; then thin old ones."""
        if self.file is None:
            return None
        return backups.backup_if_due(self.file, self.backups_folder, now)

    def close(self) -> None:
        """Release connections and the instance lock."""
        self.engine.dispose()
        for path in self._held:
            release(path)
        self._held = []
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_database(url: str | None = None, *, seed: bool = True, auto_backup: bool = True) -> Database:
    """Open (creating, upgrading and seeding as needed) the database at `url` or the default one.

    For SQLite it also takes the scheduled backup if one is due (see Database.startup_backup and
    .backup_problem) and empties the trash of plans deleted more than 30 days ago.
    """
    url = normalise_url(url or default_url())
    db_file = sqlite_file(url)
    if db_file is None:
        if is_sqlite(url):
            raise StorageError("An in-memory SQLite database cannot hold plans; give a file, e.g. sqlite:///plans.sqlite.")
        return _open(url, seed, None, None, None)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    warning = sync_folder_warning(db_file.parent)
    lock = InstanceLock(db_file)
    lock.acquire()
    try:
        if db_file.exists():
            _refuse_if_unsound(db_file)
        else:  # created empty and private first: SQLite gives -wal and -shm the same mode
            os.close(os.open(db_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        taken: list[Path] = []

        def _backup_before_upgrade(revision: str) -> Path:
            taken.append(backups.backup_database(db_file, backup_folder(db_file), f"before-upgrade-from-{revision}"))
            return taken[-1]

        db = _open(url, seed, lock, warning, _backup_before_upgrade, taken)
    except BaseException:
        lock.release()
        raise
    try:
        db.plans.purge_trash()
        if auto_backup:
            backups.remove_partial_backups(db.backups_folder)
            db.startup_backup = backups.backup_if_due(db_file, db.backups_folder)
    except StorageError as error:  # a failed backup must not keep the user from their plans
        db.backup_problem = str(error)
    except BaseException:
        db.close()
        raise
    return db


def _refuse_if_unsound(db_file: Path) -> None:
    problem = problem_with(db_file)
    if problem is None:
        return
    foreign = problem.startswith("a database of another program") or problem == "not an SQLite database file"
    if foreign and db_file.name != DB_FILENAME:
        raise DatabaseCorruptError(db_file, problem, None, [])  # someone else's file: never move it
    kept = set_aside(db_file)
    raise DatabaseCorruptError(db_file, problem, kept, backups.good_backups(backup_folder(db_file)))


def _open(url, seed, lock, warning, backup, taken=()) -> Database:
    from sqlalchemy.exc import DBAPIError

    from oases_desktop.core.storage.guard import storage_failure
    from oases_desktop.core.storage.schema import creation_lock

    try:
        with creation_lock(url):
            return _create_or_open(url, seed, lock, warning, backup, taken)
    except DBAPIError as error:  # the lock's own connection
        raise storage_failure(error, _location(url), "open the database") from error


def _create_or_open(url, seed, lock, warning, backup, taken) -> Database:
    from sqlalchemy.exc import DBAPIError

    from oases_desktop.core.storage.guard import storage_failure

    try:
        action = ensure_schema(url, backup)
    except DBAPIError as error:
        raise storage_failure(error, _location(url), "open the database") from error
    db = Database(url, schema_action=action, lock=lock, location_warning=warning,
                  upgrade_backup=taken[-1] if taken else None)
    try:
        if seed:
            seed_database(db, first_run=action is SchemaAction.CREATED)
    except DBAPIError as error:
        db.close()
        raise storage_failure(error, _location(url), "store the reference data") from error
    except BaseException:
        db.close()
        raise
    return db


def _location(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(sqlite_file(url) or make_url(url).difference_update_query(["connect_timeout", "options"])
               .render_as_string(hide_password=True))   # the server, not the timeouts' settings


def seed_digest() -> str:
    """A digest of the shipped reference files, to notice a new release's data."""
    from oases_desktop.paths import db_path

    digest = hashlib.sha256()
    folder = db_path("seed", "reference")
    for path in sorted(folder.rglob("*.json")) if folder.is_dir() else []:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def seed_database(db: Database, first_run: bool) -> None:
    """Load shipped reference data when it is new or changed; store the worked example on first run."""
    from oases_desktop.core.knowledge import load_library

    digest = seed_digest()
    if db.library.seed_digest() != digest:
        db.library.replace_shipped(load_library(), digest)
    if first_run and db.plans.count() == 0:
        from oases_desktop.core.examples import worked_example

        db.plans.create(worked_example(EXAMPLE_PLAN, load_library()))   # the example of the shipped data


def restore_backup(backup_file: Path, db_file: Path | None = None) -> Path | None:
    """Put a backup in place of the database file (the current file, if any, is kept aside first)."""
    from oases_desktop.paths import user_data_dir

    db_file = db_file or user_data_dir() / DB_FILENAME
    verdict = backups.check_file(backup_file, full=True)
    if verdict != "ok":
        raise StorageError(f"The backup {backup_file} is damaged ({verdict}); choose an older one.")
    lock = InstanceLock(db_file)
    lock.acquire()
    try:
        kept = set_aside(db_file) if db_file.exists() else None
        backups.copy_database(backup_file, db_file)
        return kept
    finally:
        lock.release()

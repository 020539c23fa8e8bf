"""Bring a database to the current schema: create and stamp a new one, back up and upgrade an old one.

The upgrade runs every pending revision in ONE transaction on a connection whose foreign keys were
switched off before BEGIN (the PRAGMA is a no-op inside a transaction, and with keys on SQLite batch
mode cascade-deletes child rows). SQLite DDL is transactional, so a crash or error mid-upgrade
leaves the old schema and data exactly as they were; `foreign_key_check` must come back empty
before the commit. A database from a newer app is refused untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from oases_desktop.core.storage.engine import APPLICATION_ID, is_sqlite, make_engine
from oases_desktop.core.storage.errors import DatabaseTooNewError, MigrationError, StorageError


class SchemaAction(StrEnum):
    """What ensure_schema did."""

    CREATED = "created"
    UPGRADED = "upgraded"
    CURRENT = "current"


def alembic_config(url: str):
    """An Alembic Config pointing at db/ (env.py, versions/) for this URL."""
    from alembic.config import Config

    from oases_desktop.paths import db_path

    config = Config()
    config.set_main_option("script_location", str(db_path()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@cache
def _script_directory():
    from alembic.script import ScriptDirectory

    from oases_desktop.paths import db_path

    config = alembic_config("sqlite://")
    config.set_main_option("script_location", str(db_path()))
    return ScriptDirectory.from_config(config)


# The newest revision in db/versions, kept here so a start-up on a current database needs no
# Alembic import (about 0.15 s); a test checks it against the scripts.
SCHEMA_HEAD = "0008"


def head_revision() -> str:
    """The newest schema revision this app knows (from the scripts)."""
    return _script_directory().get_current_head()


def known_revisions() -> list[str]:
    """Every schema revision, oldest first."""
    return [s.revision for s in reversed(list(_script_directory().walk_revisions()))]


def current_revision(conn: Connection) -> str | None:
    """The revision stamped in the database (None for a database never stamped)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def _stamped_revision(conn: Connection) -> str | None:
    """The alembic_version row read directly (None if there is none)."""
    if "alembic_version" not in inspect(conn).get_table_names():
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


SCHEMA_LOCK_KEY = 0x4F415345  # pg_advisory_lock key of schema creation and upgrades ("OASE")


@contextmanager
def creation_lock(url: str) -> Iterator[None]:
    """On PostgreSQL, one opener at a time creates, upgrades and seeds the schema (advisors opening a
    brand-new team database at once would otherwise collide on duplicate keys); elsewhere nothing."""
    if is_sqlite(url):
        yield
        return
    engine = make_engine(url)
    try:
        with engine.connect() as guard:
            guard.exec_driver_sql(f"SELECT pg_advisory_lock({SCHEMA_LOCK_KEY})")
            guard.commit()
            try:
                yield
            finally:
                guard.exec_driver_sql(f"SELECT pg_advisory_unlock({SCHEMA_LOCK_KEY})")
                guard.commit()
    finally:
        engine.dispose()


def ensure_schema(url: str, backup: Callable[[str], Path] | None = None) -> SchemaAction:
    """Create, upgrade or accept the schema at `url`; `backup(revision)` runs before any upgrade."""
    from oases_desktop.core.storage import library_models  # noqa: F401  (registers the library tables)

    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.connect() as conn:
            if _stamped_revision(conn) == SCHEMA_HEAD:
                return SchemaAction.CURRENT
            revision = current_revision(conn)
            tables = set(inspect(conn).get_table_names())
            conn.rollback()
        head = head_revision()
        if revision == head:
            return SchemaAction.CURRENT
        if revision is None:
            if tables - {"alembic_version"}:
                raise StorageError(f"The database {_where(url)} holds tables of another program, not OASES plans. "
                                   "Choose another database.")
            _create(engine)
            return SchemaAction.CREATED
        if revision not in known_revisions():
            raise DatabaseTooNewError(_where(url), revision)
        backup_file = backup(revision) if backup is not None else None
        _upgrade(engine, url, backup_file)
        return SchemaAction.UPGRADED
    finally:
        engine.dispose()


def _create(engine: Engine) -> None:
    from alembic.runtime.migration import MigrationContext

    from oases_desktop.core.storage.models import Base

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        MigrationContext.configure(conn).stamp(_script_directory(), "head")
        _mark_sqlite(conn)


def _upgrade(engine: Engine, url: str, backup_file: Path | None) -> None:
    from alembic import command

    config = alembic_config(url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                if conn.exec_driver_sql("PRAGMA foreign_keys").scalar() != 0:
                    raise StorageError("internal: migrations must run with foreign keys off")
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            if conn.dialect.name == "sqlite":
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StorageError(f"the upgrade left {len(broken)} rows pointing at missing rows "
                                       f"(first in table {broken[0][0]})")
            _mark_sqlite(conn)
    except StorageError as error:
        raise MigrationError(_where(url), str(error), backup_file) from error
    except Exception as error:  # any failure inside the upgrade: the transaction was rolled back
        raise MigrationError(_where(url), f"{type(error).__name__}: {error}", backup_file) from error


def _mark_sqlite(conn: Connection) -> None:
    """Stamp the SQLite header: the app's id, and user_version = the schema revision number."""
    if conn.dialect.name != "sqlite":
        return
    conn.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
    conn.execute(text(f"PRAGMA user_version = {int(head_revision())}"))


def _where(url: str) -> str:
    """The database named for a message: the file for SQLite, else the URL without its password."""
    if is_sqlite(url):
        from oases_desktop.core.storage.engine import sqlite_file

        return str(sqlite_file(url) or "in memory")
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)

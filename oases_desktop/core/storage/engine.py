"""Engines with the settings that make saves durable: one place, so no connection misses them.

SQLite: every connection runs in the driver's autocommit mode and SQLAlchemy emits BEGIN itself
(the SQLAlchemy docs' recipe, which works on Python 3.11 unlike the `.autocommit` one; finding 4).
That makes PRAGMAs take effect (they are no-ops inside a transaction) and makes DDL transactional,
so an interrupted schema upgrade rolls back completely. Settings: WAL, synchronous=FULL (a confirmed
save survives a power cut), foreign keys ON (OFF for migrations: batch mode copies tables, and with
keys on the copy-and-drop cascades deletes into child tables), a busy timeout, secure_delete.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from oases_desktop.core.storage.pg_timeouts import (  # noqa: F401 - re-exported for callers and tests
    CONNECT_TIMEOUT_S, READ_GRACE_S, STATEMENT_TIMEOUT_S, bounded_connection_class, postgres_timeouts,
    statement_timeout_s)

# "OASE" in the SQLite header's application_id, so the file identifies itself as ours.
APPLICATION_ID = 0x4F415345
BUSY_TIMEOUT_MS = 10_000
DURABLE_PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=%d" % BUSY_TIMEOUT_MS, "secure_delete=ON")
MACOS_PRAGMAS = ("fullfsync=ON", "checkpoint_fullfsync=ON")


def is_sqlite(url: str) -> bool:
    """True for sqlite:// URLs (the embedded default)."""
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str) -> Path | None:
    """The database file of a sqlite URL; None for in-memory databases and other backends."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine for `url`; `foreign_keys=False` only for running migrations."""
    if not is_sqlite(url):
        engine = create_engine(url, pool_pre_ping=True, connect_args=postgres_timeouts(url))
        if engine.dialect.driver == "psycopg":
            connection_class = bounded_connection_class(statement_timeout_s(url) + READ_GRACE_S)

            @event.listens_for(engine, "do_connect")
            def _bounded(_dialect, _record, cargs, cparams):
                return connection_class.connect(*cargs, **cparams)   # waits end: see pg_timeouts

        return engine
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    pragmas = DURABLE_PRAGMAS + (MACOS_PRAGMAS if sys.platform == "darwin" else ())
    pragmas += ("foreign_keys=ON" if foreign_keys else "foreign_keys=OFF",)

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # autocommit: PRAGMAs apply, BEGIN is ours
        for pragma in pragmas:
            dbapi_connection.execute("PRAGMA " + pragma)

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    return engine


def connection_settings(engine: Engine) -> dict[str, object]:
    """The durability PRAGMAs as one pooled connection reports them (for checks and tests)."""
    with engine.connect() as conn:
        names = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout", "secure_delete")
        return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in names}

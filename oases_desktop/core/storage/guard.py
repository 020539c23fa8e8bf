"""Turn database driver failures into StorageErrors a user can act on; the transaction is rolled back.

Disk full, I/O errors, a locked or read-only file and a lost server connection each get a message
that names the database and says what to do. A failed write never half-applies: SQLite and
PostgreSQL roll the transaction back, so the last saved version stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from oases_desktop.core.errors import StorageError

_CAUSES = (
    (("database or disk is full", "disk full", "no space left", "could not extend file"),
     "the disk is full. Free some disk space and try again"),
    (("disk i/o error", "input/output error"),
     "the disk reported an input/output error. Save your plan to a file on another disk, then check this one"),
    (("database is locked", "database table is locked"),
     "another program is using the database. Try again in a moment"),
    (("readonly database", "read-only"),
     "the database file is read-only. Check the file's permissions or choose another data folder"),
    (("timeout expired", "connection timeout", "canceling statement due to statement timeout", "did not answer within"),
     "the database server did not answer in time (by default 10 s to connect and 30 s per statement; "
     "Preferences, the URL's connect_timeout and options, or OASES_PG_CONNECT_TIMEOUT and "
     "OASES_PG_STATEMENT_TIMEOUT set others). Check that the server is running and not "
     "overloaded, then try again; your changes are still open in the app"),
    (("does not exist",),
     "the server has no database or role of that name. Check the database and user names in the URL"),
    (("could not connect", "connection refused", "connection timed out", "name or service not known",
      "could not translate host name", "no route to host", "password authentication failed"),
     "the database server could not be reached. Check the address, the password, the network and that the "
     "server is running"),
    (("connection", "server closed", "terminating"),
     "the connection to the database server was lost. Check the network and try again; "
     "your changes are still open in the app"),
)


def location_of(engine: Engine) -> str:
    """The database as a user would recognise it: the file, or the server URL without password."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return url.database or "an in-memory database"
    return url.difference_update_query(["connect_timeout", "options"]).render_as_string(hide_password=True)


def storage_failure(error: DBAPIError, location: str, action: str) -> StorageError:
    """A StorageError naming the database, what failed and why."""
    detail = " ".join(str(error.orig or error).split())[:200]
    lowered = detail.casefold()
    for needles, advice in _CAUSES:
        if any(needle in lowered for needle in needles):
            return StorageError(f"Could not {action} in {location}: {advice}. Nothing was changed by this attempt "
                                f"({detail}).")
    return StorageError(f"Could not {action} in {location} ({detail}). Nothing was changed by this attempt.")


@contextmanager
def writing(engine: Engine, action: str) -> Iterator[Connection]:
    """A transaction; driver failures (except integrity ones, which callers explain) become StorageError."""
    try:
        with engine.begin() as conn:
            yield conn
    except IntegrityError:
        raise
    except DBAPIError as error:
        raise storage_failure(error, location_of(engine), action) from error


@contextmanager
def reading(engine: Engine, action: str = "read the data") -> Iterator[Connection]:
    """A read-only use of a connection, with the same error translation."""
    try:
        with engine.connect() as conn:
            yield conn
    except DBAPIError as error:
        raise storage_failure(error, location_of(engine), action) from error

"""Alembic environment: migrations run in batch mode (SQLite has almost no ALTER TABLE).

The app hands in a connection already inside a transaction with foreign keys OFF (see
oases_desktop/core/storage/schema.py): batch mode copies and drops tables, and with keys on the
drop would cascade-delete child rows. From the command line (`alembic -c db/alembic.ini ...`) this
file builds the same kind of engine itself.
"""

from __future__ import annotations

from alembic import context

from oases_desktop.core.storage import library_models  # noqa: F401  (registers the library tables)
from oases_desktop.core.storage.engine import make_engine
from oases_desktop.core.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(**kwargs) -> None:
    context.configure(target_metadata=target_metadata, render_as_batch=True, compare_type=True, **kwargs)


def run_migrations_offline() -> None:
    """Emit SQL to stdout instead of running it."""
    _configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run against the app's connection if given, else a fresh foreign-keys-off engine."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        context.run_migrations()  # the caller owns the transaction: all revisions commit together
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"), foreign_keys=False)
    with engine.begin() as connection:
        _configure(connection=connection)
        context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

"""Schema: the models equal the migrations, fresh databases are stamped, durable settings on every connection."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine

from oases_desktop.core.storage import open_database
from oases_desktop.core.storage.engine import connection_settings, make_engine
from oases_desktop.core.storage.schema import SchemaAction, current_revision, head_revision, known_revisions


def _schema_diff(url: str) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from oases_desktop.core.storage import library_models  # noqa: F401
    from oases_desktop.core.storage.models import Base

    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    return diff


def test_migrations_from_empty_build_exactly_the_models(db_url):
    from alembic import command

    from oases_desktop.core.storage.schema import alembic_config

    command.upgrade(alembic_config(db_url), "head")
    assert _schema_diff(db_url) == []


def test_fresh_database_is_created_from_models_stamped_at_head_and_matches(db_url):
    with open_database(db_url, seed=False) as db:
        assert db.schema_action is SchemaAction.CREATED
        with db.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
    assert _schema_diff(db_url) == []
    with open_database(db_url, seed=False) as again:
        assert again.schema_action is SchemaAction.CURRENT


def test_one_linear_history_whose_head_the_fast_path_knows():
    from oases_desktop.core.storage.schema import SCHEMA_HEAD

    revisions = known_revisions()
    assert SCHEMA_HEAD == head_revision()
    assert revisions[-1] == head_revision() and len(revisions) == len(set(revisions)) >= 3


def test_every_pooled_sqlite_connection_is_durable(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    connections = [engine.connect() for _ in range(5)]
    try:
        for conn in connections:
            settings = {n: conn.exec_driver_sql(f"PRAGMA {n}").scalar()
                        for n in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")}
            assert settings == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "secure_delete": 1}
    finally:
        for conn in connections:
            conn.close()
        engine.dispose()
    assert connection_settings(make_engine(f"sqlite:///{tmp_path / 'y.sqlite'}"))["foreign_keys"] == 1


def test_sqlite_transactions_are_real_so_ddl_rolls_back(tmp_path):
    """Our BEGIN makes DDL transactional: a table created in a failed transaction is gone."""
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    with pytest.raises(RuntimeError):
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (x)")
            raise RuntimeError("boom")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name='t'").scalar() == 0
    engine.dispose()


def test_no_code_weakens_durability():
    """A grep guard: nobody turns off fsync or the journal, or writes the schema by hand."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "oases_desktop"
    bad = re.compile(r"synchronous\s*=\s*(OFF|0)|journal_mode\s*=\s*(OFF|MEMORY)|writable_schema", re.I)
    offenders = [str(p) for p in root.rglob("*.py") if bad.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_importing_storage_does_not_import_sqlalchemy():
    import subprocess
    import sys

    code = "import sys, oases_desktop.core.storage as s; s.sync_folder_warning('/x'); print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_revision_downgrades_and_upgrades_again(db_url):
    """Up/down consistency: base -> head -> base -> head leaves exactly the models' schema."""
    from alembic import command

    from oases_desktop.core.storage.schema import alembic_config

    config = alembic_config(db_url)
    command.upgrade(config, "head")
    for revision in reversed(known_revisions()[:-1]):
        command.downgrade(config, revision)
    command.downgrade(config, "base")
    command.upgrade(config, "head")
    assert _schema_diff(db_url) == []


@pytest.mark.parametrize("url, message", [
    ("not a url", "is not a database address"),
    ("mysql://u@h/db", "SQLite or PostgreSQL"),
    ("sqlite://", "in-memory"),
    ("postgresql://nobody@127.0.0.1:1/none", "could not be reached"),
])
def test_unusable_database_addresses_get_a_message_not_a_traceback(url, message):
    from oases_desktop.core.storage import StorageError

    with pytest.raises(StorageError, match=message):
        open_database(url, seed=False)


def test_postgresql_urls_use_the_shipped_psycopg_driver():
    from oases_desktop.core.storage.database import normalise_url

    engine = create_engine(normalise_url("postgresql://u:secret@h:5432/db"))  # no connection is made
    assert engine.dialect.driver == "psycopg" and engine.url.password == "secret"
    assert normalise_url("sqlite:////tmp/x.sqlite") == "sqlite:////tmp/x.sqlite"

"""Databases for storage tests: a fresh SQLite file, and PostgreSQL when TEST_PG_URL is set (CI)."""

from __future__ import annotations

import pytest

from tests.core.storage.pg import PG_URL, SKIP_REASON, reset_postgres


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A URL of an empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def db(db_url):
    """An open, unseeded database of each kind."""
    from oases_desktop.core.storage import open_database

    database = open_database(db_url, seed=False)
    yield database
    database.close()

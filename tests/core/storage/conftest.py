"""Databases for storage tests: a fresh SQLite file, and PostgreSQL when TEST_PG_URL is set (CI)."""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("TEST_PG_URL")


def reset_postgres(url: str) -> None:
    """Drop everything the app created in the test database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A URL of an empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    if not PG_URL:
        pytest.skip("TEST_PG_URL is not set (CI sets it; see .ci/run)")
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def db(db_url):
    """An open, unseeded database of each kind."""
    from oases_desktop.core.storage import open_database

    database = open_database(db_url, seed=False)
    yield database
    database.close()

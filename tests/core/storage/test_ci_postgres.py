"""In CI the PostgreSQL tests must run, not skip: a missing server there is a failure."""

import os

import pytest

from tests.core.storage.pg import PG_URL


def test_ci_provides_postgres():
    if os.environ.get("CI") and not PG_URL:
        pytest.fail("CI is set but TEST_PG_URL is not: .ci/run should have started PostgreSQL")
    if PG_URL:
        from sqlalchemy import create_engine, text

        engine = create_engine(PG_URL)
        with engine.connect() as conn:
            assert conn.execute(text("select 1")).scalar() == 1
        engine.dispose()

"""The PostgreSQL test server: TEST_PG_URL (CI provides one, see .ci/run; locally scripts/local_postgres.py
starts one as your own user), reset between tests."""

from __future__ import annotations

import os

PG_URL = os.environ.get("TEST_PG_URL")
SKIP_REASON = ("TEST_PG_URL is not set. To run these tests locally without root: "
               "`python3 scripts/local_postgres.py start`, export the TEST_PG_URL it prints, and "
               "`python3 scripts/local_postgres.py stop` afterwards (CI sets it in .ci/run)")


def reset_postgres(url: str) -> None:
    """Drop everything the app created in the test database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


"""PostgreSQL connection lost in the middle of a save: the user is told, nothing is half-saved,
and the next save goes through once the server is reachable again."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, text

from oases_desktop.core.storage import StorageError, open_database
from tests.core.storage.pg import PG_URL, SKIP_REASON, reset_postgres
from tests.core.storage.plans_factory import full_plan

pytestmark = pytest.mark.postgres
ROUNDS = 20


@pytest.fixture
def shared_db():
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    reset_postgres(PG_URL)
    db = open_database(PG_URL, seed=False)
    yield db
    db.close()


def test_backend_killed_before_commit_loses_nothing_and_says_so(shared_db, report_figure):
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    plan = full_plan()
    shared_db.plans.create(plan)
    version, told, half_saved, retried = 1, 0, 0, 0
    armed = {"on": False}

    @event.listens_for(shared_db.engine, "commit")
    def _kill_own_backend(conn):
        if armed["on"]:
            armed["on"] = False
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with admin.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    for round_ in range(ROUNDS):
        edited = shared_db.plans.load(plan.id).plan
        edited.title = f"round {round_}"
        edited.scenario("base").steps[0].notes = f"round {round_}"  # children are rewritten: a half-save would show
        before = shared_db.plans.load(plan.id)
        armed["on"] = True
        try:
            shared_db.plans.save(edited, version)
        except StorageError as error:
            told += "connection to the database server was lost" in str(error)
        stored = shared_db.plans.load(plan.id)
        if stored.version != version or stored.plan != before.plan:
            half_saved += 1
        version = shared_db.plans.save(edited, version)  # the retry, on a fresh connection
        edited.title = f"round {round_} retried"
        version = shared_db.plans.save(edited, version)
        retried += shared_db.plans.load(plan.id).plan == edited
    admin.dispose()
    report_figure(f"connection_lost_mid_save: {ROUNDS} backends killed at commit, {told} told 'connection lost', "
                  f"{half_saved} half-saved plans, {retried} retries saved")
    assert (told, half_saved, retried) == (ROUNDS, 0, ROUNDS)

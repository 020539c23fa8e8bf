"""PostgreSQL never makes the app wait for ever: connect and statement timeouts, causes named, and
advisors opening a brand-new team database at the same moment (issue 14 item 6)."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from oases_desktop.core.errors import StorageError
from oases_desktop.core.storage import open_database
from oases_desktop.core.storage.engine import make_engine, postgres_timeouts
from tests.core.storage.pg import PG_URL, SKIP_REASON, reset_postgres


def test_timeouts_default_to_10_and_30_seconds_and_the_url_or_environment_can_set_them(monkeypatch):
    monkeypatch.delenv("OASES_PG_CONNECT_TIMEOUT", raising=False)
    monkeypatch.delenv("OASES_PG_STATEMENT_TIMEOUT", raising=False)
    url = "postgresql+psycopg://u@db.example/plans"
    assert postgres_timeouts(url) == {"connect_timeout": 10, "options": "-c statement_timeout=30000"}
    assert postgres_timeouts(url + "?connect_timeout=3&options=-c%20statement_timeout%3D5000") == {}
    monkeypatch.setenv("OASES_PG_CONNECT_TIMEOUT", "4")
    monkeypatch.setenv("OASES_PG_STATEMENT_TIMEOUT", "7")
    assert postgres_timeouts(url) == {"connect_timeout": 4, "options": "-c statement_timeout=7000"}


def test_a_server_that_accepts_and_never_answers_is_reported_within_the_timeout():
    """It used to wait for ever (and the window froze)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held = []

    def accept():
        while True:
            try:
                held.append(server.accept()[0])   # accept, then never say a word
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    port = server.getsockname()[1]
    began = time.monotonic()
    try:
        with pytest.raises(StorageError) as info:
            open_database(f"postgresql+psycopg://someone@127.0.0.1:{port}/plans?connect_timeout=2", seed=False)
    finally:
        server.close()
        for conn in held:
            conn.close()
    assert time.monotonic() - began < 8
    assert "did not answer in time" in str(info.value) and f"127.0.0.1:{port}" in str(info.value)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)
def test_a_wrong_database_name_is_named_as_such_not_as_a_lost_connection():
    url = PG_URL.rsplit("/", 1)[0] + "/oases_no_such_database_here"
    with pytest.raises(StorageError) as info:
        open_database(url, seed=False)
    assert "no database or role of that name" in str(info.value) and "lost" not in str(info.value)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)
def test_every_connection_has_the_statement_timeout():
    engine = make_engine(PG_URL)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "30s"
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)
def test_three_advisors_opening_a_brand_new_team_database_at_once():
    """5 of 15 such opens failed with a duplicate key on the schema; the advisory lock makes one create it."""
    failures, opened = [], []
    for _round in range(5):
        reset_postgres(PG_URL)
        start = threading.Barrier(3)

        def open_one():
            start.wait()
            try:
                with open_database(PG_URL, seed=True) as db:
                    opened.append(db.schema_action)
            except Exception as error:  # noqa: BLE001 - any failure is what we count
                failures.append(f"{type(error).__name__}: {error}")

        threads = [threading.Thread(target=open_one) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    assert failures == [] and len(opened) == 15

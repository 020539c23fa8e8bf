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


def test_a_server_that_accepts_and_never_answers_is_reported_within_the_timeout(silent_server):
    """It used to wait for ever (and the window froze)."""
    port = silent_server
    began = time.monotonic()
    with pytest.raises(StorageError) as info:
        open_database(f"postgresql+psycopg://someone@127.0.0.1:{port}/plans?connect_timeout=2", seed=False)
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


class FreezingProxy:
    """A TCP proxy to the test server that, once frozen, keeps every connection open and forwards nothing:
    a server host that hangs or a network that drops packets without closing anything."""

    def __init__(self, target: tuple[str, int]):
        self.target, self.frozen = target, threading.Event()
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client = self.server.accept()[0]
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, a, b):
        import select

        while True:
            try:
                ready = select.select([a, b], [], [], 0.05)[0]
            except (OSError, ValueError):
                return
            if self.frozen.is_set():
                continue
            for source in ready:
                try:
                    data = source.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                (b if source is a else a).sendall(data)

    def close(self):
        self.server.close()
        for sock in self.sockets:
            sock.close()


def _pg_target():
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    return url, (url.host or "127.0.0.1", url.port or 5432)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)
def test_a_server_that_stops_answering_mid_session_is_reported_within_the_bound():
    """The server's statement timeout cannot fire on a frozen host; the client read timeout does (it used to hang)."""
    from oases_desktop.core.storage.pg_timeouts import READ_GRACE_S
    from tests.core.storage.plans_factory import full_plan

    reset_postgres(PG_URL)
    url, target = _pg_target()
    proxy = FreezingProxy(target)
    proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    proxied += "?connect_timeout=3&options=-c%20statement_timeout%3D2000"
    outcome = {}
    try:
        db = open_database(proxied, seed=False)
        db.plans.create(full_plan("p1"))
        proxy.frozen.set()
        began = time.monotonic()

        def save():
            try:
                db.plans.list_plans()
            except StorageError as error:
                outcome["error"] = error
            outcome["seconds"] = time.monotonic() - began

        worker = threading.Thread(target=save, daemon=True)
        worker.start()
        worker.join(30)
        assert not worker.is_alive(), "still waiting for the frozen server after 30 s"
    finally:
        proxy.close()
    # the pool's liveness ping waits statement + grace, then one reconnect waits the connect timeout
    assert outcome["seconds"] < 2 + READ_GRACE_S + 3 + 2, outcome
    assert "did not answer in time" in str(outcome["error"]) and str(proxy.port) in str(outcome["error"])


def test_the_preference_adds_timeouts_only_where_the_url_and_the_environment_set_none(monkeypatch):
    from oases_desktop.core.storage.pg_timeouts import statement_timeout_s, with_timeouts

    monkeypatch.delenv("OASES_PG_CONNECT_TIMEOUT", raising=False)
    monkeypatch.delenv("OASES_PG_STATEMENT_TIMEOUT", raising=False)
    url = "postgresql+psycopg://u@db.example/plans"
    assert with_timeouts("sqlite:///x.sqlite", 3, 4) == "sqlite:///x.sqlite"
    chosen = with_timeouts(url, 3, 45)
    assert postgres_timeouts(chosen) == {} and statement_timeout_s(chosen) == 45
    assert make_engine(chosen).url.query["connect_timeout"] == "3"
    own = url + "?connect_timeout=7&options=-c%20statement_timeout%3D5s"
    assert with_timeouts(own, 3, 45) == own and statement_timeout_s(own) == 5
    monkeypatch.setenv("OASES_PG_STATEMENT_TIMEOUT", "9")
    assert statement_timeout_s(with_timeouts(url, 3, 45)) == 9   # the environment wins over the preference
    assert statement_timeout_s(url) == 9

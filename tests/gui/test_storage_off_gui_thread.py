"""The plans list and the Library window's import/export wait for a team database off the GUI thread
(issue 14 items 6 and 9): a server that stops answering never freezes the window, the failure is named,
and nothing half-done is left (no undo step, no plan or fact changed)."""

from __future__ import annotations

import socket
import time

import pytest

from oases_desktop.core.errors import StorageError
from oases_desktop.gui.app_session import AppSession
from oases_desktop.gui.document import PlanDocument
from oases_desktop.gui.models.plans_model import PlanIdRole
from oases_desktop.gui.services import AppServices
from tests.core.storage.pg import PG_URL, SKIP_REASON, reset_postgres
from tests.gui.conftest import Ticker, make_plan

TIMEOUT = 1.5   # the stand-in's read timeout, as the PostgreSQL statement/read timeout would be


class _Waiting:
    """Delegates to a real store, each call first asking a server for an answer (never, when it is silent)."""

    def __init__(self, real, port: int | None, slow: float = 0.0):
        self._real, self._port, self._slow = real, port, slow
        self.threads: list[str] = []

    def __getattr__(self, name):
        found = getattr(self._real, name)
        if not callable(found):
            return found

        def call(*args, **kwargs):
            import threading

            self.threads.append(threading.current_thread().name)
            if self._port is not None:
                with socket.create_connection(("127.0.0.1", self._port)) as conn:
                    conn.settimeout(TIMEOUT)
                    try:
                        conn.recv(1)
                    except TimeoutError:
                        raise StorageError(f"The team database at 127.0.0.1:{self._port} did not answer in time "
                                           f"({TIMEOUT:g} s).") from None
            time.sleep(self._slow)
            return found(*args, **kwargs)

        return call


class TeamDatabase:
    """A team database (no local file: the app waits for it off the GUI thread) over a real SQLite one."""

    def __init__(self, real):
        self.real, self.file = real, None
        self.plans, self.library = _Waiting(real.plans, None), _Waiting(real.library, None)

    def go_silent(self, port: int) -> None:
        self.plans._port = self.library._port = port

    def go_slow(self, seconds: float) -> None:
        self.plans._port = self.library._port = None
        self.plans._slow = self.library._slow = seconds

    def close(self):
        self.real.close()


@pytest.fixture
def team():
    services = AppServices()
    real = services.database()
    for plan_id, client in (("p-acme", "Acme Pharma"), ("p-beta", "Beta Devices")):
        plan = make_plan()
        plan.id, plan.client, plan.title = plan_id, client, f"{client} plan"
        real.plans.create(plan)
    services._database = TeamDatabase(real)
    yield services
    services.close()


@pytest.fixture
def panel(qtbot, team):
    from oases_desktop.gui.plans_panel import PlansPanel

    widget = PlansPanel(AppSession(PlanDocument(team.calendars), team))
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def stored_ids(team) -> set[str]:
    return {s.id for s in team.database().real.plans.list_plans()}


@pytest.mark.parametrize("operation", ["delete", "duplicate", "rename"])
def test_a_plan_list_edit_against_a_silent_server_keeps_the_window_painting_and_changes_nothing(
        panel, team, silent_server, dialogs, operation):
    panel.select_plan("p-acme")
    before = stored_ids(team)
    team.database().go_silent(silent_server)
    ticker = Ticker()
    began = time.monotonic()
    {"delete": panel.delete_selected, "duplicate": panel.duplicate_selected,
     "rename": lambda: panel.rename_selected("Renamed")}[operation]()
    seconds = time.monotonic() - began
    ticker.timer.stop()
    assert TIMEOUT <= seconds < TIMEOUT + 3
    assert ticker.ticks >= 10, f"the GUI thread was blocked: {ticker.ticks} ticks in {seconds:.1f} s"
    assert any("did not answer in time" in text for text in dialogs.texts("box"))
    assert panel.undo_stack.count() == 0                      # nothing pushed for an edit that did not happen
    team.database().go_slow(0)
    assert stored_ids(team) == before
    assert team.database().real.plans.load("p-acme").plan.title == "Acme Pharma plan"
    assert all(name != "MainThread" for name in team.database().plans.threads)   # every call left the GUI thread


def test_a_slow_server_still_gets_the_edit_and_its_undo(panel, team, qtbot):
    team.database().go_slow(0.6)
    panel.select_plan("p-acme")
    ticker = Ticker()
    panel.delete_selected()
    assert "p-acme" not in stored_ids(team) and panel.undo_stack.count() == 1
    panel.undo_stack.undo()
    ticker.timer.stop()
    assert "p-acme" in stored_ids(team)
    assert "p-acme" in [panel.proxy.index(r, 0).data(PlanIdRole) for r in range(panel.proxy.rowCount())]
    assert ticker.ticks >= 10                                   # two slow calls, the window painting meanwhile


def test_library_export_and_import_against_a_silent_server_keep_the_window_painting(
        qtbot, team, silent_server, dialogs, tmp_path):
    from oases_desktop.gui.library_files import export_library_file, import_library_file

    team.database().go_silent(silent_server)
    ticker = Ticker()
    began = time.monotonic()
    assert export_library_file(None, team, ask_path=lambda _parent: str(tmp_path / "mine.json")) is None
    assert import_library_file(None, team, ask_path=lambda _parent: str(tmp_path / "theirs.json"),
                               confirm=lambda *_args: True) is None
    seconds = time.monotonic() - began
    ticker.timer.stop()
    assert seconds < 2 * (TIMEOUT + 3)
    assert ticker.ticks >= 2 * 10, f"the GUI thread was blocked: {ticker.ticks} ticks in {seconds:.1f} s"
    assert not (tmp_path / "mine.json").exists()
    texts = dialogs.texts("box")
    assert len([t for t in texts if "did not answer in time" in t]) >= 1
    assert all(name != "MainThread" for name in team.database().library.threads)


def test_library_export_then_import_through_a_slow_team_database(qtbot, team, tmp_path, dialogs):
    from oases_desktop.gui.library_files import export_library_file, import_library_file

    team.database().go_slow(0.3)
    path = tmp_path / "mine.json"
    said = export_library_file(None, team, ask_path=lambda _parent: str(path))
    assert said and path.exists() and "mine.json" in said
    dialogs.answer("information", None)
    assert import_library_file(None, team, ask_path=lambda _parent: str(path), confirm=lambda *_a: True) is None
    assert any("adds nothing" in text for text in dialogs.texts())   # its own export read back: nothing new
    assert len(team.database().library.threads) == 2 and "MainThread" not in team.database().library.threads


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)
def test_the_plans_list_against_a_postgres_server_that_freezes_mid_session(qtbot, settings, dialogs, monkeypatch):
    """The real thing: the plans list over PostgreSQL through a proxy that stops forwarding."""
    from oases_desktop.gui.plans_panel import PlansPanel
    from tests.core.storage.test_postgres_timeouts import FreezingProxy, _pg_target

    monkeypatch.delenv("OASES_PG_CONNECT_TIMEOUT", raising=False)
    monkeypatch.delenv("OASES_PG_STATEMENT_TIMEOUT", raising=False)
    reset_postgres(PG_URL)
    url, target = _pg_target()
    proxy = FreezingProxy(target)
    settings.set("storage/pg_connect_timeout_seconds", 2)
    settings.set("storage/pg_statement_timeout_seconds", 2)
    services = AppServices(url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    services.settings = settings
    try:
        plan = make_plan()
        plan.id, plan.title = "p-frozen", "Frozen plan"
        services.database().plans.create(plan)
        panel = PlansPanel(AppSession(PlanDocument(services.calendars), services))
        qtbot.addWidget(panel)
        panel.refresh()
        panel.select_plan("p-frozen")
        proxy.frozen.set()
        ticker = Ticker()
        began = time.monotonic()
        panel.delete_selected()
        seconds = time.monotonic() - began
        ticker.timer.stop()
    finally:
        proxy.close()
        services.close()
    assert seconds < 2 + 5 + 2 + 3, seconds
    assert ticker.ticks >= 20, f"the GUI thread was blocked: {ticker.ticks} ticks in {seconds:.1f} s"
    assert panel.undo_stack.count() == 0
    assert any("did not answer in time" in text or "connection" in text.lower() for text in dialogs.texts("box"))

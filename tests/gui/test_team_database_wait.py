"""A team database that never answers never freezes the window (issue 14 items 6 and 11): opening and
saving wait off the GUI thread, the Preferences' timeouts bound the wait, the message names the cause."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from oases_desktop.core.errors import StorageError
from oases_desktop.gui.preferences_dialog import PreferencesDialog
from oases_desktop.gui.services import AppServices
from tests.core.storage.pg import PG_URL, SKIP_REASON, reset_postgres
from tests.gui.conftest import Ticker   # the silent_server fixture is tests/conftest.py's


def test_opening_a_silent_team_database_keeps_the_window_responsive_and_names_the_timeout(
        qtbot, settings, silent_server, monkeypatch):
    monkeypatch.delenv("OASES_PG_CONNECT_TIMEOUT", raising=False)
    settings.set("storage/pg_connect_timeout_seconds", 2)    # the Preferences' value, not the 10 s default
    services = AppServices(f"postgresql+psycopg://someone@127.0.0.1:{silent_server}/plans")
    services.settings = settings
    ticker = Ticker()
    began = time.monotonic()
    with pytest.raises(StorageError) as info:
        services.database()
    seconds = time.monotonic() - began
    ticker.timer.stop()
    assert seconds < 6, seconds
    assert ticker.ticks >= 10, f"the GUI thread was blocked: {ticker.ticks} ticks in {seconds:.1f} s"
    assert "did not answer in time" in str(info.value) and str(silent_server) in str(info.value)


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)
def test_saving_to_a_team_database_that_freezes_is_reported_and_the_window_keeps_painting(
        window, plan, dialogs, monkeypatch):
    from tests.core.storage.test_postgres_timeouts import FreezingProxy, _pg_target

    monkeypatch.delenv("OASES_PG_CONNECT_TIMEOUT", raising=False)
    monkeypatch.delenv("OASES_PG_STATEMENT_TIMEOUT", raising=False)
    reset_postgres(PG_URL)
    url, target = _pg_target()
    proxy = FreezingProxy(target)
    window.settings.set("storage/pg_connect_timeout_seconds", 2)
    window.settings.set("storage/pg_statement_timeout_seconds", 2)
    window.services.db_url = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    try:
        window.document.set_plan(plan)
        assert window.files.save() is True                     # stored while the server answers
        window.document.plan.client = "Changed Co"
        window.document.undo_stack.resetClean()
        proxy.frozen.set()
        ticker = Ticker()
        began = time.monotonic()
        assert window.files.save() is False
        seconds = time.monotonic() - began
        ticker.timer.stop()
    finally:
        proxy.close()
        window.services.close()
    assert seconds < 2 + 5 + 2 + 3, seconds                  # statement + grace, then one reconnect
    assert ticker.ticks >= 20, f"the GUI thread was blocked: {ticker.ticks} ticks in {seconds:.1f} s"
    assert any("did not answer in time" in text for text in dialogs.texts("box"))
    assert window.document.is_modified()                      # the change is still open, unsaved


def test_preferences_store_the_timeouts_and_restore_the_defaults(qtbot, settings, monkeypatch):
    monkeypatch.delenv("OASES_PG_CONNECT_TIMEOUT", raising=False)
    monkeypatch.delenv("OASES_PG_STATEMENT_TIMEOUT", raising=False)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.spins["connect"].value() == 10 and dialog.spins["statement"].value() == 30
    dialog.spins["connect"].setValue(4)
    dialog.spins["statement"].setValue(90)
    dialog.accept()
    assert settings.get("storage/pg_connect_timeout_seconds") == 4
    assert settings.get("storage/pg_statement_timeout_seconds") == 90
    services = AppServices("postgresql+psycopg://u@db.example/plans")
    services.settings = settings
    from oases_desktop.core.storage.pg_timeouts import statement_timeout_s

    assert "connect_timeout=4" in services.database_url() and statement_timeout_s(services.database_url()) == 90
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.restore_defaults()
    dialog.accept()
    assert settings.get("storage/pg_connect_timeout_seconds") == 10


def test_preferences_are_in_the_edit_menu(window):
    edit = window.menuBar().actions()[1].menu()
    assert window.actions.preferences in edit.actions()


def test_a_timer_asking_for_the_database_while_it_opens_does_not_open_a_second_one(
        qtbot, settings, silent_server, monkeypatch):
    monkeypatch.delenv("OASES_PG_CONNECT_TIMEOUT", raising=False)
    settings.set("storage/pg_connect_timeout_seconds", 2)
    services = AppServices(f"postgresql+psycopg://someone@127.0.0.1:{silent_server}/plans")
    services.settings = settings
    seen = []

    def meanwhile():
        try:
            services.database()
        except StorageError as error:
            seen.append(str(error))

    QTimer.singleShot(300, meanwhile)    # e.g. the backup timer, while the window waits
    with pytest.raises(StorageError):
        services.database()
    assert seen == ["The team database is still being opened; try again in a moment."]

"""Autosave and crash recovery; errors in slots reach the user and the log; background jobs."""

from __future__ import annotations

import copy
import logging
import time
from datetime import datetime

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from oases_desktop.core.errors import OasesError
from oases_desktop.gui import commands as c
from oases_desktop.gui.autosave import Autosaver, find_drafts
from oases_desktop.paths import user_data_dir
from oases_desktop.core.knowledge import load_library

Button = QMessageBox.StandardButton


def test_autosave_writes_a_draft_only_when_modified(document, tmp_path):
    saver = Autosaver(document, tmp_path, interval_ms=60_000)
    assert not saver.save_draft()  # nothing unsaved
    document.push(c.EditPlanCommand(document, "client", "Draft Co"))
    assert saver.save_draft()
    assert not saver.save_draft()  # nothing new since the last draft
    drafts = find_drafts(tmp_path)
    assert [d.title for d in drafts] == [document.plan.title]
    document.undo_stack.undo()  # back to the saved state: the draft has no use
    assert find_drafts(tmp_path) == []


def test_crash_recovery_offers_the_autosaved_draft(qtbot, settings, plan, dialogs):
    from oases_desktop.gui.main_window import MainWindow

    data_dir = user_data_dir()
    crashed = MainWindow(settings=settings)
    crashed.document.set_plan(plan)
    crashed.start_session(offer_recovery=False)  # creates the autosaver, reopens last/example
    crashed.document.set_plan(plan)
    crashed.document.push(c.EditPlanCommand(crashed.document, "client", "Unsaved Client Ltd"))
    assert crashed.session.autosaver.save_draft()
    expected = crashed.document.plan
    crashed.session.autosaver.timer.stop()
    crashed.document.undo_stack.blockSignals(True)  # a crash: nothing tidies up, the draft stays
    del crashed

    assert find_drafts(data_dir)
    window = MainWindow(settings=settings)
    try:
        dialogs.answer("question", Button.Yes)
        window.start_session(offer_recovery=True)
        assert "Recover unsaved work" in dialogs.texts("question")[0]
        assert window.document.plan == expected
        assert window.document.is_modified()  # recovered work is still unsaved
    finally:
        window.document.undo_stack.setClean()
        window.session.autosaver.timer.stop()
        window.close()


def test_declined_draft_is_discarded(qtbot, settings, plan, dialogs, document):
    saver = Autosaver(document, user_data_dir())
    document.push(c.EditPlanCommand(document, "client", "Unsaved"))
    saver.save_draft()
    saver.timer.stop()
    from oases_desktop.gui.main_window import MainWindow

    window = MainWindow(settings=settings)
    try:
        dialogs.answer("question", Button.Discard)
        window.start_session(offer_recovery=True)
        assert find_drafts(user_data_dir()) == []
        assert window.document.plan is not None and window.document.plan.client != "Unsaved"
    finally:
        window.document.undo_stack.setClean()
        window.session.autosaver.timer.stop()
        window.close()
    document.undo_stack.setClean()


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_and_shown(qtbot, dialogs, tmp_path, monkeypatch):
    import sys

    from oases_desktop.gui.error_reporting import install_excepthook, setup_logging

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(logging.getLogger(), "handlers", list(logging.getLogger().handlers))
    log_path = setup_logging(tmp_path / "logs")
    install_excepthook()
    emitter = _Emitter()

    def broken_slot():
        raise ZeroDivisionError("division in a slot")

    emitter.fired.connect(broken_slot)
    emitter.fired.emit()
    qtbot.waitUntil(lambda: bool(dialogs.texts("box")))
    assert "division in a slot" in dialogs.texts("box")[0]
    assert str(log_path) in dialogs.texts("box")[0]  # the message says where the details are
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "ZeroDivisionError: division in a slot" in logged and "broken_slot" in logged


@pytest.mark.qt_no_exception_capture
def test_user_error_in_a_slot_is_shown_as_its_message(qtbot, dialogs, monkeypatch):
    import sys

    from oases_desktop.gui.error_reporting import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()

    def slot():
        raise OasesError("The file is locked. Close it in the other program.")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(dialogs.texts("box")))
    assert dialogs.texts("box") == ["The file is locked. Close it in the other program."]


def test_background_success_and_progress(qtbot):
    from oases_desktop.gui.background import run_in_background

    results, seen = [], []

    def work(progress):
        for i in range(5):
            progress.report(i / 5, f"step {i}")
        return 42

    op = run_in_background(None, work, label="Working", on_success=results.append)
    op._relay.progressed.connect(lambda value, text: seen.append(text))
    with qtbot.waitSignal(op.done, timeout=5000):
        pass
    assert results == [42]


def test_background_failure_goes_to_one_path(qtbot, dialogs):
    from oases_desktop.gui.background import run_in_background

    def work(progress):
        raise OasesError("The disk is full. Free some space.")

    op = run_in_background(None, work, label="Working", on_success=lambda r: pytest.fail("success called"))
    with qtbot.waitSignal(op.done, timeout=5000):
        pass
    assert dialogs.texts("box") == ["The disk is full. Free some space."]


def test_background_cancel(qtbot):
    from oases_desktop.gui.background import run_in_background

    cancelled = []

    def work(progress):
        for _ in range(500):
            progress.check()
            time.sleep(0.01)
        return "finished"

    op = run_in_background(None, work, label="Slow", on_success=lambda r: pytest.fail("not cancelled"),
                           on_cancel=lambda: cancelled.append(True))
    op.cancel()
    with qtbot.waitSignal(op.done, timeout=5000):
        pass
    assert cancelled == [True]


def test_confidence_runs_in_background_on_a_copy(window, qtbot):
    from oases_desktop.core.examples import worked_example

    window.build_panels()
    window.document.set_plan(worked_example("medicine", load_library()))
    before = copy.deepcopy(window.document.plan)
    op = window.estimate_confidence()
    assert op is not None
    with qtbot.waitSignal(op.done, timeout=60_000):
        pass
    assert op.error is None, op.error
    dialog = window.confidence_dialog
    model = dialog.model
    assert model.rowCount() == len(window.document.schedule.milestones) > 0
    for row in range(model.rowCount()):  # P50 <= P80 <= P90, read back from the table
        p50, p80, p90 = (datetime.strptime(model.item(row, col).text(), "%d %b %Y") for col in (2, 3, 4))
        assert p50 <= p80 <= p90
    assert window.document.plan == before
    dialog.close()


def test_confidence_without_a_schedule_says_what_to_do(window, plan, dialogs):
    window.build_panels()
    plan.scenario().steps.clear()
    plan.scenario().dependencies.clear()
    window.document.set_plan(plan)
    assert window.estimate_confidence() is None
    assert dialogs.texts("box")


def test_drafts_of_a_running_copy_are_not_offered(document, tmp_path):
    import json
    import subprocess
    import sys

    saver = Autosaver(document, tmp_path)
    document.push(c.EditPlanCommand(document, "client", "Other window"))
    saver.save_draft()
    saver.timer.stop()
    _, note_path = saver.draft_paths()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        note = json.loads(note_path.read_text())
        note["pid"] = other.pid  # as if another running copy of the app wrote it
        note_path.write_text(json.dumps(note))
        assert find_drafts(tmp_path) == []
    finally:
        other.kill()
        other.wait()
    assert len(find_drafts(tmp_path)) == 1  # that copy is gone: now it is a crash's draft
    document.undo_stack.setClean()


def test_autosave_timer_writes_the_draft_by_itself(document, tmp_path, qtbot):
    saver = Autosaver(document, tmp_path, interval_ms=50)
    document.push(c.EditPlanCommand(document, "client", "Timed Ltd"))
    qtbot.waitUntil(lambda: bool(find_drafts(tmp_path)), timeout=3000)
    from oases_desktop.core.planfile import plan_from_bytes

    draft = find_drafts(tmp_path)[0]
    assert plan_from_bytes(draft.plan_path.read_bytes()).client == "Timed Ltd"
    saver.timer.stop()
    document.undo_stack.setClean()
    assert find_drafts(tmp_path) == []  # saved (clean): the draft goes


def test_start_up_removes_what_a_killed_draft_write_left(document, tmp_path):
    """A draft write killed mid-way leaves a hidden temp file of plain JSON: gone at the next start (issue 14 item 10)."""
    import os
    import time

    folder = tmp_path / "autosave"
    folder.mkdir()
    stale = folder / ".0123456789abcdef.draft.oases.abc_1234.tmp"
    stale.write_text('{"format": "oases-plan", "vers')
    past = time.time() - 3600
    os.utime(stale, (past, past))
    assert find_drafts(tmp_path) == []
    assert not stale.exists()

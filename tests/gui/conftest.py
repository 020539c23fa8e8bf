"""Shared GUI fixtures: a small hand-built plan (independent of the seed data) and a document."""

from __future__ import annotations

from datetime import date

import pytest

from tests.shipped import CALENDARS
from oases_desktop.core.domain import Dependency, Estimate, Plan, Scenario, Step
from oases_desktop.core.domain.plan import StepKind
from oases_desktop.core.domain.product import ProductKind, ProductProfile


def make_plan() -> Plan:
    """Three steps in a chain plus a parallel one; one scenario; a drug profile."""
    steps = [
        Step(id="prep", name="Prepare dossier", route="hk_1plus", duration=Estimate(20, 30, 45)),
        Step(id="submit", name="Submit application", route="hk_1plus", duration=Estimate(0, 0, 0), kind=StepKind.MILESTONE),
        Step(id="review", name="DoH evaluation", route="hk_1plus", duration=Estimate(120, 150, 200)),
        Step(id="translate", name="Translate labels", route="hk_1plus", duration=Estimate(5, 10, 15)),
    ]
    deps = [Dependency("prep", "submit"), Dependency("submit", "review")]
    scenario = Scenario(id="base", name="Base case", start_date=date(2026, 1, 5), routes=["hk_1plus"],
                        steps=steps, dependencies=deps)
    product = ProductProfile(name="Examplumab", kind=ProductKind.DRUG)
    return Plan(id="plan-1", title="Examplumab HK launch", client="Acme Pharma", product=product,
                as_of=date(2026, 1, 1), scenarios=[scenario], active_scenario="base")


@pytest.fixture
def plan() -> Plan:
    return make_plan()


@pytest.fixture
def document(qtbot, plan):
    from oases_desktop.gui.document import PlanDocument

    doc = PlanDocument(lambda: CALENDARS)
    doc.today = date(2026, 1, 1)
    doc.set_plan(plan)
    return doc


class DialogScript:
    """Stands in for modal dialogs (they would block an offscreen test run): records and answers them.

    `dialogs.answer("warning", QMessageBox.StandardButton.Discard)` sets the reply of the next
    QMessageBox.warning; an unscripted question is a test failure, so no prompt goes unnoticed.
    """

    def __init__(self):
        self.answers: dict[str, list] = {}
        self.shown: list[tuple[str, str]] = []

    def answer(self, kind: str, value) -> None:
        self.answers.setdefault(kind, []).append(value)

    def reply(self, kind: str, text: str):
        self.shown.append((kind, text))
        queue = self.answers.get(kind)
        if not queue:
            raise AssertionError(f"unexpected {kind} dialog: {text}")
        return queue.pop(0)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.shown if kind in (None, k)]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    script = DialogScript()

    def static(kind):
        def show(parent, title, text, *args, **kwargs):
            return script.reply(kind, f"{title}: {text}")
        return staticmethod(show)

    for kind in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: script.shown.append(("about", text))))
    # show_error builds its own box: record its text instead of blocking.
    monkeypatch.setattr(QMessageBox, "exec", lambda self: script.shown.append(("box", self.text())) or 0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: script.reply("getText", str(a[2:3]))))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: script.reply("save_file", str(a[1:2]))))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: script.reply("open_file", str(a[1:2]))))
    return script


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path):
    """Any QSettings() made during a test writes an INI file under tmp_path, never the user's config."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def settings(tmp_path):
    """App settings in a throwaway INI file: tests never read or write the user's real preferences."""
    from PySide6.QtCore import QSettings

    from oases_desktop.gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):
    """The real main window, empty (start_session not run)."""
    from oases_desktop.gui.main_window import MainWindow

    win = MainWindow(settings=settings)
    yield win
    # Closed here rather than by qtbot.addWidget (which closes before fixtures end): no unsaved-changes prompt.
    win.document.undo_stack.setClean()
    if win.session.autosaver is not None:
        win.session.autosaver.timer.stop()
    win.close()
    win.deleteLater()


@pytest.fixture
def example_doc(qtbot):
    """A document holding the medicine worked example, today pinned to 7 Dec 2026."""
    from oases_desktop.core.examples import worked_example
    from oases_desktop.core.knowledge import load_library
    from oases_desktop.gui.document import PlanDocument

    doc = PlanDocument(lambda: CALENDARS)
    doc.today = date(2026, 12, 7)
    doc.set_plan(worked_example("medicine", load_library()))
    assert doc.schedule is not None, doc.schedule_error
    return doc


class Ticker:
    """Counts GUI event-loop turns: it only ticks while the GUI thread is free."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        self.ticks += 1


def session_for(document, settings=None):
    """The session object the panels get, over the shipped library (no database opened)."""
    from oases_desktop.gui.app_session import AppSession
    from oases_desktop.gui.services import AppServices

    return AppSession(document, AppServices(), settings)

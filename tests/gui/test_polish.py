"""Details an advisor notices: narrow docks wrap instead of cutting, one zoom preset at a time, plain dates."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library


def test_only_one_zoom_preset_is_checked_in_the_view_menu(window, qtbot):
    window.document.set_plan(worked_example("medicine", load_library()))
    a = window.actions
    a.zoom_quarter.trigger()
    assert [x.isChecked() for x in (a.zoom_fit, a.zoom_month, a.zoom_quarter, a.zoom_year)] == [False, False, True, False]
    a.zoom_fit.trigger()
    assert [x.isChecked() for x in (a.zoom_fit, a.zoom_month, a.zoom_quarter, a.zoom_year)] == [True, False, False, False]
    window.timeline.choose_scale("year")   # a button in the timeline's own bar updates the menu too
    assert a.zoom_year.isChecked() and not a.zoom_fit.isChecked()


def test_route_names_wrap_in_a_narrow_eligibility_panel(window, qtbot):
    from oases_desktop.gui.app_session import AppSession
    from oases_desktop.gui.eligibility_panel import EligibilityPanel

    window.document.set_plan(worked_example("medicine", load_library()))
    panel = EligibilityPanel(AppSession(window.document, window.services))
    qtbot.addWidget(panel)
    panel.refresh()
    panel.resize(330, 600)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    view, model = panel.view, panel.model
    line = QFontMetrics(view.font()).height()
    longest = max(range(model.rowCount()), key=lambda r: len(model.verdict(r).route_name))
    rect = view.visualRect(model.index(longest, 0))
    assert rect.height() > 1.6 * line   # on two lines or more, not cut to "New drug: stand…"
    verdict_width = view.header().sectionSize(1)
    assert verdict_width < 0.5 * view.viewport().width()   # the names get most of the width


def test_the_plans_panel_does_not_force_a_wide_dock(window):
    assert window.plans_panel.minimumSizeHint().width() < 200


def test_dates_in_the_panels_have_no_leading_zero(window):
    import re

    window.document.set_plan(worked_example("medicine", load_library()))
    texts = [window.status_label.text(), window.eligibility.summary.text()]
    texts += [window.eligibility.model.index(r, 1).data() for r in range(window.eligibility.model.rowCount())]
    assert any(re.search(r"\b\d{1,2} [A-Z][a-z]{2} \d{4}", t) for t in texts)   # dates are there
    assert not any(re.search(r"\b0\d [A-Z][a-z]{2} \d{4}", t) for t in texts), texts


def test_a_new_plan_says_what_to_do_first(window, qtbot):
    from datetime import date

    from oases_desktop.core.domain.product import ProductKind
    from oases_desktop.gui.new_plan_dialog import blank_plan

    window.resize(1200, 600)
    window.show()
    qtbot.waitExposed(window)
    window.document.set_plan(blank_plan("Beta Devices", "CardioStent", ProductKind.DEVICE, date(2026, 12, 1)))
    timeline = window.timeline
    assert timeline.message.isVisible() and not timeline.view.isVisible()
    assert not timeline.legend.isVisible()   # nothing drawn, nothing to explain
    assert "Product panel" in timeline.message.text() and "Add to plan" in timeline.message.text()
    summary = window.eligibility.summary.text()
    if summary.startswith("0 of"):
        assert "profile" in summary   # no open route: the panel says what decides them


def test_compare_table_headers_give_the_full_scenario_name(window):
    from PySide6.QtCore import Qt

    window.document.set_plan(worked_example("medicine", load_library()))
    compare = window.compare
    compare.refresh()
    model = compare.model
    names = {s.name for s in window.document.plan.scenarios}
    tips = {model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(1, model.columnCount())}
    assert tips == names


def test_help_about_shows_the_about_dialog(window, dialogs, monkeypatch):
    from oases_desktop.gui.about_dialog import AboutDialog

    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.ui.versionLabel.text()) or 0)
    window.actions.about.trigger()
    assert shown and shown[0].startswith("Version")


def test_toolbar_tooltips_name_the_shortcut(window):
    from PySide6.QtGui import QKeySequence

    save = window.actions.save
    keys = save.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert keys and keys in save.toolTip() and save.statusTip() in save.toolTip()

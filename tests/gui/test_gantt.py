"""The Gantt pane: names beside the chart, one row order, one selection, one scroll, one filter, zoom that keeps the place."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from oases_desktop.core.domain.plan import StepKind
from oases_desktop.gui.gantt.filtering import StepFilter, is_open_point
from oases_desktop.gui.gantt.outline import NAME_ROLE
from oases_desktop.gui.gantt.pane import GanttPane
from oases_desktop.gui.steps.model import COL_NAME, STEP_ID_ROLE
from tests.gui.conftest import session_for
from oases_desktop.gui.timeline import style


@pytest.fixture
def pane(qtbot, example_doc, settings):
    widget = GanttPane(session_for(example_doc, settings))
    qtbot.addWidget(widget)
    widget.resize(1200, 420)   # fewer rows fit than the plan has: the panes must scroll together
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def chart_order(pane) -> list[str]:
    bars = pane.timeline.scene.data.bars
    return sorted(bars, key=lambda sid: bars[sid].row)


def tree_order(pane) -> list[str]:
    return pane.shown_step_ids()


def test_the_outline_model_is_well_formed(qtmodeltester, example_doc):
    from oases_desktop.gui.gantt.outline import OutlineModel
    from oases_desktop.gui.steps.model import StepsTableModel

    cells = StepsTableModel(session_for(example_doc))
    model = OutlineModel(cells)
    from oases_desktop.gui.timeline.data import build_timeline_data

    model.set_layout(build_timeline_data(example_doc.plan, example_doc.scenario(), example_doc.schedule, example_doc.today))
    qtmodeltester.check(model, force_py=True)


def test_tree_and_chart_show_the_same_rows_in_the_same_order_with_step_numbers(pane, example_doc):
    order = tree_order(pane)
    scheduled = [s.id for s in example_doc.scenario().steps if s.id in example_doc.schedule.steps]
    assert sorted(order) == sorted(scheduled)
    assert order == chart_order(pane)
    # each step row of the tree sits on the same row of the chart, numbered route.step
    first_lane = pane.proxy.index(0, COL_NAME)
    assert pane.proxy.index(3, COL_NAME, first_lane).data().startswith("1.4  ")
    second = pane.proxy.index(1, COL_NAME, pane.proxy.index(1, COL_NAME))
    assert second.data().startswith("2.2  ")
    for entry, (kind, key) in enumerate(pane.visible_entries()):
        if kind == "step":
            assert pane.timeline.scene.data.bars[key].row == entry


def test_rows_line_up_on_screen_and_scroll_together(pane, qtbot):
    view = pane.timeline.view
    bar = view.verticalScrollBar()
    assert bar.maximum() > bar.minimum(), "the plan is taller than the pane here"
    for value in (bar.minimum(), (bar.minimum() + bar.maximum()) // 2, bar.maximum()):
        bar.setValue(value)
        QApplication.processEvents()
        for step_id in tree_order(pane)[::5]:
            index = pane.proxy.mapFromSource(pane.outline.step_index(step_id))
            tree_y = pane.names.viewport().mapTo(pane, pane.names.visualRect(index).topLeft()).y()
            item = pane.timeline.scene.step_items[step_id]
            chart_y = view.viewport().mapTo(pane, view.mapFromScene(0, item.row_top())).y()
            assert abs(tree_y - chart_y) <= 1, (step_id, value)
            table_index = index.siblingAtColumn(2)
            assert pane.table.visualRect(table_index).top() == pane.names.visualRect(index).top()
    # scrolling the names tree (mouse wheel over it) scrolls the chart
    pane.names.verticalScrollBar().setValue(0)
    assert bar.value() == bar.minimum()


def test_names_stay_visible_at_every_zoom_and_elide_by_pixels(pane, example_doc):
    names = [s.name for s in example_doc.scenario().steps if s.id in example_doc.schedule.steps]
    for scale in ("month", "quarter", "year", "fit"):
        pane.timeline.set_scale(scale)
        QApplication.processEvents()
        assert pane.names.isVisible() and pane.names.width() >= 150
        assert pane.names.horizontalScrollBar().maximum() == 0   # nothing to scroll: the column fits the pane
        shown = [pane.proxy.index(r, COL_NAME, pane.proxy.index(lane, 0)).data(NAME_ROLE)
                 for lane in range(pane.proxy.rowCount()) for r in range(pane.proxy.rowCount(pane.proxy.index(lane, 0)))]
        assert sorted(shown) == sorted(names)
    assert pane.names.textElideMode() == Qt.TextElideMode.ElideRight
    index = pane.proxy.index(0, COL_NAME, pane.proxy.index(0, 0))
    assert index.data(NAME_ROLE) in index.data(Qt.ItemDataRole.ToolTipRole)   # the whole name on hover


def test_chinese_names_are_cut_by_width_not_by_character_count(qtbot, example_doc, settings):
    from PySide6.QtGui import QFontMetrics

    from oases_desktop.gui.commands import EditStepCommand

    step = example_doc.scenario().steps[0]
    long_name = "香港臨床試驗中心選址及可行性評估（港大及中大第一期中心、醫管局聯網）"
    example_doc.push(EditStepCommand(example_doc, step.id, "name", long_name))
    widget = GanttPane(session_for(example_doc, settings))
    qtbot.addWidget(widget)
    widget.resize(1200, 400)
    widget.show()
    qtbot.waitExposed(widget)
    index = widget.proxy.mapFromSource(widget.outline.step_index(step.id))
    rect = widget.names.visualRect(index)
    text = index.data()
    elided = QFontMetrics(widget.names.font()).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    assert elided != text and elided.endswith("…")   # too wide for the column: cut, inside it
    assert long_name in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_names_width_is_remembered(qtbot, example_doc, settings):
    first = GanttPane(session_for(example_doc, settings))
    qtbot.addWidget(first)
    first.resize(1200, 400)
    first.show()
    first.splitter.setSizes([333, 150, 700])
    first.splitter.splitterMoved.emit(333, 1)
    second = GanttPane(session_for(example_doc, settings))
    qtbot.addWidget(second)
    second.resize(1200, 400)
    second.show()
    qtbot.waitExposed(second)
    assert abs(second.splitter.sizes()[0] - first.splitter.sizes()[0]) <= 2


def test_one_selection_for_tree_table_and_chart(pane, example_doc, qtbot):
    step_id = tree_order(pane)[12]
    index = pane.proxy.mapFromSource(pane.outline.step_index(step_id))
    pane.names.setCurrentIndex(index)
    assert example_doc.selected_step_id == step_id
    assert pane.timeline.scene.step_items[step_id].isSelected()
    assert pane.table.selectionModel() is pane.names.selectionModel()
    other = tree_order(pane)[-1]
    pane.timeline.scene.select_step(other)
    pane.timeline.scene.step_items[other].setSelected(True)
    example_doc.select_step(other)
    assert pane.names.currentIndex().data(STEP_ID_ROLE) == other


def test_folding_a_route_folds_its_rows_in_the_chart(pane, example_doc):
    lane = pane.proxy.index(0, COL_NAME)
    count = pane.proxy.rowCount(lane)
    pane.names.collapse(lane)
    assert len(chart_order(pane)) == len(tree_order(pane)) == len(pane.outline.step_ids()) - count
    assert tree_order(pane) == chart_order(pane)
    pane.names.expand(lane)
    assert len(chart_order(pane)) == len(pane.outline.step_ids())


def test_zoom_keeps_the_selected_step_in_view(pane, example_doc):
    timeline = pane.timeline
    last = tree_order(pane)[-1]
    timeline.set_scale("month")
    example_doc.select_step(last)
    bar = timeline.scene.step_items[last].bar
    assert timeline.view.day_in_view(bar.start_day, 0) or timeline.view.day_in_view(bar.end_day, 0)
    for factor in (1.25, 1.25, 1.25, 0.8, 0.5, 0.5):
        timeline.zoom_by(factor)
        assert timeline.view.day_in_view(bar.start_day, 0) or timeline.view.day_in_view(bar.end_day, 0), factor
    for scale in ("year", "month", "quarter"):
        timeline.set_scale(scale)
        assert timeline.view.day_in_view(bar.start_day, 0) or timeline.view.day_in_view(bar.end_day, 0), scale


def test_ctrl_wheel_and_pinch_zoom_keep_the_selection_in_view(pane, example_doc, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent

    timeline = pane.timeline
    timeline.set_scale("month")
    first = tree_order(pane)[0]
    example_doc.select_step(first)
    view = timeline.view
    before = timeline.scene.px_per_day
    at = QPointF(view.viewport().width() - 5, 20)   # zoom around the far right edge: the selection would drift away
    wheel = QWheelEvent(at, view.viewport().mapToGlobal(at), QPoint(), QPoint(0, 120 * 3), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert timeline.scene.px_per_day > before
    bar = timeline.scene.step_items[first].bar
    assert timeline.view.day_in_view(bar.start_day, 0) or timeline.view.day_in_view(bar.end_day, 0)
    zoomed = timeline.scene.px_per_day
    pinch = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                                at, at, view.viewport().mapToGlobal(at), -0.5, QPointF(), 0)
    QApplication.sendEvent(view.viewport(), pinch)
    assert timeline.scene.px_per_day == pytest.approx(zoomed * 0.5)
    assert timeline.view.day_in_view(bar.start_day, 0) or timeline.view.day_in_view(bar.end_day, 0)


def test_without_a_selection_zoom_keeps_the_centre_date(pane, example_doc):
    timeline = pane.timeline
    timeline.set_scale("month")
    example_doc.select_step("")
    timeline.view.centre_on_day(400)
    centre = timeline.view.centre_day()
    timeline.zoom_by(1.25)
    assert abs(timeline.view.centre_day() - centre) < 3
    timeline.set_scale("quarter")
    assert abs(timeline.view.centre_day() - centre) < 6


def test_the_axis_has_two_tiers_years_over_months_or_quarters(pane):
    from oases_desktop.gui.timeline.axis import tick_unit

    assert style.HEADER_HEIGHT >= 2 * 16
    assert pane.names.header().height() == int(style.HEADER_HEIGHT) == pane.table.header().height()
    pane.timeline.set_scale("month")
    assert tick_unit(pane.timeline.scene.px_per_day) == "month"
    pane.timeline.set_scale("quarter")
    assert tick_unit(pane.timeline.scene.px_per_day) == "quarter"
    from oases_desktop.gui.timeline.axis import axis_unit

    for scale, lower in (("month", "month"), ("quarter", "quarter"), ("year", "quarter")):   # years over them
        assert axis_unit(style.ZOOM_PX_PER_DAY[scale]) == lower
    assert axis_unit(0.15) == "year"   # five years in a narrow pane: years alone

def test_one_filter_for_tree_and_chart(pane, example_doc, qtbot):
    schedule = example_doc.schedule
    bar = pane.filter_bar
    bar.text.setText("formulary")
    assert tree_order(pane) == chart_order(pane) and tree_order(pane)
    assert all("formulary" in (example_doc.step(s).name + pane.outline.lane_index(example_doc.step(s).route).data()).casefold()
               or "formulary" in str(pane.outline.step_index(s, 10).data()).casefold() for s in tree_order(pane))
    bar.clear()
    bar.toggles["critical"].setChecked(True)
    assert tree_order(pane) == chart_order(pane)
    assert tree_order(pane) and all(schedule.steps[s].critical for s in tree_order(pane))
    assert all(pane.timeline.scene.data.bars[s].critical for s in chart_order(pane))
    bar.clear()
    bar.toggles["milestones"].setChecked(True)
    assert tree_order(pane) and all(example_doc.step(s).kind == StepKind.MILESTONE for s in tree_order(pane))
    assert tree_order(pane) == chart_order(pane)
    bar.clear()
    bar.toggles["open_points"].setChecked(True)
    assert tree_order(pane) == chart_order(pane)
    assert all(is_open_point(example_doc.step(s)) for s in tree_order(pane))
    bar.clear()
    bar.route.setCurrentIndex(bar.route.findData("hk_formulary") if bar.route.findData("hk_formulary") > 0 else 2)
    route = bar.route.currentData()
    assert tree_order(pane) and all(example_doc.step(s).route == route for s in tree_order(pane))
    assert tree_order(pane) == chart_order(pane)
    bar.clear()
    bar.toggles["driving"].setChecked(True)
    driving = tree_order(pane)
    keys = [m for m in schedule.milestones if m.is_key]
    assert keys and set(driving) == {s for m in keys for s in m.driving_steps}
    assert {m.step_id for m in keys} <= set(driving) and len(driving) < len(pane.outline.step_ids())
    assert driving == chart_order(pane)
    # Esc in the filter row clears it
    bar.text.setFocus()
    bar.text.setText("zzz-nothing")
    assert tree_order(pane) == [] == chart_order(pane)
    qtbot.keyClick(bar.text, Qt.Key.Key_Escape)
    assert bar.criteria() == StepFilter() and len(tree_order(pane)) == len(pane.outline.step_ids())


def test_the_chart_keyboard_moves_renames_nudges(pane, example_doc, qtbot):
    view = pane.timeline.view
    view.setFocus()
    order = tree_order(pane)
    example_doc.select_step(order[0])
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert example_doc.selected_step_id == order[2]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert example_doc.selected_step_id == order[1]
    step_id = order[1]
    start = example_doc.schedule.steps[step_id].start
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert example_doc.schedule.steps[step_id].start >= start + timedelta(days=2)
    assert example_doc.step(step_id).start_no_earlier_than == start + timedelta(days=2)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == example_doc.step(step_id).name
    editor.setText("Renamed in place")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()   # the delegate commits on a queued call
    assert example_doc.step(step_id).name == "Renamed in place"
    # Enter in the names tree edits too
    pane.names.setFocus()
    qtbot.keyClick(pane.names, Qt.Key.Key_Return)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_context_menu_offers_the_step_actions(window, qtbot):
    window.resize(1400, 700)
    window.show()
    qtbot.waitExposed(window)
    window.start_session(offer_recovery=False)
    step_id = window.gantt.shown_step_ids()[3]
    window.document.select_step(step_id)
    menu = window.gantt.build_menu(step_id)
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    for wanted in ("Rename Step in Place", "Add Step…", "Links of Selected Step…", "Key Milestone",
                   "Explain This Date", "Delete Step", "Start as Early as Possible"):
        assert wanted in texts, texts
    shown = []
    window.gantt.show_menu = lambda sid, pos: shown.append(sid)   # Shift+F10 or the Menu key: the same menu
    window.timeline.view.setFocus()
    window.gantt.step_menu.trigger()
    assert shown == [step_id]
    explain = next(a for a in menu.actions() if a.text().replace("&", "") == "Explain This Date")
    explain.trigger()
    assert window.inspector.explanation.isVisible() or window.inspector.explain_button.isChecked()
    assert window.document.step(step_id).name in window.inspector.explanation.toPlainText()


def test_help_lists_exactly_the_actions_shortcuts(window, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    from oases_desktop.gui.shortcuts_dialog import ShortcutsDialog

    window.build_panels()
    dialog = ShortcutsDialog(window, window)
    qtbot.addWidget(dialog)
    listed = {keys for _text, keys in dialog.rows()}
    native = QKeySequence.SequenceFormat.NativeText
    expected = {", ".join(k.toString(native) for k in a.shortcuts() if not k.isEmpty())
                for a in window.findChildren(QAction) if any(not k.isEmpty() for k in a.shortcuts())}
    assert listed == expected
    texts = {text for text, _keys in dialog.rows()}
    for wanted in ("Next Step", "Rename Step in Place", "Nudge Step a Day Later", "Delete Step", "Find Step",
                   "Clear Step Filter", "Undo", "Keyboard Shortcuts"):
        assert wanted in texts, sorted(texts)
    help_menu = next(m.menu() for m in window.menuBar().actions() if m.text() == "&Help")
    assert window.actions.shortcuts in help_menu.actions()


def test_no_shortcut_clashes_with_macos_system_keys(window):
    from PySide6.QtGui import QAction, QKeySequence

    window.build_panels()
    # Ctrl is Cmd on macOS: Cmd+M minimises, Cmd+H hides, Cmd+Q quits, Cmd+Space is Spotlight, Cmd+` cycles windows
    reserved = {QKeySequence(k) for k in ("Ctrl+M", "Ctrl+H", "Ctrl+Alt+H", "Ctrl+Q", "Ctrl+Space", "Ctrl+`", "Ctrl+Tab")}
    clashes = [(a.text(), k.toString()) for a in window.findChildren(QAction) for k in a.shortcuts()
               if k in reserved and a is not window.actions.quit]
    assert clashes == []
    seen: dict[str, str] = {}
    for action in window.actions.__dict__.values():
        if isinstance(action, QAction):
            for key in action.shortcuts():
                assert seen.setdefault(key.toString(), action.text()) == action.text(), key.toString()


def test_every_menu_action_is_reachable_by_keyboard(window):
    window.build_panels()
    for top in window.menuBar().actions():
        assert "&" in top.text(), top.text()   # Alt+letter opens the menu
        for action in top.menu().actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_delete_key_in_the_chart_deletes_with_undo(window, qtbot):
    window.resize(1400, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start_session(offer_recovery=False)
    step_id = window.gantt.shown_step_ids()[2]
    window.document.select_step(step_id)
    view = window.timeline.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert step_id not in {s.id for s in window.document.scenario().steps}
    assert step_id not in window.gantt.shown_step_ids()
    window.actions.undo.trigger()
    assert step_id in {s.id for s in window.document.scenario().steps}
    assert window.gantt.shown_step_ids() == sorted(window.timeline.scene.data.bars,
                                                   key=lambda s: window.timeline.scene.data.bars[s].row)
    window.document.undo_stack.setClean()


def test_a_laptop_screen_shows_at_least_twenty_rows_and_keeps_its_own_layout(qtbot, settings):
    from oases_desktop.gui.main_window import MainWindow

    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.start_session(offer_recovery=False)
    QApplication.processEvents()
    view = window.timeline.view
    rows = (view.viewport().height() - style.HEADER_HEIGHT) / style.ROW_HEIGHT
    assert rows >= 20, rows
    assert window.timeline.view.width() >= 450   # the plans list went to the right-hand tabs
    assert window.plans_dock in window.tabifiedDockWidgets(window.eligibility_dock)
    window._save_layout()
    assert not settings.get(f"window/by_screen/{window._screen_key()}/state").isEmpty()
    window.document.undo_stack.setClean()


def test_the_headless_screenshot_takes_size_zoom_and_selection(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtGui import QImage

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OASES_DATA_DIR=str(tmp_path / "data"))
    subprocess.run([sys.executable, str(root / "main.py"), "--screenshot", str(out), "--size", "1366x768",
                    "--zoom", "month", "--select", "gba_connect.review"], env=env, check=True, timeout=120,
                   capture_output=True)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    bad = subprocess.run([sys.executable, str(root / "main.py"), "--screenshot", str(out), "--size", "huge"],
                         env=env, timeout=60, capture_output=True, text=True)
    assert bad.returncode != 0 and "WIDTHxHEIGHT" in bad.stderr


def test_explanations_grow_link_sources_and_show_no_rule_ids(window, qtbot):
    from PySide6.QtCore import QUrl

    from oases_desktop.gui import source_dialog
    from oases_desktop.gui.timeline.legend import TimelineLegend

    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    window.start_session(offer_recovery=False)
    window.document.select_step("one_plus.evaluation")
    window.actions.explain.trigger()
    inspector = window.inspector
    assert inspector.explanation.isVisible() and inspector.indexOf(inspector.explanation) == 1   # its own pane
    html = inspector.explanation.toHtml()
    assert f"{source_dialog.SOURCE_SCHEME}:" in html and f"{source_dialog.STEP_SCHEME}:" in html
    opened = []
    qtbot_patch = source_dialog.SourceDialog.exec
    source_dialog.SourceDialog.exec = lambda self: opened.append(self.windowTitle())
    try:
        source_id = html.split(f"{source_dialog.SOURCE_SCHEME}:")[1].split('"')[0]
        inspector.explanation.anchorClicked.emit(QUrl(f"{source_dialog.SOURCE_SCHEME}:{source_id}"))
        assert opened == [window.services.library().source(source_id).title]
        inspector.explanation.anchorClicked.emit(QUrl(f"{source_dialog.STEP_SCHEME}:one_plus.submission"))
        assert window.document.selected_step_id == "one_plus.submission"
    finally:
        source_dialog.SourceDialog.exec = qtbot_patch
    # the eligibility pane: conditions with their source as links, never the internal rule id
    panel = window.eligibility
    model = panel.model
    checked = 0
    for row in range(model.rowCount()):
        verdict = model._verdicts[row]
        for number, condition in enumerate(verdict.conditions):
            text = model.details_html(model.index(number, 0, model.index(row, 0)))
            assert "Rule:" not in text and f">{condition.rule}<" not in text and f": {condition.rule}" not in text
            source = window.services.library().source(condition.source_id) if condition.source_id else None
            if source is not None and source.url:
                assert f"href='{source.url}'" in text or f'href="{source.url}"' in text   # clickable
                checked += 1
    assert checked
    assert window.compare.findChild(TimelineLegend) is not None

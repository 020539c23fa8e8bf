"""What a user sees first: the whole worked example, a timeline with room, a readable step table."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from oases_desktop.gui.timeline import style
from oases_desktop.gui.window_layout import default_dock_widths, default_window_size


def _open_example(window, qtbot, size=(1400, 560)):
    window.resize(*size)  # the offscreen screen is 800x600; the window may be larger, its widgets lay out
    window.show()
    qtbot.waitExposed(window)
    window.start_session(offer_recovery=False)
    QApplication.processEvents()


def test_the_worked_example_opens_with_the_whole_plan_in_view(window, qtbot):
    _open_example(window, qtbot)
    timeline = window.timeline
    assert timeline.fit_mode
    assert timeline.zoom_buttons.checkedButton().objectName() == "zoom-fit"
    assert window.actions.zoom_fit.isChecked()
    data, px = timeline.scene.data, timeline.scene.px_per_day
    # the plan's span (to the last key milestone, plus a margin) is inside the viewport with the cut marks'
    # dates beside it, and there is nothing to scroll sideways
    assert data.clip_day == data.fit_end_day
    assert timeline.scene.chart_width() <= timeline.view.viewport().width() - timeline.scene.gutter
    bar = timeline.view.horizontalScrollBar()
    assert bar.maximum() == bar.minimum()
    # and the fit is not a timid one: the plan uses most of the chart's width
    assert timeline.scene.chart_width() > 0.8 * (timeline.view.viewport().width() - timeline.scene.gutter - 24)


def test_fit_follows_a_resize_until_the_user_zooms_by_hand(window, qtbot):
    _open_example(window, qtbot)
    timeline = window.timeline
    before = timeline.scene.px_per_day
    window.resize(1500, 560)
    QApplication.processEvents()
    assert timeline.scene.px_per_day > before
    window.actions.zoom_in.trigger()
    assert not timeline.fit_mode
    zoomed = timeline.scene.px_per_day
    window.resize(1200, 560)
    QApplication.processEvents()
    assert timeline.scene.px_per_day == zoomed


def test_a_chosen_zoom_is_remembered_and_used_for_the_next_window(qtbot, settings):
    from oases_desktop.gui.main_window import MainWindow

    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.timeline.zoom_buttons.buttons()[1].click()   # "Quarter"
    assert settings.get("timeline/zoom") == "quarter"
    assert first.actions.zoom_quarter.isChecked() and not first.actions.zoom_fit.isChecked()
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    assert not second.timeline.fit_mode
    assert second.timeline.scene.px_per_day == style.ZOOM_PX_PER_DAY["quarter"]


def test_the_chart_gets_the_whole_height_of_the_centre(window, qtbot):
    _open_example(window, qtbot, size=(1200, 580))
    chart, centre = window.timeline.view, window.tabs.currentWidget()
    assert centre is window.gantt
    assert chart.height() >= 0.8 * centre.height()   # no table under it: the step details are beside it


def test_the_legend_wraps_instead_of_widening_the_window(window, qtbot):
    legend = window.timeline.legend
    assert legend.minimumSizeHint().width() < 200
    assert window.timeline.minimumSizeHint().width() <= 420
    one_line = legend.heightForWidth(2000)
    assert legend.heightForWidth(300) > one_line   # wraps onto more lines when narrow
    window.resize(1000, 560)
    window.show()
    QApplication.processEvents()
    labels = legend.findChildren(type(legend.findChild(object, "legend-today")))
    for label in labels:   # nothing clipped: every label lies inside the legend
        assert legend.rect().contains(label.mapTo(legend, label.rect().bottomRight()))


def test_hidden_legend_entries_take_no_room(window, qtbot):
    legend = window.timeline.legend
    one_line = legend.heightForWidth(2000)
    for kind, entry in legend.entries.items():
        entry.setVisible(kind in ("task", "critical"))
    assert legend.heightForWidth(260) == one_line   # two entries fit one narrow line once the rest are hidden
    assert legend.sizeHint().width() < 200


def test_the_step_name_stays_in_view_when_the_details_scroll_sideways(window, qtbot):
    _open_example(window, qtbot, size=(1000, 560))
    gantt = window.gantt
    table = gantt.table
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0, "the details pane is narrower than its columns here"
    names_left = gantt.names.mapTo(gantt, gantt.names.rect().topLeft()).x()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert gantt.names.isVisible() and gantt.names.mapTo(gantt, gantt.names.rect().topLeft()).x() == names_left
    shown = [c for c in range(gantt.proxy.columnCount()) if not gantt.names.isColumnHidden(c)]
    assert shown == [0]
    first_name = gantt.proxy.index(0, 0, gantt.proxy.index(0, 0)).data()
    assert first_name.endswith(window.document.step(gantt.shown_step_ids()[0]).name)
    assert table.selectionModel() is gantt.names.selectionModel()


def test_default_window_size_fits_a_laptop_and_a_desktop_screen():
    laptop = default_window_size(QRect(0, 0, 1366, 728))   # 768 minus a task bar
    assert laptop.width() <= 1366 and laptop.height() <= 728
    assert laptop.width() >= 1200 and laptop.height() >= 640
    desktop = default_window_size(QRect(0, 0, 1920, 1040))
    assert desktop == QSize(1440, 900)
    assert default_window_size(None) == QSize(1440, 900)
    plans, right = default_dock_widths(laptop.width())
    assert laptop.width() - plans - right >= 560   # the centre keeps room for the timeline


def test_the_filter_row_over_the_chart_stays_one_line_with_the_zoom_beside_the_tabs(window, qtbot):
    _open_example(window, qtbot, (1366, 768))
    zoom, top = window.timeline.zoom_bar, window.gantt.filter_bar.parentWidget()
    assert window.tabs.cornerWidget() is zoom and zoom.isVisible()
    for size in ((1366, 768), (1600, 1000), (1280, 720)):
        window.resize(*size)
        QApplication.processEvents()
        assert top.height() <= window.gantt.filter_bar.sizeHint().height() + 2, size   # one line: no wrap
        assert zoom.geometry().right() <= window.tabs.width()
    window.tabs.setCurrentWidget(window.compare)          # the zoom belongs to the timeline tab
    assert not zoom.isVisible()
    window.tabs.setCurrentWidget(window.gantt)
    assert zoom.isVisible()
    window.timeline.dragPreview.emit("Plan finishes 1 Mar 2030 · start no earlier than 2 Feb 2027 · Step")
    assert window.statusBar().currentMessage().startswith("Plan finishes 1 Mar 2030")   # a drag's news stays visible
    window.timeline.dragPreview.emit("")
    assert window.statusBar().currentMessage() == ""

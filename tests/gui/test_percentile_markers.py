"""P50/P80 markers on milestones and Fit to the plan's span: the PDF's simulation and timescale rule, off the GUI thread."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling import montecarlo
from oases_desktop.gui.timeline import style
from oases_desktop.gui.timeline.data import reach_day
from oases_desktop.gui.timeline.widget import TimelineWidget
from tests.gui.conftest import session_for
from tests.shipped import CALENDARS

LIBRARY = load_library()
APPROVAL = "one_plus.approval"


@pytest.fixture
def doc(example_doc):
    return example_doc   # the worked example (tests/gui/conftest.py)


@pytest.fixture
def chart(doc, qtbot):
    widget = TimelineWidget(session_for(doc))
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.simulated.schedule() is not None, timeout=20_000)
    return widget


def reference(doc):
    """The simulation the PDF and `main.py schedule` run: DEFAULT_RUNS and DEFAULT_SEED on the status date."""
    return montecarlo.simulate(doc.scenario(), montecarlo.DEFAULT_RUNS, montecarlo.DEFAULT_SEED,
                               today=doc.status_date(), calendars=CALENDARS)


def test_milestones_carry_the_p50_and_p80_of_the_one_simulation(doc, chart):
    expected = reference(doc)
    data = chart.scene.data
    origin = data.origin
    marked = {sid: bar for sid, bar in data.bars.items() if bar.p50_day is not None}
    assert APPROVAL in marked and set(marked) <= set(expected)
    for sid, bar in marked.items():
        assert bar.milestone
        assert data.day_to_date(bar.p50_day) == expected[sid].p50
        assert data.day_to_date(bar.p80_day) == expected[sid].p80
        assert bar.start_day <= bar.p50_day <= bar.p80_day   # the likely date is the optimistic one
    assert origin + timedelta(days=int(marked[APPROVAL].p80_day)) == expected[APPROVAL].p80
    assert all(bar.p50_day is None for bar in data.bars.values() if not bar.milestone)
    assert chart.legend.entries["p80"].isVisibleTo(chart.legend)
    assert f"{expected[APPROVAL].p80.day} " in chart.tooltip_for(APPROVAL)   # the tooltip says it too
    assert chart.simulated.runs == 1                                          # once per schedule


def test_the_simulation_runs_off_the_gui_thread_and_the_window_keeps_working(doc, qtbot, monkeypatch):
    release, seen = threading.Event(), {}
    real = montecarlo.simulate

    def held(*args, **kwargs):
        seen["thread"] = threading.current_thread()
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(montecarlo, "simulate", held)
    widget = TimelineWidget(session_for(doc))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: "thread" in seen, timeout=5000)
    assert seen["thread"] is not threading.main_thread()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3000)   # the event loop runs while the simulation is held
    timer.stop()
    assert widget.simulated.busy() and all(bar.p50_day is None for bar in widget.scene.data.bars.values())
    release.set()
    qtbot.waitUntil(lambda: widget.scene.data.bars[APPROVAL].p50_day is not None, timeout=20_000)
    assert not widget.simulated.busy()


def test_an_edit_simulates_again_and_a_stale_result_is_never_shown(doc, chart, qtbot):
    from oases_desktop.gui.commands import EditStepCommand
    import dataclasses

    before = chart.scene.data.bars[APPROVAL].p80_day
    duration = doc.step("one_plus.evaluation").duration
    doc.push(EditStepCommand(doc, "one_plus.evaluation", "duration",
                             dataclasses.replace(duration, likely=200, max=max(duration.max, 260))))
    assert chart.scene.data.bars[APPROVAL].p80_day is None   # the old P80 belonged to the plan before the edit
    qtbot.waitUntil(lambda: chart.scene.data.bars[APPROVAL].p80_day is not None, timeout=20_000)
    after = chart.scene.data.bars[APPROVAL].p80_day
    assert after > before
    assert chart.scene.data.day_to_date(after) == reference(doc)[APPROVAL].p80


def test_fit_spans_the_plan_to_the_last_key_milestones_p80_plus_the_pdfs_margin(doc, chart, qtbot):
    chart.set_scale("fit")
    qtbot.waitUntil(lambda: chart.scene.data.clip_day is not None)
    data = chart.scene.data
    expected = reference(doc)
    last_p80 = max(expected[sid].p80 for sid in doc.schedule.key_milestones)
    first = min([doc.schedule.start, *(s.start for s in doc.schedule.steps.values())])
    month_axis = (date(last_p80.year + last_p80.month // 12, last_p80.month % 12 + 1, 1)
                  - date(first.year, first.month, 1)).days
    margin = max(20, min(month_axis // 6, 75))                                     # the PDF's rule, written out
    end = data.origin + timedelta(days=int(data.fit_end_day) - 1)
    assert end == last_p80 + timedelta(days=margin)
    assert (end - last_p80).days <= 183                                            # within 6 months of the P80
    assert data.clip_day == data.fit_end_day
    # the whole span fits the view, the cut marks' room included; nothing to scroll sideways
    assert chart.scene.chart_width() <= chart.view.viewport().width() - chart.scene.gutter
    bar = chart.view.horizontalScrollBar()
    assert bar.maximum() == bar.minimum()
    chart.set_scale("month")                                                       # another zoom: the whole layout
    assert chart.scene.data.clip_day is None and chart.scene.chart_width() == data.span_days * chart.scene.px_per_day


def test_bars_past_the_span_end_at_the_cut_with_an_arrow_and_their_date(doc, chart, qtbot):
    chart.set_scale("fit")
    QApplication.processEvents()
    data = chart.scene.data
    cut = [bar for bar in data.bars.values() if reach_day(bar) > data.clip_day]
    kept = [bar for bar in data.bars.values() if reach_day(bar) <= data.clip_day]
    assert cut and kept
    chart.view.scroll_to_start()
    QApplication.processEvents()
    image = chart.view.viewport().grab().toImage()
    edge = chart.view.mapFromScene(data.clip_day * chart.scene.px_per_day, 0).x()
    base = style.palette().color(style.palette().ColorRole.Base)

    def pixel(bar, dx):
        y = chart.view.mapFromScene(0, bar.row * style.ROW_HEIGHT + style.ROW_HEIGHT / 2).y()
        return QColor(image.pixel(edge + dx, y)), y

    shown = [bar for bar in cut if 0 < pixel(bar, 0)[1] < image.height()]
    assert shown
    for bar in shown:
        assert pixel(bar, 3)[0] != base   # the arrowhead at the edge
    for bar in kept:
        colour, y = pixel(bar, 3)
        if 0 < y < image.height():
            assert colour == base         # nothing past the cut on a row that ends before it


def test_the_view_menu_toggle_hides_the_markers_and_is_remembered(qtbot, settings):
    from oases_desktop.gui.main_window import MainWindow

    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.document.today = date(2026, 12, 7)
    first.document.set_plan(worked_example("medicine", LIBRARY))
    first.show()
    action = first.actions.percentile_markers
    assert action.isChecked() and action in first.view_menu.actions()
    qtbot.waitUntil(lambda: first.timeline.scene.data.bars[APPROVAL].p50_day is not None, timeout=20_000)
    action.trigger()
    assert all(bar.p50_day is None for bar in first.timeline.scene.data.bars.values())
    assert not first.timeline.legend.entries["p80"].isVisibleTo(first.timeline.legend)
    assert settings.get("timeline/percentile_markers") is False
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    assert not second.actions.percentile_markers.isChecked() and not second.timeline.show_percentiles
    first.document.undo_stack.setClean()
    action.trigger()
    assert first.timeline.scene.data.bars[APPROVAL].p50_day is not None and settings.get("timeline/percentile_markers")


def test_a_drag_hides_the_markers_it_would_make_stale(doc, chart):
    chart._on_drag_moved("one_plus.evaluation", "move", 10)
    assert all(bar.p50_day is None for bar in chart.scene.data.bars.values())
    chart._on_drag_finished("one_plus.evaluation", "move", 0)
    assert chart.scene.data.bars[APPROVAL].p50_day is not None


def test_no_simulation_starts_during_a_drag_or_for_a_very_large_plan(doc, qtbot, monkeypatch):
    from oases_desktop.gui.timeline import simulated

    widget = TimelineWidget(session_for(doc))
    qtbot.addWidget(widget)
    widget._on_drag_moved("one_plus.evaluation", "move", 5)    # dragging from before the first run
    widget.show()
    qtbot.wait(3 * simulated.SETTLE_MS)
    assert widget.simulated.runs == 0
    widget._on_drag_finished("one_plus.evaluation", "move", 0)
    qtbot.waitUntil(lambda: widget.simulated.runs == 1, timeout=5000)
    monkeypatch.setattr(simulated, "STEP_LIMIT", len(doc.schedule.steps) - 1)
    doc.recompute()
    qtbot.wait(3 * simulated.SETTLE_MS)
    assert widget.simulated.runs == 1 and not widget.simulated.busy()
    assert all(bar.p50_day is None for bar in widget.scene.data.bars.values())   # Fit uses the likely dates then

"""The timeline scene mirrors the computed schedule, and dragging edits the plan through undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt

from oases_desktop.gui.timeline import style
from oases_desktop.gui.timeline.items import StepItem
from oases_desktop.gui.timeline.widget import TimelineWidget
from tests.gui.timeline_plans import two_route_plan
from tests.shipped import CALENDARS
from tests.gui.conftest import session_for


@pytest.fixture
def timeline(qtbot):
    from oases_desktop.gui.document import PlanDocument

    doc = PlanDocument(lambda: CALENDARS)
    doc.today = date(2026, 3, 1)
    doc.set_plan(two_route_plan())
    assert doc.schedule is not None, doc.schedule_error
    widget = TimelineWidget(session_for(doc))
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _day(widget, when: date) -> int:
    return (when - widget.scene.data.origin).days


def test_one_item_per_scheduled_step_at_its_dates(timeline):
    doc, scene = timeline.document, timeline.scene
    assert set(scene.step_items) == set(doc.schedule.steps)
    px = scene.px_per_day
    for step_id, item in scene.step_items.items():
        scheduled = doc.schedule.steps[step_id]
        rect = item.bar_rect()
        if item.bar.milestone:
            # a diamond centred on the middle of its day
            assert rect.center().x() == pytest.approx((_day(timeline, scheduled.start) + 0.5) * px)
        else:
            assert rect.left() == pytest.approx(_day(timeline, scheduled.start) * px)
            assert rect.right() == pytest.approx((_day(timeline, scheduled.finish) + 1) * px)
            lo, hi = item.whisker_span()
            assert lo == pytest.approx((_day(timeline, scheduled.min_finish) + 1) * px)
            assert hi == pytest.approx((_day(timeline, scheduled.max_finish) + 1) * px)
        assert item.bar.critical == scheduled.critical


def test_lanes_arrows_critical_projected_and_stop_clock(timeline):
    doc, scene = timeline.document, timeline.scene
    data = scene.data
    assert [lane.route for lane in data.lanes] == ["hk_1plus", "gba_connect"]
    assert data.lanes[1].projected and not data.lanes[0].projected
    assert {(a.predecessor, a.successor) for a in scene.links_item.arrows} == {
        (d.predecessor, d.successor) for d in doc.scenario().dependencies}
    # each arrow runs from its predecessor's end (its start for start-to-start) to the successor's start
    for arrow in scene.links_item.arrows:
        path = scene.links_item.arrow_path(arrow)
        src = scene.step_items[arrow.predecessor].bar_rect()
        dst = scene.step_items[arrow.successor].bar_rect()
        first = path.elementAt(0)
        assert (first.x, first.y) == pytest.approx((src.left() if arrow.from_start else src.right(), src.center().y()))
        assert path.contains(dst.topLeft()) or any(
            (path.elementAt(i).x, path.elementAt(i).y) == pytest.approx((dst.left(), dst.center().y()))
            for i in range(path.elementCount()))
    critical = set(doc.schedule.critical_path)
    assert critical, "the example has a critical path"
    assert {sid for sid, item in scene.step_items.items() if item.bar.critical} == critical
    assert scene.step_items["gba-apply"].bar.projected
    review = scene.step_items["hk-review"]
    scheduled = doc.schedule.steps["hk-review"]
    assert scheduled.stop_clock_start is not None
    assert review.bar.stop_clock == (_day(timeline, scheduled.stop_clock_start), _day(timeline, scheduled.stop_clock_finish) + 1)
    # every bar sits in its route's lane, below the lane's header
    for lane in data.lanes:
        rows = sorted(item.bar.row for item in scene.step_items.values() if item.bar.route == lane.route)
        assert rows == list(range(lane.header_row + 1, lane.header_row + 1 + lane.row_count))
    assert scene._today.isVisible()
    assert scene._today.line().x1() == pytest.approx(_day(timeline, date(2026, 3, 1)) * scene.px_per_day)


def _drag(qtbot, widget, item: StepItem, dx_days: int, resize: bool = False):
    view = widget.view
    rect = item.bar_rect()
    y = rect.center().y()
    x = rect.right() - 2 if resize else rect.center().x()
    view.centerOn(x, y)
    start = view.mapFromScene(QPointF(x, y))
    end = view.mapFromScene(QPointF(x + dx_days * widget.scene.px_per_day, y))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    # move in a few frames, as a hand would
    for fraction in (0.3, 0.6, 1.0):
        point = start + (end - start) * fraction
        qtbot.mouseMove(view.viewport(), pos=point)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_bar_moves_its_dependants_and_undo_restores_everything(qtbot, timeline):
    doc, scene = timeline.document, timeline.scene
    before = dict(doc.schedule.steps)
    rebuilds = scene.rebuild_count
    timeline.set_scale("month")
    _drag(qtbot, timeline, scene.step_items["hk-prep"], 20)
    prep = doc.step("hk-prep")
    assert prep.start_no_earlier_than == before["hk-prep"].start + timedelta(days=20)
    after = doc.schedule.steps
    for dependant in ("hk-submit", "hk-review", "hk-approval", "gba-apply", "gba-use", "hk-labels"):
        assert after[dependant].start == before[dependant].start + timedelta(days=20) or \
            after[dependant].start > before[dependant].start, dependant
    # the scene moved the existing items; it was not rebuilt
    assert scene.rebuild_count == rebuilds
    assert scene.step_items["hk-review"].bar_rect().left() == pytest.approx(
        _day(timeline, after["hk-review"].start) * scene.px_per_day)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.step("hk-prep").start_no_earlier_than is None
    assert doc.schedule.steps == before
    for step_id, item in scene.step_items.items():
        if not item.bar.milestone:
            assert item.bar_rect().left() == pytest.approx(_day(timeline, before[step_id].start) * scene.px_per_day)


def test_dragging_the_right_end_changes_the_likely_duration(qtbot, timeline):
    doc, scene = timeline.document, timeline.scene
    timeline.set_scale("month")
    old = doc.step("hk-prep").duration
    finish_before = doc.schedule.finish
    _drag(qtbot, timeline, scene.step_items["hk-prep"], 10, resize=True)
    new = doc.step("hk-prep").duration
    assert new.likely == old.likely + 10
    assert (new.min, new.max, new.unit) == (old.min, old.max, old.unit)
    assert doc.schedule.finish > finish_before
    doc.undo_stack.undo()
    assert doc.step("hk-prep").duration == old
    assert doc.schedule.finish == finish_before


def test_live_preview_moves_dependants_before_release(qtbot, timeline):
    doc, scene = timeline.document, timeline.scene
    review_x = scene.step_items["hk-review"].bar_rect().left()
    scene.dragMoved.emit("hk-prep", "move", 15)  # what a StepItem emits mid-drag
    assert scene.step_items["hk-review"].bar_rect().left() == pytest.approx(review_x + 15 * scene.px_per_day)
    assert doc.undo_stack.count() == 0 and doc.step("hk-prep").start_no_earlier_than is None
    assert "start no earlier than" in timeline.status.full_text()
    scene.dragFinished.emit("hk-prep", "move", 0)   # dropped back where it was: nothing changes
    assert doc.undo_stack.count() == 0
    assert scene.step_items["hk-review"].bar_rect().left() == pytest.approx(review_x)


def test_drag_frames_redate_exactly_as_the_shared_layout_would(timeline):
    """The fast drag path (redate) and the full layout agree on every bar for the same schedule."""
    import dataclasses

    from oases_desktop.core.scheduling.engine import compute_schedule
    from oases_desktop.gui.timeline.data import build_timeline_data, redate

    doc, scene = timeline.document, timeline.scene
    scenario = doc.scenario()
    moved = dataclasses.replace(scenario.step("hk-prep"), start_no_earlier_than=date(2026, 2, 20))
    preview = dataclasses.replace(scenario, steps=[moved if s.id == "hk-prep" else s for s in scenario.steps])
    schedule = compute_schedule(preview, today=doc.today, calendars=CALENDARS)
    fast = redate(scene.data, schedule)
    full = build_timeline_data(doc.plan, preview, schedule, doc.today, keep_rows=scene.data)
    assert fast.origin == full.origin
    for step_id, bar in full.bars.items():
        assert fast.bars[step_id] == bar, step_id
    assert {a.predecessor + a.successor: a.critical for a in fast.arrows} == {
        a.predecessor + a.successor: a.critical for a in full.arrows}


def test_selection_follows_the_document_both_ways(timeline):
    doc, scene = timeline.document, timeline.scene
    scene.step_items["hk-review"].setSelected(True)
    assert doc.selected_step_id == "hk-review"
    doc.select_step("gba-use")
    assert [i.bar.step_id for i in scene.selectedItems()] == ["gba-use"]


def test_zoom_presets_and_ctrl_wheel_keep_items(timeline):
    scene = timeline.scene
    item = scene.step_items["hk-review"]
    timeline.set_scale("year")
    width_year = item.bar_rect().width()
    timeline.set_scale("month")
    width_month = item.bar_rect().width()
    assert width_month / width_year == pytest.approx(style.ZOOM_PX_PER_DAY["month"] / style.ZOOM_PX_PER_DAY["year"])
    assert timeline.findChild(type(timeline.zoom_buttons.buttons()[0]), "zoom-month").isChecked()
    timeline.view.set_px_per_day(scene.px_per_day * 1.25)
    assert not any(b.isChecked() for b in timeline.zoom_buttons.buttons())
    assert scene.step_items["hk-review"] is item


def test_tooltip_shows_dates_float_and_basis(timeline):
    tip = timeline.tooltip_for("hk-labels")
    scheduled = timeline.document.schedule.steps["hk-labels"]
    assert scheduled.start.strftime("%b %Y") in tip
    assert "Float" in tip and "Estimate" in tip


def test_hovering_a_bar_gives_it_its_tooltip(qtbot, timeline):
    item = timeline.scene.step_items["hk-review"]
    assert item.toolTip() == ""
    view = timeline.view
    centre = item.bar_rect().center()
    view.centerOn(centre)
    qtbot.mouseMove(view.viewport(), pos=view.mapFromScene(centre))
    qtbot.waitUntil(lambda: item.toolTip() != "", timeout=2000)
    assert "DoH evaluation" in item.toolTip() and "Stop-clock" in item.toolTip()


def test_schedule_error_shows_a_message_not_a_blank_chart(qtbot):
    from oases_desktop.core.domain import Dependency
    from oases_desktop.gui.document import PlanDocument

    plan = two_route_plan()
    plan.scenarios[0].dependencies.append(Dependency("gba-use", "gba-apply"))  # a loop
    doc = PlanDocument(lambda: CALENDARS)
    doc.set_plan(plan)
    widget = TimelineWidget(session_for(doc))
    qtbot.addWidget(widget)
    assert doc.schedule is None
    assert not widget.message.isHidden() and "cycle" in widget.message.text().lower()


def test_selecting_elsewhere_scrolls_the_bar_into_view(qtbot):
    from oases_desktop.gui.document import PlanDocument
    from tests.gui.timeline_plans import large_plan

    doc = PlanDocument(lambda: CALENDARS)
    doc.today = date(2026, 3, 1)
    doc.set_plan(large_plan(120, 4))
    widget = TimelineWidget(session_for(doc))
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    last = doc.scenario().steps[-1].id
    item = widget.scene.step_items[last]
    visible = widget.view.mapToScene(widget.view.viewport().rect()).boundingRect()
    assert not visible.intersects(item.bar_rect())
    doc.select_step(last)
    visible = widget.view.mapToScene(widget.view.viewport().rect()).boundingRect()
    assert visible.intersects(item.bar_rect())
    assert item.isSelected()


def test_keyboard_nudge_moves_the_selected_step_as_one_undo_step(qtbot, timeline):
    doc = timeline.document
    start = doc.schedule.steps["hk-prep"].start
    doc.select_step("hk-prep")
    timeline.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(timeline.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(timeline.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert doc.step("hk-prep").start_no_earlier_than == start + timedelta(days=10)
    assert doc.schedule.steps["hk-review"].start > start
    assert doc.undo_stack.count() == 1   # consecutive moves of one step merge
    doc.undo_stack.undo()
    assert doc.step("hk-prep").start_no_earlier_than is None


def test_fit_shows_the_plans_span(timeline):
    timeline.set_scale("month")
    timeline.fit_to_width()
    data, px = timeline.scene.data, timeline.scene.px_per_day
    assert data.fit_end_day * px <= timeline.view.viewport().width() - style.GUTTER_WIDTH
    assert data.fit_end_day <= data.span_days + 75   # never more than the margin past the layout's end


def test_a_drag_leaves_a_ghost_of_the_old_place_until_release(qtbot, timeline):
    item = timeline.scene.step_items["hk-prep"]
    old = item.bar_rect()
    view = timeline.view
    point = view.mapFromScene(old.center())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert item._ghost == old
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert item._ghost is None


def test_resizing_snaps_to_the_steps_own_unit():
    from oases_desktop.core.domain import Estimate, Step
    from oases_desktop.core.domain.plan import DurationUnit

    months = Step("m", "Review", "r", Estimate(0.5, 1, 2, unit=DurationUnit.MONTHS))
    assert TimelineWidget.resized_likely(months, 15) == 1.5       # half a month dragged
    assert TimelineWidget.resized_likely(months, 61) == 3.0
    assert TimelineWidget.resized_likely(months, -200) == 0.5     # never below one grain
    days = Step("d", "Translate", "r", Estimate(5, 10, 15))
    assert TimelineWidget.resized_likely(days, 4) == 14
    working = Step("w", "Evaluate", "r", Estimate(50, 60, 80, unit=DurationUnit.WORKING_DAYS))
    assert TimelineWidget.resized_likely(working, 14) == 70       # two calendar weeks = ten working days


def test_drag_preview_puts_the_finish_first_and_cuts_the_step_name(qtbot, timeline):
    """In a narrow panel the step's long name is cut, never "plan finishes <date>"."""
    from oases_desktop.gui.commands import EditStepCommand

    doc, scene = timeline.document, timeline.scene
    long_name = "Site selection and feasibility with the HA clusters (Kowloon Central, New Territories East, Hong Kong West)"
    doc.push(EditStepCommand(doc, "hk-prep", "name", long_name))
    timeline.resize(900, 400)
    qtbot.wait(10)
    scene.dragMoved.emit("hk-prep", "move", 20)
    shown, full = timeline.status.text(), timeline.status.full_text()
    assert full.startswith("Plan finishes ") and long_name in full
    assert shown.startswith("Plan finishes ")
    finish_text = full.split(" · ")[0]
    assert finish_text in shown                       # the consequence is visible whole
    assert "start no earlier than" in shown
    assert shown.endswith("…") and long_name not in shown
    assert timeline.status.toolTip() == full
    scene.dragFinished.emit("hk-prep", "move", 0)
    assert not timeline.status.full_text().startswith("Plan finishes")

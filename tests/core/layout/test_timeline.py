"""The timeline layout as data, checked against dates worked out by hand (tests/core/layout/sample.py)."""

from dataclasses import replace
from datetime import date

import pytest

from oases_desktop.core.layout import layout_timeline
from oases_desktop.core.layout.axis import axis_days
from oases_desktop.core.layout.timeline import timeline_span
from tests.core.layout.sample import sample_plan, sample_schedule


@pytest.fixture
def layout():
    plan = sample_plan()
    return layout_timeline(plan, plan.scenario(), sample_schedule(), today=date(2026, 3, 10),
                           route_names={"hk_reg": "HK registration (1+)"})


def test_origin_and_end_fall_on_month_boundaries_around_all_whiskers(layout):
    assert layout.origin == date(2026, 1, 1)
    # the latest whisker ends 21 May, so the axis runs to 1 June: 31+28+31+30+31 days
    assert layout.end_day == 151
    assert layout.today == 31 + 28 + 9


def test_one_lane_per_route_in_scenario_order_with_a_header_row(layout):
    assert [(row.kind, row.label) for row in layout.rows] == [
        ("lane", "HK registration (1+)"),
        ("step", "Prepare dossier"),
        ("step", "DH evaluation"),
        ("step", "HK approval"),
        ("lane", "Gba"),  # no library name given: a readable fallback
        ("step", "港澳藥械通 application"),
        ("step", "First GBA patient"),
    ]
    hk, gba = layout.lanes
    assert (hk.header_row, hk.first_row, hk.last_row, hk.projected) == (0, 1, 3, False)
    assert (gba.header_row, gba.first_row, gba.last_row, gba.projected) == (4, 5, 6, True)


def test_bars_cover_inclusive_finish_days_and_whiskers(layout):
    bars = {bar.step_id: bar for bar in layout.bars}
    assert set(bars) == {"dossier", "review", "gba_app"}
    dossier = bars["dossier"]
    assert (dossier.row, dossier.start, dossier.end) == (1, 4, 34)         # 5 Jan .. 3 Feb inclusive
    assert (dossier.min_end, dossier.max_end) == (28, 49)                  # 28 Jan, 18 Feb inclusive
    assert dossier.end - dossier.start == 30                               # its 30 likely days
    assert bars["review"].critical and not bars["gba_app"].critical
    assert bars["gba_app"].projected and not bars["dossier"].projected
    assert bars["review"].kind == "regulator_clock"


def test_stop_clock_segment_sits_inside_its_bar(layout):
    (segment,) = layout.stop_clocks
    assert (segment.step_id, segment.row, segment.start, segment.end) == ("review", 2, 59, 74)


def test_milestones_are_diamonds_mid_day_with_p80(layout):
    marks = {m.step_id: m for m in layout.milestones}
    approval = marks["approval"]
    assert approval.day == 94.5 and approval.key == "hk_approval"
    assert approval.p80_day == 31 + 28 + 31 + 30 + 1 + 0.5   # 2 May
    assert layout.date_of(approval.day) == date(2026, 4, 5)
    assert marks["gba_first"].projected


def test_arrows_join_the_ends_each_link_type_names(layout):
    arrows = {(a.from_row, a.to_row): a for a in layout.arrows}
    assert arrows[(1, 2)].from_day == 34 and arrows[(1, 2)].to_day == 34 and arrows[(1, 2)].critical
    assert (arrows[(2, 3)].from_day, arrows[(2, 3)].to_day) == (94, 94.5)
    ss = arrows[(2, 5)]
    assert (ss.type, ss.from_day, ss.to_day, ss.critical) == ("SS", 34, 34, False)


def test_steps_not_in_the_schedule_are_left_out_with_their_links():
    plan = sample_plan()
    schedule = sample_schedule()
    schedule = replace(schedule, steps={k: v for k, v in schedule.steps.items() if k != "gba_app"})
    layout = layout_timeline(plan, plan.scenario(), schedule)
    assert "gba_app" not in {row.step_id for row in layout.rows}
    assert all(5 not in (a.from_row, a.to_row) or layout.rows[5].step_id != "gba_app" for a in layout.arrows)
    assert len(layout.arrows) == 2


@pytest.mark.parametrize("scale, end_day, cells", [
    ("month", 151, ["Jan", "Feb", "Mar", "Apr", "May"]),
    ("quarter", 181, ["Q1", "Q2"]),
    ("year", 365, ["2026"]),
])
def test_axis_ticks_by_scale(scale, end_day, cells):
    plan = sample_plan()
    layout = layout_timeline(plan, plan.scenario(), sample_schedule(), scale=scale)
    assert layout.end_day == end_day
    assert [t.label for t in layout.ticks if t.level == 1] == cells
    years = [t for t in layout.ticks if t.level == 0]
    assert years == ([] if scale == "year" else [type(years[0])(0, 0, end_day, "2026")])


def test_unknown_scale_is_refused():
    plan = sample_plan()
    with pytest.raises(ValueError, match="week"):
        layout_timeline(plan, plan.scenario(), sample_schedule(), scale="week")


def test_condensed_layout_has_one_row_per_route_with_its_span_and_milestones(layout):
    from oases_desktop.core.layout.timeline import condense_to_lanes

    small = condense_to_lanes(layout)
    assert [row.label for row in small.rows] == ["HK registration (1+)", "Gba"]
    assert [(bar.row, bar.start, bar.end) for bar in small.bars] == [(0, 4, 95), (1, 34, 55)]
    assert sorted((m.row, m.step_id) for m in small.milestones) == [(0, "approval"), (1, "gba_first")]
    assert small.arrows == () and small.stop_clocks == ()
    assert small.bars[1].projected and not small.bars[0].projected


@pytest.mark.parametrize("scale", ["month", "quarter", "year"])
@pytest.mark.parametrize("pad", [0, 45, 400])
def test_axis_length_is_known_from_the_span_before_laying_out(scale, pad):
    """The PDF picks its scale from timeline_span + axis_days; they must agree with the layout."""
    plan, schedule = sample_plan(), sample_schedule()
    layout = layout_timeline(plan, plan.scenario(), schedule, scale, pad_days=pad)
    first, last = timeline_span(schedule)
    assert axis_days(first, last, scale, pad) == layout.end_day
    assert layout.origin <= first and layout.date_of(layout.end_day - 1) >= last

"""Scenarios side by side on one time axis: a lane per scenario, its span and key milestones.

Returns the same TimelineLayout shape as a single scenario, so the GUI and the PDF draw the
comparison with the code that draws a timeline.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from oases_desktop.core.domain.plan import Plan
from oases_desktop.core.layout.axis import build_ticks, check_scale, period_end, period_start
from oases_desktop.core.layout.timeline import Bar, Lane, Milestone, Row, TimelineLayout
from oases_desktop.core.scheduling.result import Schedule


def _latest(schedule: Schedule) -> date:
    """The last date drawn for a scenario: its finish or a milestone's max whisker."""
    whiskers = [schedule.steps[m.step_id].max_finish for m in schedule.milestones if m.step_id in schedule.steps]
    return max([schedule.finish, *(m.likely for m in schedule.milestones), *whiskers])


def comparison_span(plan: Plan, schedules: Mapping[str, Schedule]) -> tuple[date, date]:
    """The first and last dates the comparison draws, over every scheduled scenario."""
    scenarios = [s for s in plan.scenarios if s.id in schedules]
    if not scenarios:
        raise ValueError("no scheduled scenario to compare")
    return min(schedules[s.id].start for s in scenarios), max(_latest(schedules[s.id]) for s in scenarios)


def layout_comparison(
    plan: Plan,
    schedules: Mapping[str, Schedule],
    scale: str = "month",
    today: date | None = None,
    pad_days: int = 0,
    milestone_names: Mapping[str, str] | None = None,
) -> TimelineLayout:
    """One lane per scheduled scenario (plan order): a 'Whole plan' bar, then a row per key milestone.

    Milestone rows go in date order; `milestone_names` (key -> name) labels them by what they
    achieve, so the same key reads the same in every lane whatever its step is called.
    """
    names = dict(milestone_names or {})
    check_scale(scale)
    scenarios = [s for s in plan.scenarios if s.id in schedules]
    if not scenarios:
        raise ValueError("no scheduled scenario to compare")
    first, last = comparison_span(plan, schedules)
    origin = period_start(first, scale)
    end = period_end(last + timedelta(days=pad_days), scale)

    def day(value: date) -> int:
        return (value - origin).days

    rows: list[Row] = []
    lanes: list[Lane] = []
    bars: list[Bar] = []
    marks: list[Milestone] = []
    for scenario in scenarios:
        schedule = schedules[scenario.id]
        header = len(rows)
        rows.append(Row(header, "lane", scenario.name, scenario.id))
        span_row = len(rows)
        rows.append(Row(span_row, "step", "Whole plan", scenario.id, f"{scenario.id}:plan"))
        bars.append(Bar(span_row, f"{scenario.id}:plan", "Whole plan", "task", day(schedule.start),
                        day(schedule.finish) + 1, day(schedule.finish) + 1, day(schedule.finish) + 1,
                        False, False, False, False))
        for mark in sorted(schedule.milestones, key=lambda m: m.likely):
            row = len(rows)
            rows.append(Row(row, "step", names.get(mark.key, mark.name), scenario.id, mark.step_id))
            timing = schedule.steps.get(mark.step_id)
            low = day(timing.min_finish) + 0.5 if timing else day(mark.likely) + 0.5
            high = day(timing.max_finish) + 0.5 if timing else day(mark.likely) + 0.5
            marks.append(Milestone(row, mark.step_id, names.get(mark.key, mark.name), day(mark.likely) + 0.5, low, high, mark.key,
                                   bool(timing and timing.critical), False, False,
                                   day(mark.p80) + 0.5 if mark.p80 else None))
        projected = any(step.projected for step in scenario.steps if step.id in schedule.steps)
        lanes.append(Lane(scenario.id, scenario.name, header, header + 1, len(rows) - 1,
                          day(schedule.start), day(schedule.finish) + 1, projected))
    return TimelineLayout(
        scenario_id="comparison", scenario_name="Scenario comparison", origin=origin, end_day=day(end),
        scale=scale, rows=tuple(rows), lanes=tuple(lanes), bars=tuple(bars), milestones=tuple(marks),
        stop_clocks=(), arrows=(), ticks=build_ticks(origin, end, scale), today=day(today) if today else None,
    )

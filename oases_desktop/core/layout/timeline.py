"""The timeline as plain data: lanes, rows, bars, whiskers, milestones, links, ticks and today.

Both the on-screen scene and the PDF draw from a `TimelineLayout`. Positions are in days from
`origin` (day 0 = origin date) and in row indices, never in drawing units: each drawer picks its
own scale. A bar covers [start, end): a step working 3-5 March has start = day(3 Mar) and
end = day(5 Mar) + 1, matching the scheduler's inclusive finish dates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from oases_desktop.core.domain.plan import DependencyType, Plan, Scenario, Step, StepKind
from oases_desktop.core.layout.axis import AxisTick, axis_days, build_ticks, check_scale, period_end, period_start
from oases_desktop.core.scheduling.result import Schedule, ScheduledStep


@dataclass(frozen=True)
class Row:
    """One horizontal row: a lane header ("lane") or a step ("step")."""

    index: int
    kind: str
    label: str
    lane: str
    step_id: str | None = None


@dataclass(frozen=True)
class Lane:
    """The rows of one route: its header row, its step rows and its overall span."""

    route: str
    title: str
    header_row: int
    first_row: int
    last_row: int        # inclusive
    start: int
    end: int
    projected: bool


@dataclass(frozen=True)
class Bar:
    """A step with duration: likely [start, end), whisker from min_end to max_end."""

    row: int
    step_id: str
    label: str
    kind: str
    start: int
    end: int
    min_end: int
    max_end: int
    critical: bool
    projected: bool
    done: bool
    estimate: bool       # no sourced fact behind the duration
    driving: bool = False  # on the driving path of a key milestone (keydates.py): outlined, legible in greyscale
    progress_end: int | None = None  # in progress: the day after the status date; [start, it) is work done


@dataclass(frozen=True)
class Milestone:
    """A diamond: a zero-length step, at the middle of its day; p80_day when percentiles are known."""

    row: int
    step_id: str
    label: str
    day: float
    min_day: float
    max_day: float
    key: str | None
    critical: bool
    projected: bool
    done: bool
    p80_day: float | None = None
    driving: bool = False


@dataclass(frozen=True)
class StopClockSegment:
    """The applicant's stop-clock inside a regulator clock bar: [start, end)."""

    row: int
    step_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Arrow:
    """A dependency link from one row's end (or start) to another row's start (or end)."""

    from_row: int
    from_day: float
    to_row: int
    to_day: float
    type: str
    critical: bool


@dataclass(frozen=True)
class TimelineLayout:
    """Everything a drawer needs, in days from `origin` and row indices."""

    scenario_id: str
    scenario_name: str
    origin: date
    end_day: int
    scale: str
    rows: tuple[Row, ...]
    lanes: tuple[Lane, ...]
    bars: tuple[Bar, ...]
    milestones: tuple[Milestone, ...]
    stop_clocks: tuple[StopClockSegment, ...]
    arrows: tuple[Arrow, ...]
    ticks: tuple[AxisTick, ...]
    today: int | None = None

    def date_of(self, day: float) -> date:
        """The date holding day offset `day`."""
        return self.origin + timedelta(days=int(day // 1))

    @property
    def row_count(self) -> int:
        """How many rows the timeline has."""
        return len(self.rows)


def humanise_route(route_id: str) -> str:
    """A readable fallback title for a route id without a library name ("hk_1plus" -> "Hk 1plus")."""
    text = route_id.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:] if text else "Other steps"


def _lane_order(scenario: Scenario, steps: list[Step]) -> list[str]:
    order = list(dict.fromkeys(scenario.routes))
    for step in steps:
        if step.route not in order:
            order.append(step.route)
    return [route for route in order if any(step.route == route for step in steps)]


def _anchor(step: Step, scheduled: ScheduledStep, at_end: bool, layout_day) -> float:
    if step.kind == StepKind.MILESTONE:
        return layout_day(scheduled.start) + 0.5
    return layout_day(scheduled.finish) + 1 if at_end else layout_day(scheduled.start)


# Which end of the predecessor and the successor each link type joins.
_LINK_ENDS = {
    DependencyType.FS: (True, False),
    DependencyType.SS: (False, False),
    DependencyType.FF: (True, True),
    DependencyType.SF: (False, True),
}


def timeline_span(schedule: Schedule) -> tuple[date, date]:
    """The first and last dates a scenario's timeline draws (bars, whiskers and milestones)."""
    first = min([schedule.start, *(d for s in schedule.steps.values() for d in (s.start, s.min_finish))])
    last = max([schedule.finish, *(d for s in schedule.steps.values() for d in (s.finish, s.max_finish))])
    return first, last


def plan_span(schedule: Schedule) -> tuple[date, date]:
    """What a timeline of the plan shows: its start to the last key milestone's P80 (its likely date when not
    simulated), or to the last whisker when the scenario has no key milestones. Later bars and whiskers are
    drawn up to the end with their date written there."""
    first, last = timeline_span(schedule)
    keys = schedule.key_dates()
    if not keys:
        return first, last
    return first, min(last, max(m.p80 or m.likely for m in keys))


def span_margin_days(first: date, last: date) -> int:
    """Days a timeline runs on past `last` (plan_span's end): room for the last date labels, not months of
    empty axis. The PDF's timescale and the screen's Fit both add it."""
    return max(20, min(axis_days(first, last, "month") // 6, 75))


def layout_timeline(
    plan: Plan,
    scenario: Scenario,
    schedule: Schedule,
    scale: str = "month",
    today: date | None = None,
    route_names: Mapping[str, str] | None = None,
    pad_days: int = 0,
    until: date | None = None,
) -> TimelineLayout:
    """Lay out one scheduled scenario: a lane per route, a row per scheduled step, sorted by date.

    `pad_days` extends the axis past the last whisker (room for date labels), still ending on a
    period boundary; `until` (plan_span) ends it sooner, the items past it drawn cut at the end.
    """
    check_scale(scale)
    names = dict(route_names or {})
    steps = [step for step in scenario.steps if step.id in schedule.steps]
    first, last = timeline_span(schedule)
    if until is not None:
        last = min(last, until)
    origin = period_start(first, scale)
    end_date = period_end(last + timedelta(days=pad_days), scale)

    def day(value: date) -> int:
        return (value - origin).days

    position = {step.id: index for index, step in enumerate(scenario.steps)}
    rows: list[Row] = []
    lanes: list[Lane] = []
    row_of: dict[str, int] = {}
    for route in _lane_order(scenario, steps):
        members = sorted(
            (step for step in steps if step.route == route),
            key=lambda s: (schedule.steps[s.id].start, schedule.steps[s.id].finish, position[s.id]),
        )
        title = names.get(route) or humanise_route(route)
        header = len(rows)
        rows.append(Row(header, "lane", title, route))
        for step in members:
            row_of[step.id] = len(rows)
            estimated = schedule.steps[step.id].sitting_estimated  # a sitting beyond the published schedule
            rows.append(Row(len(rows), "step", ("Estimated: " if estimated else "") + step.name, route, step.id))
        spans = [schedule.steps[s.id] for s in members]
        lanes.append(Lane(
            route, title, header, header + 1, len(rows) - 1,
            min(day(s.start) for s in spans), max(day(s.finish) + 1 for s in spans),
            any(s.projected for s in members),
        ))

    percentile_by_step = {m.step_id: m for m in schedule.milestones}
    driving = {sid for m in schedule.milestones if m.is_key for sid in m.driving_steps}
    bars: list[Bar] = []
    milestones: list[Milestone] = []
    stop_clocks: list[StopClockSegment] = []
    for step in steps:
        done_at = schedule.steps[step.id]
        row = row_of[step.id]
        if step.kind == StepKind.MILESTONE:
            key_date = percentile_by_step.get(step.id)
            p80 = key_date.p80 if key_date else None
            milestones.append(Milestone(
                row, step.id, step.name, day(done_at.start) + 0.5,
                day(done_at.min_finish) + 0.5, day(done_at.max_finish) + 0.5,
                step.milestone or (key_date.key if key_date else None), done_at.critical,
                step.projected, step.done, day(p80) + 0.5 if p80 else None, step.id in driving,
            ))
            continue
        start, end = day(done_at.start), day(done_at.finish) + 1
        in_progress = plan is not None and step.actual_start is not None and step.actual_finish is None
        bars.append(Bar(
            row, step.id, step.name, str(step.kind), start, end,
            day(done_at.min_finish) + 1, day(done_at.max_finish) + 1, done_at.critical,
            step.projected, step.done, step.duration.is_estimate, step.id in driving,
            min(max(day(plan.as_of) + 1, start), end) if in_progress else None,
        ))
        if done_at.stop_clock_start and done_at.stop_clock_finish:
            stop_clocks.append(StopClockSegment(
                row, step.id, day(done_at.stop_clock_start), day(done_at.stop_clock_finish) + 1,
            ))

    by_id = {step.id: step for step in steps}
    arrows: list[Arrow] = []
    for link in scenario.dependencies:
        if link.predecessor not in row_of or link.successor not in row_of:
            continue  # a disabled or unscheduled step: nothing to point at
        pred_end, succ_end = _LINK_ENDS[DependencyType(link.type)]
        pred, succ = schedule.steps[link.predecessor], schedule.steps[link.successor]
        arrows.append(Arrow(
            row_of[link.predecessor], _anchor(by_id[link.predecessor], pred, pred_end, day),
            row_of[link.successor], _anchor(by_id[link.successor], succ, succ_end, day),
            DependencyType(link.type).name, pred.critical and succ.critical,
        ))

    return TimelineLayout(
        scenario_id=scenario.id,
        scenario_name=scenario.name,
        origin=origin,
        end_day=day(end_date),
        scale=scale,
        rows=tuple(rows),
        lanes=tuple(lanes),
        bars=tuple(bars),
        milestones=tuple(milestones),
        stop_clocks=tuple(stop_clocks),
        arrows=tuple(arrows),
        ticks=build_ticks(origin, end_date, scale),
        today=day(today) if today else None,
    )


def condense_to_lanes(layout: TimelineLayout) -> TimelineLayout:
    """One row per route: its span as a bar and its milestones on the same row; links dropped.

    For a one-page overview of a plan whose steps cannot all fit legibly on one page.
    """
    rows, bars, marks = [], [], []
    for lane in layout.lanes:
        row = len(rows)
        rows.append(Row(row, "step", lane.title, lane.route, None))
        bars.append(Bar(row, f"lane:{lane.route}", lane.title, "lane", lane.start, lane.end, lane.end, lane.end,
                        False, lane.projected, False, False))
        marks.extend(replace(mark, row=row, min_day=mark.day, max_day=mark.day)
                     for mark in layout.milestones if lane.first_row <= mark.row <= lane.last_row)
    lanes = tuple(replace(lane, header_row=-1, first_row=i, last_row=i) for i, lane in enumerate(layout.lanes))
    return replace(layout, rows=tuple(rows), lanes=lanes, bars=tuple(bars), milestones=tuple(marks),
                   stop_clocks=(), arrows=())

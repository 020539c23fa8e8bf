"""What the timeline scene draws, adapted from the shared layout the PDF also draws from.

`build_timeline_data` calls `oases_desktop.core.layout.timeline.layout_timeline` (days from an
origin date, row indices) and reshapes it for the scene: one `BarData` per step keyed by step id, so
items can be found and moved, and arrows keyed by step ids. During a drag, `keep_rows` pins every
step to the row it had when the drag began (the layout sorts rows by date, and a bar jumping rows
under the mouse would be confusing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from oases_desktop.core.domain.plan import Plan, Scenario
from oases_desktop.core.layout.timeline import TimelineLayout, layout_timeline, plan_span, span_margin_days
from oases_desktop.core.scheduling.result import Schedule


@dataclass(frozen=True)
class BarData:
    """One step drawn as a bar (or a diamond); days are counted from `TimelineData.origin`."""

    step_id: str
    name: str
    route: str
    row: int                  # row index over the whole chart (lane header rows included)
    start_day: float          # first day of work (a milestone: the middle of its day)
    end_day: float            # day after the last day of work; == start_day for a milestone
    min_end_day: float
    max_end_day: float
    critical: bool = False
    milestone: bool = False
    projected: bool = False
    done: bool = False
    estimate: bool = False    # no sourced fact behind the duration
    stop_clock: tuple[int, int] | None = None  # [start, end) of the applicant's stop-clock segment
    total_float: int = 0
    note: str = ""            # beside the bar: a cadence gate's place among its sittings (keydates.buffer_short)
    progress_end: float | None = None  # in progress: [start_day, progress_end) is done (up to the status date)
    p50_day: float | None = None   # a milestone's simulated P50 and P80 (middle of the day), when the markers show
    p80_day: float | None = None


@dataclass(frozen=True)
class LaneData:
    """One route: a header row followed by `row_count` step rows."""

    route: str
    title: str
    header_row: int
    row_count: int
    projected: bool = False
    start_day: int = 0        # the route's span, drawn as a summary bar on its header row
    end_day: int = 0


@dataclass(frozen=True)
class ArrowData:
    """A dependency from the predecessor's end (or start) to the successor's start (or end)."""

    predecessor: str
    successor: str
    from_start: bool = False   # SS / SF links leave from the predecessor's start
    to_end: bool = False       # FF / SF links arrive at the successor's end
    critical: bool = False


@dataclass(frozen=True)
class TimelineData:
    """Everything the scene draws, in day units."""

    origin: date
    span_days: int
    lanes: tuple[LaneData, ...]
    bars: dict[str, BarData]
    arrows: tuple[ArrowData, ...]
    today_day: int | None
    row_count: int
    structure_key: tuple = field(default=(), compare=False)  # changes when items must be rebuilt
    # The shown baseline's [start, end) day of each step (thin ghost bars), and the status date's day.
    ghosts: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    status_day: int | None = None
    status_line: bool = False  # drawn once progress is recorded (a step has actual dates)
    # The client's target dates (milestone step id -> day) and the latest start of each step on a
    # targeted milestone's driving path (gui/targets.py draws them).
    targets: Mapping[str, float] = field(default_factory=dict)
    latest_ticks: Mapping[str, float] = field(default_factory=dict)

    def day_to_date(self, day: float) -> date:
        """The calendar date holding a day offset."""
        return self.origin + timedelta(days=int(day // 1))
    # Where Fit ends (the plan's span plus its margin, as the PDF's timescale) and, while fitted, the day the
    # chart is cut at: bars and whiskers past it end there with an arrow and their date.
    fit_end_day: float | None = None
    clip_day: float | None = None
    past_fit: bool = False   # something runs on past fit_end_day (then a fitted chart keeps room for its dates)

    @property
    def shown_days(self) -> float:
        """The days the chart spans: to the cut while fitted, else the whole layout."""
        return self.clip_day if self.clip_day is not None else self.span_days


def build_timeline_data(plan: Plan | None, scenario: Scenario, schedule: Schedule, today: date | None = None,
                        route_names: Mapping[str, str] | None = None,
                        keep_rows: TimelineData | None = None, baseline=None,
                        status_date: date | None = None, targets: Mapping | None = None) -> TimelineData:
    """The scene's data for one scheduled scenario (rows pinned to `keep_rows` when given).

    `baseline` (a domain Baseline) adds its dates as ghosts; `status_date` places the status line;
    `targets` (milestone step id -> TargetOutcome) adds the target marks and latest-start ticks.
    """
    layout = layout_timeline(plan, scenario, schedule, scale="month", today=today, route_names=route_names)
    data = from_layout(layout, schedule)
    origin = layout.origin.toordinal()
    ghosts = {}
    for item in baseline.dates if baseline is not None else ():
        if item.step_id in data.bars:
            point = data.bars[item.step_id].milestone
            end = item.finish.toordinal() - origin + (0.5 if point else 1)
            ghosts[item.step_id] = (end if point else item.start.toordinal() - origin, end)
    status = status_date.toordinal() - origin if status_date else None
    started = any(s.actual_start or s.actual_finish for s in scenario.steps)
    marks, ticks = {}, {}
    for outcome in (targets or {}).values():
        if outcome.step_id in data.bars:
            marks[outcome.step_id] = outcome.target.toordinal() - origin + 0.5
        for sid in outcome.driving_steps:
            bar = data.bars.get(sid)
            if bar is not None and not bar.milestone and sid in outcome.latest:  # (not outside the calendars)
                day = outcome.latest[sid].latest_start.toordinal() - origin
                ticks[sid] = min(ticks.get(sid, day), day)
    data = replace(data, ghosts=ghosts, status_day=status, status_line=started, targets=marks, latest_ticks=ticks)
    if keep_rows is not None and keep_rows.structure_key == data.structure_key:
        data = replace(data, lanes=keep_rows.lanes,
                       bars={sid: replace(bar, row=keep_rows.bars[sid].row) for sid, bar in data.bars.items()})
    return data


def from_layout(layout: TimelineLayout, schedule: Schedule | None, key_by_lane: bool = False) -> TimelineData:
    """Reshape a `TimelineLayout` by step id (by "lane/step id" when ids repeat across lanes, as in a comparison)."""
    route_of_row = {row.index: row.lane for row in layout.rows}
    step_of_row = {row.index: (f"{row.lane}/{row.step_id}" if key_by_lane else row.step_id)
                   for row in layout.rows if row.step_id}

    def note_of(step_id: str) -> str:
        timing = schedule.steps.get(step_id) if schedule is not None else None
        return gate_note(timing)

    def float_of(step_id: str) -> int:
        timing = schedule.steps.get(step_id) if schedule is not None else None
        return timing.total_float if timing else 0
    stops = {s.step_id: (s.start, s.end) for s in layout.stop_clocks}
    bars: dict[str, BarData] = {}
    for bar in layout.bars:
        bars[step_of_row[bar.row]] = BarData(
            step_of_row[bar.row], bar.label, route_of_row[bar.row], bar.row, bar.start, bar.end, bar.min_end, bar.max_end,
            critical=bar.critical, projected=bar.projected, done=bar.done, estimate=bar.estimate,
            stop_clock=stops.get(bar.step_id), total_float=float_of(bar.step_id), note=note_of(bar.step_id),
            progress_end=bar.progress_end,
        )
    for mark in layout.milestones:
        bars[step_of_row[mark.row]] = BarData(
            step_of_row[mark.row], mark.label, route_of_row[mark.row], mark.row, mark.day, mark.day, mark.min_day, mark.max_day,
            critical=mark.critical, milestone=True, projected=mark.projected, done=mark.done,
            total_float=float_of(mark.step_id),
        )
    arrows = tuple(
        ArrowData(step_of_row[a.from_row], step_of_row[a.to_row], from_start=a.type in ("SS", "SF"),
                  to_end=a.type in ("FF", "SF"), critical=a.critical)
        for a in layout.arrows
    )
    lanes = tuple(LaneData(lane.route, lane.title, lane.header_row, lane.last_row - lane.first_row + 1, lane.projected,
                           lane.start, lane.end)
                  for lane in layout.lanes)
    return TimelineData(layout.origin, layout.end_day, lanes, bars, arrows, layout.today, layout.row_count,
                        _structure_key(lanes, bars, arrows))


def gate_note(timing) -> str:
    """What the chart writes beside a cadence gate (at its sitting): "75 d to spare · 16 d earlier: 91 d sooner"."""
    buffer = timing.cadence_buffer if timing is not None else None
    if buffer is None:
        return ""
    from oases_desktop.gui.i18n import tr

    text = tr("%d d to spare") % buffer.buffer_days
    if buffer.previous_sitting is not None:
        text += " · " + tr("%1 d earlier: %2 d sooner").replace("%1", str(buffer.earlier_days)).replace("%2", str(buffer.gain_days))
    return text


def with_simulated(data: TimelineData, schedule: Schedule, dated: Schedule | None, markers: bool) -> TimelineData:
    """`data` with the P50/P80 of each milestone bar (when `markers`) and the day Fit ends.

    `dated` is `schedule` with the simulated percentiles attached (engine.attach_percentiles), None until
    they are known. Fit spans the plan as the PDF's timescale does: layout.timeline.plan_span (start to
    the last key milestone's P80, its likely date until simulated) plus span_margin_days.
    """
    first, last = plan_span(dated or schedule)
    fit_end = (last - data.origin).days + 1 + span_margin_days(first, last)
    bars = data.bars
    if markers and dated is not None:
        origin = data.origin.toordinal()
        marks = {m.step_id: m for m in dated.milestones if m.p50 is not None and m.p80 is not None}
        bars = {sid: replace(bar, p50_day=marks[sid].p50.toordinal() - origin + 0.5,
                             p80_day=marks[sid].p80.toordinal() - origin + 0.5)
                if bar.milestone and sid in marks else bar for sid, bar in bars.items()}
    return replace(data, bars=bars, fit_end_day=float(fit_end), past_fit=any(reach_day(b) > fit_end for b in bars.values()))


def without_markers(data: TimelineData) -> TimelineData:
    """`data` without P50/P80 markers (a drag in progress: they would describe the plan before the drag)."""
    if not any(bar.p50_day is not None for bar in data.bars.values()):
        return data
    return replace(data, bars={sid: replace(bar, p50_day=None, p80_day=None) if bar.p50_day is not None else bar
                               for sid, bar in data.bars.items()})


def reach_day(bar: BarData) -> float:
    """The last day a bar draws on (its end, whisker or P80), as the PDF's cut marks count it."""
    if bar.milestone:
        return max(bar.start_day, bar.max_end_day, bar.p80_day or bar.start_day)
    return max(bar.end_day, bar.max_end_day) - 1


def _structure_key(lanes, bars, arrows) -> tuple:
    return (tuple((lane.route, lane.title, lane.row_count, lane.projected) for lane in lanes),
            tuple(sorted(bars)), tuple((a.predecessor, a.successor, a.from_start, a.to_end) for a in arrows))


def restrict_rows(data: TimelineData, entries) -> TimelineData:
    """`data` drawn on the rows of `entries`, top to bottom: ("lane", route id) or ("step", step id).

    The Gantt pane's tree decides the rows (filtered, routes folded); bars not listed are left out,
    and so are links to them. A listed step the data lacks keeps its (empty) row, so rows never shift.
    """
    lanes_by_route = {lane.route: lane for lane in data.lanes}
    bars: dict[str, BarData] = {}
    lanes: list[LaneData] = []
    for row, (kind, key) in enumerate(entries):
        if kind == "lane":
            lane = lanes_by_route.get(key)
            lanes.append(replace(lane, header_row=row, row_count=0) if lane is not None
                         else LaneData(key, key, row, 0))
        elif key in data.bars:
            bars[key] = replace(data.bars[key], row=row)
            if lanes:
                lanes[-1] = replace(lanes[-1], row_count=lanes[-1].row_count + 1)
    arrows = tuple(a for a in data.arrows if a.predecessor in bars and a.successor in bars)
    return replace(data, lanes=tuple(lanes), bars=bars, arrows=arrows, row_count=len(entries),
                   structure_key=_structure_key(lanes, bars, arrows))


def redate(base: TimelineData, schedule: Schedule) -> TimelineData:
    """`base` with every bar moved to `schedule`'s dates: rows, lanes and origin kept (the drag path).

    The same day convention as the shared layout (a bar covers [start, finish + 1); a milestone
    sits at the middle of its day), without re-sorting rows. Bars whose dates did not change are
    the very same objects, so the scene skips them by identity; a frame costs little more than
    the schedule itself.
    """
    origin = base.origin.toordinal()
    bars: dict[str, BarData] = {}
    last = base.span_days
    for key, bar in base.bars.items():
        timing = schedule.steps.get(key)
        if timing is None:
            bars[key] = bar
            continue
        if bar.milestone:
            start = end = timing.start.toordinal() - origin + 0.5
            low, high = timing.min_finish.toordinal() - origin + 0.5, timing.max_finish.toordinal() - origin + 0.5
            stop = None
        else:
            start, end = timing.start.toordinal() - origin, timing.finish.toordinal() - origin + 1
            low, high = timing.min_finish.toordinal() - origin + 1, timing.max_finish.toordinal() - origin + 1
            stop = None
            if timing.stop_clock_start and timing.stop_clock_finish:
                stop = (timing.stop_clock_start.toordinal() - origin, timing.stop_clock_finish.toordinal() - origin + 1)
        note = gate_note(timing) if bar.note or timing.cadence_buffer is not None else ""
        if (start, end, low, high, timing.critical, stop, timing.total_float, note) == (
                bar.start_day, bar.end_day, bar.min_end_day, bar.max_end_day, bar.critical, bar.stop_clock, bar.total_float,
                bar.note):
            bars[key] = bar
        else:
            bars[key] = replace(bar, start_day=start, end_day=end, min_end_day=low, max_end_day=high,
                                critical=timing.critical, stop_clock=stop, total_float=timing.total_float, note=note)
        last = max(last, int(high) + 1)
    arrows = tuple(a if a.critical == (bars[a.predecessor].critical and bars[a.successor].critical)
                   else replace(a, critical=not a.critical) for a in base.arrows)
    return replace(base, bars=bars, arrows=arrows, span_days=last)

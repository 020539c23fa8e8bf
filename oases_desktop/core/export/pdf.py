"""`export_pdf(plan, path, options, library=...)`: the client-ready report, written atomically.

Steps: schedule every scenario (unless the caller hands the schedules in), gather the report
as data, lay out the timelines, cut them into pages, draw with ReportLab, encrypt with pikepdf
when a password is set, then replace the target in one atomic write.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from reportlab.lib.pagesizes import A4

from oases_desktop.core.atomic import WriteError, write_atomic
from oases_desktop.core.domain.plan import Plan
from oases_desktop.core.errors import ExportError, OasesError
from oases_desktop.core.export.document import body_frame_size, build_pdf, timeline_chart_height
from oases_desktop.core.export.fonts import register_fonts
from oases_desktop.core.export.milestones import known_milestone_names
from oases_desktop.core.export.options import PdfOptions
from oases_desktop.core.export.protect import encrypt_pdf
from oases_desktop.core.export.report import Simulation, build_report
from oases_desktop.core.knowledge.model import ReferenceLibrary
from oases_desktop.core.scheduling.engine import attach_percentiles
from oases_desktop.core.export.tiling import TilePlan, fits_one_page, plan_tiles, points_per_day_needed, time_windows
from oases_desktop.core.export.tile_geometry import LABEL_COLUMN_MAX, label_column_width, wanted_label_width
from oases_desktop.core.layout.axis import axis_days
from oases_desktop.core.layout.comparison import comparison_span, layout_comparison
from oases_desktop.core.layout.names import for_layout
from oases_desktop.core.layout.timeline import (TimelineLayout, condense_to_lanes, layout_timeline, plan_span,
                                                span_margin_days)
from oases_desktop.core.scheduling.result import Schedule

GENERIC_TITLE = "Regulatory pathway plan"
ZOOM_STEP = 0.02


def _scenario(plan, scenario_id):
    """The scenario an export asks for, or an ExportError listing the plan's scenarios."""
    try:
        return plan.scenario(scenario_id)
    except KeyError:
        names = ", ".join(f"{s.id} ({s.name})" for s in plan.scenarios)
        raise ExportError(f"The plan has no scenario {scenario_id!r}; choose one of: {names}.") from None


def _schedules(plan: Plan, active: str, calendars) -> dict[str, Schedule]:
    """Every scenario's schedule; the reported one must schedule, others that cannot are left out."""
    from oases_desktop.core.scheduling.engine import compute_schedule

    schedules = {active: compute_schedule(plan.scenario(active), plan.as_of, calendars=calendars)}
    for scenario in plan.scenarios:
        if scenario.id != active:
            try:
                schedules[scenario.id] = compute_schedule(scenario, plan.as_of, calendars=calendars)
            except OasesError:
                continue  # the comparison shows the scenarios that can be scheduled
    return schedules


def _route_names(library: ReferenceLibrary) -> dict[str, str]:
    return {route.id: route.name for route in library.routes}


def _percentiles(plan: Plan, scenario_id: str, schedule: Schedule, runs: int | None,
                 calendars) -> Mapping[str, object]:
    """Simulated milestone dates, with the runs, seed and status date of `main.py schedule` by default,
    so the report's P80 dates are the command line's (the schedules here use the plan's status date too)."""
    if runs == 0 or not schedule.milestones or all(m.p80 for m in schedule.milestones):
        return {}
    from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate

    return simulate(plan.scenario(scenario_id), runs=DEFAULT_RUNS if runs is None else runs, seed=DEFAULT_SEED,
                    today=plan.as_of, calendars=calendars)


def _targets(plan: Plan, scenario, schedule: Schedule, percentiles, runs: int | None, calendars) -> tuple:
    """The scenario's target dates planned backward, with the runs behind the P80s (simulated here when
    the percentiles came without them; none with runs 0)."""
    from oases_desktop.core.scheduling.targets import plan_targets, targets_in

    wanted = {sid: day for sid, day in targets_in(plan, scenario).items() if sid in schedule.steps}
    if not wanted:
        return ()

    simulated = percentiles if hasattr(percentiles, "share_on_or_before") else None
    if simulated is None and runs != 0:
        from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate

        simulated = simulate(scenario, runs=DEFAULT_RUNS if runs is None else runs, seed=DEFAULT_SEED,
                             today=plan.as_of, calendars=calendars)
        schedule = attach_percentiles(schedule, simulated)
    return plan_targets(scenario, wanted, schedule, simulated, plan.as_of, calendars=calendars)


def _simulation(percentiles: Mapping[str, object], schedule: Schedule) -> Simulation:
    """The runs and seed the attached percentiles came from; dates handed in with the schedule: runs unknown."""
    runs = next((getattr(found, "runs", 0) for found in percentiles.values()), 0)
    if not runs and any(m.p80 for m in schedule.milestones):
        return Simulation(None)
    return Simulation(runs, getattr(percentiles, "seed", None) if runs else None)


def _chart_width(page_size: tuple[float, float], zoom: float = 1.0) -> float:
    """Points for the time axis beside the row labels, in the units of a timeline drawn `zoom` times larger."""
    width = body_frame_size(page_size)[0] / zoom
    return width - label_column_width(width)


def paper_zoom(page_size: tuple[float, float]) -> float:
    """How much larger than on A4 a timeline may be drawn on this paper (A3: √2; A4 and Letter: 1)."""
    return max(1.0, math.sqrt(page_size[0] * page_size[1] / (A4[0] * A4[1])))


def _zoomed_tiles(plan_at, page_size) -> TilePlan:
    """The tiles at the largest zoom (up to the paper's) that needs no more pages and no smaller rows.

    `plan_at(zoom)` plans the tiles for a page `zoom` times smaller; on A3 the timeline then
    fills the sheet with larger rows and type instead of leaving half of it empty.
    """
    base = plan_at(1.0)
    zoom = paper_zoom(page_size)
    while zoom > 1.0:
        tiles = plan_at(zoom)
        if len(tiles.tiles) <= len(base.tiles) and tiles.row_height >= base.row_height:
            return replace(tiles, zoom=zoom)
        zoom = round(zoom - ZOOM_STEP, 4)
    return base


def _laid_out(make_layout, span: tuple[date, date], page_size, options: PdfOptions) -> tuple[TimelineLayout, TilePlan]:
    """The layout at the scale asked (or the finest that fits), and its pages.

    The axis runs on past the last whisker by about a sixth of the span, so the date labels
    of the last bars fit on the page instead of being pushed left over the bars. The scale is
    chosen from the span alone, so the layout is built once.
    """
    first, last = span
    pad = span_margin_days(first, last)   # room for the last labels, not months of empty axis
    chart_width = _chart_width(page_size)
    scale = options.scale
    if scale == "auto":  # the finest scale whose whole axis (rounded out to its periods) fits one page width
        scale = next((s for s in ("month", "quarter") if chart_width / max(axis_days(first, last, s, pad), 1)
                      >= points_per_day_needed(s)), "year")
    layout = make_layout(scale, pad)
    height = timeline_chart_height(page_size)
    condensed = options.fit_one_page and not fits_one_page(layout.row_count, height)
    if condensed:  # too many steps for one legible page: one row per route instead
        layout = condense_to_lanes(layout)
    boundaries = [tick.start for tick in layout.ticks if tick.level == (0 if scale != "year" else 1)]
    lane_starts = [lane.header_row for lane in layout.lanes if lane.header_row >= 0]
    wanted = wanted_label_width(layout)

    def plan_at(zoom: float) -> TilePlan:
        width = body_frame_size(page_size)[0] / zoom
        labels = _label_width(wanted, width, boundaries, layout.end_day, scale, options.fit_one_page)
        tiles = plan_tiles(layout.row_count, layout.end_day, boundaries, width - labels, height / zoom, scale,
                           options.fit_one_page, lane_starts)
        return replace(tiles, label_width=labels)

    return layout, replace(_zoomed_tiles(plan_at, page_size), condensed=condensed)


def _label_width(wanted: float, width: float, boundaries: list[int], end_day: int, scale: str,
                 one_window: bool = False) -> float:
    """The row label column: wider than the default, up to LABEL_COLUMN_MAX of the width, when the
    labels need it and the time axis still fits in as many page widths (so no label is cut that
    the page has room for)."""
    base = label_column_width(width)
    if wanted <= base:
        return base
    windows = len(time_windows(boundaries, end_day, width - base, scale))
    if one_window and windows > 1:
        return base  # fit to one page already squeezes the axis: give it no less room
    wider = min(wanted, width * LABEL_COLUMN_MAX)
    while wider > base and len(time_windows(boundaries, end_day, width - wider, scale)) > windows:
        wider -= 8.0
    return max(base, wider)


def render_pdf(
    plan: Plan,
    options: PdfOptions = PdfOptions(),
    *,
    library: ReferenceLibrary,
    schedules: Mapping[str, Schedule] | None = None,
    percentiles: Mapping[str, object] | None = None,
) -> bytes:
    """The report as PDF bytes (encrypted when options.password is set); nothing is written.

    `library` is the one the figures are cited from: the shipped data with the advisor's own facts.
    """
    options = options.checked()
    plan = for_layout(plan)   # very long names cut once, before anything measures them
    scenario = _scenario(plan, options.scenario_id)
    register_fonts()
    from oases_desktop.core.scheduling.calendars import calendars_for

    calendars = calendars_for(library)
    schedules = dict(schedules) if schedules is not None else _schedules(plan, scenario.id, calendars)
    issue = options.issue_date or date.today()
    names = _route_names(library)
    schedule = schedules[scenario.id]
    if percentiles is None:
        percentiles = _percentiles(plan, scenario.id, schedule, options.percentile_runs, calendars)
    schedule = attach_percentiles(schedule, percentiles)
    schedules[scenario.id] = schedule
    simulated = {scenario.id: percentiles}   # each scenario's runs: its P80s and its targets' odds
    if options.compare_scenarios:  # P80 diamonds for the other scenarios of the comparison too
        for other_id, other in schedules.items():
            if other_id != scenario.id:
                simulated[other_id] = _percentiles(plan, other_id, other, options.percentile_runs, calendars)
                schedules[other_id] = attach_percentiles(other, simulated[other_id])
    against = (options.compare_against or plan.active_scenario) if options.compare_scenarios else None
    report = build_report(plan, scenario, schedules, issue, library, names, options.stale_after_months, against,
                          _targets(plan, scenario, schedule, percentiles, options.percentile_runs, calendars),
                          simulation=_simulation(percentiles, schedule), simulated=simulated)
    page_size = options.page_size()
    span = plan_span(schedule)
    timeline = _laid_out(lambda scale, pad: layout_timeline(plan, scenario, schedule, scale, issue, names, pad, span[1]),
                         span, page_size, options)
    comparison = None
    if report.comparison:
        plain = known_milestone_names(plan.product.kind)
        comparison = _laid_out(lambda scale, pad: layout_comparison(plan, schedules, scale, issue, pad, plain),
                               comparison_span(plan, schedules), page_size, options)
    private = bool(options.password) or options.client_in_metadata
    metadata = {"title": plan.title if private else GENERIC_TITLE,
                "author": plan.advisor if private else "",
                "subject": plan.client if private else ""}
    data = build_pdf(report, page_size, timeline, comparison, metadata, options.watermark,
                     _movement(plan, options.baseline, scenario.id, library, percentiles))
    return encrypt_pdf(data, options.password) if options.password else data


def _movement(plan: Plan, name: str | None, scenario_id: str, library, percentiles):
    """Why the key milestones moved since the named baseline (None without one); PlanError if unknown."""
    from oases_desktop.core.scheduling.calendars import calendars_for
    from oases_desktop.core.tracking.baselines import baseline_of
    from oases_desktop.core.tracking.moved import why_moved

    baseline = baseline_of(plan, name, scenario_id)
    return None if baseline is None else why_moved(plan, baseline, library, calendars_for(library),
                                                   plan.as_of, percentiles)


def export_pdf(plan: Plan, path, options: PdfOptions = PdfOptions(), *, library: ReferenceLibrary, **inputs) -> None:
    """Write the report to `path` atomically; ExportError (previous file kept) if it cannot be."""
    write_pdf(path, render_pdf(plan, options, library=library, **inputs))


def write_pdf(path, data: bytes, *, not_over: dict | None = None) -> None:
    """Replace `path` with the PDF `data` in one atomic write; ExportError (previous file kept) if it cannot be.
    `not_over` maps paths the report must never replace (the open plan file) to what they are."""
    try:
        write_atomic(path, data, not_over=not_over)
    except WriteError as error:
        raise ExportError(str(error)) from error

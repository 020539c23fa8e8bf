"""The report as data: every line the PDF prints, gathered before anything is drawn.

Keeping the content apart from the drawing lets tests check what the report says (milestone
dates, routes, sources and their dates) without reading a PDF, and keeps drawing code thin.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from oases_desktop import APP_NAME, __version__
from oases_desktop.core.domain.plan import Plan, Scenario, StepKind
from oases_desktop.core.export.citations import (
    adjustment_text, basis_text, cite_source_id, fact_value, plain, source_citation, sources_text,
)
from oases_desktop.core.export.milestones import ComparisonLine, TargetComparisonLine, compare_milestones, compare_targets
from oases_desktop.core.export.open_points import CitedLine, open_points, routes_not_taken
from oases_desktop.core.export.style import fmt_date
from oases_desktop.core.knowledge.basis import BasisKind, basis_of
from oases_desktop.core.knowledge.freshness import STALE_AFTER_MONTHS, is_stale_date
from oases_desktop.core.knowledge.model import ReferenceLibrary, RouteStatus
from oases_desktop.core.knowledge.plan_eligibility import SuppliedCondition, evaluate_plan_routes
from oases_desktop.core.scheduling.result import Schedule

DISCLAIMER = (
    "This plan is a forecast prepared to support planning discussions. Durations are estimates "
    "based on the sources listed, on published performance pledges and on the advisor's judgement; "
    "regulators do not guarantee review times, and rules, fees and schemes change. Dates marked "
    "P80 are dates the modelled milestone is reached by in 80 % of simulated outcomes, not "
    "commitments. Projected routes describe announced policy that is not yet in force. Check each "
    "source before relying on it for a submission; this document is not legal or regulatory advice."
)

# A verdict is taken on the date of issue, counting what the scenario's own steps supply (a trial's
# local data, a registration) from the day they finish; "not eligible" means conditions the plan does not meet.
STATUS_WORDS = {
    RouteStatus.ELIGIBLE: "eligible",
    RouteStatus.NOT_ELIGIBLE: "conditions still to meet (see the steps of this plan)",
    RouteStatus.PROJECTED: "projected: announced policy, not yet in force",
    RouteStatus.TO_CHECK: "eligible if the points to check below are confirmed",
    RouteStatus.NOT_APPLICABLE: "not applicable to this kind of product",
}

CALENDAR_WORDS = {"HK": "Hong Kong", "CN": "Mainland", "MO": "Macao"}

# Figures (review times, counts) older than the staleness setting on the date of issue are flagged
# "check" (knowledge/freshness.py, the rule the library window uses too); rules are not: a legal
# instrument stays in force until it is replaced, however old it is.

UNIT_WORDS = {"calendar_days": "days", "weeks": "weeks", "months": "months", "working_days": "working days"}


@dataclass(frozen=True)
class RouteReason:
    """A route the scenario takes, its status for this product, and why."""

    route_id: str
    name: str
    status: str                    # "eligible", "projected", "eligible from 1 Jan 2027", "not assessed", ...
    reasons: tuple[str, ...]       # conditions met (or open), each a sentence
    source_ids: tuple[str, ...] = ()
    citations: tuple[tuple[str, str] | None, ...] = ()   # per reason: (source id, "DH, Nov 2024") or None


@dataclass(frozen=True)
class KeyMilestone:
    """A key milestone with its likely, P50, P80 and min-max dates."""

    name: str
    likely: date
    p80: date | None
    earliest: date | None
    latest: date | None
    p50: date | None = None
    drivers: tuple[str, ...] = ()   # names of the steps that set its date, earliest first (keydates.py)
    near: tuple[str, ...] = ()      # names of the steps with under 10 working days of slack to it


@dataclass(frozen=True)
class Simulation:
    """How the P50/P80 dates were made: the number of seeded Monte Carlo runs (0: not simulated) and the seed."""

    runs: int | None = 0       # None: simulated, the number of runs not recorded (dates handed in)
    seed: int | None = None

    def sentence(self) -> str:
        """What P50, P80 and likely mean, for the reader of the cover and the summary."""
        if self.runs == 0:
            return ("Dates are not simulated (no Monte Carlo run), so there are no P50 or P80 dates. Likely: the date "
                    "if every step takes its likely time; the real date is more often later than earlier.")
        seed = f", seed {self.seed}" if self.seed is not None else ""
        runs = f"{self.runs:,} simulated runs" if self.runs else "the simulated runs"
        return (f"P50 / P80: reached by then in 50 % / 80 % of {runs}{seed}, each step's duration drawn between its "
                "minimum and maximum. Likely: the date if every step takes its likely time (usually before the P50).")


@dataclass(frozen=True)
class StepLine:
    """One row of the step table."""

    name: str
    route: str
    start: date
    finish: date
    duration: str
    basis: str
    calendar: str
    sources: str
    critical: bool
    estimate: bool
    driving: bool = False   # on the driving path of a key milestone


@dataclass(frozen=True)
class Adjustment:
    """A duration the advisor set apart from the sourced figure it cites, and that figure."""

    step: str
    text: str          # "Advisor's estimate 200 working days (source figure 150, CIRS, Nov 2024)"
    figure: str        # the figure's label


@dataclass(frozen=True)
class SourceLine:
    """A cited source with its date; `stale` when it backs a figure older than the threshold."""

    id: str
    title: str
    publisher: str
    url: str
    dated: date | None
    stale: bool
    note: str = ""
    reliability: str = ""  # official, secondary, low, inference


@dataclass(frozen=True)
class FactLine:
    """A sourced figure a duration rests on, with its as-of date and who published it."""

    key: str
    label: str
    value: str
    as_of: date
    source_id: str
    stale: bool
    citation: str = ""     # "CIRS, Nov 2024"; "Estimate" when no source backs the figure
    reliability: str = ""  # of its source; "estimate" when none backs it


@dataclass(frozen=True)
class TargetLine:
    """A client's target date in the summary: the milestone, the date, and what it takes (one sentence)."""

    name: str
    target: date
    sentence: str          # target_text.target_sentence: the next deadline, P50 margin and share of runs
    made: bool             # the likely path makes it


@dataclass(frozen=True)
class ReportData:
    """Everything the PDF prints, in reading order."""

    title: str
    client: str
    product: str
    advisor: str
    confidentiality: str
    issue_date: date
    as_of: date
    scenario_name: str
    routes: tuple[RouteReason, ...]
    milestones: tuple[KeyMilestone, ...]
    warnings: tuple[str, ...]
    steps: tuple[StepLine, ...]
    sources: tuple[SourceLine, ...]
    facts: tuple[FactLine, ...]
    scenario_names: tuple[str, ...] = ()
    comparison: tuple[ComparisonLine, ...] = ()
    comparison_targets: tuple[TargetComparisonLine, ...] = ()   # each client's target date per scenario
    calendar_data: str = ""   # where the working days come from (package version, published notices used)
    stale_after_months: int = STALE_AFTER_MONTHS
    app: str = f"{APP_NAME} {__version__}"
    disclaimer: str = DISCLAIMER
    unknown_sources: tuple[str, ...] = field(default_factory=tuple)
    targets: tuple[TargetLine, ...] = ()
    simulation: Simulation = Simulation()
    adjustments: tuple[Adjustment, ...] = ()
    buffers: tuple[str, ...] = ()   # each cadence gate: the sitting it catches, its spare days, the one before
    open_points: tuple[CitedLine, ...] = ()   # what to confirm before relying on the plan, with its source
    not_taken: tuple[CitedLine, ...] = ()     # assessed routes the scenario does not take, and why


def duration_text(estimate) -> str:
    """'60 days (45–90)' or '3 months (2–4)'; a milestone is 'milestone'."""
    unit = UNIT_WORDS.get(str(estimate.unit), str(estimate.unit))
    if estimate.likely == 1:
        unit = unit.removesuffix("s")

    def num(value: float) -> str:
        return f"{value:g}"

    if estimate.min == estimate.likely == estimate.max:
        return f"{num(estimate.likely)} {unit}"
    return f"{num(estimate.likely)} {unit} ({num(estimate.min)}–{num(estimate.max)})"


def is_sitting_only(step) -> bool:
    """A cadence gate that takes no time of its own: it only waits for a body's next sitting."""
    return step.kind == StepKind.CADENCE_GATE and step.duration.max == 0


def step_duration_text(step, timing) -> str:
    """What the step table says a step takes: 'milestone', 'meeting on 3 Aug 2029 (estimated), submission
    deadline 11 May 2029', 'next date 2 Oct 2029', '60 days (45–90)'.

    A cadence gate of no duration is the sitting itself, so its date says more than "0 days". Only a
    committee with submission deadlines is called a meeting: a cadence may also be, say, a quarterly update.
    """
    if step.kind == StepKind.MILESTONE:
        return "milestone"
    if step.kind == StepKind.CADENCE_GATE:
        if timing is None:
            sitting = "next sitting"
        elif timing.sitting_deadline is not None:
            sitting = f"meeting on {fmt_date(timing.start)}"
        else:
            sitting = f"next date {fmt_date(timing.start)}"
        if timing is not None and timing.sitting_estimated:
            sitting += " (estimated)"
        if timing is not None and timing.sitting_deadline is not None:
            sitting += f", submission deadline {fmt_date(timing.sitting_deadline)}"
        if is_sitting_only(step):
            return sitting
        return f"{sitting}, then {duration_text(step.duration)}"
    return duration_text(step.duration)


def _route_reasons(scenario: Scenario, library, names: Mapping[str, str], found) -> tuple[RouteReason, ...]:
    """The scenario's routes with their verdicts (`found`: evaluate_plan_routes on the date of issue)."""
    verdicts = {v.route_id: v for v in found}
    routes = list(dict.fromkeys([*scenario.routes, *(s.route for s in scenario.steps if s.enabled)]))
    reasons = []
    for route in routes:
        verdict = verdicts.get(route)
        if verdict is None:
            reasons.append(RouteReason(route, names.get(route, route), "not assessed",
                                       ("Eligibility was not assessed against the reference library for this route.",)))
            continue
        status = STATUS_WORDS.get(verdict.status, verdict.status.replace("_", " "))
        if verdict.eligible_from:
            opens = "projected from" if verdict.status == RouteStatus.PROJECTED else "eligible from"
            status = f"{opens} {fmt_date(verdict.eligible_from)}"
        lines, citations = [], []
        for condition in verdict.conditions:
            mark = "To check" if condition.to_check else {True: "Met", False: "To meet", None: "Note"}[condition.met]
            if condition.met is False and isinstance(condition, SuppliedCondition):
                mark = "Planned"  # a SuppliedCondition: its text names the step and the day
            lines.append(f"{mark}: {condition.text}")
            short = cite_source_id(condition.source_id, library) if condition.source_id else None
            citations.append((condition.source_id, short) if short else None)
        cited = tuple(c.source_id for c in verdict.conditions if c.source_id)
        reasons.append(RouteReason(route, verdict.route_name or names.get(route, route), status, tuple(lines), cited,
                                   tuple(citations)))
    return tuple(reasons)


def _key_milestones(scenario: Scenario, schedule: Schedule) -> tuple[KeyMilestone, ...]:
    """The scenario's key milestones in the order they are reached (likely date), P50/P80 as attached
    (engine.attach_percentiles), with what drives each; a schedule without key milestones reports every milestone."""
    names = {s.id: plain(s.name) for s in scenario.steps}
    projected = {s.id for s in scenario.steps if s.projected}   # a route not yet in force says so (issue 12 item 8)
    keys = set(schedule.key_milestones)
    lines = []
    for mark in sorted(schedule.key_dates() or schedule.milestones, key=lambda m: m.likely):
        timing = schedule.steps.get(mark.step_id)
        path = [sid for sid in mark.driving_steps if sid != mark.step_id]
        earlier = [n for n, sid in enumerate(path) if sid in keys]
        if earlier:   # told from the key milestone before it on the path, which has its own line
            path = path[earlier[-1]:]
        drivers = tuple(names.get(sid, sid) for sid in path)
        # "Projected: " leads, so a name the cover cuts short still says it
        lines.append(KeyMilestone(("Projected: " if mark.step_id in projected else "") + mark.name, mark.likely, mark.p80,
                                  timing.min_finish if timing else None, timing.max_finish if timing else None,
                                  mark.p50, drivers, tuple(names.get(sid, sid) for sid in mark.near_critical)))
    return tuple(lines)


def _buffers(scenario: Scenario, schedule: Schedule) -> tuple[str, ...]:
    """Each cadence gate's place among its sittings, a line naming the gate (keydates.buffer_short)."""
    from oases_desktop.core.scheduling.keydates import buffer_short

    return tuple(f"{plain(step.name)}: {buffer_short(timing.cadence_buffer, fmt_date)}" for step in scenario.steps
                 if (timing := schedule.steps.get(step.id)) is not None and timing.cadence_buffer is not None)


def _sources_and_facts(scenario: Scenario, routes: tuple[RouteReason, ...], library, issue_date: date, limit: int,
                       also: tuple[str, ...] = ()):
    """Every cited source and every figure a duration rests on.

    Only figures age: a figure dated more than `limit` months before the issue is flagged, and so
    is the source it comes from. Sources cited for a rule or as background are never flagged.
    """
    cited: list[str] = []
    facts: list[FactLine] = []
    for step in scenario.steps:
        if not step.enabled:
            continue
        cited.extend(step.sources)
        for estimate in (step.duration, step.stop_clock):
            if estimate is None or estimate.is_estimate:
                continue
            basis = basis_of(estimate, library)
            if basis.kind != BasisKind.FACT:
                cited.append(estimate.basis)  # a source id used directly as a basis, or unknown
                continue
            source_id = basis.source.id if basis.source is not None else None
            if source_id:
                cited.append(source_id)
            if all(line.key != basis.key for line in facts):
                citation = source_citation(basis.source) if basis.source is not None else "Estimate"
                reliability = str(basis.source.reliability) if basis.source is not None else "estimate"
                facts.append(FactLine(basis.key, basis.label, fact_value(basis), basis.as_of, source_id or "estimate",
                                      is_stale_date(basis.as_of, issue_date, limit), citation, reliability))
    for route in routes:
        cited.extend(route.source_ids)
    cited.extend(also)   # the sources of the summary's lines on the routes not taken
    behind_stale = {line.source_id for line in facts if line.stale}
    sources, unknown = [], []
    for source_id in dict.fromkeys(cited):
        if library.has_source(source_id):
            s = library.source(source_id)
            sources.append(SourceLine(s.id, s.title, s.publisher, s.url, s.date, s.id in behind_stale, s.note,
                                      str(s.reliability)))
        else:
            unknown.append(source_id)
    sources.sort(key=lambda line: (line.dated or date.min), reverse=True)
    return tuple(sources), tuple(facts), tuple(unknown)


def build_report(
    plan: Plan,
    scenario: Scenario,
    schedules: Mapping[str, Schedule],
    issue_date: date,
    library: ReferenceLibrary,
    route_names: Mapping[str, str] | None = None,
    stale_after_months: int = STALE_AFTER_MONTHS,
    compare_against: str | None = None,
    targets: tuple = (),
    simulation: Simulation = Simulation(),
    simulated: Mapping[str, object] | None = None,
) -> ReportData:
    """Gather the report of `scenario` (schedules: every scenario's, keyed by id); with `compare_against`
    (a scenario id) the scenarios are compared against it, target dates too; `targets`: the scenario's
    targets.TargetOutcome, planned by the caller with the same simulation as the P80s; `simulated`:
    scenario id -> montecarlo.simulate result behind each scenario's P80s (the comparison's odds)."""
    names = dict(route_names or {})
    schedule = schedules[scenario.id]
    verdicts = evaluate_plan_routes(plan, scenario.id, issue_date, library, schedule)
    routes = _route_reasons(scenario, library, names, verdicts)
    # the step table's route groups read as the timeline's lanes: "(projected)" when a scheduled step is
    projected = {step.route for step in scenario.steps if step.projected and step.id in schedule.steps}

    def group(route: str) -> str:
        return names.get(route, route) + (" (projected)" if route in projected else "")
    steps, adjustments = [], []
    driving = {sid for m in schedule.milestones if m.is_key for sid in m.driving_steps}
    for step in scenario.steps:
        timing = schedule.steps.get(step.id)
        if timing is None:
            continue
        found = basis_of(step.duration, library)
        if found.adjusted and step.kind != StepKind.MILESTONE:
            adjustments.append(Adjustment(step.name, adjustment_text(found), found.label))
        basis = basis_text(found)
        if step.kind == StepKind.MILESTONE:
            basis = "—"
        duration = step_duration_text(step, timing)
        if is_sitting_only(step):
            basis = ("The next meeting whose submission deadline the work before it makes"
                     if timing.sitting_deadline is not None else "Next sitting after the work before it")
        if str(step.duration.unit) == "working_days" and step.kind != StepKind.MILESTONE:
            duration += f", {CALENDAR_WORDS.get(str(step.duration.calendar), str(step.duration.calendar))} calendar"
        if step.stop_clock is not None:
            duration += f" + stop-clock {duration_text(step.stop_clock)}"
        steps.append(StepLine(
            step.name, group(step.route), timing.start, timing.finish, duration, basis,
            str(step.duration.calendar) + (" working days" if str(step.duration.unit) == "working_days" else ""),
            sources_text(step.sources, library), timing.critical,
            step.duration.is_estimate and step.kind != StepKind.MILESTONE
            and not is_sitting_only(step), step.id in driving,
        ))
    lane_order = {route: index for index, route in enumerate(dict.fromkeys(
        [*scenario.routes, *(step.route for step in scenario.steps)]))}
    route_of = {group(route): order for route, order in lane_order.items()}
    steps.sort(key=lambda line: (route_of.get(line.route, len(route_of)), line.start, line.finish))
    not_taken = routes_not_taken(plan, scenario, verdicts, fmt_date, library)
    sources, facts, unknown = _sources_and_facts(scenario, routes, library, issue_date, stale_after_months,
                                                 tuple(line.citation[0] for line in not_taken if line.citation))
    taken = {r.route_id for r in routes}
    points = open_points([v for v in verdicts if v.route_id in taken], steps, facts, stale_after_months, library)
    scenario_names, comparison = (compare_milestones(plan, schedules, compare_against) if compare_against
                                  else ((), ()))
    compared_targets = ()
    if compare_against:
        from oases_desktop.core.scheduling.calendars import calendars_for

        compared_targets = compare_targets(plan, schedules, compare_against, calendars=calendars_for(library),
                                           simulated=simulated)
    return ReportData(
        title=plan.title, client=plan.client, product=plan.product.name, advisor=plan.advisor,
        confidentiality=plan.confidentiality, issue_date=issue_date, as_of=plan.as_of,
        scenario_name=scenario.name, routes=routes,
        milestones=_key_milestones(scenario, schedule), warnings=tuple(schedule.warnings), buffers=_buffers(scenario, schedule),
        steps=tuple(steps), sources=sources, facts=facts, scenario_names=scenario_names,
        comparison=comparison, comparison_targets=compared_targets, stale_after_months=stale_after_months,
        unknown_sources=unknown,
        calendar_data=schedule.calendar_data, simulation=simulation,
        targets=tuple(_target_line(o, scenario) for o in targets),
        adjustments=tuple(adjustments), open_points=points, not_taken=not_taken,
    )


def _target_line(outcome, scenario: Scenario) -> TargetLine:
    from oases_desktop.core.scheduling.target_text import target_sentence

    names = {s.id: s.name for s in scenario.steps}
    return TargetLine(outcome.name, outcome.target, target_sentence(outcome, names), outcome.missed_by is None)

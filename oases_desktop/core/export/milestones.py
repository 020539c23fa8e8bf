"""Key milestones across scenarios, lined up by milestone key rather than by step name.

Two scenarios reach the same milestone through differently named steps ("Registered under
'1+'" and "Registered by the PPB" are both `hk_approval`), so the comparison table joins them
on the key and prints the key's plain name, with each scenario's own step name under its date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from oases_desktop.core.domain.plan import Plan
from oases_desktop.core.domain.product import ProductKind
from oases_desktop.core.errors import ExportError, PlanError
from oases_desktop.core.export.style import fmt_delta
from oases_desktop.core.scheduling.calendars import CalendarSet
from oases_desktop.core.scheduling.compare import MilestoneComparison, compare_schedules
from oases_desktop.core.scheduling.result import Schedule
from oases_desktop.core.scheduling.timing import DAYS_PER_MONTH

# Plain names of the milestone keys the shipped route templates use (db/seed/reference/routes.json).
MILESTONE_NAMES = {
    "first_patient_in": "First patient in (HK trial)",
    "trial_readout": "Trial read-out (local clinical data)",
    "hk_approval": "HK registration",
    "hk_public_hospital_use": "Used in HK public hospitals",
    "formulary_listing": "HA Drug Formulary listing",
    "first_gba_patient": "First patient in the GBA (Connect)",
}
# A device is listed under MDACS (voluntary), not registered: the same key reads differently.
DEVICE_MILESTONE_NAMES = {"hk_approval": "HK listing (MDACS)"}
FINISH_NAME = "Plan finish (last step)"


def milestone_name(key: str | None, fallback: str, kind: ProductKind | str = ProductKind.DRUG) -> str:
    """The plain name of a milestone key, or `fallback` (the step's own name) for other keys."""
    if key is None:
        return fallback
    if str(kind) == ProductKind.DEVICE and key in DEVICE_MILESTONE_NAMES:
        return DEVICE_MILESTONE_NAMES[key]
    return MILESTONE_NAMES.get(key, fallback)


def known_milestone_names(kind: ProductKind | str = ProductKind.DRUG) -> dict[str, str]:
    """Key -> plain name for every key with one (others keep their step's name)."""
    return {key: milestone_name(key, key, kind) for key in MILESTONE_NAMES}


def fmt_delta_months(days: int) -> str:
    """'+9.9 months', '−0.5 months', 'same' (a month being a twelfth of a year)."""
    if days == 0:
        return "same"
    months = abs(days) / DAYS_PER_MONTH
    sign = "+" if days > 0 else "−"
    return f"{sign}{months:.1f} month" + ("" if f"{months:.1f}" == "1.0" else "s")


@dataclass(frozen=True)
class ComparisonLine:
    """One milestone across the scenarios (the baseline first): dates, each scenario's step name, and
    the change against the baseline in days (`deltas`) and months (`delta_months`)."""

    milestone: str
    dates: tuple[date | None, ...]
    deltas: tuple[str, ...]
    key: str = ""
    step_names: tuple[str | None, ...] = ()
    delta_months: tuple[str, ...] = ()


def compare_milestones(plan: Plan, schedules: Mapping[str, Schedule],
                       baseline: str) -> tuple[tuple[str, ...], tuple[ComparisonLine, ...]]:
    """Scenario names (the baseline first) and one line per milestone key (in date order), then the
    plan finish: scheduling.compare.compare_schedules, as the Compare tab shows it, worded for print.

    Empty when fewer than two scenarios are scheduled. ExportError when `baseline` is not scheduled.
    """
    if sum(1 for s in plan.scenarios if s.id in schedules) < 2:
        return (), ()
    try:
        comparison = compare_schedules(plan, schedules, baseline)
    except PlanError as error:
        raise ExportError(f"{error} Choose another scenario to compare against.") from None
    order = (baseline, *(sid for sid in comparison.scenarios if sid != baseline))
    kind = plan.product.kind
    lines = [_line(row, milestone_name(row.key, row.name, kind), order) for row in comparison.milestones]
    lines.sort(key=lambda line: min(d for d in line.dates if d is not None))
    lines.append(_line(comparison.finish, FINISH_NAME, order))
    names = {s.id: s.name for s in plan.scenarios}
    return tuple(names[sid] for sid in order), tuple(lines)


@dataclass(frozen=True)
class TargetComparisonLine:
    """A client's target date across the scenarios (the baseline first): whether each makes it, by how
    many days, and the share of simulated runs (each scenario's own step for the milestone)."""

    milestone: str
    target: date
    verdicts: tuple[str, ...]       # "makes it, 23 days to spare; 64 % of 10000 runs", or "—" without the milestone
    made: tuple[bool | None, ...]   # the likely path makes it (None: no such milestone)


def compare_targets(plan: Plan, schedules: Mapping[str, Schedule], baseline: str, *, calendars: CalendarSet,
                    simulated: Mapping[str, object] | None = None) -> tuple[TargetComparisonLine, ...]:
    """The plan's target dates in the scenario comparison, worded for print: compare_schedules' per-target
    rows (the Compare tab's), on the plan's status date; the share of runs where `simulated` (scenario id ->
    montecarlo.simulate result) has it. Empty with fewer than two scenarios or no targets."""
    if sum(1 for s in plan.scenarios if s.id in schedules) < 2 or not plan.targets:
        return ()
    sims = {sid: found for sid, found in (simulated or {}).items() if hasattr(found, "share_on_or_before")}
    try:
        comparison = compare_schedules(plan, schedules, baseline, sims, targets=plan.targets, today=plan.as_of,
                                       calendars=calendars)
    except PlanError as error:
        raise ExportError(f"{error} Choose another scenario to compare against.") from None
    order = (baseline, *(sid for sid in comparison.scenarios if sid != baseline))
    keys = {s.id: s.milestone for scenario in plan.scenarios for s in scenario.steps if s.milestone}
    return tuple(TargetComparisonLine(milestone_name(keys.get(row.step_id), row.name, plan.product.kind), row.target,
                                      tuple(_verdict(row.outcomes.get(sid)) for sid in order),
                                      tuple(row.makes_it(sid) for sid in order))
                 for row in comparison.targets)


def _verdict(outcome) -> str:
    from oases_desktop.core.scheduling.target_text import percent_text

    if outcome is None:
        return "—"
    missed = outcome.missed_by
    text = (f"makes it, {fmt_days(outcome.margins['likely'].calendar_days)} to spare" if missed is None
            else f"misses it by {fmt_days(missed.calendar_days)}")
    if outcome.probability is not None:
        text += f"; {percent_text(outcome.probability)} of {outcome.runs} runs"
    return text


def fmt_days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def _line(row: MilestoneComparison, name: str, order: tuple[str, ...]) -> ComparisonLine:
    def delta(sid: str, fmt) -> str:
        days = row.deltas[sid]
        if days is None:
            return "—"
        return "base" if sid == row.baseline else fmt(days)

    return ComparisonLine(
        name, tuple(row.dates[sid] for sid in order),
        tuple(delta(sid, fmt_delta) for sid in order),
        row.key, tuple(row.step_names.get(sid) for sid in order),
        tuple(delta(sid, fmt_delta_months) for sid in order),
    )

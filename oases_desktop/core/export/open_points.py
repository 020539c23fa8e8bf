"""The executive summary's two short lists: open points to check, and the routes not taken.

Each line carries the source it rests on (id and short citation, linked to the appendix), or
none when it is the advisor's own estimate. Data only: document.py lays the lines out.
"""

from __future__ import annotations

from dataclasses import dataclass

from oases_desktop.core.domain.plan import Plan, Scenario
from oases_desktop.core.export.citations import cite_source_id, plain
from oases_desktop.core.knowledge.model import ReferenceLibrary, RouteStatus, RouteVerdict
from oases_desktop.core.knowledge.plan_eligibility import SuppliedCondition
from oases_desktop.core.knowledge.rules.common import LOW_RELIABILITY_MARK

MAX_OPEN_POINTS = 6   # the summary stays one page; the rest are in the step table and the appendix


@dataclass(frozen=True)
class CitedLine:
    """A sentence of the summary and the source behind it: (source id, 'DH, Nov 2024'), or None."""

    text: str
    citation: tuple[str, str] | None = None


def _cite(source_id: str | None, library: ReferenceLibrary) -> tuple[str, str] | None:
    short = cite_source_id(source_id, library) if source_id else None
    return (source_id, short) if short else None


def open_points(taken: list[RouteVerdict], steps, facts, stale_months: int, library: ReferenceLibrary,
                limit: int = MAX_OPEN_POINTS) -> tuple[CitedLine, ...]:
    """What to confirm before relying on the plan: conditions still to meet or resting on an assumed date or
    a low-reliability source, estimates on a key milestone's driving path, figures too old to trust unchecked."""
    found: list[CitedLine] = []
    for verdict in taken:
        for condition in verdict.conditions:
            if isinstance(condition, SuppliedCondition):
                continue   # planned: a step of this plan meets it
            assumed = "assumed date" in condition.text
            if condition.met is False or assumed or LOW_RELIABILITY_MARK in condition.text:
                what = "to meet" if condition.met is False and not assumed else "to check"
                found.append(CitedLine(f"{plain(verdict.route_name)}, {what}: {condition.text}",
                                       _cite(condition.source_id, library)))
    for fact in facts:
        if fact.stale:
            found.append(CitedLine(f"{plain(fact.label)}: {fact.value}, over {stale_months} months old; "
                                   "confirm it with the regulator", _cite(fact.source_id, library)))
    guessed = [f"{step.name} ({step.duration})" for step in steps if step.estimate and step.driving]
    if guessed:
        named = "; ".join(guessed[:3]) + (f"; and {len(guessed) - 3} more (see the step table)" if len(guessed) > 3
                                           else "")
        found.append(CitedLine(f"The advisor's estimates (no published figure) that set a key milestone's date: {named}"))
    if len(found) > limit:
        rest = len(found) - (limit - 1)
        found = [*found[:limit - 1], CitedLine(f"{rest} more: see the step table's estimates and the Sources")]
    return tuple(found)


def _reason(verdict: RouteVerdict) -> tuple[str, str | None]:
    """Why a route is not (yet) open to the product: its first unmet condition, else its projected gate."""
    for wanted in (False, None):
        for condition in verdict.conditions:
            if condition.met is wanted and not isinstance(condition, SuppliedCondition) and (
                    wanted is False or "projected" in condition.text):
                return condition.text, condition.source_id
    return "", None


def routes_not_taken(plan: Plan, scenario: Scenario, verdicts: list[RouteVerdict], fmt_date,
                     library: ReferenceLibrary) -> tuple[CitedLine, ...]:
    """Each assessed route the scenario does not take, with the reason: what the product lacks, the date it
    opens, or that it is open but not chosen (and which other scenario takes it)."""
    taken = set(scenario.routes) | {s.route for s in scenario.steps if s.enabled}
    lines = []
    for verdict in verdicts:
        if verdict.route_id in taken:
            continue
        others = [s.name for s in plan.scenarios if s.id != scenario.id and verdict.route_id in s.routes]
        elsewhere = f"; scenario \"{others[0]}\" takes it" if others else ""
        text, source_id = _reason(verdict)
        if verdict.status == RouteStatus.NOT_ELIGIBLE:
            line = f"not eligible: {text}"
        elif verdict.status == RouteStatus.NOT_APPLICABLE:   # a drug route on a device plan, or the reverse
            line = "not applicable: " + text.removeprefix("Not applicable: ")
        elif verdict.status == RouteStatus.PROJECTED:
            line = f"projected: {text}" if text else f"projected from {fmt_date(verdict.eligible_from)}"
        elif verdict.status == RouteStatus.ELIGIBLE_FROM:
            line = f"eligible from {fmt_date(verdict.eligible_from)}, not chosen for this scenario"
        else:
            line = "eligible, not chosen for this scenario"
        lines.append(CitedLine(f"{plain(verdict.route_name)} — {line}{elsewhere}", _cite(source_id, library)))
    return tuple(lines)

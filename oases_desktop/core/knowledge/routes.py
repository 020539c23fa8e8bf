"""Turn a route template into the plan's Steps and Dependencies.

A duration whose template says `value_from_fact` takes its likely value from the library's
latest fact (so a user's newer figure flows into new plans); min and max keep their distance
from it but never cross it. Step ids are "<prefix><route>.<step>", unique within a scenario.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from oases_desktop.core.domain.plan import Dependency, Estimate, Step
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.knowledge.model import DurationSpec, ReferenceLibrary, RouteStatus, RouteTemplate, StepTemplate


def step_id(route_id: str, template_step_id: str, prefix: str = "") -> str:
    """The id a template step gets in a scenario."""
    return f"{prefix}{route_id}.{template_step_id}"


def _fact_likely(spec: DurationSpec, library: ReferenceLibrary) -> float:
    fact = library.latest(spec.basis)
    value = fact.number
    return (value + fact.value_high) / 2 if fact.value_high is not None else value


def estimate_from(spec: DurationSpec, library: ReferenceLibrary) -> Estimate:
    """The plan's Estimate for a template duration, following the latest basis fact if asked."""
    low, likely, high = spec.min, spec.likely, spec.max
    if spec.value_from_fact:
        new_likely = _fact_likely(spec, library)
        shift = new_likely - likely
        likely = new_likely
        low = max(0.0, min(low + shift, likely)) if shift < 0 else min(low, likely)
        high = max(high + shift, likely) if shift > 0 else max(high, likely)
    return Estimate(min=low, likely=likely, max=high, unit=spec.unit, calendar=spec.calendar, basis=spec.basis)


def _notes(template_notes: str, spec: DurationSpec) -> str:
    if spec.range_is_estimate and "estimate" not in template_notes:
        extra = "The min and max around the sourced figure are estimates."
        return f"{template_notes} {extra}".strip()
    return template_notes


def _fitted(template: StepTemplate, unmet_rules: set[str]) -> StepTemplate:
    """The template step as it reads for this product: its `if_unmet` variant when that condition is missing."""
    variant = template.if_unmet
    if variant is None or variant.rule not in unmet_rules:
        return template
    return replace(template, name=variant.name, duration=variant.duration, notes=variant.notes)


def _fit_to_product(route_id: str, library: ReferenceLibrary, profile: ProductProfile | None,
                    on: date | None) -> tuple[set[str], date | None, bool]:
    """(missing condition rules, the date the route opens if later, whether it is projected) for the product."""
    if profile is None:
        return set(), None, False
    from oases_desktop.core.knowledge.eligibility import RULES

    if route_id not in RULES:  # a template without an eligibility rule keeps its plain form
        return set(), None, False
    verdict = RULES[route_id](profile, on or date.today(), library)
    if verdict.status == RouteStatus.NOT_ELIGIBLE:  # a missing condition with no date: a step must meet it
        return {c.rule for c in verdict.conditions if c.met is False}, None, False
    opens = verdict.eligible_from if verdict.status in (RouteStatus.ELIGIBLE_FROM, RouteStatus.PROJECTED) else None
    return set(), opens, verdict.status == RouteStatus.PROJECTED


def steps_on(route: RouteTemplate, library: ReferenceLibrary, on: date) -> list[StepTemplate]:
    """The route's steps for a plan evaluated on `on`: its earlier process before the dated change."""
    era = route.earlier
    if era is not None and on < library.latest(era.until).as_date:
        return era.steps
    return route.steps


def instantiate_route(route_id: str, library: ReferenceLibrary, prefix: str = "",
                      projected: bool | None = None, *, profile: ProductProfile | None = None,
                      on: date | None = None, available_from: date | None = None,
                      ) -> tuple[list[Step], list[Dependency]]:
    """Fresh Steps and the Dependencies between them for one route template.

    `projected` marks every step as projected (e.g. a CMPR phase not yet in force); by default
    each step keeps its template's flag. With the product's `profile` (judged on `on`, default
    today) a step whose condition the product misses takes its template's `if_unmet` form (e.g.
    time to obtain a second reference approval), and a route that opens later (an announced or
    projected CMPR phase, a pending approval) gets that date as `available_from`. `available_from`
    makes the route's first steps (those with no predecessor in the route) start no earlier than
    it, so no step of the route is dated before the route exists. KeyError for an unknown route.
    """
    route = library.route(route_id)
    unmet, opens, judged_projected = _fit_to_product(route_id, library, profile, on)
    if available_from is None:
        available_from = opens
    if projected is None and judged_projected:
        projected = True
    steps: list[Step] = []
    dependencies: list[Dependency] = []
    for template in steps_on(route, library, on or date.today()):
        template = _fitted(template, unmet)
        sid = step_id(route_id, template.id, prefix)
        stop_clock = estimate_from(template.stop_clock, library) if template.stop_clock else None
        not_before = library.latest(template.not_before).as_date if template.not_before else None
        if available_from is not None and not template.depends_on:
            not_before = max(not_before or available_from, available_from)
        steps.append(Step(
            id=sid,
            name=template.name,
            route=route_id,
            duration=estimate_from(template.duration, library),
            kind=template.kind,
            stop_clock=stop_clock,
            cadence=template.cadence,
            optional=template.optional,
            projected=(template.projected or route.projected) if projected is None else projected,
            milestone=template.milestone,
            start_no_earlier_than=not_before,
            template=f"{route_id}/{template.id}",
            sources=list(dict.fromkeys(template.sources)),
            notes=_notes(template.notes, template.duration),
        ))
        for link in template.depends_on:
            dependencies.append(Dependency(
                predecessor=step_id(route_id, link.predecessor, prefix),
                successor=sid,
                type=link.type,
                lag=replace(link.lag),
            ))
    return steps, dependencies

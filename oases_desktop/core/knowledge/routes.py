"""Turn a route template into the plan's Steps and Dependencies.

A duration whose template says `value_from_fact` takes its likely value from the library's
latest fact (so a user's newer figure flows into new plans); min and max keep their distance
from it but never cross it. Step ids are "<prefix><route>.<step>", unique within a scenario.
"""

from __future__ import annotations

from dataclasses import replace

from oases_desktop.core.domain.plan import Dependency, Estimate, Step
from oases_desktop.core.knowledge.model import DurationSpec, ReferenceLibrary


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


def instantiate_route(route_id: str, library: ReferenceLibrary, prefix: str = "",
                      projected: bool | None = None) -> tuple[list[Step], list[Dependency]]:
    """Fresh Steps and the Dependencies between them for one route template.

    `projected` marks every step as projected (e.g. a CMPR phase not yet in force); by default
    each step keeps its template's flag. KeyError if the library has no such route.
    """
    route = library.route(route_id)
    steps: list[Step] = []
    dependencies: list[Dependency] = []
    for template in route.steps:
        sid = step_id(route_id, template.id, prefix)
        stop_clock = estimate_from(template.stop_clock, library) if template.stop_clock else None
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
            start_no_earlier_than=library.latest(template.not_before).as_date if template.not_before else None,
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

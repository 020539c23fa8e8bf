"""Library figures a plan's steps follow: which the library has updated since, and taking them in.

A step follows a figure when its route template takes the likely duration from a fact
(`value_from_fact`) and the step still carries a value that fact once had; an advisor's own
figure is never overwritten.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from oases_desktop.core.domain import Estimate, Scenario, Step
from oases_desktop.core.knowledge.model import Fact, ReferenceLibrary
from oases_desktop.core.knowledge.routes import estimate_from


@dataclass(frozen=True)
class FigureUpdate:
    """A step whose library figure changed: its duration then and as the library gives it now."""

    step_id: str
    old: Estimate
    new: Estimate
    fact: Fact  # the library's latest value of the step's basis


def fact_likely(fact: Fact) -> float:
    """The likely value a duration takes from a fact (the middle of a range), as routes.estimate_from does."""
    return (fact.number + fact.value_high) / 2 if fact.value_high is not None else fact.number


def _template_spec(step: Step, library: ReferenceLibrary):
    if not step.template or "/" not in step.template:
        return None
    route_id, template_step = step.template.split("/", 1)
    try:
        template = library.route(route_id).step(template_step)
    except KeyError:
        return None
    spec = template.duration
    return spec if spec.value_from_fact and spec.basis == step.duration.basis else None


def figure_updates(scenario: Scenario, library: ReferenceLibrary) -> list[FigureUpdate]:
    """Steps whose library figure is newer than the one they carry, with the duration it gives now."""
    out = []
    for step in scenario.steps:
        spec = _template_spec(step, library)
        if spec is None:
            continue
        try:
            history = library.history(spec.basis)
            known = {fact_likely(f) for f in history.entries}
        except (KeyError, ValueError):
            continue
        fresh = estimate_from(spec, library)
        if fresh.likely != step.duration.likely and step.duration.likely in known:
            out.append(FigureUpdate(step.id, step.duration, fresh, history.latest))
    return out


def follow_library(scenario: Scenario, library: ReferenceLibrary) -> tuple[Scenario, list[FigureUpdate]]:
    """The scenario with every updated library figure taken in (a new object), and what changed."""
    updates = figure_updates(scenario, library)
    new = {u.step_id: u.new for u in updates}
    steps = [dataclasses.replace(s, duration=new[s.id]) if s.id in new else s for s in scenario.steps]
    return dataclasses.replace(scenario, steps=steps), updates

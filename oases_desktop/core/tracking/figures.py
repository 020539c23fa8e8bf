"""Library figures a plan's steps follow: which the library has updated since, and taking them in.

A step follows a figure when its route template takes the likely duration from a fact
(`value_from_fact`) and the step still carries a value that fact once had; an advisor's own
figure is never overwritten. A step follows a rule's date gate (a date fact: a CMPR phase, a
service's launch) when its start-no-earlier-than is a date that fact once had (routes.py sets it
from the gate when the route opens later); the same applies.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

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


@dataclass(frozen=True)
class GateUpdate:
    """A step waiting for a rule's date gate whose date the library changed: its start-no-earlier-than
    then and as the library gives it now."""

    step_id: str
    old: date
    new: date
    fact: Fact  # the library's latest value of the gate's date fact


def fact_likely(fact: Fact) -> float:
    """The likely value a duration takes from a fact (the middle of a range), as routes.estimate_from does."""
    return (fact.number + fact.value_high) / 2 if fact.value_high is not None else fact.number


def _template(step: Step, library: ReferenceLibrary):
    """The route template step the plan's step was made from, None if the library lacks it."""
    if not step.template or "/" not in step.template:
        return None
    route_id, template_step = step.template.split("/", 1)
    try:
        return library.route(route_id).step(template_step)
    except KeyError:
        return None


def _template_spec(step: Step, library: ReferenceLibrary):
    template = _template(step, library)
    if template is None:
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


def _date_of(fact: Fact) -> date | None:
    try:
        return fact.as_date
    except ValueError:
        return None


def gate_fact(step: Step, library: ReferenceLibrary, day: date | None = None) -> Fact | None:
    """The date fact (latest value) whose history holds `day` (default: the step's start-no-earlier-than),
    the template's own `not_before` first; None when no gate or more than one fits (never a guess)."""
    day = day or step.start_no_earlier_than
    if day is None:
        return None
    keys = []
    template = _template(step, library)
    if template is not None and template.not_before:
        keys.append(template.not_before)
    found = []
    for key in [*keys, *(k for k in library.fact_keys() if k not in keys)]:
        history = library.history(key)
        if any(_date_of(f) == day for f in history.entries):
            if key in keys:
                return history.latest
            found.append(history.latest)
    return found[0] if len(found) == 1 else None


def gate_updates(scenario: Scenario, library: ReferenceLibrary) -> list[GateUpdate]:
    """Steps not started that wait for a date gate the library has since moved, with the date it gives now."""
    out = []
    for step in scenario.steps:
        if step.actual_start is not None or step.fixed_start is not None:
            continue
        fact = gate_fact(step, library)
        new = _date_of(fact) if fact is not None else None
        if new is not None and new != step.start_no_earlier_than:
            out.append(GateUpdate(step.id, step.start_no_earlier_than, new, fact))
    return out


def follow_library(scenario: Scenario, library: ReferenceLibrary) -> tuple[Scenario, list]:
    """The scenario with every updated library figure and gate date taken in (a new object), and what
    changed (FigureUpdate, then GateUpdate)."""
    updates = figure_updates(scenario, library)
    gates = gate_updates(scenario, library)
    new = {u.step_id: u.new for u in updates}
    opens = {u.step_id: u.new for u in gates}
    steps = [dataclasses.replace(s, duration=new[s.id]) if s.id in new else s for s in scenario.steps]
    steps = [dataclasses.replace(s, start_no_earlier_than=opens[s.id]) if s.id in opens else s for s in steps]
    return dataclasses.replace(scenario, steps=steps), [*updates, *gates]

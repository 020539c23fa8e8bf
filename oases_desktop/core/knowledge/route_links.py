"""Links between the routes of a scenario, from the template steps' "feeds" (db/seed/reference/routes.json).

Routes chain (facts file, section 9 "Modelling notes"): a Hong Kong trial's read-out feeds the "1+"
expert report and pre-NDA meeting and the primary-evaluation data package; any Hong Kong
registration feeds the HA formulary clinician application and the Medicine and Device Connect
pre-review; a device's use in HK public hospitals feeds the Connect pre-review. A step is found by
the template it was made from (Step.template "route/step"), so prefixed or renamed steps still link.

The links depend only on which steps are present, never on the order routes were added: adding a
route links it to the steps already there, as successor or as predecessor.
A scenario holding two registration routes links the formulary to both, so it waits for the later
one: alternatives belong in separate scenarios.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from oases_desktop.core.domain.plan import Dependency, Scenario, Step
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.knowledge.model import ReferenceLibrary
from oases_desktop.core.knowledge.routes import instantiate_route


def _by_template(steps: Iterable[Step]) -> dict[str, list[Step]]:
    found: dict[str, list[Step]] = {}
    for step in steps:
        if step.template:
            found.setdefault(step.template, []).append(step)
    return found


def cross_route_links(steps: Iterable[Step], library: ReferenceLibrary,
                      existing: Iterable[Dependency] = ()) -> list[Dependency]:
    """Every link the library's feeds ask for between these steps, except pairs already linked in `existing`."""
    by_template = _by_template(steps)
    taken = {(d.predecessor, d.successor) for d in existing}
    links: list[Dependency] = []
    for route in library.routes:
        for template, feed in ((t, f) for t in route.steps for f in t.feeds):
            for before in by_template.get(f"{route.id}/{template.id}", []):
                for after in by_template.get(f"{feed.to_route}/{feed.to_step}", []):
                    pair = (before.id, after.id)
                    if pair in taken or before.id == after.id:
                        continue
                    taken.add(pair)
                    links.append(Dependency(predecessor=before.id, successor=after.id, type=feed.type,
                                            lag=replace(feed.lag)))
    return links


def links_for_new_route(existing_steps: Iterable[Step], new_steps: Iterable[Step], library: ReferenceLibrary,
                        existing_links: Iterable[Dependency] = ()) -> list[Dependency]:
    """The links between a route just added (`new_steps`) and the steps already in the scenario.

    Only links that touch a new step: a link the advisor removed between older steps is not put back.
    """
    new_steps = list(new_steps)
    new_ids = {step.id for step in new_steps}
    links = cross_route_links([*existing_steps, *new_steps], library, existing_links)
    return [link for link in links if link.predecessor in new_ids or link.successor in new_ids]


def route_additions(scenario: Scenario, route_id: str, library: ReferenceLibrary, *, prefix: str = "",
                    profile: ProductProfile | None = None, on: date | None = None,
                    ) -> tuple[list[Step], list[Dependency]]:
    """What adding a route to `scenario` appends: its steps (fitted to `profile` as it stands on `on`,
    by default the scenario's start date, see instantiate_route), then its own links and its links
    to the steps already in the scenario.

    Pure: the scenario is not changed. KeyError for an unknown route.
    """
    steps, links = instantiate_route(route_id, library, prefix, profile=profile, on=on or scenario.start_date)
    return steps, links + links_for_new_route(scenario.steps, steps, library, scenario.dependencies)


__all__ = ["cross_route_links", "links_for_new_route", "route_additions"]

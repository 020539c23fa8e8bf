"""Which routes a product can take on a date, and why: pure functions over the reference library.

`evaluate_routes` runs one rule per route (rules/registration.py, rules/access.py) and returns a
RouteVerdict each: eligible, not eligible, eligible from a date, or projected (the date is an
assumption), with every condition citing its rule and source. Open questions are warnings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.knowledge.model import ReferenceLibrary, RouteVerdict
from oases_desktop.core.knowledge.rules.access import (
    clinical_trial_route,
    connect_route,
    formulary_route,
    mdacs_route,
)
from oases_desktop.core.knowledge.rules.registration import cmpr_route, one_plus_route, standard_route

Rule = Callable[[ProductProfile, date, ReferenceLibrary], RouteVerdict]

# In the order the app lists them: registration routes, then what comes before and after.
RULES: dict[str, Rule] = {
    "standard_two_reference": standard_route,
    "one_plus": one_plus_route,
    "cmpr_primary": cmpr_route,
    "hk_clinical_trial": clinical_trial_route,
    "mdacs_listing": mdacs_route,
    "ha_formulary": formulary_route,
    "gba_connect": connect_route,
}


def evaluate_routes(profile: ProductProfile, on: date, library: ReferenceLibrary) -> list[RouteVerdict]:
    """A verdict for each of the seven routes for this product on this date.

    Routes the library has no template for are left out (a partial library judges only its routes).
    """
    present = {route.id for route in library.routes}
    return [rule(profile, on, library) for route_id, rule in RULES.items() if route_id in present]


def evaluate_route(route_id: str, profile: ProductProfile, on: date, library: ReferenceLibrary) -> RouteVerdict:
    """The verdict for one route; KeyError if there is no rule for it."""
    return RULES[route_id](profile, on, library)

"""The regulatory knowledge base: sourced facts, lookup tables, route templates, eligibility rules."""

from oases_desktop.core.knowledge.eligibility import evaluate_route, evaluate_routes
from oases_desktop.core.knowledge.loader import load_library, load_library_files
from oases_desktop.core.knowledge.model import (
    ConditionResult,
    DurationSpec,
    Fact,
    FactHistory,
    Lookup,
    LookupEntry,
    Origin,
    ReferenceDataError,
    ReferenceLibrary,
    Reliability,
    RouteStatus,
    RouteTemplate,
    RouteVerdict,
    Source,
    StepTemplate,
    TemplateLink,
)
from oases_desktop.core.knowledge.plan_eligibility import SuppliedCondition, evaluate_plan_routes
from oases_desktop.core.knowledge.route_links import cross_route_links, links_for_new_route, route_additions
from oases_desktop.core.knowledge.routes import instantiate_route, step_id

__all__ = [
    "ConditionResult", "DurationSpec", "Fact", "FactHistory", "Lookup", "LookupEntry", "Origin",
    "ReferenceDataError", "ReferenceLibrary", "Reliability", "RouteStatus", "RouteTemplate",
    "RouteVerdict", "Source", "StepTemplate", "TemplateLink", "evaluate_route", "evaluate_routes",
    "instantiate_route", "load_library", "evaluate_plan_routes", "SuppliedCondition",
    "load_library_files", "step_id", "cross_route_links", "links_for_new_route",
    "route_additions",
]

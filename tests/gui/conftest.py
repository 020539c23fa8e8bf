"""Shared GUI fixtures: a small hand-built plan (independent of the seed data) and a document."""

from __future__ import annotations

from datetime import date

import pytest

from oases_desktop.core.domain import Dependency, Estimate, Plan, Scenario, Step
from oases_desktop.core.domain.plan import StepKind
from oases_desktop.core.domain.product import ProductKind, ProductProfile


def make_plan() -> Plan:
    """Three steps in a chain plus a parallel one; one scenario; a drug profile."""
    steps = [
        Step(id="prep", name="Prepare dossier", route="hk_1plus", duration=Estimate(20, 30, 45)),
        Step(id="submit", name="Submit application", route="hk_1plus", duration=Estimate(0, 0, 0), kind=StepKind.MILESTONE),
        Step(id="review", name="DoH evaluation", route="hk_1plus", duration=Estimate(120, 150, 200)),
        Step(id="translate", name="Translate labels", route="hk_1plus", duration=Estimate(5, 10, 15)),
    ]
    deps = [Dependency("prep", "submit"), Dependency("submit", "review")]
    scenario = Scenario(id="base", name="Base case", start_date=date(2026, 1, 5), routes=["hk_1plus"],
                        steps=steps, dependencies=deps)
    product = ProductProfile(name="Examplumab", kind=ProductKind.DRUG)
    return Plan(id="plan-1", title="Examplumab HK launch", client="Acme Pharma", product=product,
                as_of=date(2026, 1, 1), scenarios=[scenario], active_scenario="base")


@pytest.fixture
def plan() -> Plan:
    return make_plan()


@pytest.fixture
def document(qtbot, plan):
    from oases_desktop.gui.document import PlanDocument

    doc = PlanDocument()
    doc.today = date(2026, 1, 1)
    doc.set_plan(plan)
    return doc

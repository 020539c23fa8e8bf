"""Plans for the timeline, table and benchmark tests: several routes, every kind of step, any size."""

from __future__ import annotations

import random
from datetime import date

from oases_desktop.core.domain import Dependency, Estimate, Plan, Scenario, Step
from oases_desktop.core.domain.plan import DependencyType, DurationUnit, StepKind
from oases_desktop.core.domain.product import ProductKind, ProductProfile


def two_route_plan() -> Plan:
    """HK route with a regulator clock (stop-clock) and a milestone, plus a projected GBA route."""
    hk = [
        Step("hk-prep", "Compile dossier", "hk_1plus", Estimate(20, 30, 45)),
        Step("hk-submit", "Submit to DoH", "hk_1plus", Estimate.zero(), kind=StepKind.MILESTONE),
        Step("hk-review", "DoH evaluation", "hk_1plus", Estimate(4, 5, 7, unit=DurationUnit.MONTHS),
             kind=StepKind.REGULATOR_CLOCK, stop_clock=Estimate(20, 30, 60)),
        Step("hk-approval", "HK approval", "hk_1plus", Estimate.zero(), kind=StepKind.MILESTONE, milestone="hk_approval"),
        Step("hk-labels", "Translate labels", "hk_1plus", Estimate(5, 10, 15)),
    ]
    gba = [
        Step("gba-apply", "Apply to GBA designated hospital", "gba_connect", Estimate(30, 45, 60), projected=True),
        Step("gba-use", "First GBA patient", "gba_connect", Estimate.zero(), kind=StepKind.MILESTONE,
             projected=True, milestone="first_gba_patient"),
    ]
    deps = [Dependency("hk-prep", "hk-submit"), Dependency("hk-submit", "hk-review"),
            Dependency("hk-review", "hk-approval"), Dependency("hk-prep", "hk-labels", DependencyType.SS),
            Dependency("hk-approval", "gba-apply"), Dependency("gba-apply", "gba-use")]
    scenario = Scenario("base", "Base case", date(2026, 1, 5), ["hk_1plus", "gba_connect"], hk + gba, deps)
    return Plan("plan-2", "Examplumab HK + GBA", "Acme Pharma", ProductProfile("Examplumab", ProductKind.DRUG),
                date(2026, 1, 1), [scenario], "base")


def large_plan(n_steps: int = 500, routes: int = 10, seed: int = 7) -> Plan:
    """`n_steps` steps over `routes` routes, each step linked to one or two earlier ones (no loops)."""
    rng = random.Random(seed)
    steps, deps = [], []
    per_route = n_steps // routes
    for index in range(n_steps):
        route = f"route_{min(index // per_route, routes - 1)}"
        likely = rng.randint(5, 60)
        milestone = index % 25 == 24
        steps.append(Step(f"s{index}", f"Step {index}", route,
                          Estimate.zero() if milestone else Estimate(likely * 0.8, likely, likely * 1.5),
                          kind=StepKind.MILESTONE if milestone else StepKind.TASK))
        if index % per_route:
            deps.append(Dependency(f"s{index - 1}", f"s{index}"))
        if index > per_route and rng.random() < 0.3:
            other = rng.randrange(0, index - 1)
            if (f"s{other}", f"s{index}") not in {(d.predecessor, d.successor) for d in deps}:
                deps.append(Dependency(f"s{other}", f"s{index}"))
    scenario = Scenario("base", "Base case", date(2026, 1, 5), [f"route_{r}" for r in range(routes)], steps, deps)
    return Plan("big", "Large plan", "Bench Client", ProductProfile("Benchmab"), date(2026, 1, 1), [scenario], "base")

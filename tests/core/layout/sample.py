"""A small hand-built plan and its hand-computed schedule, independent of the real scheduler.

Two routes: an HK registration route with a regulator clock and a stop-clock, and a GBA
route (港澳藥械通) marked projected. Dates were worked out by hand from the durations below.
"""

from __future__ import annotations

from datetime import date

from oases_desktop.core.domain.plan import (
    Dependency,
    DependencyType,
    Estimate,
    Plan,
    Scenario,
    Step,
    StepKind,
)
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.scheduling.result import MilestoneDate, Schedule, ScheduledStep

START = date(2026, 1, 5)


def _step(step_id, name, route, likely, kind=StepKind.TASK, **extra):
    return Step(step_id, name, route, Estimate(likely * 0.8, likely, likely * 1.5), kind=kind, **extra)


def sample_plan(client="Acme Biotech 亞克美", title="Oncology launch HK + GBA") -> Plan:
    """Five steps over two routes, one FS chain, one SS link, two milestones."""
    steps = [
        _step("dossier", "Prepare dossier", "hk_reg", 30, sources=["src-dh-guidance"]),
        _step("review", "DH evaluation", "hk_reg", 60, kind=StepKind.REGULATOR_CLOCK),
        Step("approval", "HK approval", "hk_reg", Estimate.zero(), kind=StepKind.MILESTONE,
             milestone="hk_approval"),
        _step("gba_app", "港澳藥械通 application", "gba", 20, projected=True),
        Step("gba_first", "First GBA patient", "gba", Estimate.zero(), kind=StepKind.MILESTONE,
             milestone="first_gba_patient", projected=True),
    ]
    deps = [
        Dependency("dossier", "review"),
        Dependency("review", "approval"),
        Dependency("review", "gba_app", DependencyType.SS),
        Dependency("gba_app", "gba_first"),
    ]
    scenario = Scenario("base", "Base case", START, ["hk_reg", "gba"], steps, deps)
    return Plan("p1", title, client, ProductProfile("Examplumab"), date(2026, 1, 1), [scenario], "base",
                advisor="Dana Wong")


def _s(step_id, start, finish, critical=True, min_finish=None, max_finish=None, **extra):
    return ScheduledStep(step_id, start, finish, start, finish, 0 if critical else 10, critical,
                         min_finish or finish, max_finish or finish, **extra)


def sample_schedule() -> Schedule:
    """dossier 5 Jan-3 Feb (30 d); review 4 Feb-4 Apr (60 d) with a stop-clock 1-15 Mar;
    approval 5 Apr; gba_app 4-23 Feb (starts with review); first GBA patient 24 Feb."""
    steps = {
        "dossier": _s("dossier", START, date(2026, 2, 3), min_finish=date(2026, 1, 28), max_finish=date(2026, 2, 18)),
        "review": _s("review", date(2026, 2, 4), date(2026, 4, 4), min_finish=date(2026, 3, 20),
                     max_finish=date(2026, 5, 20), stop_clock_start=date(2026, 3, 1),
                     stop_clock_finish=date(2026, 3, 15)),
        "approval": _s("approval", date(2026, 4, 5), date(2026, 4, 5), min_finish=date(2026, 3, 21),
                       max_finish=date(2026, 5, 21)),
        "gba_app": _s("gba_app", date(2026, 2, 4), date(2026, 2, 23), critical=False),
        "gba_first": _s("gba_first", date(2026, 2, 24), date(2026, 2, 24), critical=False),
    }
    milestones = (
        MilestoneDate("hk_approval", "HK approval", "approval", date(2026, 4, 5), p80=date(2026, 5, 2)),
        MilestoneDate("first_gba_patient", "First GBA patient", "gba_first", date(2026, 2, 24), p80=date(2026, 3, 3)),
    )
    return Schedule("base", START, date(2026, 4, 5), steps, ("dossier", "review", "approval"), milestones)

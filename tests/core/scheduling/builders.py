"""Small helpers to write scenarios in tests tersely."""

from datetime import date

from oases_desktop.core.domain.plan import (
    Calendar, Dependency, DependencyType, DurationUnit, Estimate, Lag, Scenario, Step, StepKind,
)

CD, WD, WK, MO = DurationUnit.CALENDAR_DAYS, DurationUnit.WORKING_DAYS, DurationUnit.WEEKS, DurationUnit.MONTHS
LINK = {"FS": DependencyType.FS, "SS": DependencyType.SS, "FF": DependencyType.FF, "SF": DependencyType.SF}


def step(sid, likely=10.0, unit=CD, calendar=Calendar.HK, low=None, high=None, **kw) -> Step:
    estimate = Estimate(likely if low is None else low, likely, likely if high is None else high, unit, calendar)
    if kw.get("kind") == StepKind.MILESTONE:
        estimate = Estimate.zero()
    return Step(sid, kw.pop("name", f"Step {sid}"), kw.pop("route", "r"), estimate, **kw)


def link(pred, succ, kind="FS", lag=0.0, unit=CD, calendar=Calendar.HK) -> Dependency:
    return Dependency(pred, succ, LINK[kind], Lag(lag, unit, calendar))


def scenario(steps, links=(), start=date(2026, 1, 5), sid="s") -> Scenario:
    return Scenario(sid, f"Scenario {sid}", start, steps=list(steps), dependencies=list(links))

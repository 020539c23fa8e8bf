"""The plan an advisor builds: scenarios of steps linked by dependencies, each duration sourced.

These dataclasses are the one shape of a plan in memory. The plan file (core/planfile) validates
JSON straight into them, storage maps them to tables, the GUI edits them through undo commands.
`__pydantic_config__` is plain data read by pydantic when it validates files; nothing here imports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.domain.strict import STRICT


class DurationUnit(StrEnum):
    """How a duration is counted; working days run on a named calendar."""

    CALENDAR_DAYS = "calendar_days"
    WEEKS = "weeks"
    MONTHS = "months"
    WORKING_DAYS = "working_days"


class Calendar(StrEnum):
    """Jurisdiction calendars a working-day clock can run on."""

    HK = "HK"  # Hong Kong general holidays (Cap. 149)
    CN = "CN"  # Mainland China statutory holidays plus make-up working days
    MO = "MO"  # Macao


class DependencyType(StrEnum):
    """Link types between two steps, as in any scheduling tool."""

    FS = "finish_to_start"
    SS = "start_to_start"
    FF = "finish_to_finish"
    SF = "start_to_finish"


class StepKind(StrEnum):
    """What kind of thing a step is; changes how it is scheduled and drawn."""

    TASK = "task"
    MILESTONE = "milestone"              # zero duration, a diamond
    REGULATOR_CLOCK = "regulator_clock"  # a target clock, with the applicant's stop-clock apart
    CADENCE_GATE = "cadence_gate"        # waits for the next sitting of a body (see Step.cadence)


@dataclass
class Estimate:
    """A three-point duration with its unit, calendar and basis (a fact id, or "estimate")."""

    __pydantic_config__ = STRICT
    min: float
    likely: float
    max: float
    unit: DurationUnit = DurationUnit.CALENDAR_DAYS
    calendar: Calendar = Calendar.HK
    basis: str = "estimate"

    @property
    def is_estimate(self) -> bool:
        """True when no sourced fact backs the figure."""
        return self.basis == "estimate"

    def with_likely(self, likely: float) -> Estimate:
        """This estimate with a new likely figure; min and max widen to keep it inside (a dragged bar end)."""
        return replace(self, likely=likely, min=min(self.min, likely), max=max(self.max, likely))

    @classmethod
    def zero(cls) -> Estimate:
        """The duration of a milestone."""
        return cls(0, 0, 0)


@dataclass
class Lag:
    """Time added to a dependency (negative for a lead)."""

    __pydantic_config__ = STRICT
    value: float = 0
    unit: DurationUnit = DurationUnit.CALENDAR_DAYS
    calendar: Calendar = Calendar.HK


@dataclass
class Dependency:
    """`successor` waits on `predecessor` according to `type`, shifted by `lag`."""

    __pydantic_config__ = STRICT
    predecessor: str
    successor: str
    type: DependencyType = DependencyType.FS
    lag: Lag = field(default_factory=Lag)


@dataclass
class Step:
    """One step of a route, with its sourced duration, constraints and progress."""

    __pydantic_config__ = STRICT
    id: str
    name: str
    route: str
    duration: Estimate
    kind: StepKind = StepKind.TASK
    # Applicant's response time while a regulator clock is stopped; drawn as its own segment.
    stop_clock: Estimate | None = None
    # RFC 5545 RRULE of the sittings a cadence gate waits for, e.g. "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15".
    cadence: str | None = None
    enabled: bool = True
    optional: bool = False
    projected: bool = False
    start_no_earlier_than: date | None = None
    fixed_start: date | None = None
    actual_start: date | None = None
    actual_finish: date | None = None
    milestone: str | None = None  # key milestone this step marks, e.g. "hk_approval"
    template: str | None = None   # the route template step it was made from
    sources: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    notes: str = ""

    @property
    def done(self) -> bool:
        """A step with an actual finish is done; the rest of the plan re-forecasts around it."""
        return self.actual_finish is not None


@dataclass
class Scenario:
    """One way through: the routes taken, their steps and links, from a start date."""

    __pydantic_config__ = STRICT
    id: str
    name: str
    start_date: date
    routes: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    dependencies: list[Dependency] = field(default_factory=list)
    notes: str = ""
    # Step ids of the milestones the client cares about, in the order shown; None: each route's
    # outcome milestone (scheduling/keydates.py resolves it, so new routes bring theirs).
    key_milestones: list[str] | None = None

    def step(self, step_id: str) -> Step:
        """The step with this id; KeyError if there is none."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)


@dataclass
class Plan:
    """A client's plan for one product: its profile and one or more scenarios to compare."""

    __pydantic_config__ = STRICT
    id: str
    title: str
    client: str
    product: ProductProfile
    as_of: date
    scenarios: list[Scenario]
    active_scenario: str
    advisor: str = ""
    confidentiality: str = "Confidential"
    notes: str = ""
    # Named snapshots of computed dates ("Presented to client, 12 Jan 2027"); `as_of` is the status date
    # progress is recorded to (work not done is not planned before it).
    baselines: list[Baseline] = field(default_factory=list)
    # The client's dates: milestone step id -> the day it must be reached by ("first GBA patient by
    # 31 Mar 2029"); every scenario with that step, or else with a step marking the same key milestone,
    # is planned backward from it (scheduling/targets.target_steps).
    targets: dict[str, date] = field(default_factory=dict)

    def scenario(self, scenario_id: str | None = None) -> Scenario:
        """The scenario with this id (the active one by default); KeyError if there is none."""
        wanted = scenario_id or self.active_scenario
        for scenario in self.scenarios:
            if scenario.id == wanted:
                return scenario
        raise KeyError(wanted)

    def baseline(self, name: str) -> Baseline:
        """The baseline with this name; KeyError if there is none."""
        for baseline in self.baselines:
            if baseline.name == name:
                return baseline
        raise KeyError(name)


# Baseline holds a Scenario, so it is defined after it (its module imports this one).
from oases_desktop.core.domain.baseline import Baseline  # noqa: E402

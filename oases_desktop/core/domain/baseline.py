"""A baseline: a named, dated snapshot of a scenario's computed dates and of what produced them.

The dates (likely, P50, P80 per step) are what the client was shown; the inputs (the scenario as
it stood, the library figures its steps cited, the calendar notices, the status date) let "why it
moved" replay each later change one at a time (core/tracking/moved.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from oases_desktop.core.domain.plan import Scenario
from oases_desktop.core.domain.strict import STRICT


@dataclass
class BaselineDate:
    """One step's dates as computed when the baseline was saved (shown days, as in the schedule)."""

    __pydantic_config__ = STRICT
    step_id: str
    name: str
    start: date
    finish: date
    p50: date | None = None  # simulated finish percentiles; None when the baseline was saved without a run
    p80: date | None = None


@dataclass
class BaselineFigure:
    """A library figure a step's duration cited when the baseline was saved (fact key, value, source, date)."""

    __pydantic_config__ = STRICT
    key: str
    value: float
    as_of: date
    source_id: str | None = None


@dataclass
class BaselineCalendar:
    """A published calendar notice in force when the baseline was saved (knowledge/notices.py): one
    calendar and year, its days off and make-up working days (ISO day -> name) and its source."""

    __pydantic_config__ = STRICT
    code: str
    year: int
    days_off: dict[str, str] = field(default_factory=dict)
    makeup_workdays: dict[str, str] = field(default_factory=dict)
    source_id: str = ""


@dataclass
class Baseline:
    """What a scenario said on `saved_on` ("Presented to client, 12 Jan 2027"), and what it was made of."""

    __pydantic_config__ = STRICT
    name: str
    scenario_id: str
    saved_on: date
    status_date: date
    key_milestones: list[str]          # step ids of the key milestones at the time
    dates: list[BaselineDate]
    inputs: Scenario                   # the scenario as it stood (steps, links, durations, actual dates)
    figures: list[BaselineFigure] = field(default_factory=list)
    calendars: list[BaselineCalendar] = field(default_factory=list)
    runs: int = 0                      # Monte Carlo runs and seed behind p50/p80 (0: not simulated)
    seed: int = 0

    def date_of(self, step_id: str) -> BaselineDate | None:
        """The baseline's dates of this step, or None if the step did not exist then."""
        return next((d for d in self.dates if d.step_id == step_id), None)

"""What the scheduler hands to the GUI, the PDF and the command line: dated steps, plain data.

Date convention: `start` is the first day of work and `finish` the last day of work (inclusive),
so a one-day step starts and finishes on the same date and a milestone has start == finish.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Explanation:
    """One link of the chain that produced a date ("why does this step start on 3 Mar?")."""

    kind: str      # "start", "predecessor", "lag", "calendar", "holiday", "makeup", "stop_clock", "cadence", "constraint", "actual"
    text: str      # a sentence for the user
    date: date | None = None
    ref: str | None = None  # step id, source id or holiday name it refers to


@dataclass(frozen=True)
class Slack:
    """How far a step can slip before one key milestone moves, counted two ways (keydates.py)."""

    working_days: int   # working days of the step's own calendar
    calendar_days: int


@dataclass(frozen=True)
class CadenceBuffer:
    """Where a cadence gate's input stands against the sittings: the one it catches, the one it misses."""

    ready: date                    # the day the gate's input is ready
    sitting: date                  # the sitting it catches
    buffer_days: int               # calendar days the input can slip and still catch `sitting`
    previous_sitting: date | None  # the sitting before, missed (None if the rule has none)
    earlier_days: int | None       # how much earlier the input must be ready to catch it
    gain_days: int | None          # how much sooner that sitting is than `sitting`
    deadline: date | None = None   # the caught sitting's submission deadline (None: the sitting is the gate)
    estimated: bool = False        # the caught sitting is the rule's estimate, beyond the published schedule


@dataclass(frozen=True)
class ScheduledStep:
    """A step with its computed dates (likely durations), float and min/max whiskers."""

    step_id: str
    start: date
    finish: date
    late_start: date
    late_finish: date
    total_float: int          # calendar days the step can slip without moving the plan's finish ("to plan finish")
    critical: bool
    min_finish: date          # finish if every step took its minimum
    max_finish: date          # finish if every step took its maximum
    stop_clock_start: date | None = None   # applicant's stop-clock segment, if any
    stop_clock_finish: date | None = None
    explanation: tuple[Explanation, ...] = ()
    slack: Mapping[str, Slack] = field(default_factory=dict)  # key milestone step id -> slack to it
    cadence_buffer: CadenceBuffer | None = None               # a cadence gate's place among the sittings
    sitting_deadline: date | None = None   # a committee sitting's submission deadline, if it has one
    sitting_estimated: bool = False        # the sitting is the rule's estimate, beyond the published schedule


@dataclass(frozen=True)
class MilestoneDate:
    """A key milestone (HK approval, formulary listing, first GBA patient) with its percentiles."""

    key: str
    name: str
    step_id: str
    likely: date
    p50: date | None = None
    p80: date | None = None
    p90: date | None = None
    is_key: bool = False                  # one of the scenario's key milestones
    driving_steps: tuple[str, ...] = ()   # key milestones: the steps that set the date, earliest first
    near_critical: tuple[str, ...] = ()   # key milestones: steps with a little slack to it (keydates.py)


@dataclass(frozen=True)
class Schedule:
    """The computed schedule of one scenario."""

    scenario_id: str
    start: date
    finish: date
    steps: dict[str, ScheduledStep]
    critical_path: tuple[str, ...]
    milestones: tuple[MilestoneDate, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # Where working-day calendars come from, for a footnote ("holidays package 0.109; published notices: ...").
    calendar_data: str = ""
    # (calendar code, years) whose days are estimated somewhere a step's min-max range touches.
    estimated_calendars: tuple[tuple[str, tuple[int, ...]], ...] = ()
    key_milestones: tuple[str, ...] = ()  # step ids of the key milestones, in the scenario's order

    def key_dates(self) -> tuple[MilestoneDate, ...]:
        """The key milestones' dates, in the scenario's order."""
        by_step = {m.step_id: m for m in self.milestones}
        return tuple(by_step[sid] for sid in self.key_milestones if sid in by_step)

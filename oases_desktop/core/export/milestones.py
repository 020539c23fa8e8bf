"""Key milestones across scenarios, lined up by milestone key rather than by step name.

Two scenarios reach the same milestone through differently named steps ("Registered under
'1+'" and "Registered by the PPB" are both `hk_approval`), so the comparison table joins them
on the key and prints the key's plain name, with each scenario's own step name under its date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from oases_desktop.core.domain.plan import Plan
from oases_desktop.core.domain.product import ProductKind
from oases_desktop.core.export.style import fmt_delta
from oases_desktop.core.scheduling.result import Schedule

# Plain names of the milestone keys the shipped route templates use (db/seed/reference/routes.json).
MILESTONE_NAMES = {
    "first_patient_in": "First patient in (HK trial)",
    "trial_readout": "Trial read-out (local clinical data)",
    "hk_approval": "HK registration",
    "hk_public_hospital_use": "Used in HK public hospitals",
    "formulary_listing": "HA Drug Formulary listing",
    "first_gba_patient": "First patient in the GBA (Connect)",
}
# A device is listed under MDACS (voluntary), not registered: the same key reads differently.
DEVICE_MILESTONE_NAMES = {"hk_approval": "HK listing (MDACS)"}
FINISH_KEY = "__finish__"
FINISH_NAME = "Plan finish (last step)"
DAYS_PER_MONTH = 365.25 / 12


def milestone_name(key: str | None, fallback: str, kind: ProductKind | str = ProductKind.DRUG) -> str:
    """The plain name of a milestone key, or `fallback` (the step's own name) for other keys."""
    if key is None:
        return fallback
    if str(kind) == ProductKind.DEVICE and key in DEVICE_MILESTONE_NAMES:
        return DEVICE_MILESTONE_NAMES[key]
    return MILESTONE_NAMES.get(key, fallback)


def known_milestone_names(kind: ProductKind | str = ProductKind.DRUG) -> dict[str, str]:
    """Key -> plain name for every key with one (others keep their step's name)."""
    return {key: milestone_name(key, key, kind) for key in MILESTONE_NAMES}


def fmt_delta_months(days: int) -> str:
    """'+9.9 months', '−0.5 months', 'same' (a month being a twelfth of a year)."""
    if days == 0:
        return "same"
    months = abs(days) / DAYS_PER_MONTH
    sign = "+" if days > 0 else "−"
    return f"{sign}{months:.1f} month" + ("" if f"{months:.1f}" == "1.0" else "s")


@dataclass(frozen=True)
class ComparisonLine:
    """One milestone across the scenarios: dates, each scenario's step name, and the change
    against the first scenario in days (`deltas`) and months (`delta_months`)."""

    milestone: str
    dates: tuple[date | None, ...]
    deltas: tuple[str, ...]
    key: str = ""
    step_names: tuple[str | None, ...] = ()
    delta_months: tuple[str, ...] = ()


def compare_milestones(plan: Plan, schedules: Mapping[str, Schedule]) -> tuple[tuple[str, ...], tuple[ComparisonLine, ...]]:
    """Scenario names and one line per milestone key (in date order), then the plan finish.

    Empty when fewer than two scenarios are scheduled. The first scenario (plan order) is the base.
    """
    scenarios = [s for s in plan.scenarios if s.id in schedules]
    if len(scenarios) < 2:
        return (), ()
    kind = plan.product.kind
    reached: dict[str, list] = {}   # key -> per scenario: the milestone or None
    for index, scenario in enumerate(scenarios):
        for mark in schedules[scenario.id].milestones:
            row = reached.setdefault(mark.key, [None] * len(scenarios))
            if row[index] is None:
                row[index] = mark
    lines = []
    for key, marks in reached.items():
        fallback = next(m.name for m in marks if m is not None)
        dates = tuple(m.likely if m else None for m in marks)
        lines.append(_line(key, milestone_name(key, fallback, kind), dates, tuple(m.name if m else None for m in marks)))
    lines.sort(key=lambda line: min(d for d in line.dates if d is not None))
    finishes = tuple(schedules[s.id].finish for s in scenarios)
    lines.append(_line(FINISH_KEY, FINISH_NAME, finishes, (None,) * len(scenarios)))
    return tuple(s.name for s in scenarios), tuple(lines)


def _line(key: str, name: str, dates: tuple[date | None, ...], step_names: tuple[str | None, ...]) -> ComparisonLine:
    base = dates[0]

    def delta(index: int, day: date | None, fmt) -> str:
        if day is None or base is None:
            return "—"
        return "base" if index == 0 else fmt((day - base).days)

    return ComparisonLine(
        name, dates,
        tuple(delta(i, d, fmt_delta) for i, d in enumerate(dates)),
        key, step_names,
        tuple(delta(i, d, fmt_delta_months) for i, d in enumerate(dates)),
    )

"""The scenario a command names, or one PlanError line naming the file and what it has.

A named baseline is found by core/tracking/baselines.baseline_of, which exports and the GUI use too.
"""

from __future__ import annotations


def scenario_of(plan, wanted: str | None, file: str):
    """The scenario with id `wanted` (the active one when None)."""
    from oases_desktop.core.errors import PlanError

    try:
        return plan.scenario(wanted)
    except KeyError:
        raise PlanError(f"No scenario \"{wanted}\" in {file}; it has: "
                        + ", ".join(s.id for s in plan.scenarios)) from None


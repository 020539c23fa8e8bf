"""The scenario and baseline a command names, or one PlanError line naming the file and what it has."""

from __future__ import annotations


def scenario_of(plan, wanted: str | None, file: str):
    """The scenario with id `wanted` (the active one when None)."""
    from oases_desktop.core.errors import PlanError

    try:
        return plan.scenario(wanted)
    except KeyError:
        raise PlanError(f"No scenario \"{wanted}\" in {file}; it has: "
                        + ", ".join(s.id for s in plan.scenarios)) from None


def baseline_of(plan, name: str | None, scenario_id: str, file: str):
    """The named baseline, which must be of `scenario_id`; None when no name is given."""
    from oases_desktop.core.errors import PlanError

    if name is None:
        return None
    try:
        found = plan.baseline(name)
    except KeyError:
        raise PlanError(f"No baseline \"{name}\" in {file}; it has: "
                        + (", ".join(b.name for b in plan.baselines) or "none")) from None
    if found.scenario_id != scenario_id:
        raise PlanError(f"Baseline \"{name}\" is of scenario {found.scenario_id}; add --scenario {found.scenario_id}.")
    return found

"""Names as a page lays them out: a very long name is cut once, before anything measures or wraps it.

The plan keeps every character (up to the plan rules' MAX_TEXT); a report has no use for more than a
few lines of a name, and measuring 99,000 characters in every table cell, row label and summary line
made one export take 43 s (issue 14 item 9).
"""

from __future__ import annotations

import dataclasses

LAYOUT_LIMIT = 300   # characters: about five lines of a table cell, far more than a row label shows
ELLIPSIS = "…"


def layout_name(text: str, limit: int = LAYOUT_LIMIT) -> str:
    """`text`, or its first `limit` characters ending in "…" when longer."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + ELLIPSIS


def for_layout(plan):
    """The plan with its title, scenario names and step names cut to LAYOUT_LIMIT (the same plan when none is longer)."""
    def scenario_for(scenario):
        steps = [dataclasses.replace(step, name=layout_name(step.name)) if len(step.name) > LAYOUT_LIMIT else step
                 for step in scenario.steps]
        if all(new is old for new, old in zip(steps, scenario.steps)) and len(scenario.name) <= LAYOUT_LIMIT:
            return scenario
        return dataclasses.replace(scenario, name=layout_name(scenario.name), steps=steps)

    scenarios = [scenario_for(s) for s in plan.scenarios]
    if all(new is old for new, old in zip(scenarios, plan.scenarios)) and len(plan.title) <= LAYOUT_LIMIT:
        return plan
    return dataclasses.replace(plan, title=layout_name(plan.title), scenarios=scenarios)

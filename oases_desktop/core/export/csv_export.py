"""The steps of a scenario with their computed dates as CSV, for Excel and other tools.

Written as UTF-8 with a byte-order mark so Excel reads Chinese names correctly; cells that a
spreadsheet would run as a formula (starting with = + - @) are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io

from oases_desktop.core.domain import Scenario
from oases_desktop.core.scheduling.result import Schedule

COLUMNS = ("id", "name", "route", "kind", "start", "finish", "min_finish", "max_finish", "duration_min",
           "duration_likely", "duration_max", "unit", "calendar", "basis", "total_float_days", "critical",
           "predecessors", "enabled", "notes")


def _safe(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def steps_to_rows(scenario: Scenario, schedule: Schedule | None) -> list[list[str]]:
    """Header row plus one row per step, in the scenario's order; dates blank when unscheduled."""
    predecessors: dict[str, list[str]] = {}
    for dep in scenario.dependencies:
        predecessors.setdefault(dep.successor, []).append(dep.predecessor)
    rows = [list(COLUMNS)]
    for step in scenario.steps:
        scheduled = schedule.steps.get(step.id) if schedule else None
        d = step.duration
        rows.append([_safe(v) for v in (
            step.id, step.name, step.route, step.kind.value,
            scheduled.start.isoformat() if scheduled else "", scheduled.finish.isoformat() if scheduled else "",
            scheduled.min_finish.isoformat() if scheduled else "", scheduled.max_finish.isoformat() if scheduled else "",
            f"{d.min:g}", f"{d.likely:g}", f"{d.max:g}", d.unit.value, d.calendar.value, d.basis,
            scheduled.total_float if scheduled else "", ("yes" if scheduled.critical else "no") if scheduled else "",
            " ".join(predecessors.get(step.id, [])), "yes" if step.enabled else "no", step.notes)])
    return rows


def steps_to_csv(scenario: Scenario, schedule: Schedule | None) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(steps_to_rows(scenario, schedule))
    return buffer.getvalue()


def export_csv(scenario: Scenario, schedule: Schedule | None, path) -> None:
    """Write the steps table atomically (UTF-8 with BOM for Excel)."""
    from oases_desktop.core.atomic import write_atomic

    write_atomic(path, steps_to_csv(scenario, schedule).encode("utf-8-sig"))

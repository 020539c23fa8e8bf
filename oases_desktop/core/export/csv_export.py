"""The steps of a scenario with their computed dates as CSV, for Excel and other tools.

Written as UTF-8 with a byte-order mark so Excel reads Chinese names correctly; cells that a
spreadsheet would run as a formula (starting with = + - @) are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from oases_desktop.core.domain import Scenario
from oases_desktop.core.export.xlsx_export import basis_cells
from oases_desktop.core.knowledge.basis import basis_of
from oases_desktop.core.knowledge.model import ReferenceLibrary
from oases_desktop.core.scheduling.result import Schedule

COLUMNS = ("id", "name", "route", "kind", "start", "finish", "min_finish", "max_finish", "duration_min",
           "duration_likely", "duration_max", "unit", "calendar", "basis", "basis_figure", "basis_source",
           "basis_as_of", "total_float_days", "critical",
           "predecessors", "enabled", "notes", "actual_start", "actual_finish", "status_date", "baseline",
           "baseline_start", "baseline_finish", "variance_days", "projected")


def _safe(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def steps_to_rows(scenario: Scenario, schedule: Schedule | None, library: ReferenceLibrary,
                  status_date: date | None = None, baseline=None) -> list[list[str]]:
    """Header row plus one row per step, in the scenario's order; dates blank when unscheduled.

    `basis` is the key the plan names; the figure, source and as-of date are the library's (as in Excel).
    With a `baseline`, each step has its baseline dates and its variance (calendar days, + later).
    """
    from oases_desktop.core.tracking.baselines import variance

    predecessors: dict[str, list[str]] = {}
    for dep in scenario.dependencies:
        predecessors.setdefault(dep.successor, []).append(dep.predecessor)
    rows = [list(COLUMNS)]
    for step in scenario.steps:
        scheduled = schedule.steps.get(step.id) if schedule else None
        d = step.duration
        figure, source, as_of = basis_cells(basis_of(d, library))
        then, days = variance(baseline, step.id, scheduled.finish if scheduled else None)
        rows.append([_safe(v) for v in (
            step.id, step.name, step.route, step.kind.value,
            scheduled.start.isoformat() if scheduled else "", scheduled.finish.isoformat() if scheduled else "",
            scheduled.min_finish.isoformat() if scheduled else "", scheduled.max_finish.isoformat() if scheduled else "",
            f"{d.min:g}", f"{d.likely:g}", f"{d.max:g}", d.unit.value, d.calendar.value, d.basis,
            figure, source, as_of.isoformat() if as_of else "",
            scheduled.total_float if scheduled else "", ("yes" if scheduled.critical else "no") if scheduled else "",
            " ".join(predecessors.get(step.id, [])), "yes" if step.enabled else "no", step.notes,
            _iso(step.actual_start), _iso(step.actual_finish), _iso(status_date), baseline.name if baseline else "",
            _iso(then.start if then else None), _iso(then.finish if then else None), "" if days is None else days,
            "yes" if step.projected else "no")])
    return rows


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def steps_to_csv(scenario: Scenario, schedule: Schedule | None, library: ReferenceLibrary,
                 status_date: date | None = None, baseline=None) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(steps_to_rows(scenario, schedule, library, status_date, baseline))
    return buffer.getvalue()


def export_csv(scenario: Scenario, schedule: Schedule | None, path, library: ReferenceLibrary,
               status_date: date | None = None, baseline=None) -> None:
    """Write the steps table atomically (UTF-8 with BOM for Excel)."""
    from oases_desktop.core.atomic import write_atomic

    write_atomic(path, steps_to_csv(scenario, schedule, library, status_date, baseline).encode("utf-8-sig"))

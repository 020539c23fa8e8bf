"""The steps of a scenario as an Excel workbook: dates as real dates, the basis and source of each duration.

Sheet "Steps": a styled, frozen header row (and frozen step names), one row per step in the
scenario's order, dates as Excel dates, widths set for reading. Sheet "About": the plan, scenario,
as-of date and the caveat that figures without a source are estimates. Text that Excel would run
as a formula is stored as text. Written atomically from bytes (core.atomic.write_atomic).
"""

from __future__ import annotations

import io
from datetime import date, datetime

from oases_desktop.core.domain.plan import Plan, Scenario
from oases_desktop.core.export.citations import adjustment_text, fact_value
from oases_desktop.core.knowledge.basis import Basis, BasisKind, basis_of
from oases_desktop.core.knowledge.model import ReferenceLibrary
from oases_desktop.core.scheduling.result import Schedule

HEADERS = ("Step", "Route", "Kind", "Start", "Finish", "Earliest finish", "Latest finish", "Min", "Likely", "Max",
           "Unit", "Calendar", "Float (days)", "Critical", "Basis", "Source", "As of", "Waits for", "Notes",
           "Actual start", "Actual finish", "Baseline start", "Baseline finish", "Variance (days)")
WIDTHS = (46, 30, 14, 13, 13, 15, 15, 7, 7, 7, 13, 10, 11, 9, 44, 44, 13, 40, 50, 13, 13, 14, 14, 12)
DATE_FORMAT = "d mmm yyyy"
ESTIMATE = "Estimate (no published figure)"
UNIT_NAMES = {"calendar_days": "days", "working_days": "working days", "weeks": "weeks", "months": "months"}
HEADER_FILL = "1F3B63"
HEADER_FONT = "FFFFFF"


def basis_cells(basis: Basis) -> tuple[str, str, date | None]:
    """The Basis, Source and As of cells of a duration's basis (knowledge.basis.basis_of)."""
    if basis.kind == BasisKind.ESTIMATE:
        return ESTIMATE, "", None
    if basis.kind == BasisKind.MISSING:
        return f"{basis.key} (not in the reference library)", "", None
    source = basis.source
    cited = ", ".join(part for part in (source.title, source.publisher, source.url) if part) if source else ""
    if basis.kind == BasisKind.SOURCE:
        return source.title, cited, source.date
    text = f"{basis.label}: {fact_value(basis)}" + (" (estimate)" if basis.is_estimate else "")
    if basis.adjusted:
        text = f"{adjustment_text(basis)} — {basis.label}"
    return text, cited, basis.as_of


def _route_name(route_id: str, library) -> str:
    try:
        return library.route(route_id).name
    except KeyError:
        return route_id


def step_rows(scenario: Scenario, schedule: Schedule | None, library: ReferenceLibrary, baseline=None) -> list[list]:
    """One row of cell values per step (dates as `date`, numbers as numbers), in HEADERS order.

    The baseline columns are blank without a `baseline`; variance is calendar days, + later.
    """
    from oases_desktop.core.tracking.baselines import variance

    names = {step.id: step.name for step in scenario.steps}
    waits: dict[str, list[str]] = {}
    for dep in scenario.dependencies:
        waits.setdefault(dep.successor, []).append(names.get(dep.predecessor, dep.predecessor))
    rows = []
    for step in scenario.steps:
        timing = schedule.steps.get(step.id) if schedule is not None else None
        d = step.duration
        basis, source, as_of = basis_cells(basis_of(step.duration, library))
        milestone = step.kind.value == "milestone"
        then, days = variance(baseline, step.id, timing.finish if timing else None)
        rows.append([
            step.name, _route_name(step.route, library) + (" (projected)" if step.projected else ""),
            step.kind.value.replace("_", " "),
            timing.start if timing else None, timing.finish if timing else None,
            timing.min_finish if timing else None, timing.max_finish if timing else None,
            None if milestone else d.min, None if milestone else d.likely, None if milestone else d.max,
            "" if milestone else UNIT_NAMES.get(d.unit.value, d.unit.value), d.calendar.value,
            timing.total_float if timing else None, ("yes" if timing.critical else "no") if timing else "",
            basis, source, as_of, "; ".join(waits.get(step.id, [])), step.notes,
            step.actual_start, step.actual_finish, then.start if then else None, then.finish if then else None, days,
        ])
    return rows


def _text(value):
    """A cell value openpyxl stores as written: no formulas, no characters XML cannot hold."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _put(sheet, row: int, column: int, value):
    cell = sheet.cell(row=row, column=column)
    cell.value = _text(value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"   # text, never a formula
    if isinstance(value, (date, datetime)):
        cell.number_format = DATE_FORMAT
    return cell


def workbook_bytes(plan: Plan, scenario: Scenario, schedule: Schedule | None, library: ReferenceLibrary,
                   generated: date | None = None, baseline=None) -> bytes:
    """The workbook as bytes (nothing written to disk)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Steps"
    header_font = Font(bold=True, color=HEADER_FONT)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    for column, title in enumerate(HEADERS, start=1):
        cell = _put(sheet, 1, column, title)
        cell.font, cell.fill = header_font, header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[column - 1]
    sheet.row_dimensions[1].height = 30
    for row, values in enumerate(step_rows(scenario, schedule, library, baseline), start=2):
        for column, value in enumerate(values, start=1):
            _put(sheet, row, column, value)
    sheet.freeze_panes = "B2"   # the header row and the step names stay in view
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(sheet.max_row, 1)}"

    about = book.create_sheet("About")
    lines = [("Plan", plan.title), ("Client", plan.client), ("Product", plan.product.name),
             ("Scenario", scenario.name), ("Status date", plan.as_of),
             ("Baseline", f"{baseline.name} (saved {baseline.saved_on.isoformat()})" if baseline else "none"),
             ("Exported", generated or date.today()), ("Confidentiality", plan.confidentiality),
             ("Note", "Durations marked 'Estimate' have no published figure behind them; every other figure "
                      "names its source and the date it was current.")]
    for row, (label, value) in enumerate(lines, start=1):
        _put(about, row, 1, label).font = Font(bold=True)
        _put(about, row, 2, value)
    about.column_dimensions["A"].width = 16
    about.column_dimensions["B"].width = 90
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_xlsx(plan: Plan, scenario: Scenario, schedule: Schedule | None, path, library: ReferenceLibrary,
                baseline=None) -> None:
    """Write the steps workbook to `path` atomically (the old file stays intact on failure)."""
    from oases_desktop.core.atomic import write_atomic

    write_atomic(path, workbook_bytes(plan, scenario, schedule, library, baseline=baseline))

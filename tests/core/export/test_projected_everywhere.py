"""A projected route says so wherever its steps or milestones are printed or exported (issue 12 item 8).

The device example's statutory device regime under the CMPR is announced policy, not in force
(facts file: "Nothing found confirms it exists as of 7 Dec 2026"): enabled and marked key, it is
the projected milestone each output must name as projected, while the MDACS steps in force must not.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest
from openpyxl import load_workbook

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export import PdfOptions, render_pdf
from oases_desktop.core.export.csv_export import steps_to_csv
from oases_desktop.core.export.ical import milestones_to_ics
from oases_desktop.core.export.mspdi import mspdi_bytes
from oases_desktop.core.export.pdf import _route_names
from oases_desktop.core.export.report import build_report
from oases_desktop.core.export.xlsx_export import HEADERS, export_xlsx
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.planfile.mspdi_import import import_mspdi
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.core.export.conftest import ISSUE
from tests.core.export.pdfcheck import plumber_text
from tests.shipped import CALENDARS

LIBRARY = load_library()
REGIME = "mdacs_listing.statutory_regime"


@pytest.fixture(scope="module")
def example():
    plan = worked_example("device", LIBRARY)
    scenario = plan.scenario()
    scenario.steps = [replace(s, enabled=True) if s.id == REGIME else s for s in scenario.steps]
    assert next(s for s in scenario.steps if s.id == REGIME).projected
    scenario.key_milestones = ["mdacs_listing.in_use", REGIME]
    schedule = compute_schedule(scenario, today=ISSUE, calendars=CALENDARS)
    return plan, scenario, schedule


def _name(scenario, step_id):
    return next(s for s in scenario.steps if s.id == step_id).name


def test_key_milestones_on_the_cover_and_in_the_summary_say_projected(example):
    plan, scenario, schedule = example
    report = build_report(plan, scenario, {scenario.id: schedule}, ISSUE, LIBRARY)
    names = {m.name for m in report.milestones}
    assert f"Projected: {_name(scenario, REGIME)}" in names and "Used in Hong Kong public hospitals" in names
    pages = plumber_text(render_pdf(plan, PdfOptions(issue_date=ISSUE, percentile_runs=0), library=LIBRARY))
    cover, summary = (" ".join(page.split()) for page in pages[:2])
    assert "Projected: Statutory device registration" in cover and "Projected: Statutory device" in summary


def test_the_step_table_group_header_says_projected(example):
    plan, scenario, schedule = example
    report = build_report(plan, scenario, {scenario.id: schedule}, ISSUE, LIBRARY, _route_names(LIBRARY))
    assert {line.route for line in report.steps} == {"Device listing under MDACS (projected)",
                                                    "GBA Medicine and Device Connect"}


def test_excel_csv_ical_and_ms_project_name_the_projected_route(example, tmp_path):
    plan, scenario, schedule = example
    path = tmp_path / "steps.xlsx"
    export_xlsx(plan, scenario, schedule, path, LIBRARY)
    rows = list(load_workbook(path)["Steps"].iter_rows(values_only=True))
    route = {row[0]: row[HEADERS.index("Route")] for row in rows[1:]}
    assert route[_name(scenario, REGIME)] == "Device listing under MDACS (projected)"
    assert route[_name(scenario, "mdacs_listing.listed")] == "Device listing under MDACS"

    table = list(csv.DictReader(io.StringIO(steps_to_csv(scenario, schedule, LIBRARY))))
    assert {row["id"] for row in table if row["projected"] == "yes"} == {REGIME}

    ics = milestones_to_ics(plan, scenario, schedule).replace("\r\n ", "").replace("\\", "")
    summaries = [line for line in ics.splitlines() if line.startswith("SUMMARY:")]
    assert [line for line in summaries if "(projected)" in line] == [
        f"SUMMARY:{plan.product.name}: {_name(scenario, REGIME)} (projected)"]

    data = mspdi_bytes(plan, scenario, schedule, CALENDARS, LIBRARY)
    assert b"<Name>Device listing under MDACS (projected)</Name>" in data
    imported, _ = import_mspdi(plan, data, "plan.xml", LIBRARY)
    assert "mdacs_listing" in imported.scenarios[-1].routes      # read back as the route, not a new one
    assert date(2000, 1, 1) < schedule.steps[REGIME].finish

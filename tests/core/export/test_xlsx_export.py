"""Steps to Excel: read back with openpyxl, dates and figures as the scheduler and the library give them."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export.xlsx_export import ESTIMATE, HEADERS, export_xlsx
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.shipped import CALENDARS


@pytest.fixture(scope="module")
def example():
    plan = worked_example("medicine", load_library())
    scenario = plan.scenario()
    return plan, scenario, compute_schedule(scenario, today=date(2026, 11, 25), calendars=CALENDARS), load_library()


def _read(path):
    book = openpyxl.load_workbook(path)
    sheet = book["Steps"]
    rows = list(sheet.iter_rows(values_only=True))
    return book, sheet, rows


def _as_date(value):
    return value.date() if isinstance(value, datetime) else value


def test_every_step_with_its_dates_basis_and_source(tmp_path, example):
    plan, scenario, schedule, library = example
    path = tmp_path / "steps.xlsx"
    export_xlsx(plan, scenario, schedule, path, library)
    book, sheet, rows = _read(path)
    assert rows[0] == HEADERS
    assert [r[0] for r in rows[1:]] == [s.name for s in scenario.steps]
    col = {name: i for i, name in enumerate(HEADERS)}
    for step, row in zip(scenario.steps, rows[1:]):
        timing = schedule.steps.get(step.id)
        if timing is None:   # a switched-off step has no dates
            assert not step.enabled and row[col["Start"]] is None and row[col["Finish"]] is None
        else:
            assert _as_date(row[col["Start"]]) == timing.start
            assert _as_date(row[col["Finish"]]) == timing.finish
            assert _as_date(row[col["Latest finish"]]) == timing.max_finish
            assert row[col["Float (days)"]] == timing.total_float
        if step.duration.is_estimate:
            assert row[col["Basis"]] == ESTIMATE and row[col["Source"]] is None and row[col["As of"]] is None
        else:
            fact = library.latest(step.duration.basis)
            assert row[col["Basis"]].startswith(fact.label)
            assert _as_date(row[col["As of"]]) == fact.as_of
            if fact.source_id:
                assert library.source(fact.source_id).title in row[col["Source"]]
        if step.kind.value != "milestone":
            assert row[col["Likely"]] == step.duration.likely
    assert any(r[col["Basis"]] != ESTIMATE for r in rows[1:]), "the example has sourced durations"


def test_the_header_is_styled_frozen_and_the_columns_sized(tmp_path, example):
    plan, scenario, schedule, library = example
    path = tmp_path / "steps.xlsx"
    export_xlsx(plan, scenario, schedule, path, library)
    book, sheet, rows = _read(path)
    assert sheet.freeze_panes == "B2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet["A1"].fill.fgColor.rgb.endswith("1F3B63")
    assert sheet.column_dimensions["A"].width >= 30
    assert sheet["D2"].number_format == "d mmm yyyy" and sheet["D2"].is_date
    about = dict((r[0], r[1]) for r in book["About"].iter_rows(values_only=True))
    assert about["Plan"] == plan.title and about["Scenario"] == scenario.name
    assert _as_date(about["Status date"]) == plan.as_of


def test_text_that_looks_like_a_formula_stays_text(tmp_path, example):
    import copy

    plan, scenario, schedule, library = example
    plan = copy.deepcopy(plan)
    scenario = plan.scenario()
    scenario.steps[0].name = '=HYPERLINK("http://evil.example","click")'
    scenario.steps[0].notes = "bell\x07 and nul\x00 characters"
    path = tmp_path / "steps.xlsx"
    export_xlsx(plan, scenario, compute_schedule(scenario, today=date(2026, 11, 25), calendars=CALENDARS), path, library)
    book = openpyxl.load_workbook(path)
    cell = book["Steps"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    notes = book["Steps"].cell(row=2, column=HEADERS.index("Notes") + 1).value
    assert notes == "bell and nul characters"


def test_a_failed_write_leaves_the_old_file(tmp_path, example, monkeypatch):
    from oases_desktop.core.export import xlsx_export

    plan, scenario, schedule, library = example
    path = tmp_path / "steps.xlsx"
    path.write_bytes(b"previous export")

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(xlsx_export, "workbook_bytes", broken)
    with pytest.raises(OSError):
        export_xlsx(plan, scenario, schedule, path, library)
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["steps.xlsx"]


def test_without_a_schedule_the_dates_are_blank(tmp_path, example):
    plan, scenario, _schedule, library = example
    path = tmp_path / "steps.xlsx"
    export_xlsx(plan, scenario, None, path, library)
    _book, _sheet, rows = _read(path)
    assert len(rows) == len(scenario.steps) + 1
    assert all(r[HEADERS.index("Start")] is None for r in rows[1:])

"""File > Export Steps to Excel: asks where, writes a workbook the user's spreadsheet reads back."""

from __future__ import annotations

import openpyxl


def test_the_file_menu_exports_the_steps_to_excel(window, plan, tmp_path, dialogs):
    window.document.set_plan(plan)
    target = tmp_path / "steps"   # no suffix typed: .xlsx is added
    dialogs.answer("save_file", (str(target), "Excel workbooks (*.xlsx)"))
    assert window.actions.export_xlsx.isEnabled()
    assert window.actions.export_xlsx in window.menuBar().actions()[0].menu().actions()
    window.actions.export_xlsx.trigger()
    written = tmp_path / "steps.xlsx"
    sheet = openpyxl.load_workbook(written)["Steps"]
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == [step.name for step in plan.scenario().steps]
    assert "steps.xlsx" in window.statusBar().currentMessage()


def test_without_a_plan_the_action_is_disabled(window):
    assert not window.actions.export_xlsx.isEnabled()

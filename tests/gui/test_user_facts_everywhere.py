"""One plan cites the same figures wherever it is shown or exported: an advisor's own fact, recorded
in the database (by the Library window's New value dialog too), reaches the Gantt pane's step cells,
the inspector, its "why these dates" pane, the chart's tooltip, the Export dialog's PDF, the Excel and
the CSV export; before it is recorded (a database that lacks it) all cite the shipped figure."""

from __future__ import annotations

import csv

import openpyxl
from PySide6.QtCore import Qt

from oases_desktop.core.examples import worked_example
from oases_desktop.core.export.xlsx_export import HEADERS
from oases_desktop.core.knowledge import load_library
from oases_desktop.gui.dates import display_date
from oases_desktop.gui.export_dialog import ExportDialog
from oases_desktop.gui.steps.model import COL_BASIS
from tests.advisor_facts import LETTER, SHIPPED_CITED, TURNAROUND, TURNAROUND_CITED, TURNAROUND_STEP, pdf_text, record_in

SHIPPED = load_library().latest(TURNAROUND.key)


def cited_on_screen(window) -> list[str]:
    """The basis as the Gantt pane's step cell tip, the inspector, its explanation pane and the chart's tooltip show it."""
    model = window.gantt.cells
    table = model.index(model.row_of(TURNAROUND_STEP), COL_BASIS).data(Qt.ItemDataRole.ToolTipRole)
    window.document.select_step(TURNAROUND_STEP)
    explained = window.inspector.explanation_html().split("</ul>")[0]   # this step's own reasons, not its drivers'
    return [table, window.inspector.basis.text(), explained,
            window.timeline.tooltip_for(TURNAROUND_STEP)]


def exported_pdf(window, qtbot, path) -> str:
    dialog = ExportDialog(window.session, window, path=path)
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.start_export()
    dialog.close()
    return pdf_text(path)


def excel_row(window, path) -> dict:
    assert window.files.export_xlsx(str(path))
    rows = list(openpyxl.load_workbook(path)["Steps"].iter_rows(values_only=True))
    name = window.document.step(TURNAROUND_STEP).name
    return dict(zip(HEADERS, next(row for row in rows if row[0] == name)))


def test_a_user_fact_is_cited_by_the_table_inspector_tooltip_pdf_and_excel(window, qtbot, tmp_path):
    window.document.set_plan(worked_example("medicine", load_library()))
    store = window.services.database().library   # the database the app opened (the data folder's)
    window.services.reload_library()

    shipped_date = display_date(SHIPPED.as_of)
    for text in cited_on_screen(window):
        assert "150" in text and shipped_date in text and "CIRS" in text and LETTER.title not in text
    assert SHIPPED_CITED in exported_pdf(window, qtbot, tmp_path / "shipped.pdf")
    row = excel_row(window, tmp_path / "shipped.xlsx")
    assert "150" in row["Basis"] and "CIRS" in row["Source"] and row["As of"].date() == SHIPPED.as_of

    record_in(store)                 # what the Library window does when the advisor adds a value
    window.services.reload_library()

    user_date = display_date(TURNAROUND.as_of)
    for text in cited_on_screen(window):
        assert "180" in text and LETTER.title in text and user_date in text, text
    text = exported_pdf(window, qtbot, tmp_path / "user.pdf")
    assert TURNAROUND_CITED in text and SHIPPED_CITED not in text
    row = excel_row(window, tmp_path / "user.xlsx")
    assert "180" in row["Basis"] and LETTER.title in row["Source"] and row["As of"].date() == TURNAROUND.as_of


def csv_row(window, path) -> dict:
    assert window.files.export_csv(str(path))
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return next(row for row in csv.DictReader(handle) if row["id"] == TURNAROUND_STEP)


def test_a_value_entered_in_the_library_window_is_cited_everywhere_and_in_the_csv(window, qtbot, tmp_path, monkeypatch):
    """As an advisor does it: Tools > Library, the fact, New value (own figure, new source, date), OK."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialog

    from oases_desktop.gui.fact_dialog import FactValueDialog

    window.document.set_plan(worked_example("medicine", window.services.library()))
    window.show_library()
    library_window = window.library_window
    library_window.select_fact(TURNAROUND.key)

    def fill(dialog: FactValueDialog):
        dialog.value.setValue(180)
        dialog.as_of.setDate(QDate(2026, 10, 12))
        dialog.source.combo.setCurrentIndex(0)   # a new source
        dialog.source.title.setText("Letter on 1+ processing")
        dialog.source.publisher.setText("Drug Office")
        dialog.source.date.setDate(QDate(2026, 10, 12))   # the letter's date: the PDF cites publisher and month
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FactValueDialog, "exec", fill)
    with qtbot.waitSignal(window.services.libraryChanged):
        library_window.add_fact_value()

    user_date = display_date(TURNAROUND.as_of)
    for text in cited_on_screen(window):
        assert "180" in text and "Letter on 1+ processing" in text and user_date in text, text
    text = exported_pdf(window, qtbot, tmp_path / "user.pdf")
    assert TURNAROUND_CITED in text and SHIPPED_CITED not in text   # 180 beside the plan's own 150
    row = excel_row(window, tmp_path / "user.xlsx")
    assert "180" in row["Basis"] and "Letter on 1+ processing" in row["Source"] and row["As of"].date() == TURNAROUND.as_of
    row = csv_row(window, tmp_path / "user.csv")
    assert "180" in row["basis_figure"] and "Letter on 1+ processing" in row["basis_source"]
    assert row["basis_as_of"] == TURNAROUND.as_of.isoformat() and row["basis"] == TURNAROUND.key

"""One date style in the GUI ("1 Dec 2026"), whole numbers for counts, sources named by publisher and title."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from oases_desktop.core.domain.product import ReferenceApproval
from oases_desktop.gui.commands import EditProfileCommand
from oases_desktop.gui.services import AppServices
from oases_desktop.core.knowledge import load_library

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def test_display_date_has_no_leading_zero_and_english_months():
    from oases_desktop.gui.dates import display_date, display_iso_date

    assert display_date(date(2026, 12, 1)) == "1 Dec 2026"
    assert display_date(date(2025, 6, 30)) == "30 Jun 2025"
    assert display_date(None, "—") == "—"
    assert display_iso_date("2026-07-01") == "1 Jul 2026"
    assert display_iso_date("not a date") == "not a date"


def test_approvals_table_shows_dates_like_the_rest_of_the_app(window, plan):
    window.build_panels()
    window.document.set_plan(plan)
    approvals = [ReferenceApproval(country="United States", date=date(2025, 6, 1))]
    window.document.push(EditProfileCommand(window.document, "reference_approvals", approvals))
    model = window.profile_form.approvals_model
    assert model.index(0, 2).data() == "1 Jun 2025"
    assert model.index(0, 2).data(Qt.ItemDataRole.EditRole) == QDate(2025, 6, 1)


def _all_cells(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:   # list models (QListWidget's) keep columnCount private: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield str(index.data() or "")
            if column == 0:
                yield from _all_cells(model, index)


def test_library_window_shows_no_iso_dates_and_no_source_ids(qtbot):
    from oases_desktop.gui.library_window import LibraryWindow

    services = AppServices()
    window = LibraryWindow(services)
    qtbot.addWidget(window)
    library = services.library()
    source_ids = {s.id for s in library.sources}
    for model in (window.facts_model, window.sources_model, window.routes_model):
        cells = list(_all_cells(model))
        assert not [c for c in cells if ISO.search(c)], model
    fact_cells = list(_all_cells(window.facts_model)) + list(_all_cells(window.routes_model))
    assert not [c for c in fact_cells if c in source_ids or any(part.strip() in source_ids for part in c.split(";"))]
    # the facts' source column names publisher and title of the library's own source
    key = next(k for k in library.fact_keys() if library.latest(k).source_id)
    source = library.source(library.latest(key).source_id)
    row = window.facts_model.row_of(key)
    assert window.facts_model.index(row, 3).data() == f"{source.publisher}: {source.title}"
    # sorting by "As of" follows the calendar, not the alphabet
    window.facts_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    proxy = window.facts_proxy
    shown = [window.facts_model.history(proxy.mapToSource(proxy.index(r, 0)).row()).latest.as_of
             for r in range(proxy.rowCount())]
    assert shown == sorted(shown)
    services.close()


def test_fact_dialog_shows_counts_as_whole_numbers(qtbot):
    from oases_desktop.gui.fact_dialog import FactValueDialog

    library = AppServices().library()
    history = library.history("gba_connect.institutions")
    dialog = FactValueDialog(library, history)
    qtbot.addWidget(dialog)
    latest = history.latest
    assert dialog.value.text() == f"{int(latest.value)} institutions"
    assert dialog.value.decimals() == 0
    source = library.source(latest.source_id)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert source.publisher in texts and latest.source_id not in texts
    months = next(k for k in library.fact_keys() if library.latest(k).unit == "months")
    months_dialog = FactValueDialog(library, library.history(months))
    qtbot.addWidget(months_dialog)
    assert months_dialog.value.decimals() >= 1   # "1.5 months" is a real value


def test_date_cells_edit_in_the_same_format(window, plan):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from oases_desktop.gui.date_field import DateField

    from oases_desktop.gui.models.approvals_model import COL_DATE
    from oases_desktop.gui.steps.model import COL_START

    window.build_panels()
    window.document.set_plan(plan)
    approvals = [ReferenceApproval(country="United States", date=date(2025, 6, 1))]
    window.document.push(EditProfileCommand(window.document, "reference_approvals", approvals))
    cells = ((window.profile_form.approvals, window.profile_form.approvals_model.index(0, COL_DATE)),
             (window.gantt.table, window.gantt.proxy.mapFromSource(window.gantt.outline.step_index("prep", COL_START))))
    for view, index in cells:
        editor = view.itemDelegateForIndex(index).createEditor(view.viewport(), QStyleOptionViewItem(), index)
        assert isinstance(editor, DateField)
        view.itemDelegateForIndex(index).setEditorData(editor, index)
        assert ISO.search(editor.text()) is None
        assert editor.text().count(" ") == 2, editor.text()


def test_no_iso_date_anywhere_in_the_main_window(window):
    """Every label, table and tree of the window with the worked example open reads dates as '1 Dec 2026'."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTextBrowser

    from oases_desktop.core.examples import worked_example

    window.build_panels()
    plan = worked_example("medicine", load_library())
    plan.product.reference_approvals = [ReferenceApproval(country="United States", date=date(2025, 6, 1))]
    window.document.set_plan(plan)
    window.eligibility.view.expandAll()
    step = window.document.scenario().steps[-1].id
    window.document.select_step(step)
    texts = [w.text() for w in window.findChildren(QLabel)] + [w.text() for w in window.findChildren(QAbstractButton)]
    texts += [w.toPlainText() for w in window.findChildren(QTextBrowser)]
    if hasattr(window.inspector, "explanation_html"):
        texts.append(window.inspector.explanation_html())
    for view in window.findChildren(QAbstractItemView):
        if view.model() is not None:
            texts += list(_all_cells(view.model()))
    assert len(texts) > 200
    assert [t for t in texts if ISO.search(t)] == []

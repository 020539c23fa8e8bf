"""Reference library window: facts with history, a user's own value with its own source, stale flags."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QDate
from PySide6.QtWidgets import QDialog

from oases_desktop.gui.models.library_models import FactKeyRole
from oases_desktop.gui.services import AppServices


def test_user_value_with_new_source_joins_the_history(qtbot, monkeypatch):
    from oases_desktop.gui.fact_dialog import FactValueDialog
    from oases_desktop.gui.library_window import LibraryWindow

    services = AppServices()
    window = LibraryWindow(services)
    qtbot.addWidget(window)
    library = services.library()
    key = next(k for k in library.fact_keys()  # a number whose newest value is older than the one entered
               if not isinstance(library.latest(k).value, str) and library.latest(k).as_of < date(2026, 10, 1))
    shipped = library.history(key)
    window.select_fact(key)
    assert window.selected_fact_key() == key
    assert window.history_model.rowCount() == len(shipped.entries)

    def fill(dialog: FactValueDialog):
        dialog.value.setValue(123)
        dialog.as_of.setDate(QDate(2026, 10, 1))
        dialog.source.combo.setCurrentIndex(0)  # a new source
        dialog.source.title.setText("Advisor's call with the DH, October 2026")
        dialog.source.publisher.setText("Own notes")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FactValueDialog, "exec", fill)
    with qtbot.waitSignal(services.libraryChanged):
        window.add_fact_value()
    updated = services.library()
    latest = updated.latest(key)
    assert latest.value == 123 and latest.as_of == date(2026, 10, 1) and str(latest.origin) == "user"
    source = updated.source(latest.source_id)
    assert source.publisher == "Own notes"
    assert len(updated.history(key).entries) == len(shipped.entries) + 1  # the shipped values stay
    assert window.selected_fact_key() == key
    assert window.history_model.rowCount() == len(shipped.entries) + 1
    # newest first, the source named by its publisher and title (its id only in the tooltip)
    assert window.history_model.index(0, 2).data() == "Own notes: Advisor's call with the DH, October 2026"
    assert latest.source_id in window.history_model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    row = window.facts_model.row_of(key)
    assert window.facts_model.index(row, 4).data() == "you"
    services.close()


def test_estimate_needs_no_source(qtbot):
    from oases_desktop.gui.fact_dialog import FactValueDialog

    library = AppServices().library()
    key = next(k for k in library.fact_keys()  # a number whose newest value is older than the one entered
               if not isinstance(library.latest(k).value, str) and library.latest(k).as_of < date(2026, 10, 1))
    dialog = FactValueDialog(library, library.history(key))
    qtbot.addWidget(dialog)
    dialog.source.combo.setCurrentIndex(0)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a new source needs a title and publisher
    dialog.estimate.setChecked(True)
    assert ok.isEnabled()
    assert dialog.fact.estimate and dialog.fact.source_id is None and dialog.new_source is None


def test_stale_facts_are_counted_and_flagged(qtbot):
    from oases_desktop.gui.library_window import LibraryWindow
    from oases_desktop.gui.models.library_models import is_stale

    services = AppServices()
    window = LibraryWindow(services)
    qtbot.addWidget(window)
    library = services.library()
    today = window.facts_model.today
    stale = [k for k in library.fact_keys() if is_stale(library.latest(k), today)]
    if stale:
        assert str(len(stale)) in window.stale_label.text()
        row = window.facts_model.row_of(stale[0])
        assert "stale" in window.facts_model.index(row, 2).data()
    fresh = [k for k in library.fact_keys() if not is_stale(library.latest(k), today)]
    if fresh:
        row = window.facts_model.row_of(fresh[0])
        assert "stale" not in window.facts_model.index(row, 2).data()
        assert window.facts_model.index(row, 0).data(FactKeyRole) == fresh[0]
    services.close()

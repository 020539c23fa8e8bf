"""The Calendars page and File > Export/Import Library, as an advisor uses them in the running app.

A Mainland 2027 notice entered on the page reschedules the open plan (the 20-working-day clock of
tests/core/scheduling/test_calendar_notices.py: Thu 4 Mar -> Fri 5 Mar 2027) and clears the
"estimated" warning; exported to a file and imported into a second database it does the same there.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from oases_desktop.core.domain.plan import Calendar, Plan
from oases_desktop.core.domain.product import ProductProfile
from tests.gui.conftest import session_for
from tests.core.scheduling.test_calendar_notices import CN_2027, SOURCE, _clock


def _open_clock_plan(window) -> None:
    plan = Plan("p", "Clock", "c", ProductProfile("X"), date(2026, 12, 7), [_clock(Calendar.CN, date(2027, 2, 1), 20)], "s")
    window.document.set_plan(plan)


def test_a_notice_entered_on_the_calendars_page_reschedules_the_open_plan(window, qtbot, monkeypatch):
    from oases_desktop.gui.notice_dialog import NoticeDialog

    _open_clock_plan(window)
    assert window.document.schedule.steps["a"].finish == date(2027, 3, 4)
    assert any("CN working-day calendar for 2027 is estimated" in w for w in window.document.schedule.warnings)
    assert window.document.schedule.estimated_calendars == (("CN", (2027,)),)
    assert not window.calendar_status.isHidden() and window.calendar_status.text() == "⚠ Estimated calendars: CN 2027"
    window.calendar_status.click()  # opens the Calendars page on that year
    page = window.library_window.calendars_page
    assert window.library_window.tabs.currentWidget() is page
    assert (page.code, page.year.value()) == ("CN", 2027)
    assert "estimated" in page.status.text() and not page.remove.isEnabled()
    assert "Chinese New Year's Eve" in [page.days_model.index(r, 2).data() for r in range(page.days_model.rowCount())]

    def fill(dialog: NoticeDialog):
        assert dialog.year == 2027 and dialog.model.rowCount() == page.days_model.rowCount()  # pre-filled
        dialog.model.set_rows([])
        for day in CN_2027.days_off:
            dialog.day.setDate(day.date)
            dialog.day_name.setText(day.name)
            dialog.add_day("off")
        dialog.day.setDate(date(2027, 2, 22))  # a Monday cannot be a make-up working day
        dialog.add_day("makeup")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        assert "weekday" in dialog.problem.text()
        dialog.view.selectRow(dialog.model.rowCount() - 1)
        dialog.remove_selected()
        dialog.day.setDate(date(2027, 2, 20))
        dialog.day_name.setText("Spring Festival make-up working day")
        dialog.add_day("makeup")
        dialog.source.combo.setCurrentIndex(0)
        dialog.source.title.setText(SOURCE.title)
        dialog.source.publisher.setText(SOURCE.publisher)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoticeDialog, "exec", fill)
    with qtbot.waitSignal(window.services.libraryChanged):
        page.enter_notice()
    stored = window.services.database().library.notices()
    assert [(n.key, n.days_off, n.makeup_workdays) for n in stored] == [
        (("CN", 2027), CN_2027.days_off, CN_2027.makeup_workdays)]
    assert window.document.schedule.steps["a"].finish == date(2027, 3, 5)
    assert not [w for w in window.document.schedule.warnings if "2027" in w]
    assert window.calendar_status.isHidden()
    assert "the published notice you entered" in page.status.text() and page.remove.isEnabled()
    assert page.notices_model.rowCount() == 1 and page.notices_model.index(0, 4).data().startswith("Test: ")


def test_export_library_then_import_it_into_a_second_database(window, qtbot, tmp_path, settings):
    from oases_desktop.gui import library_files
    from oases_desktop.gui.main_window import MainWindow

    window.services.database().library.save_notice(CN_2027, SOURCE)
    path = tmp_path / "notices.json"
    text = library_files.export_library_file(window, window.services, ask_path=lambda _parent: str(path))
    assert text == "Exported 0 fact value(s) and 1 calendar notice(s) to notices.json"

    colleague = MainWindow(db_url=f"sqlite:///{tmp_path / 'colleague.sqlite'}", settings=settings)
    try:
        _open_clock_plan(colleague)
        assert colleague.document.schedule.steps["a"].finish == date(2027, 3, 4)
        shown = []

        def confirm(_parent, name, lines):
            shown.append((name, lines))
            return True

        text = library_files.import_library_file(colleague, colleague.services, ask_path=lambda _p: str(path),
                                                 confirm=confirm)
        assert text == "Imported notices.json into your library"
        assert shown == [("notices.json", [f"New source: Test: {SOURCE.title} (2026-12-01)",
                                           "Calendar notice CN 2027 (new): 10 days off, 1 make-up working day"])]
        assert colleague.document.schedule.steps["a"].finish == date(2027, 3, 5)
        assert colleague.services.database().library.notices() == [CN_2027]
    finally:
        colleague.document.undo_stack.setClean()
        colleague.close()
        colleague.services.close()


def test_an_import_the_advisor_declines_stores_nothing(window, tmp_path):
    from oases_desktop.core.knowledge.exchange import export_library
    from tests.shipped import LIBRARY

    from oases_desktop.gui import library_files

    path = tmp_path / "notices.json"
    export_library(LIBRARY.with_user_facts([], [SOURCE], [CN_2027]), path)
    assert library_files.import_library_file(window, window.services, ask_path=lambda _p: str(path),
                                             confirm=lambda *_args: False) is None
    assert window.services.database().library.notices() == []


def test_explain_this_date_in_the_inspector_names_the_makeup_saturday(qtbot):
    """10 CN working days from Thu 1 Oct 2026 end Tue 20 Oct, counting Sat 10 Oct (State Council 2026)."""
    from oases_desktop.gui.document import PlanDocument
    from oases_desktop.gui.inspector import Inspector
    from tests.shipped import CALENDARS

    doc = PlanDocument(lambda: CALENDARS)
    doc.set_plan(Plan("p", "Clock", "c", ProductProfile("X"), date(2026, 9, 1),
                      [_clock(Calendar.CN, date(2026, 10, 1), 10)], "s"))
    inspector = Inspector(session_for(doc))
    qtbot.addWidget(inspector)
    doc.select_step("a")
    html = inspector.explanation_html()
    assert "Counts Sat 10 Oct 2026 as a working day (make-up working day, CN)." in html
    assert "Starts on the next CN working day, Thu 8 Oct 2026." in html and "to Tue 20 Oct 2026" in html

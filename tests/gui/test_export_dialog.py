"""Export dialog: live page previews of the real report, export off the GUI thread, passwords."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from oases_desktop.core.knowledge import load_library
from tests.shipped import CALENDARS
from oases_desktop.gui.export_dialog import ExportDialog
from tests.gui.timeline_plans import two_route_plan
from tests.gui.conftest import session_for

SHIPPED = load_library()


@pytest.fixture
def dialog(qtbot, tmp_path):
    from oases_desktop.gui.document import PlanDocument

    doc = PlanDocument(lambda: CALENDARS)
    doc.today = date(2026, 3, 1)
    doc.set_plan(two_route_plan())
    widget = ExportDialog(session_for(doc), path=tmp_path / "report.pdf")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_preview_shows_every_page_of_the_report(qtbot, dialog):
    from oases_desktop.core.export.pdf import render_pdf

    qtbot.waitUntil(lambda: bool(dialog.page_images), timeout=15000)
    expected = len(PdfReader(io.BytesIO(render_pdf(dialog.document.plan, dialog.options(), library=SHIPPED))).pages)
    assert len(dialog.page_images) == expected
    assert all(not image.isNull() and image.width() > 100 for image in dialog.page_images)
    portrait_before = dialog.page_images[0].height() > dialog.page_images[0].width()
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    qtbot.waitUntil(lambda: (dialog.page_images[0].height() > dialog.page_images[0].width()) != portrait_before,
                    timeout=15000)


def test_export_writes_the_pdf_with_watermark_and_password(qtbot, dialog, tmp_path):
    dialog.watermark.setEditText("Draft")
    dialog.password.setText("s3cret")
    dialog.password_again.setText("s3cret")
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        dialog.start_export()
    path = tmp_path / "report.pdf"
    assert blocker.args == [str(path)]
    reader = PdfReader(str(path))
    assert reader.is_encrypted
    assert reader.decrypt("s3cret")
    assert "Draft" in "".join(page.extract_text() or "" for page in reader.pages)


def test_mismatched_passwords_write_nothing(qtbot, dialog, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog.password.setText("one")
    dialog.password_again.setText("two")
    dialog.start_export()
    assert warnings and "same password" in warnings[0]
    assert not (tmp_path / "report.pdf").exists()


def test_options_follow_the_form(dialog):
    dialog.paper.setCurrentIndex(dialog.paper.findData("a3"))
    dialog.fit_one_page.setChecked(True)
    dialog.scale.setCurrentIndex(dialog.scale.findData("quarter"))
    options = dialog.options(with_password=False)
    assert (options.paper, options.fit_one_page, options.scale, options.password) == ("a3", True, "quarter", None)
    assert options.scenario_id == "base" and options.issue_date == date(2026, 3, 1)


def test_the_next_export_offers_the_last_options_but_never_the_password(qtbot, tmp_path, settings):
    from oases_desktop.gui.document import PlanDocument

    doc = PlanDocument(lambda: CALENDARS)
    doc.today = date(2026, 3, 1)
    doc.set_plan(two_route_plan())
    first = ExportDialog(session_for(doc, settings), path=tmp_path / "first.pdf")
    qtbot.addWidget(first)
    first.paper.setCurrentIndex(first.paper.findData("letter"))
    first.orientation.setCurrentIndex(first.orientation.findData("portrait"))
    first.scale.setCurrentIndex(first.scale.findData("quarter"))
    first.fit_one_page.setChecked(True)
    first.watermark.setEditText("Draft")
    first.password.setText("s3cret")
    first.password_again.setText("s3cret")
    with qtbot.waitSignal(first.exported, timeout=20000):
        first.start_export()
    second = ExportDialog(session_for(doc, settings))
    qtbot.addWidget(second)
    options = second.options()
    assert (options.paper, options.orientation, options.scale, options.fit_one_page, options.watermark) == (
        "letter", "portrait", "quarter", True, "Draft")
    assert options.password is None and second.password.text() == ""
    assert Path(second.path.text()).parent == tmp_path   # the folder of the last export


def test_a_cancelled_dialog_leaves_the_remembered_options_alone(qtbot, tmp_path, settings):
    from oases_desktop.gui.document import PlanDocument

    doc = PlanDocument(lambda: CALENDARS)
    doc.set_plan(two_route_plan())
    settings.set("export/pdf_options", {"paper": "a3"})
    dialog = ExportDialog(session_for(doc, settings), path=tmp_path / "x.pdf")
    qtbot.addWidget(dialog)
    assert dialog.options().paper == "a3"
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.cancel()
    assert settings.get("export/pdf_options") == {"paper": "a3"}

"""File > Export MS Project XML / Import MS Project XML / Export Image, as an advisor uses them:
the import shows its report before anything changes and is one undo step; the image dialog saves
PNG and SVG and puts the picture on the clipboard."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog

from oases_desktop.core.examples import worked_example
from oases_desktop.gui.handover import ImportReportDialog, export_mspdi, import_mspdi

SHOTS = Path(os.environ.get("OASES_SHOTS", "/tmp"))


@pytest.fixture
def example(window):
    plan = worked_example("medicine", window.session.library())
    window.document.set_plan(plan)
    return plan


def _file_menu(window):
    return window.menuBar().actions()[0].menu().actions()


def test_export_then_import_gives_an_undoable_scenario_with_the_same_dates(window, example, tmp_path, dialogs,
                                                                           monkeypatch):
    a = window.actions
    assert {a.export_mspdi, a.import_mspdi, a.export_image} <= set(_file_menu(window))
    before = {s: (t.start, t.finish) for s, t in window.document.schedule.steps.items()}
    original = window.document.scenario()
    dialogs.answer("save_file", (str(tmp_path / "plan"), "MS Project XML (*.xml)"))
    a.export_mspdi.trigger()
    written = tmp_path / "plan.xml"
    assert ElementTree.fromstring(written.read_bytes()).tag.endswith("Project")
    assert "plan.xml" in window.statusBar().currentMessage()

    shown = []

    def accept(dialog):
        shown.append(dialog)
        dialog.grab().save(str(SHOTS / "import_report_dialog.png"))
        assert len(window.document.plan.scenarios) == 2   # nothing changed while the report is up
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReportDialog, "exec", accept)
    dialogs.answer("open_file", (str(written), ""))
    a.import_mspdi.trigger()
    assert f"{len(before)} steps" in shown[0].summary.text()   # the scheduled ones (a disabled option is not)
    plan = window.document.plan
    assert len(plan.scenarios) == 3 and window.document.scenario_id == "mspdi_1"
    imported = window.document.scenario()
    assert len(imported.steps) == len(before)
    after = sorted((t.start, t.finish) for t in window.document.schedule.steps.values())
    assert after == sorted(before.values())          # the same schedule, step for step
    assert window.document.undo_stack.undoText().startswith("Import scenario from plan.xml")
    window.document.undo_stack.undo()
    assert [s.id for s in window.document.plan.scenarios] == [s.id for s in example.scenarios]
    assert window.document.scenario_id == original.id
    window.document.undo_stack.redo()
    assert window.document.scenario_id == "mspdi_1"


def test_cancelling_the_report_changes_nothing(window, example, tmp_path, dialogs, monkeypatch):
    written = tmp_path / "plan.xml"
    assert export_mspdi(window, str(written))
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    count = window.document.undo_stack.count()
    assert not import_mspdi(window, str(written))
    assert len(window.document.plan.scenarios) == 2 and window.document.undo_stack.count() == count


def test_a_hostile_file_is_one_line_naming_it_and_changes_nothing(window, example, tmp_path, dialogs):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                    '<Project xmlns="http://schemas.microsoft.com/project"><Name>&b;</Name></Project>')
    count = window.document.undo_stack.count()
    assert not import_mspdi(window, str(bomb))
    boxes = dialogs.texts("box")
    assert len(boxes) == 1 and "bomb.xml" in boxes[0] and "\n" not in boxes[0].strip()
    assert len(window.document.plan.scenarios) == 2 and window.document.undo_stack.count() == count


def test_the_report_lists_what_was_not_carried(window, example, tmp_path, monkeypatch):
    written = tmp_path / "plan.xml"
    assert export_mspdi(window, str(written))
    text = written.read_text(encoding="utf-8").replace(
        "</Project>", "<Resources><Resource><UID>1</UID><Name>Regulatory lead</Name></Resource></Resources></Project>")
    with_people = tmp_path / "with people.xml"
    with_people.write_text(text, encoding="utf-8")
    seen = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: seen.append(self) or QDialog.DialogCode.Rejected)
    import_mspdi(window, str(with_people))
    items = [seen[0].not_carried.item(i).text() for i in range(seen[0].not_carried.count())]
    assert any("1 resources" in item for item in items)
    seen[0].grab().save(str(SHOTS / "import_report_not_carried.png"))


def test_the_image_dialog_saves_png_and_svg_and_copies_the_picture(window, example, tmp_path, settings):
    from oases_desktop.core.export.image import pixel_size
    from oases_desktop.gui.image_dialog import ImageExportDialog

    dialog = ImageExportDialog(window.document, window.session.library(), window, settings)
    assert [dialog.what.itemData(i) for i in range(dialog.what.count())] == ["timeline", "comparison", "milestones"]
    dialog.grab().save(str(SHOTS / "image_dialog.png"))
    dialog.dpi.setValue(200)
    assert dialog.save(str(tmp_path / "timeline.png"))
    image = QImage(str(tmp_path / "timeline.png"))
    assert (image.width(), image.height()) == pixel_size(dialog.figure(), 200)
    dialog.what.setCurrentIndex(2)
    dialog.format.setCurrentIndex(1)
    assert not dialog.dpi.isEnabled()
    assert dialog.save(str(tmp_path / "milestones.svg"))
    texts = [t.text for t in ElementTree.fromstring((tmp_path / "milestones.svg").read_bytes()).iter()
             if t.tag.endswith("text")]
    assert "Key milestone" in texts
    dialog.what.setCurrentIndex(0)
    assert dialog.copy_to_clipboard()
    pasted = QGuiApplication.clipboard().image()
    assert (pasted.width(), pasted.height()) == pixel_size(dialog.figure(), 200)
    assert settings.get("export/image_dpi") in (200, "200")


def test_the_export_carries_the_baseline_the_window_shows(window, example, tmp_path):
    from oases_desktop.core.scheduling.calendars import calendars_for
    from oases_desktop.core.tracking.baselines import take_baseline

    library = window.session.library()
    baseline = take_baseline(example, "Presented to client", library, calendars_for(library), runs=0)
    example.baselines.append(baseline)
    window.document.set_plan(example)
    assert window.document.baseline() is not None and window.document.baseline().name == "Presented to client"
    written = tmp_path / "plan.xml"
    assert export_mspdi(window, str(written))
    ns = "{http://schemas.microsoft.com/project}"
    root = ElementTree.fromstring(written.read_bytes())
    finishes = {t.findtext(f"{ns}Name"): t.findtext(f"{ns}Baseline/{ns}Finish") for t in root.iter(f"{ns}Task")}
    compared = 0
    for recorded in baseline.dates:
        step = example.scenario().step(recorded.step_id)
        if step.kind.value == "task" and step.name in finishes:
            assert finishes[step.name].startswith(recorded.finish.isoformat())
            compared += 1
    assert compared >= 10

"""Every export refuses a plan that cannot be scheduled, with the same message, and writes no file."""

from __future__ import annotations

from oases_desktop.core.domain import Dependency


def test_every_export_refuses_a_plan_without_dates(window, plan, dialogs, tmp_path, monkeypatch):
    from oases_desktop.gui import export_dialog

    plan.scenarios[0].dependencies.append(Dependency("review", "prep"))   # a loop: no dates can be computed
    window.build_panels()
    window.document.set_plan(plan)
    assert window.document.schedule is None and window.document.schedule_error
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: (_ for _ in ()).throw(AssertionError("opened")))
    files = window.files
    targets = {"csv": tmp_path / "steps.csv", "xlsx": tmp_path / "steps.xlsx", "ics": tmp_path / "m.ics"}
    assert files.export_csv(str(targets["csv"])) is False
    assert files.export_xlsx(str(targets["xlsx"])) is False
    assert files.export_ical(str(targets["ics"])) is False
    window.actions.export_pdf.trigger()
    messages = dialogs.texts("box")
    assert len(messages) == 4
    assert len(set(messages)) == 1, messages                     # the same words for each export
    assert "no dates yet" in messages[0] and window.document.schedule_error in messages[0]
    assert not any(path.exists() for path in targets.values())

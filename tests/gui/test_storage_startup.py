"""The database at start-up through the app: damaged, in use, too new, failed upgrade, notices, backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from oases_desktop.core.storage import (DatabaseInUseError, DatabaseTooNewError, MigrationError, open_database,
                                        restore_backup)
from oases_desktop.core.storage.backup import backup_database
from oases_desktop.gui import storage_startup
from oases_desktop.gui.storage_startup import FILES_ONLY, FRESH, RESTORE, BackupScheduler, damaged_database_box
from oases_desktop.paths import user_data_dir


def _stored_database_with_backup(tmp_path) -> tuple[Path, Path, str]:
    """A real database holding one extra plan, a verified backup of it, then the file wrecked."""
    from tests.gui.conftest import make_plan

    db = open_database()
    plan = make_plan()
    plan.id, plan.title = "kept-plan", "The plan in the backup"
    db.plans.create(plan)
    backup = backup_database(db.file, db.backups_folder, "test")
    db_file = db.file
    db.close()
    db_file.write_bytes(b"this is not a database, it was overwritten\n" * 500)
    return db_file, backup, plan.id


def _choose(monkeypatch, choice: str, seen: list):
    def ask(parent, error):
        seen.append(error)
        return choice
    monkeypatch.setattr(storage_startup, "ask_about_damaged_database", ask)


def test_a_damaged_database_is_kept_aside_and_the_last_good_backup_restored(window, tmp_path, monkeypatch):
    db_file, backup, plan_id = _stored_database_with_backup(tmp_path)
    seen: list = []
    _choose(monkeypatch, RESTORE, seen)
    window.start_session(offer_recovery=False)
    error = seen[0]
    assert error.path == db_file and error.kept_as is not None and error.kept_as.exists()
    assert error.kept_as.read_bytes().startswith(b"this is not a database")   # the damaged file kept, untouched
    assert error.backups[0] == backup
    assert window.services.has_database()
    assert plan_id in {p.id for p in window.services.database().plans.list_plans()}   # the backup's plans are back
    assert window.plans_panel.model.rowCount() >= 1 and window.plans_panel.message.isHidden()


def test_a_damaged_database_can_be_replaced_by_an_empty_one(window, tmp_path, monkeypatch):
    db_file, _backup, plan_id = _stored_database_with_backup(tmp_path)
    seen: list = []
    _choose(monkeypatch, FRESH, seen)
    window.start_session(offer_recovery=False)
    assert window.services.has_database()
    ids = {p.id for p in window.services.database().plans.list_plans()}
    assert plan_id not in ids
    assert seen[0].kept_as.exists() and db_file.exists() and db_file != seen[0].kept_as
    assert window.document.plan is not None   # and the advisor still sees a plan (the worked example)


def test_working_with_files_only_keeps_the_database_closed_and_says_so(window, tmp_path, monkeypatch, qtbot):
    _stored_database_with_backup(tmp_path)
    _choose(monkeypatch, FILES_ONLY, [])
    window.start_session(offer_recovery=False)
    qtbot.wait(10)  # the plans list fills after the plan has painted
    assert not window.services.has_database()
    assert window.services.unavailable_reason() is not None
    assert window.plans_panel.message.isVisibleTo(window.plans_panel)
    assert any("plan files only" in text for text in window.notices.texts())
    assert window.document.plan is not None


def test_a_damaged_database_left_for_later_is_offered_again_at_the_next_start(window, tmp_path, monkeypatch, qtbot,
                                                                               settings):
    from oases_desktop.gui.main_window import MainWindow

    db_file, backup, plan_id = _stored_database_with_backup(tmp_path)
    _choose(monkeypatch, FILES_ONLY, [])
    window.start_session(offer_recovery=False)
    qtbot.wait(10)
    assert not db_file.exists()                      # set aside; nothing created in its place
    assert settings.get("storage/damaged_database")["kept_as"]
    window.document.undo_stack.setClean()
    window.close()   # the next start of the app
    seen: list = []
    _choose(monkeypatch, RESTORE, seen)
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    again.start_session(offer_recovery=False)
    qtbot.wait(10)
    assert seen and backup in seen[0].backups        # asked again instead of starting empty
    assert plan_id in {p.id for p in again.services.database().plans.list_plans()}
    assert settings.get("storage/damaged_database") == {}
    again.document.undo_stack.setClean()
    again.close()


def test_the_damaged_database_question_names_the_kept_file_and_the_backup(window, tmp_path):
    db_file, backup, _ = _stored_database_with_backup(tmp_path)
    with pytest.raises(Exception) as caught:
        open_database()
    error = caught.value
    box, buttons = damaged_database_box(window, error)
    assert str(error.kept_as) in box.text() and backup.name in box.text() and "damaged" in box.text()
    assert set(buttons) == {RESTORE, FRESH, FILES_ONLY}
    assert box.defaultButton() is buttons[RESTORE]
    box.setParent(None)
    grab = box.grab()
    assert not grab.isNull()
    grab.save(str(tmp_path / "damaged.png"))


def test_without_a_backup_only_an_empty_database_or_files_are_offered(window, tmp_path):
    from oases_desktop.core.storage import DatabaseCorruptError

    error = DatabaseCorruptError(tmp_path / "plans.sqlite", "file is not a database", tmp_path / "kept.sqlite", [])
    box, buttons = damaged_database_box(window, error)
    assert set(buttons) == {FRESH, FILES_ONLY}
    assert "No good backup" in box.text()


def _refuse_with(monkeypatch, error):
    import oases_desktop.core.storage.database as database

    def refuse(url=None, **kwargs):
        raise error
    monkeypatch.setattr(database, "open_database", refuse)


def test_a_database_open_in_another_window_leaves_plan_files_usable(window, monkeypatch, dialogs, qtbot):
    _refuse_with(monkeypatch, DatabaseInUseError(user_data_dir() / "plans.sqlite", "PID 4242 on laptop-7"))
    window.start_session(offer_recovery=False)
    qtbot.wait(10)
    text = " ".join(dialogs.texts("box"))
    assert "another OASES window" in text and "PID 4242" in text
    assert not window.services.has_database()
    assert len(dialogs.texts("box")) == 1   # asked once, not again when the plans list fills
    assert window.document.plan is not None   # the worked example, as a file-mode plan
    assert any("plan files only" in t for t in window.notices.texts())
    assert "PID 4242" in window.plans_panel.message.text()


def test_a_database_in_use_can_quit_the_app(window, monkeypatch, qtbot):
    _refuse_with(monkeypatch, DatabaseInUseError(user_data_dir() / "plans.sqlite", "PID 4242"))

    def click_quit(box):
        next(b for b in box.buttons() if b.text() == "Quit").click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", click_quit)
    window.show()
    window.start_session(offer_recovery=False)
    qtbot.waitUntil(lambda: not window.isVisible())


@pytest.mark.parametrize("error, words", [
    (DatabaseTooNewError("plans.sqlite", "0099_future"), ["newer version", "0099_future"]),
    (MigrationError("plans.sqlite", "disk I/O error", Path("/data/backups/before-upgrade.sqlite")),
     ["Could not upgrade", "before-upgrade.sqlite"]),
])
def test_a_database_too_new_or_not_upgradable_is_explained(window, monkeypatch, dialogs, error, words):
    _refuse_with(monkeypatch, error)
    window.start_session(offer_recovery=False)
    text = " ".join(dialogs.texts("box"))
    assert all(word in text for word in words)
    assert not window.services.has_database()
    assert window.document.plan is not None


class _FakeDatabase:
    location_warning = "Your data folder is inside a Dropbox folder; the sync may damage the database."
    backup_problem = "No space left on device while writing the backup"

    def __init__(self):
        self.calls = 0

    def backup_if_due(self):
        self.calls += 1
        return None


def test_location_warning_and_backup_problem_are_shown_once_without_blocking(window, monkeypatch, dialogs):
    fake = _FakeDatabase()
    window.services._database = fake
    storage_startup.show_database_notices(window)
    storage_startup.show_database_notices(window)
    texts = window.notices.texts()
    assert len(texts) == 2
    assert "Dropbox" in texts[0] and "No space left" in texts[1]
    assert dialogs.shown == []   # nothing modal
    window.notices.dismiss("database-location")
    assert window.notices.texts() == [texts[1]]
    window.services._database = None


def test_backups_are_taken_every_half_hour_while_the_app_runs(window):
    fake = _FakeDatabase()
    window.services._database = fake
    scheduler = BackupScheduler(window)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 30 * 60 * 1000
    scheduler.timer.timeout.emit()
    scheduler.timer.timeout.emit()
    assert fake.calls == 2
    window.services._database = None


def test_the_scheduled_backup_writes_a_verified_copy(window):
    from oases_desktop.core.storage.backup import check_file, list_backups

    assert storage_startup.ensure_database(window)
    db = window.services.database()
    for old in list_backups(db.backups_folder):   # make a backup due (none yet)
        old.unlink()
    made = BackupScheduler(window).run()
    assert made is not None and made.exists() and check_file(made, full=True) == "ok"
    assert restore_backup is not None


def test_the_session_starts_the_backup_timer(window):
    window.start_session(offer_recovery=False)
    assert isinstance(window.session.backup_scheduler, BackupScheduler)
    assert window.session.backup_scheduler.timer.isActive()

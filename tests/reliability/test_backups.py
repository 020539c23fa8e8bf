"""Scheduled, verified backups with Anki's thinning (12 daily, 10 weekly, 9 monthly)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from oases_desktop.core.storage import open_database, restore_backup
from oases_desktop.core.storage.backup import (
    backup_time, check_file, content_stamp, list_backups, obsolete_backups,
)
from tests.core.storage.plans_factory import full_plan


def _kept(days_back: list[int], today: date) -> list[date]:
    backups = [(Path(f"b{n}"), datetime.combine(today - timedelta(days=n), datetime.min.time()).replace(hour=12))
               for n in days_back]
    doomed = set(obsolete_backups(backups, today))
    return sorted((moment.date() for path, moment in backups if path not in doomed), reverse=True)


def test_a_year_of_daily_backups_thins_to_2_recent_12_daily_10_weekly_9_monthly(report_figure):
    today = date(2026, 11, 25)
    kept = _kept(list(range(365)), today)
    assert len(kept) == 2 + 12 + 10 + 9
    assert kept[:14] == [today - timedelta(days=n) for n in range(14)]  # today, yesterday, then 12 dailies
    older = kept[14:]
    assert len(set(older)) == 19 and older == sorted(older, reverse=True)
    assert len({d.toordinal() // 7 for d in older}) >= 10 and len({(d.year, d.month) for d in older}) >= 9
    assert (today - min(kept)).days >= 270  # some nine to twelve months of history in 33 files
    assert min(kept) > today - timedelta(days=365)
    report_figure(f"backup_thinning: 365 daily backups -> {len(kept)} kept (2 recent + 12 daily + 10 weekly + 9 monthly)")


def test_several_backups_a_day_keep_one_per_older_day():
    today = date(2026, 11, 25)
    backups = [(Path(f"{d}-{h}"), datetime(2026, 11, d, h)) for d in (20, 21) for h in (9, 12, 18)]
    doomed = obsolete_backups(backups, today)
    assert sorted(p.name for p in doomed) == ["20-12", "20-9", "21-12", "21-9"]  # newest of each day stays


def test_few_backups_are_all_kept():
    assert _kept([0, 1, 5, 40, 200], date(2026, 11, 25)) == [
        date(2026, 11, 25) - timedelta(days=n) for n in (0, 1, 5, 40, 200)]


def test_schedule_backs_up_only_when_due_and_changed_and_every_backup_restores(tmp_path, report_figure):
    path = tmp_path / "oases.sqlite"
    url = f"sqlite:///{path}"
    start = datetime(2026, 11, 1, 9, 0)
    stamps: dict[Path, str] = {}
    with open_database(url, seed=False, auto_backup=False) as db:  # this test drives the clock itself
        db.plans.create(full_plan("p1"))
        first = db.backup_if_due(start)
        assert first is not None
        stamps[first] = content_stamp(path)
        assert db.backup_if_due(start + timedelta(minutes=5)) is None     # not due yet
        assert db.backup_if_due(start + timedelta(minutes=45)) is None    # due, but nothing changed
        for day in range(1, 60):  # two months of daily work: one save, one scheduled backup a day
            moment = start + timedelta(days=day)
            stored = db.plans.load("p1")
            stored.plan.notes = f"day {day}"
            db.plans.save(stored.plan, stored.version)
            made = db.backup_if_due(moment)
            assert made is not None and backup_time(made) == moment.replace(microsecond=0)
            stamps[made] = content_stamp(path)
        kept = list_backups(db.backups_folder)
    assert 20 <= len(kept) < 60  # thinned as it went
    verified = restored = 0
    for backup in kept:
        verified += check_file(backup, full=True) == "ok"
        target = tmp_path / "restore" / "oases.sqlite"
        target.parent.mkdir(exist_ok=True)
        restore_backup(backup, target)
        restored += content_stamp(target) == stamps[backup]
        target.unlink()
    report_figure(f"scheduled_backups: 60 days -> {len(kept)} kept, {verified} pass integrity_check, "
                  f"{restored} restore to the content they were taken from")
    assert verified == restored == len(kept)


def test_opening_takes_a_verified_backup_when_due_and_cleans_debris(tmp_path):
    path = tmp_path / "oases.sqlite"
    url = f"sqlite:///{path}"
    with open_database(url, seed=False) as db:
        assert db.startup_backup is not None and check_file(db.startup_backup, full=True) == "ok"
        assert db.backup_problem is None
        db.plans.create(full_plan("p1"))
        (db.backups_folder / ".oases-20260101-000000-auto.sqlite.part").write_bytes(b"half a backup")
    with open_database(url, seed=False) as db:  # the last backup is minutes old: none due
        assert db.startup_backup is None
        assert list_backups(db.backups_folder) and not list(db.backups_folder.glob("*.part"))


def test_a_failing_backup_is_reported_without_blocking_the_database(tmp_path, monkeypatch):
    from oases_desktop.core.storage import backup as backup_module
    from oases_desktop.core.storage.errors import StorageError

    def failing(*_args, **_kwargs):
        raise StorageError("Could not write the backup x (disk full).")

    monkeypatch.setattr(backup_module, "backup_if_due", failing)
    with open_database(f"sqlite:///{tmp_path / 'oases.sqlite'}", seed=False) as db:
        assert "disk full" in db.backup_problem
        db.plans.create(full_plan("p1"))

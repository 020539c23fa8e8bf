"""A damaged or foreign database at start-up is detected, kept aside, and the last good backup offered."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from oases_desktop.core.storage import DatabaseCorruptError, StorageError, open_database, restore_backup
from oases_desktop.core.storage.backup import backup_database
from tests.core.storage.plans_factory import full_plan

PAGE = 4096


def _variants(base: bytes) -> dict[str, bytes]:
    rng = random.Random(42)
    variants = {f"truncated at {k}": base[:k] for k in (60, PAGE, PAGE + 904, len(base) // 2, len(base) - PAGE,
                                                          len(base) - 100)}
    for page in range(1, 9):
        garbage = bytes(rng.randrange(256) for _ in range(PAGE))
        variants[f"garbage page {page}"] = base[:page * PAGE] + garbage + base[(page + 1) * PAGE:]
    for page in (2, 5):
        variants[f"zeroed page {page}"] = base[:page * PAGE] + bytes(PAGE) + base[(page + 1) * PAGE:]
    variants["zeroed header"] = bytes(16) + base[16:]
    variants["random bytes"] = bytes(rng.randrange(256) for _ in range(65536))
    variants["a text file"] = b"hello, this is not a database\n"
    return variants


def _foreign_database(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('someone else''s data')")
    con.commit()
    con.close()


@pytest.fixture(scope="module")
def healthy(tmp_path_factory):
    """A database file with 12 plans, closed cleanly, and its bytes."""
    folder = tmp_path_factory.mktemp("healthy")
    path = folder / "oases.sqlite"
    with open_database(f"sqlite:///{path}", seed=False) as db:
        for i in range(12):
            db.plans.create(full_plan(f"p{i}", f"Plan {i}"))
    return path.read_bytes()


def test_every_damaged_variant_is_detected_kept_and_restorable(tmp_path, healthy, report_figure):
    variants = _variants(healthy)
    variants["another program's database"] = None
    detected = restored = 0
    for index, (name, data) in enumerate(variants.items()):
        folder = tmp_path / f"v{index}"
        folder.mkdir()
        path = folder / "oases.sqlite"
        path.write_bytes(healthy)
        with open_database(f"sqlite:///{path}", seed=False, auto_backup=False) as db:
            good = backup_database(db.file, db.backups_folder, "manual")
        if data is None:
            path.unlink()
            _foreign_database(path)
            data = path.read_bytes()
        else:
            path.write_bytes(data)
        try:
            open_database(f"sqlite:///{path}", seed=False).close()
        except DatabaseCorruptError as error:
            detected += 1
            assert error.kept_as is not None and error.kept_as.read_bytes() == data, name
            assert not path.exists(), name
            assert error.backups == [good], name
            assert "Restore the last good backup" in str(error), name
            restore_backup(error.backups[0], path)
            with open_database(f"sqlite:///{path}", seed=False) as db:
                if db.plans.count() == 12 and db.plans.load("p3").plan == full_plan("p3", "Plan 3"):
                    restored += 1
        else:
            pytest.fail(f"not detected: {name}")
    report_figure(f"corrupt_database: {len(variants)} damaged or foreign files, {detected} detected and kept aside, "
                  f"{restored} restored from the last good backup")
    assert detected == restored == len(variants) >= 20


def test_a_foreign_file_given_by_path_is_refused_but_never_moved(tmp_path):
    path = tmp_path / "somebody.db"
    _foreign_database(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorruptError) as caught:
        open_database(f"sqlite:///{path}", seed=False)
    assert caught.value.kept_as is None and path.read_bytes() == before
    assert "another program" in str(caught.value)


def test_no_backup_means_start_fresh_is_offered(tmp_path):
    path = tmp_path / "oases.sqlite"
    path.write_bytes(b"\x00" * 100 + b"junk")
    with pytest.raises(DatabaseCorruptError) as caught:
        open_database(f"sqlite:///{path}", seed=False)
    assert caught.value.backups == [] and "start with an empty database" in str(caught.value)
    with open_database(f"sqlite:///{path}", seed=False) as db:  # the file was moved aside: a fresh one opens
        assert db.plans.count() == 0


def test_a_damaged_backup_is_not_restored(tmp_path):
    bad = tmp_path / "oases-20260101-000000-auto.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    with pytest.raises(StorageError, match="damaged"):
        restore_backup(bad, tmp_path / "oases.sqlite")
    assert not (tmp_path / "oases.sqlite").exists()

"""Disk full and I/O errors while saving: a message naming the path and the cause, the previous
version intact, no partial files. Real full disks are small tmpfs mounts (needs root, as on CI);
I/O errors are injected (monkeypatch for file writes, strace for the database's own syscalls)."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from oases_desktop.core.atomic import WriteError, write_atomic
from oases_desktop.core.planfile import load_plan, save_plan
from oases_desktop.core.storage import StorageError, open_database
from tests.core.storage.plans_factory import full_plan


@pytest.fixture
def small_disk(tmp_path):
    """A tiny real filesystem (tmpfs) to fill up; skipped where mounting is not allowed."""
    mounted = []

    def _mount(size: str) -> Path:
        point = tmp_path / f"disk{len(mounted)}"
        point.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                                capture_output=True, text=True)
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.strip()}")
        mounted.append(point)
        return point

    yield _mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def _fill(folder: Path) -> Path:
    """Fill the filesystem of `folder` to the last byte; returns the filler file."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    return filler


def test_database_save_on_a_full_disk_keeps_the_last_saved_version(small_disk, report_figure):
    disk = small_disk("2m")
    path = disk / "oases.sqlite"
    url = f"sqlite:///{path}"
    plan = full_plan()
    failures = 0
    with open_database(url, seed=False) as db:
        db.plans.create(plan)
        version = 1
        filler = _fill(disk)
        for attempt in range(5):
            plan.notes = f"attempt {attempt} " + "n" * 200_000
            try:
                version = db.plans.save(plan, version)
            except StorageError as error:
                failures += 1
                assert str(path) in str(error) and "disk is full" in str(error)
        assert failures >= 4
        stored = db.plans.load(plan.id)
        assert stored.version == version and stored.plan.notes == ("Plan notes" if version == 1 else stored.plan.notes)
        filler.unlink()
        plan.notes = "after freeing space"
        assert db.plans.save(plan, version) == version + 1
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    report_figure(f"disk_full_database: {failures}/5 saves refused with a message naming the file and 'disk is full', "
                  "0 saved versions lost, integrity ok, next save after freeing space works")


def test_plan_file_save_on_a_full_disk_keeps_the_old_file(small_disk, report_figure):
    disk = small_disk("512k")
    target = disk / "client plan.json"
    save_plan(full_plan(), target)
    before = target.read_bytes()
    _fill(disk)
    big = full_plan()
    for step in big.scenario("base").steps:
        step.notes = "x" * 90_000  # 360 kB in all, more than the disk has left
    with pytest.raises(WriteError) as caught:
        save_plan(big, target)
    assert str(target) in str(caught.value) and "disk is full" in str(caught.value)
    assert target.read_bytes() == before and load_plan(target) == full_plan()
    assert sorted(p.name for p in disk.iterdir()) == ["client plan.json", "filler.bin"]
    report_figure("disk_full_plan_file: save refused naming the path and 'disk is full', old file byte-identical, "
                  "0 partial files")


def test_one_big_write_to_a_small_disk_never_truncates_the_target(small_disk):
    """The QSaveFile trap (finding 2): one 1 MiB write to a 256 KiB disk must fail, not truncate."""
    disk = small_disk("256k")
    target = disk / "export.pdf"
    write_atomic(target, b"%PDF-old" * 1000)
    with pytest.raises(WriteError, match="disk is full"):
        write_atomic(target, b"\1" * (1 << 20))
    assert target.read_bytes() == b"%PDF-old" * 1000
    assert [p.name for p in disk.iterdir()] == ["export.pdf"]


def _short_write(fd, data):
    return 0


FAULTS = {
    "ENOSPC on write": ("os.write", OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
    "short write": ("os.write", _short_write, "input/output error"),
    "EIO on fsync": ("os.fsync", OSError(errno.EIO, "Input/output error"), "input/output error"),
    "EXDEV on rename": ("os.replace", OSError(errno.EXDEV, "Invalid cross-device link"), "cross-device"),
    "EACCES creating the temp file": ("tempfile.mkstemp", PermissionError(errno.EACCES, "Permission denied"),
                                      "permission denied"),
    "EROFS creating the temp file": ("tempfile.mkstemp", OSError(errno.EROFS, "Read-only file system"),
                                     "read-only"),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_injected_write_faults_keep_the_old_file_and_name_path_and_cause(fault, tmp_path, monkeypatch):
    target = tmp_path / "plan.json"
    save_plan(full_plan(), target)
    before = target.read_bytes()
    name, effect, cause = FAULTS[fault]
    module, attribute = name.split(".")
    replacement = effect if callable(effect) and not isinstance(effect, BaseException) else _raiser(effect)
    monkeypatch.setattr({"os": os, "tempfile": tempfile}[module], attribute, replacement)
    changed = full_plan(title="changed")
    with pytest.raises(WriteError) as caught:
        save_plan(changed, target)
    monkeypatch.undo()
    message = str(caught.value)
    assert str(target) in message and cause in message.casefold(), message
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name != "oases-data"] == ["plan.json"]


def _raiser(error):
    def _raise(*_args, **_kwargs):
        raise error
    return _raise


SAVE_ONE = textwrap.dedent("""
    import sys
    from oases_desktop.core.errors import OasesError
    from oases_desktop.core.storage import open_database
    try:
        db = open_database(sys.argv[1], seed=False)
        stored = db.plans.load("plan-1")
        stored.plan.title = "new title"
        db.plans.save(stored.plan, stored.version)
        db.close()
    except OasesError as error:
        print(error)
        sys.exit(2)
    print("SAVED")
""")


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_io_error_sweep_over_the_database_syscalls_of_one_save(tmp_path, report_figure):
    """SQLite's 'fail at the k-th I/O' loop, at app level: EIO on the k-th pwrite64/fsync/fdatasync."""
    path = tmp_path / "oases.sqlite"
    url = f"sqlite:///{path}"
    with open_database(url, seed=False) as db:
        db.plans.create(full_plan())
    calls = "pwrite64,fsync,fdatasync"
    points = (1, 6, 13, 16, 25, 35, 45, 55)  # spread over the ~66 calls of one open+save+close
    messages = saved = bad = 0
    for k in points:
        shutil.copy(path, tmp_path / "base.sqlite") if k == points[0] else shutil.copy(tmp_path / "base.sqlite", path)
        result = subprocess.run(
            ["strace", "-f", "--seccomp-bpf", "-qq", "-o", "/dev/null", "-e", f"trace={calls}", "-e", f"inject={calls}:error=EIO:when={k}",
             sys.executable, "-c", SAVE_ONE, url], capture_output=True, text=True, timeout=60,
            cwd=Path(__file__).resolve().parents[2])
        con = sqlite3.connect(path)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            title, version = con.execute("SELECT title, version_id FROM plans").fetchone()
        finally:
            con.close()
        consistent = ok and (title, version) in {("Oncology launch", 1), ("new title", 2)}
        if result.returncode == 0 and "SAVED" in result.stdout:
            saved += 1
            consistent = consistent and version == 2
        elif result.returncode == 2 and str(path) in result.stdout and "Traceback" not in result.stderr:
            messages += 1
        else:
            consistent = False
        bad += not consistent
        for leftover in (path.with_name(path.name + s) for s in ("-wal", "-shm", ".lock")):
            leftover.unlink(missing_ok=True)
    report_figure(f"io_error_sweep_database: {len(points)} injected EIO points, {messages} refused with a message "
                  f"naming the file, {saved} completed, {bad} crashes or inconsistent databases")
    assert bad == 0 and messages >= 3

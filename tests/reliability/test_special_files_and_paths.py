"""Special files and odd paths: never block, never read without bound, never write over the input,
write through links, refuse FIFOs and devices as targets, keep file modes (issue 14 items 2-5)."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from oases_desktop.core.atomic import WriteError, write_atomic
from oases_desktop.core.errors import PlanFileError
from oases_desktop.core.knowledge import ReferenceDataError, load_library_files
from oases_desktop.core.planfile import load_plan, save_plan
from oases_desktop.core.storage.encrypted_file import load_encrypted_plan, save_encrypted_plan
from tests.core.storage.plans_factory import full_plan

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name == "nt", reason="FIFOs, devices and modes are POSIX")


def _within(seconds: float, work):
    """Run `work` in a thread; fail (instead of hanging the suite) if it does not finish in time."""
    outcome = {}

    def run():
        try:
            outcome["value"] = work()
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s (blocked or reading without end)"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture
def specials(tmp_path):
    """name -> (path, words the refusal must contain)."""
    (tmp_path / "zero.oases").symlink_to("/dev/zero")
    (tmp_path / "random.oases").symlink_to("/dev/urandom")
    os.mkfifo(tmp_path / "pipe.oases")
    (tmp_path / "folder.oases").mkdir()
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock.oases"))
    big = tmp_path / "big.oases"
    with open(big, "wb") as handle:  # sparse: 21 MB that take no disk
        handle.truncate(21 * 1024 * 1024)
    yield {"zero": (tmp_path / "zero.oases", "device"), "random": (tmp_path / "random.oases", "device"),
           "fifo": (tmp_path / "pipe.oases", "named pipe"), "folder": (tmp_path / "folder.oases", "folder"),
           "socket": (tmp_path / "sock.oases", "socket"), "big": (big, "larger than 20 MB")}
    sock.close()


@pytest.mark.parametrize("kind", ["zero", "random", "fifo", "folder", "socket", "big"])
def test_plan_library_and_encrypted_readers_refuse_special_files_at_once(specials, kind):
    path, words = specials[kind]
    for reader, error_type in ((load_plan, PlanFileError), (lambda p: load_encrypted_plan(p, "pass"), PlanFileError),
                               (lambda p: load_library_files([p]), ReferenceDataError)):
        with pytest.raises(error_type) as info:
            _within(10, lambda reader=reader: reader(path))
        assert words in str(info.value) and str(path) in str(info.value)


def test_the_gui_encrypted_file_probe_does_not_block_on_a_fifo(specials):
    from oases_desktop.gui.file_controller import _is_encrypted_file

    for kind in ("fifo", "zero"):
        assert _within(10, lambda kind=kind: _is_encrypted_file(str(specials[kind][0]))) is False


def _cli(*args, timeout=60):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, stdin=subprocess.DEVNULL)


def test_commands_refuse_a_fifo_as_plan_library_or_password_file(tmp_path, specials):
    plan = tmp_path / "ok.oases"
    save_plan(full_plan(), plan)
    fifo, zero = specials["fifo"][0], specials["zero"][0]
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    for args in (("validate", fifo), ("schedule", zero), ("--db", db, "routes", plan, "--library", fifo),
                 ("--db", db, "export-pdf", plan, "-o", tmp_path / "out.pdf", "--password-file", fifo)):
        done = _cli(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert str(fifo if fifo in args else zero) in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert not (tmp_path / "out.pdf").exists()


def test_export_pdf_never_writes_over_its_input(tmp_path):
    plan = tmp_path / "self.oases"
    save_plan(full_plan(), plan)
    before = plan.read_bytes()
    (tmp_path / "link.pdf").symlink_to(plan)
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    for output in (plan, tmp_path / "link.pdf", tmp_path / "." / "self.oases"):
        done = _cli("--db", db, "export-pdf", plan, "-o", output, timeout=120)
        assert done.returncode == 2 and "the plan file this command reads" in done.stderr, done.stderr
        assert plan.read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_no_write_replaces_the_open_database(tmp_path):
    from oases_desktop.core.storage.database import open_database

    db_file = tmp_path / "db.sqlite"
    with open_database(f"sqlite:///{db_file}", seed=False):
        before = db_file.read_bytes()
        with pytest.raises(WriteError, match="the app's database"):
            save_plan(full_plan(), db_file)
        assert db_file.read_bytes() == before
    save_plan(full_plan(), db_file)  # closed: an ordinary file again


def test_saving_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "shared" / "plan.oases"
    real.parent.mkdir()
    save_plan(full_plan(title="old"), real)
    link = tmp_path / "plan.oases"
    link.symlink_to(real)
    save_plan(full_plan(title="new"), link)
    assert link.is_symlink() and load_plan(real).title == "new"
    assert not list(real.parent.glob(".*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_a_fifo_or_device_as_target_is_refused_and_left_alone(tmp_path):
    fifo = tmp_path / "out.pdf"
    os.mkfifo(fifo)
    with pytest.raises(WriteError, match="named pipe"):
        _within(10, lambda: write_atomic(fifo, b"x"))
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    with pytest.raises(WriteError, match="device"):
        write_atomic("/dev/null", b"x")  # as root, replacing it would have removed /dev/null
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    assert not list(Path("/dev").glob(".null.*.tmp"))


def test_saving_keeps_the_mode_new_files_follow_the_umask_private_ones_are_0600(tmp_path):
    shared = tmp_path / "shared.oases"
    save_plan(full_plan(), shared)
    os.chmod(shared, 0o664)
    save_plan(full_plan(title="again"), shared)
    assert stat.S_IMODE(os.stat(shared).st_mode) == 0o664   # colleagues keep their access
    fresh = tmp_path / "fresh.oases"
    save_plan(full_plan(), fresh)
    secret = tmp_path / "secret.oasesenc"
    save_encrypted_plan(full_plan(), secret, "correct horse")
    os.chmod(secret, 0o644)
    save_encrypted_plan(full_plan(), secret, "correct horse")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(os.stat(fresh).st_mode) == 0o666 & ~umask   # as any program would create it
    assert stat.S_IMODE(os.stat(secret).st_mode) == 0o600


def test_a_new_database_is_private(tmp_path):
    from oases_desktop.core.storage.database import open_database

    db_file = tmp_path / "new.sqlite"
    with open_database(f"sqlite:///{db_file}", seed=False):
        pass
    assert stat.S_IMODE(os.stat(db_file).st_mode) == 0o600


def test_passphrases_are_unicode_normalised_so_a_file_opens_on_another_system(tmp_path):
    from oases_desktop.core.storage.encrypted_file import decrypt_plan, encrypt_plan

    data = encrypt_plan(full_plan(), "Cafe\u0301 Zu\u0308rich", work=14)   # decomposed, as macOS may type it
    assert decrypt_plan(data, "Caf\u00e9 Z\u00fcrich").title == full_plan().title


def test_year_one_prints_as_1_jan_0001(tmp_path):
    import json

    from oases_desktop.core.planfile import plan_from_bytes, plan_to_bytes

    doc = json.loads(plan_to_bytes(full_plan()))
    doc["plan"]["as_of"] = "0001-01-01"
    with pytest.raises(PlanFileError, match="1 Jan 0001 is not a plausible date"):
        plan_from_bytes(json.dumps(doc).encode(), "p.oases")

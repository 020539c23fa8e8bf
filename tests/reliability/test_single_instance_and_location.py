"""A second app instance on the same SQLite file is refused; a crashed one's lock is taken over;
a data folder on a network or cloud-sync drive is warned about."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time

import pytest

from oases_desktop.core.storage import DatabaseInUseError, open_database, sync_folder_warning
from oases_desktop.core.storage.lock import lock_path


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_second_instance_in_another_process_is_refused_with_a_clear_message(tmp_path, report_figure):
    path = tmp_path / "oases.sqlite"
    url = f"sqlite:///{path}"
    code = ("import sys\nfrom oases_desktop.core.storage import open_database, StorageError\n"
            f"try:\n    open_database({url!r}, seed=False)\nexcept StorageError as e:\n    print(e); sys.exit(2)\n")
    with open_database(url, seed=False) as db:
        db.plans.count()
        before = _sha(path)
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert result.returncode == 2, result.stderr
        assert "already open in another OASES window" in result.stdout
        assert f"process {os.getpid()}" in result.stdout
        assert _sha(path) == before
        with pytest.raises(DatabaseInUseError):  # also within one process
            open_database(url, seed=False)
    assert not lock_path(path).exists()
    with open_database(url, seed=False):
        pass
    report_figure("second_instance: refused with the holder's pid, database unchanged; reopens after close")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")
def test_lock_left_by_a_killed_instance_is_recovered(tmp_path):
    path = tmp_path / "oases.sqlite"
    url = f"sqlite:///{path}"
    open_database(url, seed=False).close()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            open_database(url, seed=False)
            os.write(write_fd, b"open")
            time.sleep(60)
        finally:
            os._exit(0)
    os.close(write_fd)
    assert os.read(read_fd, 4) == b"open"
    os.close(read_fd)
    with pytest.raises(DatabaseInUseError):
        open_database(url, seed=False)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert lock_path(path).exists()  # left behind by the crash
    with open_database(url, seed=False) as db:
        assert db._lock.recovered_stale


CLOUD_AND_NETWORK = [
    ("/Users/ada/Dropbox/OASES", None),
    ("/Users/ada/Dropbox (Company)/OASES", None),
    ("C:\\Users\\ada\\OneDrive\\Documents\\OASES", None),
    ("C:\\Users\\ada\\OneDrive - Contoso Ltd\\OASES", None),
    ("/Users/ada/Library/Mobile Documents/com~apple~CloudDocs/OASES", None),
    ("/Users/ada/Library/CloudStorage/OneDrive-Contoso/OASES", None),
    ("/Users/ada/Library/CloudStorage/GoogleDrive-ada@example.com/My Drive/OASES", None),
    ("G:\\My Drive\\OASES", None),
    ("/home/ada/Google Drive/OASES", None),
    ("/home/ada/Nextcloud/OASES", None),
    ("\\\\fileserver\\advisors\\OASES", None),
    ("//fileserver/advisors/OASES", None),
    ("/mnt/share/OASES", "nfs4"),
    ("/mnt/smb/OASES", "cifs"),
    ("/home/ada/remote/OASES", "fuse.sshfs"),
    ("Z:\\OASES", "remote"),
]
LOCAL = [
    ("/home/ada/.local/share/oases-pathway-planner", "ext4"),
    ("C:\\Users\\ada\\AppData\\Local\\OASES\\oases-pathway-planner", "local"),
    ("/Users/ada/Library/Application Support/oases-pathway-planner", "apfs"),
    ("/home/ada/dropboxes-of-mine/OASES", "ext4"),
    ("/tmp/oases", "tmpfs"),
]


def test_cloud_sync_and_network_folders_are_warned_about_and_local_ones_are_not(report_figure):
    warned = [path for path, fs in CLOUD_AND_NETWORK if sync_folder_warning(path, fs_type=fs or "ext4")]
    quiet = [path for path, fs in LOCAL if sync_folder_warning(path, fs_type=fs) is None]
    message = sync_folder_warning("/Users/ada/Dropbox/OASES", fs_type="apfs")
    assert "Dropbox" in message and "OASES_DATA_DIR" in message
    assert "network" in sync_folder_warning("/mnt/share/OASES", fs_type="nfs")
    report_figure(f"sync_folder_warning: {len(warned)}/{len(CLOUD_AND_NETWORK)} cloud or network locations warned, "
                  f"{len(quiet)}/{len(LOCAL)} local locations quiet")
    assert (len(warned), len(quiet)) == (len(CLOUD_AND_NETWORK), len(LOCAL))


def test_real_filesystem_probe_sees_this_machines_local_disk(tmp_path):
    assert sync_folder_warning(tmp_path) is None


def test_open_database_reports_the_location_warning(tmp_path):
    folder = tmp_path / "Dropbox" / "OASES"
    with open_database(f"sqlite:///{folder / 'oases.sqlite'}", seed=False) as db:
        assert db.location_warning and "Dropbox" in db.location_warning

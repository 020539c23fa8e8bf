"""Warn when the data folder sits on a network drive or inside a cloud-sync folder.

SQLite's WAL "does not work over a network filesystem", and sync clients (Dropbox, OneDrive,
iCloud, Google Drive) copy a database file mid-write or restore an old copy over it: a documented
source of corruption (reliability plan, finding 10; Qiqqa #77). The app keeps working, but says so.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PurePath, PureWindowsPath

# Folder names sync clients create (compared case-insensitively, per path component).
_SYNC_FOLDERS = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "icloud drive": "iCloud Drive", "iclouddrive": "iCloud Drive",
    "mobile documents": "iCloud Drive", "com~apple~clouddocs": "iCloud Drive", "google drive": "Google Drive",
    "googledrive": "Google Drive", "my drive": "Google Drive", "box": "Box", "box sync": "Box",
    "nextcloud": "Nextcloud", "owncloud": "ownCloud", "pcloud drive": "pCloud", "synologydrive": "Synology Drive",
}
_SYNC_PREFIXES = {"onedrive - ": "OneDrive", "dropbox (": "Dropbox", "googledrive-": "Google Drive"}
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "smb2", "afpfs", "webdav", "davfs", "fuse.davfs", "fuse.sshfs",
    "sshfs", "9p", "afs", "ceph", "glusterfs", "fuse.glusterfs", "fuse.rclone", "lustre", "ncpfs", "fuse.s3fs",
}


def sync_service(path: str | os.PathLike[str]) -> str | None:
    """The cloud-sync service whose folder contains `path`, if any."""
    text = str(path)
    pure: PurePath = PureWindowsPath(text) if ("\\" in text or re.match(r"^[A-Za-z]:", text)) else PurePath(text)
    for part in pure.parts:
        name = part.strip("\\/").casefold()
        if name in _SYNC_FOLDERS:
            return _SYNC_FOLDERS[name]
        for prefix, service in _SYNC_PREFIXES.items():
            if name.startswith(prefix):
                return service
        if name == "cloudstorage":  # macOS File Provider: ~/Library/CloudStorage/<Service>-<account>
            return "a cloud-sync service"
    return None


def is_unc(path: str | os.PathLike[str]) -> bool:
    """True for \\\\server\\share and //server/share paths."""
    text = str(path)
    return text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\"))


def filesystem_type(path: str | os.PathLike[str]) -> str | None:
    """The filesystem type holding `path` ("nfs", "ext4", "remote" on a Windows network drive), if known."""
    if sys.platform.startswith("linux"):
        return _linux_filesystem(Path(path))
    if os.name == "nt":
        return _windows_drive_type(Path(path))
    return None  # macOS: path checks only


def _linux_filesystem(path: Path) -> str | None:
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_drive_type(path: Path) -> str | None:
    import ctypes

    root = path.resolve().anchor
    if not root:
        return None
    drive_remote = 4
    return "remote" if ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote else "local"


def sync_folder_warning(path: str | os.PathLike[str], fs_type: str | None = None) -> str | None:
    """A warning to show if `path` is on a network or cloud-sync location, else None.

    `fs_type` overrides the detected filesystem type (for tests and callers that know it).
    """
    service = sync_service(path)
    if service:
        return (f"Your OASES data folder {path} is inside a {service} folder. Sync clients can copy or restore "
                "the database while it is being written and damage it. Move the data folder to a local folder "
                "(set OASES_DATA_DIR) and share plans as plan files, or use a shared PostgreSQL database.")
    kind = fs_type if fs_type is not None else filesystem_type(path)
    if is_unc(path) or (kind and (kind.casefold() in NETWORK_FILESYSTEMS or kind == "remote")):
        return (f"Your OASES data folder {path} is on a network drive. The database can be damaged over a "
                "network. Move the data folder to a local disk (set OASES_DATA_DIR), or use a shared "
                "PostgreSQL database for team work.")
    return None

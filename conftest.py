"""Test-wide setup: offscreen Qt, throwaway data folders, no network, no user settings touched."""

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import, or pytest-qt aborts headless

from PySide6.QtCore import QStandardPaths  # noqa: E402

QStandardPaths.setTestModeEnabled(True)  # Qt's own paths (documents, settings) point at a test folder too


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder and database, never the user's real one."""
    monkeypatch.setenv("OASES_DATA_DIR", str(tmp_path / "oases-data"))
    monkeypatch.delenv("OASES_DB_URL", raising=False)


_real_connect = socket.socket.connect


def _loopback_only(sock, address):
    """The app is offline: any connection except to a local test database fails the test."""
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")):
        return _real_connect(sock, address)
    raise AssertionError(f"network connection attempted to {address!r}; the app must work offline")


socket.socket.connect = _loopback_only

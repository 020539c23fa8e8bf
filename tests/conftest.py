"""Fixtures shared by the core and GUI tests (the root conftest.py isolates every test; this one adds tools)."""

from __future__ import annotations

import socket
import threading

import pytest


@pytest.fixture
def silent_server():
    """The port of a local server that accepts every connection and never says a word (a hung database host)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held = []

    def accept():
        while True:
            try:
                held.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1]
    server.close()
    for conn in held:
        conn.close()

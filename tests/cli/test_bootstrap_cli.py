"""`scripts/bootstrap.py cli ...` runs a headless command with the set-up environment (issue 14 item 12):
README's commands work on a fresh clone, where the system python lacks the dependencies."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bootstrap(monkeypatch):
    spec = importlib.util.spec_from_file_location("bootstrap", ROOT / "scripts" / "bootstrap.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    installs = []
    monkeypatch.setattr(module, "ensure_venv", installs.append)   # never touch a real venv from a test
    monkeypatch.setattr(module, "PYTHON", Path(sys.executable))
    return module, installs


def test_cli_runs_the_command_in_the_callers_folder_with_the_app_requirements(tmp_path, monkeypatch, capfd):
    bootstrap, installs = _bootstrap(monkeypatch)
    monkeypatch.chdir(tmp_path)
    assert bootstrap.main(["cli", "example", "-o", "mine.oases"]) == 0
    assert (tmp_path / "mine.oases").is_file()          # a relative path means the caller's folder
    assert bootstrap.main(["cli", "validate", "mine.oases"]) == 0
    (tmp_path / "bad.oases").write_text("{", encoding="utf-8")
    assert bootstrap.main(["cli", "validate", "bad.oases"]) == 2
    assert installs == ["requirements.txt"] * 3


def test_cli_without_a_command_lists_them(monkeypatch, capfd):
    bootstrap, _ = _bootstrap(monkeypatch)
    assert bootstrap.main(["cli"]) == 0
    out = capfd.readouterr().out
    assert "validate" in out and "schedule" in out

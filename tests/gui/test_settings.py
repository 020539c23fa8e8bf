"""The typed QSettings wrapper: defaults, types, unknown keys, recent files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from oases_desktop.gui.settings import MAX_RECENT_FILES, Settings


def test_defaults_and_round_trip(tmp_path):
    path = str(tmp_path / "s.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.get("autosave/interval_seconds") == 60
    assert settings.get("files/recent") == []
    settings.set("autosave/interval_seconds", 30)
    settings.set("startup/first_run_done", True)
    settings.set("export/pdf_options", {"paper": "a4"})
    settings.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.get("autosave/interval_seconds") == 30
    assert again.get("startup/first_run_done") is True
    assert again.get("export/pdf_options") == {"paper": "a4"}


def test_unknown_key_is_an_error(tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    with pytest.raises(KeyError):
        settings.get("no/such/key")
    with pytest.raises(KeyError):
        settings.set("no/such/key", 1)


def test_damaged_values_fall_back_to_defaults(tmp_path):
    raw = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    raw.setValue("files/recent", "{not json")
    raw.setValue("autosave/interval_seconds", "soon")
    settings = Settings(raw)
    assert settings.get("files/recent") == []
    assert settings.get("autosave/interval_seconds") == 60


def test_recent_files_most_recent_first_without_duplicates(tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for n in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(f"/plans/{n}.oases")
    settings.add_recent_file("/plans/5.oases")
    recent = settings.recent_files()
    assert recent[0] == "/plans/5.oases"
    assert len(recent) == MAX_RECENT_FILES and len(set(recent)) == len(recent)
    settings.remove_recent_file("/plans/5.oases")
    assert "/plans/5.oases" not in settings.recent_files()

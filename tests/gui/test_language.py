"""View > Language: the choice is remembered and offers a restart; dates follow it; Chinese shows without system fonts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from oases_desktop.core.language import Language
from oases_desktop.gui import dates

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def chinese_dates():
    """Dates shown in Traditional Chinese for one test, English again after."""
    dates.set_display_language(Language.ZH_HANT)
    yield
    dates.set_display_language(Language.EN)


def test_the_menu_lists_each_language_in_its_own_script_and_checks_the_current(window):
    menu = window.language_menu
    assert [a.text() for a in menu.menu.actions()] == ["English", "繁體中文", "简体中文"]
    assert [a.isChecked() for a in menu.menu.actions()] == [True, False, False]
    assert menu.menu in [a.menu() for a in window.view_menu.actions() if a.menu()]


def test_choosing_a_language_remembers_it_and_a_declined_restart_keeps_the_window(window, settings, monkeypatch):
    from oases_desktop.gui import language

    asked, started = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(language.QProcess, "startDetached", lambda *a: started.append(a))
    window.language_menu.actions[Language.ZH_HANS].trigger()
    assert settings.get("ui/language") == "zh-Hans"
    assert language.chosen_language(settings) is Language.ZH_HANS
    assert len(asked) == 1 and "简体中文" in asked[0] and started == []


def test_an_accepted_restart_closes_the_window_first_then_starts_the_app_again(window, settings, monkeypatch):
    from oases_desktop.gui import language

    started = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(language.QProcess, "startDetached", lambda *a: started.append(a))
    window.show()
    window.language_menu.actions[Language.ZH_HANT].trigger()
    assert not window.isVisible()
    program, arguments = started[0]
    assert program == sys.executable and arguments[0].endswith("main.py")


def test_choosing_the_language_already_shown_asks_nothing(window, settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("no restart to offer"))
    window.language_menu.actions[Language.EN].trigger()
    assert settings.get("ui/language") == "en"


def test_dates_fields_and_tables_write_the_chosen_language(qtbot, chinese_dates):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    assert dates.display_date(date(2026, 12, 7)) == "2026年12月7日"
    edit = QDateEdit(QDate(2026, 12, 7), displayFormat=dates.qt_display_format())
    qtbot.addWidget(edit)
    assert edit.text() == "2026年12月7日"    # never "7 12月 2026"


def test_english_dates_keep_english_month_names_under_a_chinese_system_locale(qtbot):
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(QDate(2026, 12, 7), displayFormat=dates.qt_display_format())
    edit.setLocale(QLocale("en_GB"))   # what apply_language sets as QLocale's default for English
    qtbot.addWidget(edit)
    assert edit.text() == dates.display_date(date(2026, 12, 7)) == "7 Dec 2026"


def test_chinese_is_drawn_with_the_bundled_font_on_a_machine_without_chinese_fonts(tmp_path):
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(ROOT / "resources" / "fonts" / "DejaVuSansCondensed-Bold.ttf", fonts)   # a Latin-only machine
    (tmp_path / "fonts.conf").write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>')
    probe = ("import sys\n"
             "from PySide6.QtGui import QTextLayout\n"
             "from PySide6.QtWidgets import QApplication\n"
             "if sys.argv[1] == 'app':\n"
             "    from oases_desktop.gui.app import create_application\n"
             "    app = create_application([])\n"
             "else:\n"
             "    app = QApplication([])\n"
             "layout = QTextLayout('港澳藥械通 衞 卫', app.font())\n"
             "layout.beginLayout(); layout.createLine(); layout.endLayout()\n"
             "print(sorted({run.rawFont().familyName().casefold() for run in layout.glyphRuns()}))\n")
    env = {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    def families(kind):
        return subprocess.run([sys.executable, "-c", probe, kind], env=env, capture_output=True, text=True,
                              check=True, timeout=60).stdout.strip()
    assert "wenquanyi" not in families("bare")       # the check can fail: without the app, no Chinese glyphs
    assert families("app") == "['wenquanyi micro hei']"


@pytest.mark.parametrize("system, expected", [("zh_HK.UTF-8", "zh-Hant"), ("zh_CN.UTF-8", "zh-Hans"),
                                              ("en_US.UTF-8", "en")])
def test_the_first_start_follows_the_system_language(tmp_path, system, expected):
    probe = ("from oases_desktop.gui.app import create_application\n"
             "from oases_desktop.gui.dates import display_language\n"
             "create_application([]); print(display_language().value)\n")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update(LANG=system, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    shown = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True,
                           timeout=60).stdout.strip()
    assert shown == expected

"""The translation pipeline: lupdate finds the GUI's strings, lrelease compiles them, the app shows them."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {((context.findtext("name") or ""), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture
def translators():
    """Translators a test installs are removed again, so other tests see English."""
    installed = []
    yield installed
    app = QApplication.instance()
    for translator in installed:
        app.removeTranslator(translator)


def test_lupdate_finds_strings_of_methods_and_of_module_functions(tmp_path):
    script = _script()
    ts_file = tmp_path / "oases_xx.ts"
    script.update(ts_file)
    messages = _messages(ts_file)
    assert ("Actions", "&File") in messages                      # self.tr() in a class: the class's context
    assert ("StepsTableModel", "Basis / source") in messages     # QT_TRANSLATE_NOOP table headers
    assert ("labels", "finish → start") in messages              # marked module-level labels
    assert ("", "The plan database was damaged") in messages     # a bare tr(): the empty context
    assert len(messages) > 400


def _translate_and_compile(tmp_path, wanted: dict[tuple[str, str], str], name: str) -> Path:
    """A .ts made by the script with `wanted` translations filled in, compiled by lrelease to `name`.qm."""
    script = _script()
    ts_file = tmp_path / f"{name}.ts"
    script.update(ts_file)
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source"))
            if key in wanted:
                translation = message.find("translation")
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                filled += 1
    assert filled == len(wanted)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    qm_file = script.release(ts_file, tmp_path / f"{name}.qm")
    assert qm_file.stat().st_size > 0
    return qm_file


def test_a_compiled_translation_for_the_language_changes_what_the_window_shows(tmp_path, qtbot, settings, translators):
    from oases_desktop.core.language import Language
    from oases_desktop.gui.language import install_translators
    from oases_desktop.gui.main_window import MainWindow
    from oases_desktop.gui.storage_startup import tr as module_tr

    _translate_and_compile(tmp_path, {("Actions", "&File"): "檔案(&F)",
                                      ("", "The plan database was damaged"): "計劃資料庫已損壞"},
                           "oases_zh_HK")
    installed = install_translators(QApplication.instance(), Language.ZH_HANT, str(tmp_path))
    translators.extend(installed)
    assert any(t.filePath().startswith(str(tmp_path)) for t in installed), "our .qm for the language was loaded"
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "檔案(&F)"
    assert "&Edit" in titles                              # untranslated strings stay English
    assert module_tr("The plan database was damaged") == "計劃資料庫已損壞"


def test_english_installs_none_of_the_chinese_translations(tmp_path, translators):
    from oases_desktop.core.language import Language
    from oases_desktop.gui.language import install_translators

    _translate_and_compile(tmp_path, {("Actions", "&File"): "檔案(&F)"}, "oases_zh_HK")
    installed = install_translators(QApplication.instance(), Language.EN, str(tmp_path))
    translators.extend(installed)
    assert installed == []
    assert QCoreApplication.translate("Actions", "&File") == "&File"


@pytest.mark.parametrize("language, cancel", [("zh-Hant", "取消"), ("zh-Hans", "取消")])
def test_qt_s_own_buttons_come_in_the_chosen_chinese(qtbot, translators, language, cancel):
    from PySide6.QtWidgets import QDialogButtonBox

    from oases_desktop.core.language import Language
    from oases_desktop.gui.language import install_translators

    translators.extend(install_translators(QApplication.instance(), Language(language)))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {button.text() for button in box.buttons()}
    assert cancel in texts and "Save" not in texts and "Cancel" not in texts


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_the_shipped_translation_source_is_valid_and_lists_the_gui_strings(locale):
    ts_file = ROOT / "resources" / "i18n" / f"oases_{locale}.ts"
    messages = _messages(ts_file)
    assert ("Actions", "&File") in messages and ("MainWindow", "Timeline") in messages
    assert ET.parse(ts_file).getroot().get("language") == locale


def _source_texts(ts_file: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation comment) of every message: what lupdate decides, not line numbers."""
    root = ET.parse(ts_file).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")
            for context in root.iter("context") for message in context.iter("message")}


@pytest.mark.parametrize("locale", ["zh_HK", "zh_CN"])
def test_the_shipped_translation_source_is_current(tmp_path, locale):
    shipped = ROOT / "resources" / "i18n" / f"oases_{locale}.ts"
    copy = tmp_path / shipped.name
    copy.write_bytes(shipped.read_bytes())
    _script().update(copy, locale)
    fresh, committed = _source_texts(copy), _source_texts(shipped)
    missing, stale = sorted(fresh - committed)[:5], sorted(committed - fresh)[:5]
    assert fresh == committed, (f"{shipped.name} is out of date (run scripts/update_translations.py); "
                                f"missing {missing}, no longer used {stale}")

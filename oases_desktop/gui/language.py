"""The GUI's language: chosen in View > Language, remembered, the system's on first start; and its fonts.

Applied once at start-up (Qt's own strings, ours, dates, QLocale's default): widgets built before
a change would keep their words, so a change asks for a restart instead of half-translating.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QProcess, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from oases_desktop.core.language import LOCALE_NAMES, NATIVE_NAMES, Language, language_of_locale
from oases_desktop.gui.dates import set_display_language
from oases_desktop.paths import resource_path

SETTING = "ui/language"
CJK_FONT = "fonts/wqy-microhei.ttc"    # Traditional and Simplified glyphs; also embedded in the PDF
# Qt ships its own strings for Taiwan's Traditional and the Mainland's Simplified Chinese.
_QT_FILES = {Language.ZH_HANT: "qtbase_zh_TW", Language.ZH_HANS: "qtbase_zh_CN"}


def chosen_language(settings) -> Language:
    """The advisor's choice; before there is one, the system's UI language (Chinese or English)."""
    stored = settings.get(SETTING)
    if stored in {language.value for language in Language}:
        return Language(stored)
    languages = QLocale.system().uiLanguages()
    return language_of_locale(languages[0] if languages else QLocale.system().name())


def install_translators(app: QApplication, language: Language, folder: str | None = None) -> list[QTranslator]:
    """Qt's strings and ours (resources/i18n/oases_<locale>.qm) for `language`; returns those installed."""
    installed = []
    qt_file = _QT_FILES.get(language)
    qt_folders = (str(resource_path("i18n")), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if qt_file:
        qt_translator = QTranslator(app)
        if any(qt_translator.load(qt_file, where) for where in qt_folders):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    if language is not Language.EN:
        ours = QTranslator(app)
        if ours.load(f"oases_{LOCALE_NAMES[language]}", folder or str(resource_path("i18n"))):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def apply_language(app: QApplication, language: Language) -> list[QTranslator]:
    """Everything the language decides, set before the first window: translators, dates, QLocale's default."""
    QLocale.setDefault(QLocale(LOCALE_NAMES[language]))
    set_display_language(language)
    return install_translators(app, language)


def register_fonts(app: QApplication) -> str | None:
    """The bundled CJK font, for Chinese on a machine that has none; the family name, or None if unreadable.

    It is made the fallback of the application's font, so Chinese in any widget is drawn with it
    where the system font lacks the glyphs (Windows, macOS and Linux alike).
    """
    font_id = QFontDatabase.addApplicationFont(str(resource_path(CJK_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    QFont.insertSubstitution(app.font().family(), families[0])
    return families[0]


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this app again (the bundle, or main.py from source)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, [str(Path(__file__).resolve().parents[2] / "main.py"), *sys.argv[1:]]


class LanguageMenu(QObject):
    """View > Language: English, 繁體中文, 简体中文; a change is remembered and offers a restart."""

    def __init__(self, settings, window: QWidget, current: Language):
        super().__init__(window)
        self._settings, self._window, self.current = settings, window, current
        self.menu = QMenu(self.tr("&Language"), window)
        self.menu.setObjectName("language_menu")
        group = QActionGroup(self.menu)
        self.actions: dict[Language, QAction] = {}
        for language in Language:
            action = self.menu.addAction(NATIVE_NAMES[language])   # each in its own script, readable to its reader
            action.setCheckable(True)
            action.setChecked(language is current)
            group.addAction(action)
            action.triggered.connect(lambda _=False, chosen=language: self.choose(chosen))
            self.actions[language] = action

    def choose(self, language: Language) -> None:
        """Remember `language`; if it is not the one showing, offer to restart into it."""
        self._settings.set(SETTING, language.value)
        self._settings.sync()
        if language is self.current:
            return
        answer = QMessageBox.question(
            self._window, self.tr("Language"),
            self.tr("The app will show %1 the next time it starts. Restart now? "
                    "(Unsaved changes are asked about first.)").replace("%1", NATIVE_NAMES[language]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and self._window.close():
            program, arguments = restart_command()
            QProcess.startDetached(program, arguments)

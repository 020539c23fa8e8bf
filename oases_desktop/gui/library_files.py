"""File > Export Library… and Import Library…: pass the user layer (facts, calendar notices, sources) to colleagues.

Export writes the user layer of the open database's library (core/knowledge/exchange.py). Import
reads a file, shows what it adds or changes, and stores it in the user layer only when the advisor
agrees; the library then reloads, so every open plan is rescheduled with the imported notices.
`ask_path` and `confirm` are parameters so tests can answer for the user.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from oases_desktop.gui.error_reporting import show_error

LIBRARY_FILTER = QT_TRANSLATE_NOOP("LibraryFiles", "Library files (*.json);;All files (*)")
SUFFIX = ".json"


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryFiles", text)


def _save_path(parent: QWidget) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export Library"), "oases-library.json", tr(LIBRARY_FILTER))
    return path + SUFFIX if path and not Path(path).suffix else path


def _open_path(parent: QWidget) -> str:
    return QFileDialog.getOpenFileName(parent, tr("Import Library"), "", tr(LIBRARY_FILTER))[0]


def _confirm(parent: QWidget, name: str, lines: list[str]) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, tr("Import Library"),
                      tr("Import %s into your library? It adds or changes:") % name, parent=parent)
    box.setInformativeText("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"
                           + escape(tr("Shipped data is never replaced; you can remove a notice on the "
                                       "Calendars page of the Library window.")))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(tr("Import"))
    return box.exec() == QMessageBox.StandardButton.Ok


def export_library_file(parent: QWidget, services, ask_path=_save_path) -> str | None:
    """Write the user layer to a file the advisor chooses; the status text, or None if nothing was written."""
    from oases_desktop.core.knowledge.exchange import export_library

    path = ask_path(parent)
    if not path:
        return None
    try:
        store = services.database().library   # the user layer lives in the database
        library = services.storage_call(store.load, tr("Reading your library from the team database…"), parent)
        export_library(library, path)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error, tr("The library was not exported"))
        return None
    return (tr("Exported %1 fact value(s) and %2 calendar notice(s) to %3")
            .replace("%1", str(len(library.user_facts))).replace("%2", str(len(library.notices)))
            .replace("%3", Path(path).name))


def import_library_file(parent: QWidget, services, ask_path=_open_path, confirm=_confirm) -> str | None:
    """Read a library file, show its changes, store them if confirmed; the status text, or None."""
    from oases_desktop.core.knowledge.exchange import read_changes, read_library_file

    path = ask_path(parent)
    if not path:
        return None
    try:
        store = services.database().library
        incoming = read_library_file(path)
        current = services.storage_call(store.load, tr("Reading your library from the team database…"), parent)
        changes = read_changes(incoming, current, Path(path).name)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error, tr("The library file cannot be imported"))
        return None
    if changes.empty:
        QMessageBox.information(parent, tr("Import Library"), tr("%s adds nothing: everything in it is already "
                                                                 "in your library.") % Path(path).name)
        return None
    if not confirm(parent, Path(path).name, changes.summary()):
        return None
    try:
        services.storage_call(lambda: store.add_user_layer(changes.facts, changes.sources, changes.notices),
                              tr("Storing the imported facts in the team database…"), parent)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error, tr("The library file was not imported"))
        return None
    services.reload_library()
    return tr("Imported %s into your library") % Path(path).name

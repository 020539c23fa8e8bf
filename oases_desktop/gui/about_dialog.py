"""Help > About: version, what the reference data and holiday calendars are as of, where data lives.

The layout is the Designer form ui/about_dialog.ui (compiled to gui/forms/ui_about_dialog.py);
this class fills in the facts that change at run time.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QWidget

from oases_desktop import APP_NAME, __version__
from oases_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from oases_desktop.paths import resource_path, user_data_dir
from oases_desktop.gui.dates import display_date


def library_summary(library) -> str:
    """How many sources and facts the library holds, and the date of its newest fact."""
    facts = [fact for key in library.fact_keys() for fact in library.history(key).entries]
    newest = max((fact.as_of for fact in facts), default=None)
    as_of = f"; newest fact as of {display_date(newest)}" if newest else ""
    return f"{len(library.sources)} sources, {len(facts)} dated facts{as_of}"


def components_summary() -> str:
    """The main libraries and their versions, for bug reports."""
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for name in ("PySide6-Essentials", "SQLAlchemy", "reportlab", "holidays", "pydantic"):
        try:
            parts.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            continue
    return ", ".join(parts)


class AboutDialog(QDialog):
    """The About box, from the Designer form."""

    def __init__(self, library, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("About %s") % APP_NAME)
        self.ui.iconLabel.setPixmap(QIcon(str(resource_path("icons", "app.png"))).pixmap(72, 72))
        self.ui.versionLabel.setText(self.tr("Version %s") % __version__)
        self.ui.libraryLabel.setText(library_summary(library))
        from oases_desktop.core.scheduling.calendars import data_as_of

        self.ui.calendarLabel.setText(self.tr("Hong Kong, Mainland China and Macao from the %s") % data_as_of())
        self.ui.dataLabel.setText(str(user_data_dir()))
        self.ui.componentsLabel.setText(components_summary())

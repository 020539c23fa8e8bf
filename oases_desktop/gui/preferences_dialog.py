"""Edit > Preferences: how often drafts are autosaved, and how long to wait for a team (PostgreSQL) database.

Values live in QSettings (gui/settings.py). The database timeouts apply the next time the app opens
the team database; a URL's own connect_timeout / options and the OASES_PG_* variables come first
(core/storage/pg_timeouts.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

KEYS = {  # spin box name: (settings key, minimum, maximum)
    "autosave": ("autosave/interval_seconds", 10, 3600),
    "connect": ("storage/pg_connect_timeout_seconds", 1, 300),
    "statement": ("storage/pg_statement_timeout_seconds", 1, 3600),
}


class PreferencesDialog(QDialog):
    """`PreferencesDialog(settings, parent).exec()` stores the values on OK."""

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        labels = {"autosave": self.tr("Autosave a draft of unsaved work every"),
                  "connect": self.tr("Team database: wait for a connection at most"),
                  "statement": self.tr("Team database: wait for each answer at most")}
        for name, (key, low, high) in KEYS.items():
            spin = QSpinBox(self)
            spin.setRange(low, high)
            spin.setSuffix(self.tr(" s"))
            spin.setValue(max(low, min(high, settings.get(key))))
            spin.setObjectName(name)
            form.addRow(labels[name], spin)
            self.spins[name] = spin
        note = QLabel(self.tr("A team database that does not answer in time is reported as such; connecting and "
                              "saving wait in the background, so the window keeps responding. The times apply the "
                              "next time the app opens the team database; a database address's own connect_timeout "
                              "or options, and the OASES_PG_CONNECT_TIMEOUT and OASES_PG_STATEMENT_TIMEOUT "
                              "variables, come first."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def restore_defaults(self) -> None:
        from oases_desktop.core.storage.pg_timeouts import CONNECT_TIMEOUT_S, STATEMENT_TIMEOUT_S

        defaults = {"autosave": 60, "connect": CONNECT_TIMEOUT_S, "statement": STATEMENT_TIMEOUT_S}
        for name, value in defaults.items():
            self.spins[name].setValue(value)

    def accept(self) -> None:
        for name, (key, _low, _high) in KEYS.items():
            self.settings.set(key, self.spins[name].value())
        super().accept()

"""Record a new dated value for a fact, with its own source (new or existing) or flagged an estimate."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from oases_desktop.gui.date_field import DateField
from oases_desktop.gui.dates import display_date
from oases_desktop.gui.source_picker import SourcePicker


FRACTIONAL_UNITS = ("months", "years", "weeks")   # "1.5 months"; counts, days and fees are whole numbers


def value_decimals(fact) -> int:
    """Decimals the value field shows: none for counts and days, one for months and years (more if the value has them)."""
    wanted = 1 if fact.unit in FRACTIONAL_UNITS else 0
    for number in (fact.value, fact.value_high):
        if isinstance(number, (int, float)) and not isinstance(number, bool):
            text = f"{number:g}"
            wanted = max(wanted, len(text.split(".")[1]) if "." in text and "e" not in text else 0)
    return min(wanted, 3)


class FactValueDialog(QDialog):
    """Read `fact` and `new_source` (None when an existing source was chosen) after accept()."""

    def __init__(self, library, history, parent: QWidget | None = None):
        super().__init__(parent)
        self.library, self.history = library, history
        latest = history.latest
        self.setWindowTitle(self.tr("New value: %s") % latest.label)
        self.is_text = isinstance(latest.value, str)
        self.value_text = QLineEdit(str(latest.value)) if self.is_text else None
        decimals = value_decimals(latest)
        self.value = QDoubleSpinBox(decimals=decimals, maximum=1e9)
        self.value_high = QDoubleSpinBox(decimals=decimals, maximum=1e9, specialValueText=self.tr("(none)"))
        unit = "" if latest.unit in ("count", "date", "text", "year") else " " + latest.unit.replace("_", " ")
        self.value.setSuffix(unit)
        self.value_high.setSuffix(unit)
        if not self.is_text:
            self.value.setValue(float(latest.value))
            self.value_high.setValue(float(latest.value_high or 0))
        self.as_of = DateField()
        self.estimate = QCheckBox(self.tr("No source: mark this value as an estimate"))
        self.source = SourcePicker(library)
        self.note = QLineEdit()
        form = QFormLayout()
        from oases_desktop.gui.models.library_models import fact_value_text, source_text

        current_source = source_text(library, latest.source_id, self.tr("none (an estimate)"))
        heading = QLabel(f"<b>{escape(latest.label)}</b><br>" + escape(self.tr("Current: %s, as of %s, source %s")
                         % (fact_value_text(latest), display_date(latest.as_of), current_source)))
        heading.setWordWrap(True)
        form.addRow(heading)
        form.addRow(self.tr("Value:"), self.value_text or self.value)
        if not self.is_text:
            form.addRow(self.tr("Up to (range):"), self.value_high)
        form.addRow(self.tr("As of:"), self.as_of)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow("", self.estimate)
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.source.changed.connect(self._validate)
        self.estimate.toggled.connect(self._validate)
        self._validate()

    def _validate(self, *_args) -> None:
        if self.source.isEnabled() == self.estimate.isChecked():
            self.source.setEnabled(not self.estimate.isChecked())  # emits changed: validated again
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.source.is_complete())
        self.adjustSize()

    @property
    def new_source(self):
        """The Source to store first, or None."""
        return self.source.new_source

    @property
    def fact(self):
        from dataclasses import replace

        from oases_desktop.core.knowledge.model import Origin

        latest = self.history.latest
        source_id = self.source.source_id  # None for an estimate (the picker is then disabled)
        if self.is_text:
            value, high = self.value_text.text().strip(), None
        else:
            value = self.value.value()
            high = self.value_high.value() or None
        as_of: date = self.as_of.date()
        return replace(latest, value=value, value_high=high, as_of=as_of, source_id=source_id,
                       estimate=self.estimate.isChecked(), note=self.note.text().strip(), origin=Origin.USER)

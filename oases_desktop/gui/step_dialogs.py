"""Add a step of the advisor's own, and link or unlink steps: thin dialogs that build undo commands."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from oases_desktop.core.domain import Dependency, DependencyType, DurationUnit, Estimate, Lag, Step
from oases_desktop.gui import commands
from oases_desktop.gui.i18n import label

UNIT_LABELS = {DurationUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("labels", "calendar days"),
               DurationUnit.WORKING_DAYS: QT_TRANSLATE_NOOP("labels", "working days"),
               DurationUnit.WEEKS: QT_TRANSLATE_NOOP("labels", "weeks"),
               DurationUnit.MONTHS: QT_TRANSLATE_NOOP("labels", "months")}
TYPE_LABELS = {DependencyType.FS: QT_TRANSLATE_NOOP("labels", "after it finishes"),
               DependencyType.SS: QT_TRANSLATE_NOOP("labels", "when it starts"),
               DependencyType.FF: QT_TRANSLATE_NOOP("labels", "finishing with it"),
               DependencyType.SF: QT_TRANSLATE_NOOP("labels", "finishing when it starts")}


def _step_combo(scenario, with_none: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(36)
    if with_none is not None:
        combo.addItem(with_none, "")
    for step in scenario.steps:
        combo.addItem(step.name, step.id)
    return combo


class AddStepDialog(QDialog):
    """A new task of the advisor's own (an estimate, since no source backs it); `command` builds it."""

    def __init__(self, document, parent: QWidget | None = None, route_names: dict[str, str] | None = None):
        super().__init__(parent)
        self.document = document
        scenario = document.scenario()
        route_names = route_names or {}
        self.setWindowTitle(self.tr("Add Step"))
        self.name = QLineEdit(placeholderText=self.tr("e.g. Client's internal sign-off"))
        self.route = QComboBox()
        for route in scenario.routes:
            self.route.addItem(route_names.get(route, route), route)
        self.route.addItem(self.tr("My own steps"), "own_steps")
        self.spins = []
        row = QHBoxLayout()
        for caption, value in ((self.tr("min"), 1), (self.tr("likely"), 2), (self.tr("max"), 4)):
            spin = QDoubleSpinBox(decimals=1, maximum=10_000, value=value, prefix=f"{caption} ")
            self.spins.append(spin)
            row.addWidget(spin)
        self.unit = QComboBox()
        for unit, text in UNIT_LABELS.items():
            self.unit.addItem(label(text), unit.value)
        self.unit.setCurrentIndex(self.unit.findData(DurationUnit.WEEKS.value))
        row.addWidget(self.unit)
        self.after = _step_combo(scenario, self.tr("(starts with the plan)"))
        if document.selected_step_id:
            self.after.setCurrentIndex(self.after.findData(document.selected_step_id))
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Route:"), self.route)
        form.addRow(self.tr("Duration:"), row)
        form.addRow(self.tr("Starts after:"), self.after)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._validate)
        for spin in self.spins:
            spin.valueChanged.connect(self._validate)
        self._validate()

    def _validate(self, *_args) -> None:
        low, likely, high = (s.value() for s in self.spins)
        ok = bool(self.name.text().strip()) and low <= likely <= high
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def command(self) -> commands.AddStepCommand:
        name = self.name.text().strip()
        step_id = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40] or "step"
        low, likely, high = (s.value() for s in self.spins)
        duration = Estimate(low, likely, high, unit=DurationUnit(self.unit.currentData()))
        step = Step(id=step_id, name=name, route=self.route.currentData(), duration=duration,
                    notes=self.tr("Added by the advisor; the duration is an estimate."))
        after = self.after.currentData()
        links = (Dependency(after, step_id),) if after else ()
        return commands.AddStepCommand(self.document, step, links)


class LinksDialog(QDialog):
    """The links into one step: add one (refused if it would make a loop) or remove one; each an undo step."""

    def __init__(self, document, step_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.step_id = document, step_id
        step = document.step(step_id)
        self.setWindowTitle(self.tr("Links of “%s”") % step.name)
        self.links = QListWidget()
        self.links.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.remove = QPushButton(self.tr("Remove link"))
        self.remove.clicked.connect(self._remove)
        self.predecessor = _step_combo(document.scenario())
        self.type = QComboBox()
        for dep_type, text in TYPE_LABELS.items():
            self.type.addItem(label(text), dep_type.value)
        self.lag = QDoubleSpinBox(decimals=0, minimum=-3650, maximum=3650, suffix=self.tr(" days lag"))
        add = QPushButton(self.tr("Add link"))
        add.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.type)
        row.addWidget(self.lag)
        row.addWidget(add)
        form = QFormLayout()
        form.addRow(self.tr("Waits on:"), self.predecessor)
        form.addRow("", row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.links)
        layout.addWidget(self.remove)
        layout.addLayout(form)
        layout.addWidget(close)
        self.resize(620, 360)
        self._fill()

    def _fill(self) -> None:
        self.links.clear()
        names = {s.id: s.name for s in self.document.scenario().steps}
        for dep in self.document.scenario().dependencies:
            if self.step_id in (dep.predecessor, dep.successor):
                text = (self.tr("Waits on %s") % names.get(dep.predecessor, dep.predecessor)
                        if dep.successor == self.step_id else
                        self.tr("%s waits on this step") % names.get(dep.successor, dep.successor))
                item = QListWidgetItem(f"{text}  ({label(TYPE_LABELS[dep.type])}, {dep.lag.value:g} " + self.tr("d") + ")")
                item.setData(256, (dep.predecessor, dep.successor))
                self.links.addItem(item)
        self.remove.setEnabled(self.links.count() > 0)

    def _push(self, command) -> None:
        from oases_desktop.gui.error_reporting import show_error

        try:
            self.document.push(command())
        except Exception as error:  # noqa: BLE001 - a loop or duplicate is explained to the user
            show_error(self, error)
        self._fill()

    def _add(self) -> None:
        dependency = Dependency(self.predecessor.currentData(), self.step_id, DependencyType(self.type.currentData()),
                                Lag(self.lag.value()))
        self._push(lambda: commands.AddDependencyCommand(self.document, dependency))

    def _remove(self) -> None:
        item = self.links.currentItem() or self.links.item(0)
        if item is not None:
            predecessor, successor = item.data(256)
            self._push(lambda: commands.RemoveDependencyCommand(self.document, predecessor, successor))

"""Link or unlink steps: a thin dialog that builds undo commands (Add Step is in add_step_dialog)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from oases_desktop.core.domain import Dependency, DependencyType, Lag
from oases_desktop.gui import commands
from oases_desktop.gui.add_step_dialog import step_combo
from oases_desktop.gui.i18n import label

TYPE_LABELS = {DependencyType.FS: QT_TRANSLATE_NOOP("labels", "after it finishes"),
               DependencyType.SS: QT_TRANSLATE_NOOP("labels", "when it starts"),
               DependencyType.FF: QT_TRANSLATE_NOOP("labels", "finishing with it"),
               DependencyType.SF: QT_TRANSLATE_NOOP("labels", "finishing when it starts")}


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
        self.predecessor = step_combo(document.scenario())
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

"""Plan properties: title, client, advisor, confidentiality line, the scenario's start date, notes.

Accepting pushes one undo macro holding an edit command per changed field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget
from oases_desktop.gui.date_field import DateField


class PlanPropertiesDialog(QDialog):
    """Read `changes()` after accept: [(target, field, value)], target "plan" or "scenario"."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        plan, scenario = document.plan, document.scenario()
        self.setWindowTitle(self.tr("Plan Properties"))
        self.title_edit = QLineEdit(plan.title)
        self.client = QLineEdit(plan.client)
        self.advisor = QLineEdit(plan.advisor, placeholderText=self.tr("your name, printed on the report"))
        self.confidentiality = QLineEdit(plan.confidentiality)
        self.start = DateField(scenario.start_date)
        self.notes = QPlainTextEdit(plan.notes)
        self.notes.setMaximumHeight(100)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Client:"), self.client)
        form.addRow(self.tr("Advisor:"), self.advisor)
        form.addRow(self.tr("Confidentiality:"), self.confidentiality)
        self.start.setToolTip(self.tr("Start of the scenario “%s”") % scenario.name)
        form.addRow(self.tr("Scenario starts on:"), self.start)
        form.addRow(self.tr("Notes:"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.title_edit, self.client):
            edit.textChanged.connect(self._validate)
        self.resize(560, self.sizeHint().height())

    def _validate(self, *_args) -> None:
        ok = bool(self.title_edit.text().strip() and self.client.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def changes(self) -> list[tuple[str, str, object]]:
        plan, scenario = self.document.plan, self.document.scenario()
        wanted = [("plan", "title", self.title_edit.text().strip()), ("plan", "client", self.client.text().strip()),
                  ("plan", "advisor", self.advisor.text().strip()),
                  ("plan", "confidentiality", self.confidentiality.text().strip()),
                  ("plan", "notes", self.notes.toPlainText().strip()),
                  ("scenario", "start_date", self.start.date())]
        current = {"plan": plan, "scenario": scenario}
        return [(target, field, value) for target, field, value in wanted if getattr(current[target], field) != value]


def apply_properties(document, changes) -> None:
    """One undo step for all the changes of one visit to the dialog."""
    from oases_desktop.gui.commands import EditPlanCommand, EditScenarioCommand

    if not changes:
        return
    stack = document.undo_stack
    stack.beginMacro(QCoreApplication.translate("PlanPropertiesDialog", "Edit plan properties"))
    try:
        for target, field, value in changes:
            command = EditPlanCommand if target == "plan" else EditScenarioCommand
            document.push(command(document, field, value))
    finally:
        stack.endMacro()

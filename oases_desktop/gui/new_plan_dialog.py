"""Ask for the few things a new plan needs: client, product, kind, start date. Result as `plan`."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from oases_desktop.core.domain import Plan, Scenario
from oases_desktop.core.domain.product import ProductKind, ProductProfile
from oases_desktop.gui.date_field import DateField


def blank_plan(client: str, product_name: str, kind: ProductKind, start: date, title: str = "") -> Plan:
    """A plan with one empty scenario; routes are added from the eligibility panel."""
    scenario = Scenario(id="base", name=QCoreApplication.translate("NewPlanDialog", "Base case"), start_date=start)
    default_title = QCoreApplication.translate("NewPlanDialog", "%s: Hong Kong and GBA access") % product_name
    return Plan(id=str(uuid.uuid4()), title=title or default_title,
                client=client, product=ProductProfile(name=product_name, kind=kind),
                as_of=date.today(), scenarios=[scenario], active_scenario="base")


class NewPlanDialog(QDialog):
    """MNELAB-style thin dialog: fill in, OK, read `plan`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Plan"))
        self.client = QLineEdit(placeholderText=self.tr("e.g. Acme Pharma Ltd"))
        self.product = QLineEdit(placeholderText=self.tr("e.g. Examplumab 100 mg"))
        self.title_edit = QLineEdit(placeholderText=self.tr("optional"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Medicine"), ProductKind.DRUG.value)
        self.kind.addItem(self.tr("Medical device"), ProductKind.DEVICE.value)
        self.start = DateField()   # today; takes "15/3/2026", "15 Mar 2026" or "2026-03-15"
        form = QFormLayout(self)
        form.addRow(self.tr("Client:"), self.client)
        form.addRow(self.tr("Product:"), self.product)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Plan starts on:"), self.start)
        form.addRow(self.tr("Plan title:"), self.title_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.client, self.product):
            edit.textChanged.connect(self._validate)
        self._validate()
        self.resize(440, self.sizeHint().height())

    def _validate(self) -> None:
        ok = bool(self.client.text().strip() and self.product.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @property
    def plan(self) -> Plan:
        return blank_plan(self.client.text().strip(), self.product.text().strip(), ProductKind(self.kind.currentData()),
                          self.start.date(), self.title_edit.text().strip())

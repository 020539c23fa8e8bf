"""The product profile form: what the client tells the advisor. Every change is one undo command.

Widgets never write the profile directly: they push EditProfileCommand, whose redo emits
profileChanged, which both refreshes this form (so undo shows) and re-runs eligibility at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QStyledItemDelegate, QTableView,
                               QVBoxLayout, QWidget)

from oases_desktop.core.domain.product import DrugCategory, EntityType, ProductKind
from oases_desktop.core.knowledge.authorities import authority_label, choices, recognise
from oases_desktop.gui.commands import EditProfileCommand
from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.date_delegate import DateDelegate
from oases_desktop.gui.models.approvals_model import COL_COUNTRY, COL_DATE, COL_STATUS, STATUS_LABELS, ApprovalsModel

KNOWN_DESIGNATIONS = ("orphan", "breakthrough", "priority")
DEVICE_CLASSES = ("", "I", "II", "III", "IV", "A", "B", "C", "D")
ENTITY_LABELS = {EntityType.CHEMICAL: QT_TRANSLATE_NOOP("ProfileForm", "Chemical entity"),
                 EntityType.BIOLOGICAL: QT_TRANSLATE_NOOP("ProfileForm", "Biological entity")}
CATEGORY_LABELS = {
    DrugCategory.NEW_CHEMICAL_ENTITY: QT_TRANSLATE_NOOP("ProfileForm", "New chemical entity"),
    DrugCategory.NEW_BIOLOGICAL_ENTITY: QT_TRANSLATE_NOOP("ProfileForm", "New biological entity"),
    DrugCategory.NEW_INDICATION: QT_TRANSLATE_NOOP("ProfileForm", "New indication"),
    DrugCategory.VACCINE: QT_TRANSLATE_NOOP("ProfileForm", "Vaccine"),
    DrugCategory.ADVANCED_THERAPY: QT_TRANSLATE_NOOP("ProfileForm", "Advanced therapy"),
    DrugCategory.CHEMICAL_EXTENDED_APPLICATION: QT_TRANSLATE_NOOP("ProfileForm", "Chemical drug, extended application"),
    DrugCategory.BIOLOGICAL_EXTENDED_APPLICATION: QT_TRANSLATE_NOOP("ProfileForm", "Biological drug, extended application"),
    DrugCategory.GENERIC: QT_TRANSLATE_NOOP("ProfileForm", "Generic"),
}
# Labels are marked for translation here and translated where shown (self.tr).
# (field, label) of the yes/no facts, grouped as the advisor asks them.
CHECKS = {
    "urgency": (("life_threatening_or_debilitating", QT_TRANSLATE_NOOP("ProfileForm", "Life-threatening or severely debilitating disease")),
                ("first_in_class", QT_TRANSLATE_NOOP("ProfileForm", "First in class")),
                ("who_public_health_need", QT_TRANSLATE_NOOP("ProfileForm", "Local unmet public-health need promulgated by the WHO"))),
    "evidence": (("local_clinical_data", QT_TRANSLATE_NOOP("ProfileForm", "Clinical data from Hong Kong")),
                 ("asian_clinical_data", QT_TRANSLATE_NOOP("ProfileForm", "Clinical data in Chinese/Asian populations")),
                 ("local_expert_report", QT_TRANSLATE_NOOP("ProfileForm", "Local expert report (5+ years in the field)")),
                 ("nmpa_30_day_channel", QT_TRANSLATE_NOOP("ProfileForm", "Mainland trial in NMPA's 30-day channel (key innovative drug)"))),
    "status": (("hk_registered", QT_TRANSLATE_NOOP("ProfileForm", "Already registered in Hong Kong")),
               ("hk_public_hospital_use", QT_TRANSLATE_NOOP("ProfileForm", "Used in Hong Kong public hospitals")),
               ("mainland_approved", QT_TRANSLATE_NOOP("ProfileForm", "Approved in Mainland China")),
               ("substitutable_in_mainland", QT_TRANSLATE_NOOP("ProfileForm", "A Mainland-approved substitute exists"))),
}


class _StatusDelegate(QStyledItemDelegate):
    """A combo box for the approval status column."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for status, label in STATUS_LABELS.items():
            combo.addItem(QCoreApplication.translate("ApprovalsModel", label), status.value)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData())


class _AuthorityDelegate(QStyledItemDelegate):
    """The approval's authority is picked from the library: the 36 reference places, then other regulators."""

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        previous = True
        for label, is_reference in choices(self.library()):
            if previous and not is_reference:  # the 36 reference places, then the others
                combo.insertSeparator(combo.count())
            previous = is_reference
            text = label if is_reference else QCoreApplication.translate("ProfileForm", "%s (not a reference place)") % label
            combo.addItem(text, label)
        combo.setMaxVisibleItems(20)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        found = recognise(str(index.data(Qt.ItemDataRole.EditRole) or ""), self.library())
        editor.setCurrentIndex(max(0, editor.findData(authority_label(found.entry)) if found.entry else 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData())


class _NotesEdit(QPlainTextEdit):
    """Multi-line text that commits when focus leaves (one undo step per visit, not per key)."""

    editingFinished = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editingFinished.emit()


class ProfileForm(QScrollArea):
    """Edits document.plan.product through undo commands; refreshes on profileChanged."""

    def __init__(self, document, library, parent: QWidget | None = None):
        """`library` returns the reference library (its authorities fill the approvals picker)."""
        super().__init__(parent)
        self.document = document
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.setWidget(body)

        product = QGroupBox(self.tr("Product"))
        form = QFormLayout(product)
        self.name = QLineEdit()
        self.name.editingFinished.connect(lambda: self._set("name", self.name.text().strip()))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Medicine"), ProductKind.DRUG.value)
        self.kind.addItem(self.tr("Medical device"), ProductKind.DEVICE.value)
        self.kind.activated.connect(lambda: self._set("kind", ProductKind(self.kind.currentData())))
        self.category = QComboBox()
        self.category.addItem(self.tr("(not set)"), None)
        for category, label in CATEGORY_LABELS.items():
            self.category.addItem(self.tr(label), category.value)
        self.category.activated.connect(self._category_chosen)
        for combo in (self.kind, self.category):   # long category names must not widen the dock
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.entity_type = QComboBox()
        self.entity_type.addItem(self.tr("(not set)"), None)
        for entity, label in ENTITY_LABELS.items():
            self.entity_type.addItem(self.tr(label), entity.value)
        self.entity_type.setToolTip(self.tr("A new indication of a chemical entity is in Phase 1 of primary "
                                            "evaluation, of a biological entity in Phase 2"))
        self.entity_type.activated.connect(self._entity_chosen)
        self.device_class = QComboBox()
        for value in DEVICE_CLASSES:
            self.device_class.addItem(self.tr("(not set)") if not value else self.tr("Class %s") % value, value)
        self.device_class.activated.connect(lambda: self._set("device_class", self.device_class.currentData() or None))
        self.indication = QLineEdit()
        self.indication.editingFinished.connect(lambda: self._set("indication", self.indication.text().strip()))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Drug category:"), self.category)
        form.addRow(self.tr("Entity:"), self.entity_type)
        form.addRow(self.tr("Device class:"), self.device_class)
        form.addRow(self.tr("Indication:"), self.indication)
        layout.addWidget(product)

        self.checks: dict[str, QCheckBox] = {}
        designations = QGroupBox(self.tr("Designations and clinical need"))
        box = QVBoxLayout(designations)
        self.designation_boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for key, label in zip(KNOWN_DESIGNATIONS, (self.tr("Orphan"), self.tr("Breakthrough"), self.tr("Priority review"))):
            check = QCheckBox(label)
            check.toggled.connect(self._designations_toggled)
            self.designation_boxes[key] = check
            row.addWidget(check)
        row.addStretch()
        box.addLayout(row)
        self._add_checks(box, "urgency")
        layout.addWidget(designations)

        approvals = QGroupBox(self.tr("Approvals by drug regulators"))
        box = QVBoxLayout(approvals)
        self.approvals_model = ApprovalsModel(document, library, self)
        self.approvals = QTableView()
        self.approvals.setModel(self.approvals_model)
        self.approvals.setItemDelegateForColumn(COL_COUNTRY, _AuthorityDelegate(library, self.approvals))
        self.approvals.setItemDelegateForColumn(COL_STATUS, _StatusDelegate(self.approvals))
        self.approvals.setItemDelegateForColumn(COL_DATE, DateDelegate(self.approvals))
        self.approvals.verticalHeader().hide()
        self.approvals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.approvals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.approvals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.approvals.setMinimumHeight(90)
        self.approvals.setMaximumHeight(190)
        box.addWidget(self.approvals)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add approval"))
        add.clicked.connect(lambda: self._guard(self.approvals_model.add_approval))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_approval)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        box.addLayout(buttons)
        layout.addWidget(approvals)

        evidence = QGroupBox(self.tr("Clinical evidence"))
        self._add_checks(QVBoxLayout(evidence), "evidence")
        layout.addWidget(evidence)
        status = QGroupBox(self.tr("Hong Kong and Mainland status"))
        self._add_checks(QVBoxLayout(status), "status")
        layout.addWidget(status)
        notes = QGroupBox(self.tr("Notes"))
        self.notes = _NotesEdit()
        self.notes.setPlaceholderText(self.tr("What the client said, open questions, documents promised…"))
        self.notes.setMaximumHeight(110)
        self.notes.editingFinished.connect(lambda: self._set("notes", self.notes.toPlainText().strip()))
        QVBoxLayout(notes).addWidget(self.notes)
        layout.addWidget(notes)
        layout.addStretch()

        document.profileChanged.connect(self.refresh)
        self.refresh()

    def _add_checks(self, box, group: str) -> None:
        for field, label in CHECKS[group]:
            check = QCheckBox(self.tr(label))
            check.toggled.connect(lambda on, f=field: self._set(f, on))
            self.checks[field] = check
            box.addWidget(check)

    # --------------------------------------------------------------- document -> widgets
    def refresh(self) -> None:
        """Show the document's profile (after load, edit, undo); widgets' signals are muted meanwhile."""
        plan = self.document.plan
        self.setEnabled(plan is not None)
        if plan is None:
            return
        p = plan.product
        widgets = [self.name, self.kind, self.category, self.entity_type, self.device_class, self.indication, self.notes,
                   *self.checks.values(), *self.designation_boxes.values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.name.setText(p.name)
            self.indication.setText(p.indication)
            for line in (self.name, self.indication):
                line.setCursorPosition(0)   # show the beginning of a long name, not its end
            if self.notes.toPlainText().strip() != p.notes:
                self.notes.setPlainText(p.notes)
            self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
            self.category.setCurrentIndex(max(0, self.category.findData(p.drug_category.value if p.drug_category else None)))
            self.entity_type.setCurrentIndex(max(0, self.entity_type.findData(p.entity_type.value if p.entity_type else None)))
            self.device_class.setCurrentIndex(max(0, self.device_class.findData(p.device_class or "")))
            for field, check in self.checks.items():
                check.setChecked(bool(getattr(p, field)))
            for key, check in self.designation_boxes.items():
                check.setChecked(key in p.designations)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        is_drug = p.kind == ProductKind.DRUG
        self.category.setEnabled(is_drug)
        self.entity_type.setEnabled(is_drug)
        self.device_class.setEnabled(not is_drug)

    # --------------------------------------------------------------- widgets -> commands
    def _guard(self, action) -> None:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            self.refresh()

    def _set(self, field: str, value) -> None:
        plan = self.document.plan
        if plan is None or getattr(plan.product, field) == value:
            return
        if field == "name" and not value:
            self.refresh()
            return
        self._guard(lambda: self.document.push(EditProfileCommand(self.document, field, value)))

    def _category_chosen(self) -> None:
        data = self.category.currentData()
        self._set("drug_category", DrugCategory(data) if data else None)

    def _entity_chosen(self) -> None:
        data = self.entity_type.currentData()
        self._set("entity_type", EntityType(data) if data else None)

    def _designations_toggled(self) -> None:
        plan = self.document.plan
        if plan is None:
            return
        others = [d for d in plan.product.designations if d not in KNOWN_DESIGNATIONS]
        chosen = [key for key, check in self.designation_boxes.items() if check.isChecked()]
        self._set("designations", chosen + others)

    def _remove_approval(self) -> None:
        rows = self.approvals.selectionModel().selectedRows()
        if rows:
            self._guard(lambda: self.approvals_model.remove_approval(rows[0].row()))


__all__ = ["ProfileForm"]

"""Add a step of the advisor's own: kind (task, milestone, committee sitting), route, duration, calendar, basis.

Defaults follow the selection: the new step joins the selected step's route and starts after it.
The basis is either the advisor's estimate or a dated, sourced figure from the reference library
(passed in explicitly); choosing a figure fills the likely duration and unit from it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QWidget)

from oases_desktop.core.domain import Dependency, DurationUnit, Estimate, Step
from oases_desktop.core.domain.plan import Calendar, StepKind
from oases_desktop.core.domain.rules import three_point_problem
from oases_desktop.gui import commands
from oases_desktop.gui.date_field import DateField
from oases_desktop.gui.dates import display_date
from oases_desktop.gui.i18n import label

UNIT_LABELS = {DurationUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("labels", "calendar days"),
               DurationUnit.WORKING_DAYS: QT_TRANSLATE_NOOP("labels", "working days"),
               DurationUnit.WEEKS: QT_TRANSLATE_NOOP("labels", "weeks"),
               DurationUnit.MONTHS: QT_TRANSLATE_NOOP("labels", "months")}
CALENDAR_LABELS = {Calendar.HK: QT_TRANSLATE_NOOP("labels", "Hong Kong holidays"),
                   Calendar.CN: QT_TRANSLATE_NOOP("labels", "Mainland China holidays and make-up days"),
                   Calendar.MO: QT_TRANSLATE_NOOP("labels", "Macao holidays")}
KIND_LABELS = {StepKind.TASK: QT_TRANSLATE_NOOP("labels", "Task"),
               StepKind.MILESTONE: QT_TRANSLATE_NOOP("labels", "Milestone (no duration)"),
               StepKind.CADENCE_GATE: QT_TRANSLATE_NOOP("labels", "Waits for a committee sitting")}
FACT_UNITS = {"months": DurationUnit.MONTHS, "working_days": DurationUnit.WORKING_DAYS,
              "calendar_days": DurationUnit.CALENDAR_DAYS, "weeks": DurationUnit.WEEKS}


def step_combo(scenario, with_none: str | None = None) -> QComboBox:
    """The scenario's steps by name (data: step id), optionally with a "none" entry first."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(36)
    if with_none is not None:
        combo.addItem(with_none, "")
    for step in scenario.steps:
        combo.addItem(step.name, step.id)
    return combo


class AddStepDialog(QDialog):
    """`command()` builds the AddStepCommand once the dialog is accepted."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document = session.document
        library, route_names = session.library(), session.route_names()
        scenario = document.scenario()
        selected = next((s for s in scenario.steps if s.id == document.selected_step_id), None)
        self.setWindowTitle(self.tr("Add Step"))
        self.name = QLineEdit(placeholderText=self.tr("e.g. Client's internal sign-off"))
        self.kind = QComboBox()
        for kind, text in KIND_LABELS.items():
            self.kind.addItem(label(text), kind.value)
        self.route = QComboBox()
        for route in dict.fromkeys([*scenario.routes, *(s.route for s in scenario.steps)]):
            self.route.addItem(route_names.get(route, route), route)
        if self.route.findData("own_steps") < 0:
            self.route.addItem(self.tr("My own steps"), "own_steps")
        self.route.setCurrentIndex(max(self.route.findData(selected.route if selected else "own_steps"), 0))
        self.spins = []
        duration = QHBoxLayout()
        for caption, value in ((self.tr("min"), 1), (self.tr("likely"), 2), (self.tr("max"), 4)):
            spin = QDoubleSpinBox(decimals=1, maximum=10_000, value=value, prefix=f"{caption} ")
            self.spins.append(spin)
            duration.addWidget(spin)
        self.unit = QComboBox()
        for unit, text in UNIT_LABELS.items():
            self.unit.addItem(label(text), unit.value)
        self.unit.setCurrentIndex(self.unit.findData(DurationUnit.WEEKS.value))
        duration.addWidget(self.unit)
        self.calendar = QComboBox()
        for calendar, text in CALENDAR_LABELS.items():
            self.calendar.addItem(f"{calendar.value} — {label(text)}", calendar.value)
        if selected is not None:
            self.calendar.setCurrentIndex(max(self.calendar.findData(selected.duration.calendar.value), 0))
        self.basis = QComboBox()
        self.basis.addItem(self.tr("Advisor's estimate (no published figure)"), "estimate")
        for fact in self._duration_facts(library):
            self.basis.addItem(f"{fact.label}: {fact.value:g} {fact.unit.replace('_', ' ')} ({display_date(fact.as_of)})", fact.key)
            self.basis.setItemData(self.basis.count() - 1, fact.label, 3)   # Qt.ToolTipRole: the whole label
        self._facts = {fact.key: fact for fact in self._duration_facts(library)}
        self.basis.currentIndexChanged.connect(self._basis_chosen)
        self.cadence = QLineEdit(placeholderText="FREQ=MONTHLY;BYMONTHDAY=15")
        self.cadence.setToolTip(self.tr("When the committee sits, as an RFC 5545 rule, e.g. FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15"))
        self.cadence_error = QLabel()
        self.cadence_error.setWordWrap(True)
        self.cadence_error.setStyleSheet("QLabel { color: #c0392b; }")
        self.after = step_combo(scenario, self.tr("(starts with the plan)"))
        if selected is not None:
            self.after.setCurrentIndex(self.after.findData(selected.id))
        self.not_before_on = QCheckBox(self.tr("Not before"))
        self.not_before = DateField()
        self.not_before.setEnabled(False)
        self.not_before_on.toggled.connect(self.not_before.setEnabled)
        not_before = QHBoxLayout()
        not_before.addWidget(self.not_before_on)
        not_before.addWidget(self.not_before, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Route:"), self.route)
        form.addRow(self.tr("Duration:"), duration)
        form.addRow(self.tr("Calendar:"), self.calendar)
        form.addRow(self.tr("Basis:"), self.basis)
        form.addRow(self.tr("Sittings:"), self.cadence)
        form.addRow("", self.cadence_error)
        form.addRow(self.tr("Starts after:"), self.after)
        form.addRow(self.tr("Start:"), not_before)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._validate)
        self.kind.currentIndexChanged.connect(self._validate)
        self.cadence.textChanged.connect(self._validate)
        for spin in self.spins:
            spin.valueChanged.connect(self._validate)
        self.unit.currentIndexChanged.connect(self._validate)
        self._validate()

    @staticmethod
    def _duration_facts(library) -> list:
        """The library's dated figures that are durations (months, working or calendar days)."""
        facts = [library.latest(key) for key in library.fact_keys()]
        return sorted((f for f in facts if f.unit in FACT_UNITS and isinstance(f.value, (int, float))),
                      key=lambda f: f.label.casefold())

    def _basis_chosen(self, _index: int) -> None:
        fact = self._facts.get(self.basis.currentData())
        if fact is None:
            return
        value = float(fact.value)
        low, likely, high = self.spins
        likely.setValue(value)
        low.setValue(min(low.value(), value))
        high.setValue(max(high.value(), float(fact.value_high or value)))
        self.unit.setCurrentIndex(self.unit.findData(FACT_UNITS[fact.unit].value))

    def step_kind(self) -> StepKind:
        return StepKind(self.kind.currentData())

    def _validate(self, *_args) -> None:
        kind = self.step_kind()
        for widget in (*self.spins, self.unit, self.basis):
            widget.setEnabled(kind != StepKind.MILESTONE)
        self.cadence.setEnabled(kind == StepKind.CADENCE_GATE)
        error = ""
        if kind == StepKind.CADENCE_GATE:
            from oases_desktop.core.domain.cadence import check_cadence

            try:
                check_cadence(self.cadence.text().strip())
            except Exception as problem:  # noqa: BLE001 - the parser's message tells the advisor what to fix
                error = str(problem) if self.cadence.text().strip() else self.tr("Enter when the committee sits.")
        self.cadence_error.setText(error)
        self.cadence_error.setVisible(bool(error))
        low, likely, high = (s.value() for s in self.spins)
        fits = three_point_problem(low, likely, high, DurationUnit(self.unit.currentData())) is None
        ok = bool(self.name.text().strip()) and (fits or kind == StepKind.MILESTONE) and not error
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def command(self) -> commands.AddStepCommand:
        name = self.name.text().strip()
        taken = {s.id for s in self.document.scenario().steps}
        base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40] or "step"
        step_id = base
        for number in range(2, 1000):
            if step_id not in taken:
                break
            step_id = f"{base}_{number}"
        kind = self.step_kind()
        calendar = Calendar(self.calendar.currentData())
        if kind == StepKind.MILESTONE:
            duration = Estimate(0, 0, 0, calendar=calendar)
        else:
            low, likely, high = (s.value() for s in self.spins)
            duration = Estimate(low, likely, high, unit=DurationUnit(self.unit.currentData()), calendar=calendar,
                                basis=self.basis.currentData())
        notes = (self.tr("Added by the advisor; the duration is an estimate.") if duration.is_estimate and kind != StepKind.MILESTONE
                 else self.tr("Added by the advisor."))
        step = Step(id=step_id, name=name, route=self.route.currentData(), duration=duration, kind=kind,
                    cadence=self.cadence.text().strip() if kind == StepKind.CADENCE_GATE else None,
                    start_no_earlier_than=self.not_before.date() if self.not_before_on.isChecked() else None,
                    notes=notes)
        after = self.after.currentData()
        links = (Dependency(after, step_id),) if after else ()
        return commands.AddStepCommand(self.document, step, links)

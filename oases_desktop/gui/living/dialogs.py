"""Dialogs of the living plan: the plan's baselines, the "Changes since..." view, the status date."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
)

from oases_desktop.gui.dates import QT_DATE_FORMAT, display_date


class BaselinesDialog(QDialog):
    """The plan's baselines: show one on the timeline, read what changed since, delete one (undoable)."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Baselines"))
        self.resize(640, 320)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Snapshots of the computed dates, e.g. as presented to the client. "
                                        "The one shown draws thin ghost bars under the current ones."), wordWrap=True))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Saved on"), self.tr("Status date"),
                                              self.tr("Scenario")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show on Timeline"), self)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.changes_button = QPushButton(self.tr("Changes Since…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button in (self.show_button, self.hide_button, self.changes_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.show_button.clicked.connect(lambda: self._with_selected(controller.show_baseline))
        self.hide_button.clicked.connect(lambda: controller.show_baseline(None) or self.refresh())
        self.changes_button.clicked.connect(lambda: self._with_selected(controller.show_changes))
        self.delete_button.clicked.connect(lambda: self._with_selected(controller.delete_baseline))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        controller.document.planChanged.connect(self.refresh)
        self.refresh()

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _with_selected(self, action) -> None:
        name = self.selected_name()
        if name is not None:
            action(name)
            self.refresh()

    def refresh(self) -> None:
        plan = self.controller.document.plan
        baselines = plan.baselines if plan is not None else []
        shown = self.controller.document.shown_baseline
        self.table.setRowCount(len(baselines))
        names = {s.id: s.name for s in plan.scenarios} if plan is not None else {}
        for row, baseline in enumerate(baselines):
            label = baseline.name + (self.tr(" (shown)") if baseline.name == shown else "")
            cells = (label, display_date(baseline.saved_on), display_date(baseline.status_date),
                     names.get(baseline.scenario_id, baseline.scenario_id))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, baseline.name)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_name() is not None
        for button in (self.show_button, self.changes_button, self.delete_button):
            button.setEnabled(chosen)
        self.hide_button.setEnabled(self.controller.document.shown_baseline is not None)


def movement_html(movement) -> str:
    """The "Changes since..." text as HTML: the same sentences as the PDF's page (core/tracking)."""
    from oases_desktop.core.tracking.wording import cause_sentence, days_text, fmt_day

    parts = [f"<h3>{escape(f'Changes since {fmt_day(movement.saved_on)}')}</h3>",
             "<p><small>" + escape(
                 f"Against the baseline \"{movement.baseline}\" (status date {fmt_day(movement.baseline_status_date)}); "
                 f"the plan's status date is {fmt_day(movement.status_date)}. Changes were replayed one at a time "
                 f"in this order: {movement.order}. Days are calendar days of the likely date.") + "</small></p>"]
    for move in movement.milestones:
        if move.variance_days is None:
            continue
        parts.append(f"<p><b>{escape(move.name)}: {escape(days_text(move.variance_days))}</b> "
                     f"({escape(fmt_day(move.baseline_likely))} → {escape(fmt_day(move.likely))})</p><ul>")
        parts += [f"<li>{escape(cause_sentence(c.text, c.days))}</li>" for c in move.causes] or ["<li>Unchanged.</li>"]
        parts.append("</ul>")
    return "".join(parts)


class ChangesDialog(QDialog):
    """'Changes since 12 Jan 2027': each key milestone's move and its causes, in plain sentences."""

    def __init__(self, movement, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes Since Baseline"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setHtml(movement_html(movement))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class StatusDateDialog(QDialog):
    """Ask for the plan's status date: the day progress is recorded to."""

    def __init__(self, current, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Status Date"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Work not done is not planned before the status date; steps done keep "
                                   "their actual dates."), wordWrap=True))
        self.date = QDateEdit(QDate(current.year, current.month, current.day), self, calendarPopup=True,
                              displayFormat=QT_DATE_FORMAT)
        today = QPushButton(self.tr("Today"), self)
        today.clicked.connect(lambda: self.date.setDate(QDate.currentDate()))
        row = QHBoxLayout()
        row.addWidget(self.date, 1)
        row.addWidget(today)
        form.addRow(self.tr("Status date:"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self):
        return self.date.date().toPython()

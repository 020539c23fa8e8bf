"""Dialogs of the living plan: the plan's baselines, the "Changes since..." view, the status date, a step's actual dates."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
)

from oases_desktop.gui.dates import display_date, qt_display_format


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
    """The "Changes since..." text as HTML: the PDF page's sentences (core/tracking/changes_text.py)."""
    from oases_desktop.core.tracking.changes_text import changes_text

    text = changes_text(movement)
    parts = [f"<h3>{escape(text.title)}</h3>", f"<p><small>{escape(text.intro)}</small></p>"]
    for block in text.milestones:
        parts.append(f"<p><b>{escape(block.heading)}</b></p>")
        if block.bullets:
            parts.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in block.bullets) + "</ul>")
    if text.footer:
        parts.append(f"<p><small>{escape(text.footer)}</small></p>")
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
                              displayFormat=qt_display_format())
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


class ActualDatesDialog(QDialog):
    """A step's actual start and finish from the context menu: the inspector's Progress box in a window."""

    def __init__(self, document, step_id: str, parent=None):
        from oases_desktop.gui.living.progress_box import ProgressBox

        super().__init__(parent)
        self.document, self.step_id = document, step_id
        self.setWindowTitle(self.tr("Actual Dates: %s") % document.step(step_id).name)
        layout = QVBoxLayout(self)
        self.box = ProgressBox(document, self)
        layout.addWidget(self.box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        document.planChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the step as it is now (an edit or an undo changed it); close if it is gone."""
        try:
            step = self.document.step(self.step_id)
        except KeyError:
            self.reject()
            return
        schedule = self.document.schedule
        self.box.show_step(step, schedule.steps.get(self.step_id) if schedule is not None else None)

"""Which routes the product can take, and why: verdicts with every condition, its rule and source.

Re-evaluated at once whenever the profile changes (profileChanged), the schedule moves or the
library is edited. By default the verdicts count the scenario's own steps (plan_eligibility): a
condition a step supplies (a trial's read-out, a registration) is met from the day that step
finishes, so a route reads "Eligible from <date>" and the condition names the step. Unticking
"Count this plan's steps" shows the product as described in the profile only.
"Add to plan" pushes AddRouteCommand for the selected route. A route the product can never take
(a drug route for a device) cannot be added; a route it is not eligible for today asks first,
naming what is missing (the advisor may be modelling a future state).
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter, QTextBrowser,
                               QToolButton, QTreeView, QVBoxLayout, QWidget)

from oases_desktop.core.knowledge.model import RouteStatus
from oases_desktop.core.knowledge.plan_eligibility import SuppliedCondition
from oases_desktop.gui.date_field import DateField
from oases_desktop.gui.commands import AddRouteCommand
from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.icons import icon
from oases_desktop.gui.wrap_delegate import WrappingDelegate
from oases_desktop.gui.models.verdicts_model import (COL_NAME, COL_SOURCE, RouteIdRole, VerdictsModel, missing_conditions,
                                                     wrong_kind_condition)
from oases_desktop.gui.dates import display_date

log = logging.getLogger(__name__)


class EligibilityPanel(QWidget):
    """Shows evaluate_routes(profile, on, library) for the open plan; emits routeAdded(route_id)."""

    routeAdded = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document = session.document
        self.services = services = session.services
        self.settings = settings = session.settings   # remembers "Count this plan's steps" when given
        self.model = VerdictsModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        WrappingDelegate.install(self.view)   # route names and conditions wrap in a narrow dock instead of being cut
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        # The verdict column keeps to the width of its longest word pair ("Eligible from" then the date on
        # a second line), so the route names get the rest of a narrow dock.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        bold = self.view.font()
        bold.setBold(True)
        header.resizeSection(1, QFontMetrics(bold).horizontalAdvance(self.tr("Not eligible") + "  ") + 16)
        self.view.setColumnHidden(COL_SOURCE, True)  # sources show in the detail pane, with their dates
        self.view.setIndentation(14)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._follow_link)   # sources open their dialog, web addresses the browser
        self.details.setPlaceholderText(self.tr("Select a route or condition for its rule and source."))
        self.view.doubleClicked.connect(lambda _i: self.add_selected_route())
        self.summary = QLabel(wordWrap=True)
        legend = self.tr("A blue dot marks the routes already in this scenario.")
        self.summary.setToolTip(legend)
        self.add_button = QPushButton(icon("route-add"), self.tr("Add to plan"))
        self.add_button.setToolTip(self.tr("Add this route's steps to the current scenario"))
        self.add_button.clicked.connect(self.add_selected_route)
        self.add_button.setEnabled(False)
        # Rules change on dates (new mechanisms, phased reforms): let the advisor look at another day.
        self.on_date = DateField()
        self.on_date.setToolTip(self.tr("Judge the routes as the rules stand on this day"))
        self.on_date.dateChanged.connect(lambda _d: self.refresh())
        today = QToolButton(text=self.tr("Today"), autoRaise=True)
        today.setToolTip(self.tr("Judge the routes as the rules stand today"))
        today.clicked.connect(lambda: self.on_date.setDate(QDate.currentDate()))
        self.count_plan_steps = QCheckBox(self.tr("Count this plan's steps"))
        self.count_plan_steps.setChecked(settings.get("eligibility/count_plan_steps") if settings is not None else True)
        self.count_plan_steps.setToolTip(self.tr(
            "On: a condition that a step of this scenario meets (a trial's read-out, a registration) counts from "
            "the day that step finishes.\nOff: judge the product only as the profile describes it today."))
        self.count_plan_steps.toggled.connect(self._count_plan_steps_toggled)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("Rules as of:")))
        date_row.addWidget(self.on_date)
        date_row.addWidget(today)
        date_row.addStretch()
        options_row = QHBoxLayout()
        options_row.addWidget(self.count_plan_steps)
        options_row.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(date_row)
        layout.addLayout(options_row)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        document.profileChanged.connect(self.refresh)
        document.scenarioChanged.connect(lambda _id: self.refresh())
        document.planChanged.connect(self._mark_routes_in_plan)
        document.scheduleChanged.connect(self._schedule_changed)
        services.libraryChanged.connect(self.refresh)

    def evaluation_date(self) -> date:
        """The day the rules are judged on: the date chosen in the panel (today unless changed)."""
        chosen = self.on_date.date()
        if self.document.today is not None and chosen == date.today():
            return self.document.today  # tests pin "today" on the document
        return chosen

    def refresh(self) -> None:
        """Re-run the eligibility rules for the current profile."""
        plan = self.document.plan
        selected = self.selected_route_id()
        if plan is None:
            self.model.set_verdicts([], None)
            self.details.clear()
            self.summary.setText(self.tr("Open a plan to see which routes the product can take."))
            return
        try:
            library = self.services.library()
            verdicts, note = self._evaluate(plan, library)
        except Exception as error:  # noqa: BLE001 - the panel says it, the log keeps the details
            log.exception("eligibility failed")
            self.model.set_verdicts([], None)
            self.summary.setText(self.tr("The routes could not be evaluated: %s") % error)
            return
        self.model.set_verdicts(verdicts, library, self.document.scenario().routes)
        usable = sum(1 for v in verdicts if v.status in (RouteStatus.ELIGIBLE, RouteStatus.ELIGIBLE_FROM))
        self.summary.setText(self.tr("%1 of %2 routes open to %3 on %4.")
                             .replace("%1", str(usable)).replace("%2", str(len(verdicts)))
                             .replace("%3", plan.product.name or self.tr("the product"))
                             .replace("%4", display_date(self.evaluation_date())) + note)
        if not usable:
            self.summary.setText(self.summary.text() + " " + self.tr(
                "Complete the product's profile (reference approvals, designations, clinical data, device class): "
                "they decide which routes open. Select a route to see what it is missing."))
        if selected and self.model.route_row(selected) >= 0:
            self.select_route(selected)
        else:  # point at the first open route not yet in the plan: the obvious next step
            routes = set(self.document.scenario().routes)
            candidates = [v.route_id for v in verdicts if v.status == RouteStatus.ELIGIBLE and v.route_id not in routes]
            if candidates:
                self.select_route(candidates[0])
        self._update_button()

    def _count_plan_steps_toggled(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.set("eligibility/count_plan_steps", on)
        self.refresh()

    def counts_plan_steps(self) -> bool:
        return self.count_plan_steps.isChecked()

    def _evaluate(self, plan, library):
        """The verdicts, and a sentence to add to the summary (why the plan's steps were not counted)."""
        on = self.evaluation_date()
        schedule = self.document.schedule
        if self.counts_plan_steps() and schedule is not None and schedule.scenario_id == self.document.scenario_id:
            from oases_desktop.core.knowledge.plan_eligibility import evaluate_plan_routes

            verdicts = evaluate_plan_routes(plan, self.document.scenario_id, on, library, schedule)
            planned = sum(1 for v in verdicts for c in v.conditions if isinstance(c, SuppliedCondition))
            note = (" " + self.tr("%n condition(s) met by this plan's steps.", "", planned)) if planned else ""
            return verdicts, note
        from oases_desktop.core.knowledge import evaluate_routes

        note = ""
        if self.counts_plan_steps():
            note = " " + self.tr("This plan's steps are not counted until the scenario can be scheduled.")
        return evaluate_routes(plan.product, on, library), note

    def _schedule_changed(self) -> None:
        """Steps moved: the days they supply conditions on moved too."""
        if self.counts_plan_steps() and self.document.plan is not None:
            self.refresh()

    def _mark_routes_in_plan(self) -> None:
        if self.document.plan is None or not self.model.rowCount():
            return
        routes = set(self.document.scenario().routes)
        if routes != self.model._in_plan:
            self.model.set_verdicts(self.model._verdicts, self.model._library, routes)
            self._update_button()

    def selected_route_id(self) -> str:
        index = self.view.currentIndex()
        if not index.isValid():
            return ""
        while index.parent().isValid():
            index = index.parent()
        return index.data(RouteIdRole) or ""

    def select_route(self, route_id: str) -> None:
        row = self.model.route_row(route_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _current_changed(self, current, _previous=None) -> None:
        if current.isValid() and not current.parent().isValid():
            self.view.expand(current.sibling(current.row(), 0))   # the chosen route shows its conditions
        self.details.setHtml(self.model.details_html(current))
        self._update_button()

    def selected_verdict(self):
        row = self.model.route_row(self.selected_route_id())
        return self.model.verdict(row) if row >= 0 else None

    def _update_button(self, *_args) -> None:
        route_id = self.selected_route_id()
        in_plan = self.document.plan is not None and route_id in self.document.scenario().routes
        verdict = self.selected_verdict()
        wrong_kind = wrong_kind_condition(verdict) if verdict is not None else None
        self.add_button.setEnabled(bool(route_id) and not in_plan and wrong_kind is None)
        if in_plan:
            self.add_button.setText(self.tr("Already in plan"))
            self.add_button.setToolTip(self.tr("This route's steps are already in the current scenario"))
        elif wrong_kind is not None:
            self.add_button.setText(self.tr("Add to plan"))
            self.add_button.setToolTip(self.tr("This route cannot apply to this product: %s") % wrong_kind.text)
        else:
            self.add_button.setText(self.tr("Add to plan"))
            self.add_button.setToolTip(self.tr("Add this route's steps to the current scenario"))

    def _follow_link(self, url) -> None:
        from oases_desktop.gui.source_dialog import handle_link

        handle_link(self, url, self.services.library())

    def add_selected_route(self) -> None:
        route_id = self.selected_route_id()
        if not route_id or self.document.plan is None or route_id in self.document.scenario().routes:
            return
        verdict = self.selected_verdict()
        if verdict is not None and (wrong_kind_condition(verdict) is not None or not self._confirm_not_eligible(verdict)):
            return
        try:
            self.document.push(AddRouteCommand(self.document, route_id, self.services.library()))
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self.routeAdded.emit(route_id)
        self._update_button()

    def _confirm_not_eligible(self, verdict) -> bool:
        """True to go on: eligible routes go straight in; a not-eligible one asks, naming what is missing."""
        if verdict.status != RouteStatus.NOT_ELIGIBLE:
            return True
        missing = missing_conditions(verdict)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Route not open to this product"),
                          self.tr("“%s” is not open to %s today.") % (verdict.route_name,
                                                                     self.document.plan.product.name or self.tr("the product")),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Missing:") + "\n" + "\n".join(f"• {c.text}" for c in missing) + "\n\n"
                               + self.tr("Add it anyway, to plan for the day these conditions are met?"))
        add = box.addButton(self.tr("Add Anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is add

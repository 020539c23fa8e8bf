"""Scenarios side by side: one time axis with a lane per scenario, and a milestone delta table.

Both come from `oases_desktop.core.scheduling.compare.compare_scenarios` (every scenario scheduled,
milestones matched by key, deltas in days against a baseline) and the shared comparison layout
(`oases_desktop.core.layout.comparison.layout_comparison`), which the PDF draws too. Recomputed
only while visible: comparing schedules every scenario.
"""

from __future__ import annotations

import copy
import logging
from datetime import date
from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from oases_desktop.core.errors import OasesError
from oases_desktop.gui.timeline import style
from oases_desktop.gui.timeline.data import from_layout
from oases_desktop.gui.timeline.legend import TimelineLegend
from oases_desktop.gui.timeline.scene import TimelineScene
from oases_desktop.gui.timeline.tooltips import fmt
from oases_desktop.gui.timeline.view import TimelineView
from oases_desktop.gui.i18n import tr

log = logging.getLogger(__name__)

LATER = QColor("#c0392b")
EARLIER = QColor("#1e8449")


def delta_text(days: int | None, is_baseline: bool) -> str:
    """ "+30 d", "−12 d", "same", "baseline" or "—" (milestone missing)."""
    if is_baseline:
        return tr("baseline")
    if days is None:
        return "—"
    if days == 0:
        return tr("same")
    return f"+{days} d" if days > 0 else f"−{-days} d"


class MilestoneDeltaModel(QAbstractTableModel):
    """Rows = milestones; column 0 = name, then one column per scenario: date and delta to the baseline."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison = None
        self.names: dict[str, str] = {}

    def set_comparison(self, comparison, names: dict[str, str]) -> None:
        """Show a ScenarioComparison (None clears)."""
        self.beginResetModel()
        self.comparison = comparison
        self.names = dict(names)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per milestone key."""
        if parent.isValid() or self.comparison is None:
            return 0
        return len(self.comparison.milestones)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Milestone name plus one column per scenario."""
        if parent.isValid() or self.comparison is None:
            return 0
        return 1 + len(self.comparison.scenarios)

    def scenario_of(self, column: int) -> str:
        return self.comparison.scenarios[column - 1]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """"Milestone", then scenario names (the baseline marked)."""
        if orientation != Qt.Orientation.Horizontal or self.comparison is None or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Milestone")
            sid = self.scenario_of(section)
            name = self.names.get(sid, sid)
            return name + (self.tr(" (baseline)") if sid == self.comparison.baseline else "")
        if role == Qt.ItemDataRole.ToolTipRole and section:
            sid = self.scenario_of(section)
            return self.names.get(sid, sid)
        if role == Qt.ItemDataRole.FontRole and section and self.scenario_of(section) == self.comparison.baseline:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Milestone name, or "date  (delta)" per scenario; red when later than the baseline, green when earlier."""
        if not index.isValid() or self.comparison is None:
            return None
        row = self.comparison.milestones[index.row()]
        if index.column() == 0:
            return row.name if role == Qt.ItemDataRole.DisplayRole else None
        sid = self.scenario_of(index.column())
        day, delta = row.dates.get(sid), row.deltas.get(sid)
        is_base = sid == self.comparison.baseline
        if role == Qt.ItemDataRole.DisplayRole:
            if day is None:
                return self.tr("not in this scenario")
            return fmt(day) if is_base else f"{fmt(day)}   ({delta_text(delta, False)})"
        if role == Qt.ItemDataRole.ForegroundRole and delta and not is_base:
            return QBrush(LATER if delta > 0 else EARLIER)
        if role == Qt.ItemDataRole.UserRole:
            return delta
        if role == Qt.ItemDataRole.ToolTipRole and day is not None and not is_base:
            base = row.dates.get(self.comparison.baseline)
            return self.tr("%s vs %s in the baseline") % (fmt(day), fmt(base) if base else "—")
        return None


def targets_html(comparison, names: dict[str, str]) -> str:
    """One line per client's target date: each scenario's verdict and share of simulated runs."""
    from oases_desktop.core.scheduling.target_text import percent_text

    lines = []
    for row in comparison.targets:
        parts = []
        for sid, outcome in row.outcomes.items():
            if outcome is None:
                verdict = tr("no such milestone")
            elif outcome.missed_by is None:
                verdict = tr("makes it with %1 days to spare").replace("%1", str(outcome.margins["likely"].calendar_days))
            else:
                verdict = tr("misses it by %1 days").replace("%1", str(outcome.missed_by.calendar_days))
            if outcome is not None and outcome.probability is not None:
                verdict += " " + tr("(%1 of runs)").replace("%1", percent_text(outcome.probability))
            colour = "#1e8449" if row.makes_it(sid) else "#c0392b"
            parts.append(f"{escape(names.get(sid, sid))}: <span style='color:{colour}'>{escape(verdict)}</span>")
        lines.append("<b>%s</b> %s" % (escape(tr("%1 by %2:").replace("%1", row.name).replace("%2", fmt(row.target))),
                                        " · ".join(parts)))
    return "<br>".join(lines)


class CompareWidget(QWidget):
    """Baseline chooser, a comparison chart on one time axis, and the milestone delta table."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.scene = TimelineScene(self)   # keep a Python reference: the view does not own it
        self.scene.read_only = True
        self.scene.projected_suffix = self.tr("  (includes projected steps)")
        self.view = TimelineView(self.scene, self)
        self.model = MilestoneDeltaModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # long scenario names wrap onto a second header line instead of being cut at both ends
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap))
        self.table.horizontalHeader().setMinimumHeight(2 * self.table.fontMetrics().height() + 10)
        self.baseline = QComboBox(self)
        self.baseline.setToolTip(self.tr("Deltas are counted against this scenario"))
        self.baseline.currentIndexChanged.connect(lambda _i: self.refresh())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.targets = QLabel(self)   # per client's target date: which scenario makes it, how likely
        self.targets.setObjectName("compareTargets")
        self.targets.setWordWrap(True)
        self.targets.setTextFormat(Qt.TextFormat.RichText)
        self.targets.setContentsMargins(6, 2, 6, 4)
        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 4)
        top.addWidget(QLabel(self.tr("Compare against:"), self))
        top.addWidget(self.baseline)
        top.addSpacing(12)
        top.addWidget(self.message, 1)
        chart = QWidget(self)   # the chart with its legend: what the colours, whiskers and hatching mean
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(2)
        chart_layout.addWidget(self.view, 1)
        self.legend = TimelineLegend(chart)
        chart_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(chart)
        splitter.addWidget(self.table)
        splitter.setSizes([300, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.targets)
        self.comparison = None
        self.operation = None      # the simulation for the targets' odds (gui.background), newest only shown
        self._job = 0
        from PySide6.QtCore import QThreadPool

        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._dirty = True
        self._filling = False
        document.planChanged.connect(self._mark_dirty)
        document.scenarioChanged.connect(self._mark_dirty)
        self.scene.set_zoom(style.ZOOM_PX_PER_DAY["quarter"])

    def _odds_ready(self, job: int, comparison, names: dict[str, str]) -> None:
        """The simulated comparison is done: shown with each target's share of runs, unless the plan changed since."""
        if job != self._job:
            return
        self.comparison = comparison
        self.targets.setText(targets_html(comparison, names))

    def _odds_failed(self, job: int, error: BaseException, names: dict[str, str]) -> None:
        """A plan problem leaves the verdicts without odds and says why; anything else is a bug, reported."""
        if not isinstance(error, OasesError):
            from oases_desktop.gui.error_reporting import show_error

            show_error(self, error)
        if job == self._job and self.comparison is not None:
            self.targets.setText(targets_html(self.comparison, names) + "<br><i>%s</i>" % escape(
                self.tr("The odds could not be simulated: %1").replace("%1", str(error))))

    def fit_to_width(self) -> None:
        """Zoom so the whole comparison spans the view: the point is to see every scenario's end."""
        data = self.scene.data
        if data is None:
            return
        usable = self.view.viewport().width() - style.GUTTER_WIDTH - 24
        self.scene.set_zoom(min(max(usable / max(data.span_days, 1), style.MIN_PX_PER_DAY), style.MAX_PX_PER_DAY))
        self.view.scroll_to_start()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_to_width()

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _fill_baselines(self) -> None:
        plan = self.document.plan
        current = self.baseline.currentData() or (plan.active_scenario if plan else None)
        self._filling = True
        self.baseline.clear()
        for scenario in plan.scenarios if plan else []:
            self.baseline.addItem(scenario.name, scenario.id)
        index = self.baseline.findData(current)
        self.baseline.setCurrentIndex(max(index, 0))
        self._filling = False

    def refresh(self) -> None:
        """Reschedule every scenario and redraw the chart and the table."""
        if self._filling:
            return
        self._dirty = False
        plan = self.document.plan
        self._fill_baselines()
        if plan is None:
            self.model.set_comparison(None, {})
            self.message.setText(self.tr("Open a plan to compare its scenarios."))
            return
        from oases_desktop.core.layout.comparison import layout_comparison
        from oases_desktop.core.scheduling.compare import compare_scenarios

        from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED

        self._job += 1
        baseline, today, calendars = self.baseline.currentData(), self.document.status_date(), self.document.calendars()
        try:  # on the status date, as the timeline; the targets' odds are simulated off the GUI thread below
            self.comparison = compare_scenarios(plan, baseline, today=today, calendars=calendars,
                                                targets=plan.targets)
        except OasesError as error:
            self.comparison = None
            self.model.set_comparison(None, {})
            self.message.setText(str(error))
            return
        names = {s.id: s.name for s in plan.scenarios}
        self.model.set_comparison(self.comparison, names)
        self.targets.setText(targets_html(self.comparison, names)
                             + ("<br><i>%s</i>" % escape(self.tr("Simulating %1 runs per scenario for the odds…")
                                                         .replace("%1", str(DEFAULT_RUNS))) if plan.targets else ""))
        self.targets.setVisible(bool(self.comparison.targets))
        if plan.targets:
            from oases_desktop.gui.background import run_in_background

            job, copied, status = self._job, copy.deepcopy(plan), today
            self.operation = run_in_background(
                self, lambda _progress: compare_scenarios(copied, baseline, today=status, calendars=calendars,
                                                          runs=DEFAULT_RUNS, seed=DEFAULT_SEED, targets=copied.targets),
                label=self.tr("Simulating the target dates"), progress_dialog=False,
                on_success=lambda found: self._odds_ready(job, found, names),
                on_failure=lambda error: self._odds_failed(job, error, names), pool=self._pool)
        layout = layout_comparison(plan, self.comparison.schedules, "month", self.document.today or date.today())
        self.scene.set_data(from_layout(layout, None, key_by_lane=True))
        self.fit_to_width()
        if len(plan.scenarios) < 2:
            self.message.setText(self.tr("This plan has one scenario. Duplicate it (Scenario menu) to compare a variant."))
        else:
            finishes = ", ".join(f"{names[sid]}: {fmt(s.finish)}" for sid, s in self.comparison.schedules.items())
            self.message.setText(self.tr("Plan finish — %s") % finishes)



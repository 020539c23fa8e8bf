"""The timeline panel: zoom bar, legend and the Gantt view, kept in step with a PlanDocument.

Dragging a bar previews live: each frame reschedules a shallow copy of the scenario with the
dragged step changed and moves the existing items; nothing touches the plan until the mouse is
released, when one undo command (MoveStepCommand / ResizeStepCommand) is pushed.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QStyle, QVBoxLayout, QWidget

from oases_desktop.core.domain.plan import DurationUnit
from oases_desktop.core.errors import OasesError
from oases_desktop.core.scheduling.timing import DAYS_PER_MONTH
from oases_desktop.gui.commands import MoveStepCommand, ResizeStepCommand
from oases_desktop.gui.timeline import style
from oases_desktop.gui.timeline.data import TimelineData, build_timeline_data, redate, with_simulated, without_markers
from oases_desktop.gui.timeline.legend import TimelineLegend
from oases_desktop.gui.timeline.marks import CUT_MARGIN
from oases_desktop.gui.timeline.scene import TimelineScene
from oases_desktop.gui.timeline.simulated import SimulatedDates
from oases_desktop.gui.timeline.tooltips import step_tooltip
from oases_desktop.gui.timeline.view import TimelineView
from oases_desktop.gui.timeline.zoom_bar import ZoomBar
from oases_desktop.gui.dates import display_date

log = logging.getLogger(__name__)

# Calendar days in one unit, to turn a dragged distance into a duration in the step's own unit.
DAYS_PER_UNIT = {DurationUnit.CALENDAR_DAYS: 1.0, DurationUnit.WORKING_DAYS: 7 / 5,
                 DurationUnit.WEEKS: 7.0, DurationUnit.MONTHS: DAYS_PER_MONTH}


def clear_start_constraint(document, step_id: str) -> None:
    """Remove a step's start-no-earlier-than date as its own undo step (never merged into a drag)."""
    stack = document.undo_stack
    stack.beginMacro(QCoreApplication.translate("timeline", "Start %s as early as possible") % document.step(step_id).name)
    try:
        document.push(MoveStepCommand(document, step_id, None))
    finally:
        stack.endMacro()


@dataclasses.dataclass
class _Drag:
    step_id: str
    mode: str
    base: TimelineData
    days: int = 0


class TimelineWidget(QWidget):
    """Gantt chart of the document's active scenario; edits only through undo commands."""

    dragPreview = Signal(str)   # a sentence describing the drag in progress ("" when it ends)
    scaleChosen = Signal(str)   # the user picked a zoom preset: "fit", "month", "quarter" or "year"

    contextMenuWanted = Signal(str, object)   # step id, global position: the Gantt pane builds the menu

    def __init__(self, session, parent=None, show_labels: bool = True, follow_schedule: bool = True):
        super().__init__(parent)
        self.session = session
        self.document = document = session.document
        self.scene = TimelineScene(self)   # keep a Python reference: the view does not own it
        self.scene.show_labels = show_labels   # False: the Gantt pane's tree shows the names beside the chart
        self.row_filter = None   # TimelineData -> TimelineData: the rows the pane's tree shows, in its order
        self._full: tuple | None = None   # (key, data): the layout of the current schedule, built once
        self.view = TimelineView(self.scene, self)
        self._drag: _Drag | None = None
        self._scrolled_once = False
        self._shown_once = False
        self._fit_mode = False      # "Fit" chosen: the whole plan stays in view on open and resize
        self._fit_pending = False   # fit once the view has its real width
        self._fitting = False
        self._shown_plan = None     # (plan object id, scenario id) last drawn: a new one is re-fitted
        self.show_percentiles = True   # P50/P80 markers on milestones (View > P50 and P80 Markers)
        self.simulated = SimulatedDates(document, self)   # the milestones' P50/P80, simulated off the GUI thread
        self.simulated.ready.connect(self._on_simulated)
        self.simulated.held = lambda: self._drag is not None
        self._build_ui()
        self.scene.tooltip_provider = self.tooltip_for
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.scene.stepSelected.connect(self._on_scene_selection)
        self.scene.dragMoved.connect(self._on_drag_moved)
        self.scene.dragFinished.connect(self._on_drag_finished)
        self.view.zoomChanged.connect(self._on_zoom_changed)
        self.view.nudgeRequested.connect(self.nudge_selected)
        self.view.zoomRequested.connect(lambda factor, x: self.zoom_by(factor, x))
        if follow_schedule:   # else the pane refreshes it once its tree has the new rows
            document.scheduleChanged.connect(self.refresh)
            session.libraryChanged.connect(self.refresh)   # lane titles are the library's route names
        document.selectionChanged.connect(self.follow_selection)
        document.focusChanged.connect(self._show_driving)
        self.refresh()

    # ui -------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.zoom_bar = ZoomBar(self.choose_scale, self.zoom_by, self.scroll_to_today, self)
        self.zoom_buttons, self.status = self.zoom_bar.group, self.zoom_bar.status
        self.legend = TimelineLegend(self)
        self.legend_bar = QWidget(self)
        legend_row = QHBoxLayout(self.legend_bar)
        legend_row.setContentsMargins(8, 3, 8, 3)
        legend_row.addWidget(self.legend, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("QLabel { padding: 24px; font-size: 13pt; }")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.zoom_bar)
        layout.addWidget(self.message, 1)   # fills the panel while there is nothing to draw
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend_bar)
        self.set_scale("quarter")
        self.dragPreview.connect(self._show_status)
        self._show_status("")

    def _show_status(self, text: str) -> None:
        """The drag in progress, or a hint about what dragging does."""
        self.status.setEnabled(bool(text))
        self.status.setText(text or self.tr("Drag a bar to move it, or its right end to change its duration."))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.simulated.set_visible(True)
        if not self._shown_once:
            self._shown_once = True
            self.view.scroll_to_start()
        self._apply_pending_fit()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.simulated.set_visible(False)

    def set_show_percentiles(self, shown: bool) -> None:
        """Draw (or stop drawing) the P50 and P80 markers on milestones."""
        if shown != self.show_percentiles:
            self.show_percentiles = shown
            self.refresh()

    def _on_simulated(self) -> None:
        """P50/P80 arrived for the current schedule: markers, and Fit now reaches the last key milestone's P80."""
        self.refresh()
        if self._fit_mode:
            self._fit_pending = True
            self._apply_pending_fit()

    def _reclip(self) -> None:
        """Cut the chart at the plan's span while fitted; the whole layout otherwise."""
        data = self.scene.data
        if data is None:
            return
        wanted = data.fit_end_day if self._fit_mode else None
        if data.clip_day != wanted:
            self.scene.set_data(dataclasses.replace(data, clip_day=wanted))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._fit_mode:
            self._fit_pending = True
        self._apply_pending_fit()

    def choose_scale(self, scale: str) -> None:
        """The user picked a preset (button or menu): zoom and tell the window to remember it."""
        self.set_scale(scale)
        self.scaleChosen.emit(scale)

    def set_scale(self, scale: str) -> None:
        """Zoom to a preset: "fit" (the whole plan), "month", "quarter" or "year"."""
        if scale == "fit":
            self._fit_mode = True
            self._fit_pending = True
            self._reclip()
            self._apply_pending_fit()
        else:
            self._fit_mode = False
            self._fit_pending = False
            self._reclip()
            scale = scale if scale in style.ZOOM_PX_PER_DAY else "month"
            self.zoom_to(style.ZOOM_PX_PER_DAY[scale])
        self._sync_zoom_buttons(self.scene.px_per_day)

    @property
    def fit_mode(self) -> bool:
        return self._fit_mode

    def fit_to_width(self) -> None:
        """Zoom so the plan's span (plan start to the last key milestone's P80, plus a margin) fits the view's
        width (once; `set_scale("fit")` keeps fitting, cut at that span)."""
        data = self.scene.data
        if data is None:
            return
        width = self.view.viewport().width()
        bar = self.view.verticalScrollBar()
        if not bar.isVisible() and self.scene.sceneRect().height() > self.view.viewport().height():
            width -= self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # it is about to appear
        usable = width - self.scene.gutter - 24 - (CUT_MARGIN if data.past_fit else 0)   # the cut marks' dates
        self._fitting = True
        try:
            self.view.set_px_per_day(usable / max(data.fit_end_day or data.span_days, 1))
        finally:
            self._fitting = False
        self.view.scroll_to_start()

    def _apply_pending_fit(self) -> None:
        """Fit now if a fit is due and the view has been laid out (before that its width means nothing)."""
        if not self._fit_pending or self.scene.data is None or not self.view.isVisible():
            return
        if self.view.viewport().width() <= self.scene.gutter + 24:
            return
        self._fit_pending = False
        self.fit_to_width()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by `factor` (buttons, menu, pinch); see `zoom_to`."""
        self.zoom_to(self.scene.px_per_day * factor, anchor_x)

    def zoom_to(self, px_per_day: float, anchor_x: float | None = None) -> None:
        """Zoom around `anchor_x` (viewport pixels), else around the selected bar if in view, else the centre date."""
        item = self.scene.step_items.get(self.document.selected_step_id or "")
        if anchor_x is None and item is not None and self.view.day_in_view(item.bar.start_day, 0):
            anchor_x = self.view.mapFromScene(item.bar_rect().center()).x()
        self.view.set_px_per_day(px_per_day, anchor_x)

    def _on_zoom_changed(self, px_per_day: float) -> None:
        if not self._fitting and self._fit_mode:  # Ctrl+wheel or +/-: the user zooms by hand now
            self._fit_mode = False
            self._fit_pending = False
            self._reclip()
        if not self._fitting:
            self.keep_selection_in_view()
        self._sync_zoom_buttons(px_per_day)

    def keep_selection_in_view(self) -> None:
        """After a zoom: the selected step's bar back in view (centred) if the zoom pushed it out."""
        item = self.scene.step_items.get(self.document.selected_step_id or "")
        if item is None:
            return
        bar = item.bar
        if not (self.view.day_in_view(bar.start_day) or self.view.day_in_view(bar.end_day)):
            self.view.centre_on_day((bar.start_day + bar.end_day) / 2)

    def nudge_selected(self, days: int) -> None:
        """Move the selected step's start by `days` (Ctrl+Left/Right; with Shift a week): one undo step per run."""
        step_id = self.document.selected_step_id
        schedule = self.document.schedule
        if not step_id or schedule is None or step_id not in schedule.steps or self.document.step(step_id).done:
            return
        start = schedule.steps[step_id].start + timedelta(days=days)
        try:
            self.document.push(MoveStepCommand(self.document, step_id, start))
        except OasesError as error:
            QMessageBox.warning(self, self.tr("Cannot move the step"), str(error))

    def _sync_zoom_buttons(self, px_per_day: float) -> None:
        self.zoom_bar.sync(px_per_day, self._fit_mode)

    def scroll_to_today(self) -> None:
        data = self.scene.data
        if data is not None and data.today_day is not None:
            self.view.centerOn(data.today_day * self.scene.px_per_day, self.view.mapToScene(0, 0).y() + self.view.viewport().height() / 2)

    # mirroring the document -----------------------------------------------------------------
    def today(self) -> date:
        return self.document.today or date.today()

    def refresh(self) -> None:
        """Redraw from the document's schedule (moves items when only dates changed)."""
        if self._drag is not None:
            return  # the release will refresh
        doc = self.document
        if doc.plan is None or doc.schedule is None:
            text = doc.schedule_error if doc.plan is not None else self.tr("Open or create a plan to see its timeline.")
            self.message.setText(text or self._no_steps_text())
            self._show_message(True)
            return
        scenario = doc.scenario()
        if not any(step.id in doc.schedule.steps for step in scenario.steps):
            self.message.setText(self._no_steps_text())
            self._show_message(True)
            return
        self._show_message(False)
        data = with_simulated(self.full_data(), doc.schedule, self.simulated.schedule(), self.show_percentiles)
        if self._fit_mode:
            data = dataclasses.replace(data, clip_day=data.fit_end_day)
        self.scene.set_data(self.row_filter(data) if self.row_filter is not None else data)
        # The status line is drawn once progress is recorded; before, it only repeats the plan's "as of".
        self.legend.show_progress(data.status_line and data.status_day is not None, bool(data.ghosts))
        self.legend.show_targets(bool(data.targets))
        self.legend.show_percentiles(any(bar.p50_day is not None for bar in data.bars.values()))
        self._show_driving()
        if doc.selected_step_id:
            self.scene.select_step(doc.selected_step_id)
        shown = (id(doc.plan), doc.scenario_id)
        if shown != self._shown_plan:  # another plan or scenario: fit it whole if the user zooms by fit
            self._shown_plan = shown
            self._fit_pending = self._fit_mode
        if not self._scrolled_once:
            self._scrolled_once = True
            self.view.scroll_to_start()
        self._apply_pending_fit()

    def _show_driving(self, *_args) -> None:
        """Outline the driving path of the key milestone in focus."""
        key = self.document.key_milestone(self.document.focus_milestone) if self.document.plan is not None else None
        self.scene.set_driving(key.driving_steps if key is not None else ())

    def full_data(self) -> TimelineData | None:
        """Every row of the current schedule's layout (built once per schedule; the tree and the chart share it)."""
        doc = self.document
        if doc.plan is None or doc.schedule is None:
            return None
        baseline, names = doc.baseline(), self.session.route_names()
        key = (id(doc.plan), doc.scenario_id, id(doc.schedule), self.today(), id(names), id(baseline), doc.status_date())
        if self._full is None or self._full[0] != key:
            from oases_desktop.gui.targets import outcomes

            self._full = (key, build_timeline_data(doc.plan, doc.scenario(), doc.schedule, self.today(), names,
                                                   baseline=baseline, status_date=doc.status_date(),
                                                   targets=outcomes(doc, odds=False)))
        return self._full[1]

    def _no_steps_text(self) -> str:
        return self.tr("This scenario has no steps yet.\n\nDescribe the product in the Product panel, then choose "
                       "a route it can take in the Eligibility panel and click Add to plan.")

    def _show_message(self, show: bool) -> None:
        """The message instead of the chart (and its legend), or the chart."""
        self.message.setVisible(show)
        self.view.setVisible(not show)
        self.legend.setVisible(not show)

    def tooltip_for(self, step_id: str) -> str:
        """Hover text of a bar: dates, range, float and the source of the duration."""
        doc = self.document
        if doc.plan is None or doc.schedule is None or step_id not in doc.schedule.steps:
            return ""
        step = doc.step(step_id)
        dated = self.simulated.schedule()
        simulated = next((m for m in dated.milestones if m.step_id == step_id), None) if dated is not None else None
        return step_tooltip(step, doc.schedule.steps[step_id], self.session.basis(step.duration), simulated)

    def follow_selection(self, step_id: str) -> None:
        """Select the step's bar and scroll it into view (a selection made in the table or inspector)."""
        self.scene.select_step(step_id)
        item = self.scene.step_items.get(step_id)
        if item is not None and self.view.isVisible():
            rect = item.bar_rect()
            if item.bar.p80_day is not None:   # a milestone's P80 marker belongs to it
                rect = rect.united(QRectF(item.bar.p80_day * self.scene.px_per_day, rect.top(), 1, rect.height()))
            self.view.ensureVisible(rect, 80, 40)

    def _on_scene_selection(self, step_id: str) -> None:
        self.document.select_step(step_id)

    def _context_menu(self, pos) -> None:
        item = self.view.itemAt(pos)
        step_id = getattr(getattr(item, "bar", None), "step_id", "")
        if not step_id:
            return
        self.document.select_step(step_id)
        self.contextMenuWanted.emit(step_id, self.view.viewport().mapToGlobal(pos))

    # dragging -------------------------------------------------------------------------------
    def _on_drag_moved(self, step_id: str, mode: str, days: int) -> None:
        doc = self.document
        if self._drag is None:
            self._drag = _Drag(step_id, mode, without_markers(self.scene.data))   # their dates are the plan before the drag
        self._drag.days = days
        try:
            preview_step, sentence = self._dragged_step(step_id, mode, days)
            scenario = doc.scenario()
            steps = [preview_step if s.id == step_id else s for s in scenario.steps]
            preview = dataclasses.replace(scenario, steps=steps)
            from oases_desktop.core.scheduling.engine import compute_schedule

            schedule = compute_schedule(preview, today=doc.status_date(), calendars=doc.calendars(), explain=False, key_dates=False)
        except OasesError as error:
            self.dragPreview.emit(str(error))
            return
        self.scene.set_data(redate(self._drag.base, schedule))
        finish = display_date(schedule.finish)
        # The consequence first, the step's name last: a narrow panel cuts the name, never the dates.
        self.dragPreview.emit(self.tr("Plan finishes %1 · %2 · %3").replace("%1", finish).replace("%2", sentence)
                              .replace("%3", self.document.step(step_id).name))

    def _dragged_step(self, step_id: str, mode: str, days: int):
        """The step as it would be after dragging `days`, and what changes for it (without its name)."""
        step = self.document.step(step_id)
        scheduled = self.document.schedule.steps[step_id]
        if mode == "move":
            start = scheduled.start + timedelta(days=days)
            text = self.tr("start no earlier than %s") % display_date(start)
            return dataclasses.replace(step, start_no_earlier_than=start), text
        likely = self.resized_likely(step, days)
        duration = step.duration.with_likely(likely)
        unit = step.duration.unit.value.replace("_", " ")
        text = self.tr("likely duration %g %s") % (likely, unit)
        return dataclasses.replace(step, duration=duration), text

    @staticmethod
    def resized_likely(step, days: int) -> float:
        """The likely duration after dragging the bar's end by `days` calendar days, in the step's unit.

        Days snap to whole days, weeks and months to halves; a task keeps at least one such step
        (a zero-length bar could no longer be grabbed by its end).
        """
        unit = step.duration.unit
        grain = 0.5 if unit in (DurationUnit.WEEKS, DurationUnit.MONTHS) else 1.0
        raw = step.duration.likely + days / DAYS_PER_UNIT[unit]
        return max(grain, round(raw / grain) * grain)

    def _on_drag_finished(self, step_id: str, mode: str, days: int) -> None:
        drag, self._drag = self._drag, None
        self.dragPreview.emit("")
        if drag is None or days == 0:
            self.refresh()
            return
        try:
            if mode == "move":
                start = self.document.schedule.steps[step_id].start + timedelta(days=days)
                command = MoveStepCommand(self.document, step_id, start)
            else:
                command = ResizeStepCommand(self.document, step_id, self.resized_likely(self.document.step(step_id), days))
            self.document.push(command)
        except OasesError as error:
            QMessageBox.warning(self, self.tr("Cannot change the step"), str(error))
        self.refresh()

"""The client's target dates on screen: the inspector's Target box, its outcomes, and the timeline's marks.

A milestone's target date is set in the inspector (or from the step's context menu) and saved in
the plan (`plan.targets`, one undo command). The outcomes are core/scheduling/targets.py's, with
the app's one simulation (montecarlo.DEFAULT_RUNS and DEFAULT_SEED on the status date), computed
once per schedule. The Target box gets the odds off the GUI thread (gui/background.py): it says
what the likely path needs at once and the share of runs when the simulation is done.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout)

from oases_desktop.core.domain.plan import StepKind
from oases_desktop.core.errors import OasesError
from oases_desktop.gui.date_field import DateField
from oases_desktop.gui.i18n import tr

TARGET = QColor("#8e44ad")   # purple: apart from the red critical path, teal status line and grey ghosts
TICK = QColor("#8e44ad")


def outcomes(document, odds: bool = True) -> dict:
    """Milestone step id -> TargetOutcome for the active scenario's targets ({} with none or no schedule).

    `odds=False` skips the simulation (no P50/P80 margins, no probability): the timeline's flags and
    ticks need only the latest dates, and a 200-step plan takes about 2 s to simulate. Computed on the
    calling thread; the Target box runs `outcomes_work` off the GUI thread instead."""
    plan, schedule = document.plan, document.schedule
    if plan is None or schedule is None or not plan.targets:
        return {}
    found = cached(document, odds)
    if found is None:
        found = _remember(document, schedule, odds, outcomes_work(document, odds)())
    return found


def cached(document, odds: bool = True) -> dict | None:
    """The outcomes already computed for the document's current schedule, or None."""
    cache = getattr(document, "_target_outcomes", None)  # (schedule, {odds: outcomes}): once per schedule
    if document.plan is None or document.schedule is None or not document.plan.targets:
        return {}
    if cache is None or cache[0] is not document.schedule:
        return None
    return cache[1].get(odds)


def _remember(document, schedule, odds: bool, result: dict) -> dict:
    """Keep `result` for `schedule` (dropped when the document has moved on to another schedule)."""
    if document.schedule is schedule:
        cache = getattr(document, "_target_outcomes", None)
        if cache is None or cache[0] is not schedule:
            cache = document._target_outcomes = (schedule, {})
        cache[1][odds] = result
    return result


def outcomes_work(document, odds: bool):
    """A function computing the outcomes from a copy of what it needs (no widget, no document): it may
    run off the GUI thread. An OasesError gives {} (the schedule is refused elsewhere)."""
    import copy

    from oases_desktop.core.scheduling.engine import attach_percentiles
    from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate
    from oases_desktop.core.scheduling.targets import plan_targets, targets_in

    scenario, schedule = copy.deepcopy(document.scenario()), document.schedule
    wanted = {sid: day for sid, day in targets_in(document.plan, scenario).items() if sid in schedule.steps}
    today, calendars = document.status_date(), document.calendars()

    def work(_progress=None) -> dict:
        if not wanted:
            return {}
        try:
            simulated = simulate(scenario, DEFAULT_RUNS, DEFAULT_SEED, today=today, calendars=calendars) if odds else None
            dated = attach_percentiles(schedule, simulated) if simulated is not None else schedule
            return {o.step_id: o for o in plan_targets(scenario, wanted, dated, simulated, today, calendars=calendars)}
        except OasesError:
            return {}
    return work


def target_of(document, step_id: str):
    """The target date that applies to this step of the active scenario (its own, or its key milestone's), or None."""
    from oases_desktop.core.scheduling.targets import targets_in

    return targets_in(document.plan, document.scenario()).get(step_id)


def set_target(document, step_id: str, day) -> None:
    """Set (a date) or clear (None) a milestone's target date: one undo command. A target that applies
    through the key milestone (set on another scenario's step) is the one changed."""
    from oases_desktop.core.scheduling.targets import target_steps
    from oases_desktop.gui.commands import EditPlanCommand

    key = target_steps(document.plan, document.scenario()).get(step_id, step_id)
    targets = dict(document.plan.targets)
    if day is None:
        targets.pop(key, None)
    else:
        targets[key] = day
    document.push(EditPlanCommand(document, "targets", targets))


def ask_target(parent, document, step_id: str) -> bool:
    """The step's context menu: a small dialog to set or clear its target date; True if something changed."""
    step = document.step(step_id)
    scheduled = document.schedule.steps.get(step_id) if document.schedule is not None else None
    current = target_of(document, step_id)
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Target Date for %s") % step.name)
    form = QFormLayout(dialog)
    field = DateField(current or (scheduled.finish if scheduled else document.plan.as_of), dialog)
    form.addRow(tr("Client's target date:"), field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    clear = buttons.addButton(tr("Clear Target"), QDialogButtonBox.ButtonRole.DestructiveRole)
    clear.setEnabled(current is not None)
    chosen = {"day": current}
    clear.clicked.connect(lambda: (chosen.update(day=None), dialog.accept()))
    buttons.accepted.connect(lambda: (chosen.update(day=field.date()), dialog.accept()))
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted or chosen["day"] == current:
        return False
    set_target(document, step_id, chosen["day"])
    return True


class TargetBox(QGroupBox):
    """The selected milestone's target date and what it takes to make it."""

    def __init__(self, document, parent=None):
        super().__init__(self.tr("Client's target date"), parent)
        self.document = document
        self.step_id = ""
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.date = DateField(parent=self)
        self.date.setObjectName("targetDate")
        self.date.setToolTip(self.tr("The date the client wants this milestone by; the plan is worked back from it"))
        self.apply = QPushButton(self.tr("Set Target"), self)
        self.apply.clicked.connect(lambda: self._set(self.date.date()))
        self.clear = QPushButton(self.tr("Clear"), self)
        self.clear.clicked.connect(lambda: self._set(None))
        row.addWidget(self.date, 1)
        row.addWidget(self.apply)
        row.addWidget(self.clear)
        layout.addLayout(row)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("targetSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sentence)
        self.operation = None        # the running simulation (gui.background), for the odds
        self._running_for = None     # the schedule it simulates
        from PySide6.QtCore import QThreadPool

        self._pool = QThreadPool(self)   # one at a time: a newer schedule waits for the older run
        self._pool.setMaxThreadCount(1)

    def show_step(self, step, scheduled) -> None:
        """Visible for a milestone: its target (or the likely date to start from) and the sentence."""
        from oases_desktop.core.scheduling.target_text import target_sentence

        self.step_id = step.id
        plan = self.document.plan
        shown = step.kind == StepKind.MILESTONE and plan is not None
        self.setVisible(shown)
        if not shown:
            return
        target = target_of(self.document, step.id)
        self.clear.setEnabled(target is not None)
        self.date.setDate(target or (scheduled.finish if scheduled else plan.as_of))
        if target is None:
            self.sentence.setText(escape(self.tr("No target date: set one to plan back from the client's date.")))
            return
        with_odds = cached(self.document)
        outcome = (with_odds if with_odds is not None else outcomes(self.document, odds=False)).get(step.id)
        if outcome is None:
            self.sentence.setText(escape(self.tr("No dates to plan back from: this milestone is switched off or the plan cannot be scheduled.")))
            return
        names = {s.id: s.name for s in self.document.scenario().steps}
        if with_odds is None:
            from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS

            self._simulate()
            text = escape(target_sentence(outcome, names, odds=self.tr("simulating %1 runs…").replace(
                "%1", str(DEFAULT_RUNS))))
        else:
            text = escape(target_sentence(outcome, names))
        if outcome.missed_by is not None:
            text = f"<span style='color:#c0392b'>{text}</span>"
        self.sentence.setText(text)

    def _simulate(self) -> None:
        """Start the odds of the current schedule off the GUI thread, unless they are already running."""
        from oases_desktop.gui.background import run_in_background

        schedule = self.document.schedule
        if self._running_for is schedule:
            return
        self._running_for = schedule
        self.operation = run_in_background(
            self, outcomes_work(self.document, odds=True), label=self.tr("Simulating the target dates"),
            on_success=lambda result: self._odds_ready(schedule, result), pool=self._pool, progress_dialog=False)

    def _odds_ready(self, schedule, result: dict) -> None:
        """The simulation is done: keep it for its schedule and show it if that is still the one shown."""
        if self._running_for is schedule:
            self._running_for = None
        _remember(self.document, schedule, True, result)
        if self.document.schedule is schedule and not self.isHidden() and self.step_id:
            scheduled = schedule.steps.get(self.step_id)
            step = next((s for s in self.document.scenario().steps if s.id == self.step_id), None)
            if step is not None:
                self.show_step(step, scheduled)

    def _set(self, day) -> None:
        try:
            set_target(self.document, self.step_id, day)
        except OasesError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Edit not applied"), str(error))


def _flag(painter, x: float, top: float, bottom: float) -> None:
    painter.setPen(QPen(TARGET, 2))
    painter.drawLine(QLineF(x, top, x, bottom))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TARGET)
    painter.drawPolygon(QPolygonF([QPointF(x, top), QPointF(x + 9, top + 3.5), QPointF(x, top + 7)]))


def _tick(painter, x: float, top: float, bottom: float) -> None:
    painter.setPen(QPen(TICK, 2))
    painter.drawLine(QLineF(x, top, x, bottom))
    painter.drawLine(QLineF(x, top, x + 4, top))


def draw_target_swatch(painter, kind: str, r: QRectF) -> None:
    """The legend's sample of a target flag or a latest-start tick."""
    (_flag if kind == "target" else _tick)(painter, r.center().x() - 2, r.top(), r.bottom())


def draw_target_marks(painter, data, px: float, rect: QRectF, row_height: float) -> None:
    """Each target as a purple flag line on its milestone's row, and a tick at the latest start of each
    driving step's bar (where the bar must start by to make the target)."""
    if not data.targets and not data.latest_ticks:
        return
    painter.save()
    for marks, draw in ((data.latest_ticks, _tick), (data.targets, _flag)):
        for step_id, day in marks.items():
            bar = data.bars.get(step_id)
            x = day * px
            if bar is not None and rect.left() - 10 <= x <= rect.right() + 10:
                draw(painter, x, bar.row * row_height + 3, bar.row * row_height + row_height - 3)
    painter.restore()

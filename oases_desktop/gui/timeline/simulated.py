"""The chart's simulated dates: the P50/P80 of every milestone, off the GUI thread, once per schedule.

The dates are montecarlo.simulate's with DEFAULT_RUNS and DEFAULT_SEED on the status date the
schedule was computed with, attached by engine.attach_percentiles: the same dates the PDF and
`main.py schedule` print for the same plan. A run starts shortly after the schedule changes
(edits in a burst start one run) and only while the chart is on screen; a result that arrives for a
schedule that has been replaced since is dropped and the newest one simulated instead.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)

SETTLE_MS = 250   # wait this long after the last schedule change before simulating
# Larger scenarios are not simulated for the chart (a run takes seconds of a core's time after every edit);
# Scenario > Confidence of Milestones still simulates them on request.
STEP_LIMIT = 3000


class SimulatedDates(QObject):
    """`schedule()`: the document's schedule with P50/P80/P90 attached, or None until they are simulated."""

    ready = Signal()   # new dates are attached (or a run ended without any)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.enabled = True             # False: never simulate (the chart shows neither markers nor a P80 span)
        self._visible = False           # simulate only while the chart is on screen
        self._dated = None              # (schedule, schedule with percentiles attached)
        self._running = None            # the schedule being simulated
        self._operation = None          # its BackgroundOperation (kept alive until it reports)
        self._pool = QThreadPool(self)  # one run at a time; a newer schedule waits for it
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._start)
        self.runs = 0                   # how many simulations were started (tests count them)
        self.held = lambda: False       # True while the chart is being dragged: start after it
        document.scheduleChanged.connect(self._timer.start)

    def set_visible(self, visible: bool) -> None:
        """The chart was shown (start what is due) or hidden."""
        self._visible = visible
        if visible and self._due():
            self._timer.start()

    def schedule(self):
        """The current schedule with its milestones' percentiles, or None (not simulated yet, or not wanted)."""
        schedule = self.document.schedule
        if self._dated is not None and self._dated[0] is schedule:
            return self._dated[1]
        return None

    def busy(self) -> bool:
        """True while a simulation is due or running (a screenshot waits for it)."""
        return self._running is not None or self._timer.isActive() or (self._visible and self._due())

    def _due(self) -> bool:
        doc = self.document
        return (self.enabled and doc.plan is not None and doc.schedule is not None and bool(doc.schedule.milestones)
                and len(doc.schedule.steps) <= STEP_LIMIT and self.schedule() is None
                and self._running is not doc.schedule)

    def _start(self) -> None:
        if not self._visible or not self._due() or self._running is not None:
            return
        if self.held():   # a drag in progress: its frames get the GUI thread to themselves
            self._timer.start()
            return
        from oases_desktop.gui.background import run_in_background

        doc = self.document
        schedule = doc.schedule
        scenario = copy.deepcopy(doc.scenario())   # the worker never touches the live plan
        today, calendars = doc.status_date(), doc.calendars()

        def work(_progress):
            from oases_desktop.core.scheduling.engine import attach_percentiles
            from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate

            return attach_percentiles(schedule, simulate(scenario, DEFAULT_RUNS, DEFAULT_SEED, today=today,
                                                         calendars=calendars))

        self._running = schedule
        self.runs += 1
        self._operation = run_in_background(None, work, label="", pool=self._pool, progress_dialog=False, cancellable=False,
                          on_success=lambda dated: self._finished(schedule, dated),
                          on_failure=lambda error: self._finished(schedule, None, error))

    def _finished(self, schedule, dated, error=None) -> None:
        self._running = self._operation = None
        if error is not None:   # the schedule itself computed, so this is rare: say it in the log, draw without
            log.warning("simulation for the chart failed: %s", error)
            self._dated = (schedule, schedule)
        elif dated is not None:
            self._dated = (schedule, dated)
        if schedule is self.document.schedule:
            self.ready.emit()
        elif self._due():
            self._timer.start()

"""The status bar's "estimated calendars" button: which calendar years the plan's dates rest on are forecasts.

It reads Schedule.estimated_calendars (every year a step's min–max range touches that no published
notice backs) and, when clicked, asks for the Calendars page of the Library window on the first such
year, where the advisor enters the notice that firms it up. Hidden when nothing is estimated.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget


class CalendarStatus(QToolButton):
    """'⚠ Estimated calendars: CN 2027–2031 · HK 2028–2030'; `openCalendar(code, year)` on click."""

    openCalendar = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendar_status")
        self.setAutoRaise(True)
        self._first: tuple[str, int] | None = None
        self.clicked.connect(self._open)
        self.hide()

    def set_schedule(self, schedule) -> None:
        """Show the estimated calendar years of `schedule` (None: nothing to show)."""
        estimated = tuple(schedule.estimated_calendars) if schedule is not None else ()
        if not estimated:
            self._first = None
            self.hide()
            return
        from oases_desktop.core.scheduling.engine import years_text

        self._first = (estimated[0][0], estimated[0][1][0])
        listed = " · ".join(f"{code} {years_text(years)}" for code, years in estimated)
        self.setText(self.tr("⚠ Estimated calendars: %s") % listed)
        self.setToolTip("\n\n".join(w for w in schedule.warnings if "working-day calendar" in w)
                        + "\n\n" + self.tr("Click to open the Calendars page and enter the published notice."))
        self.show()

    def _open(self) -> None:
        if self._first is not None:
            self.openCalendar.emit(*self._first)

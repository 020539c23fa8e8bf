"""The timeline's zoom row: Month, Quarter, Year, zoom out and in, Fit, Today, and the drag status.

A widget of its own, so the main window can put it beside its tabs and the Gantt pane in its top row.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

from oases_desktop.gui.elided_label import ElidedLabel
from oases_desktop.gui.timeline import style


class ZoomBar(QWidget):
    """`group` holds the checkable presets (object names "zoom-<scale>"); `status` the drag's news."""

    def __init__(self, choose_scale, zoom_by, scroll_to_today, parent=None):
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(QLabel(self.tr("Zoom:"), self))
        self.group = QButtonGroup(self)
        for scale, text, tip in (("month", self.tr("Month"), self.tr("Show months (Ctrl+wheel zooms freely)")),
                                 ("quarter", self.tr("Quarter"), self.tr("Show quarters")),
                                 ("year", self.tr("Year"), self.tr("Show years"))):
            button = self._button(text, tip, lambda _=False, s=scale: choose_scale(s), bar)
            button.setCheckable(True)
            button.setObjectName(f"zoom-{scale}")
            self.group.addButton(button)
        for text, tip, factor in (("−", self.tr("Zoom out (Ctrl+wheel)"), 1 / 1.25), ("+", self.tr("Zoom in (Ctrl+wheel)"), 1.25)):
            self._button(text, tip, lambda _=False, f=factor: zoom_by(f), bar)
        fit = self._button(self.tr("Fit"), self.tr("Zoom to the plan's span (its start to the last key milestone's P80), "
                                                   "and keep it in view when the window is resized"),
                           lambda: choose_scale("fit"), bar)
        fit.setObjectName("zoom-fit")
        fit.setCheckable(True)
        self.group.addButton(fit)
        self._button(self.tr("Today"), self.tr("Scroll to today's date"), scroll_to_today, bar)
        self.status = ElidedLabel(self)   # a drag's consequence first; the step name is what gets cut
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)

    def _button(self, text: str, tip: str, slot, bar) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def sync(self, px_per_day: float, fit_mode: bool) -> None:
        """Check the preset shown (Fit while fitting), or none after a free zoom."""
        for button in self.group.buttons():
            scale = button.objectName().removeprefix("zoom-")
            if (scale == "fit" and fit_mode) or (
                    not fit_mode and abs(style.ZOOM_PX_PER_DAY.get(scale, -1) - px_per_day) < 1e-6):
                button.setChecked(True)
                return
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)

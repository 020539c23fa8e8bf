"""The filter row over the Gantt: text, route and four toggles; Esc clears it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from oases_desktop.gui.gantt.filtering import StepFilter


class FilterBar(QWidget):
    """Emits `changed(StepFilter)` whenever a criterion changes."""

    changed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setObjectName("step_filter")
        self.text.setPlaceholderText(self.tr("Filter steps: name, number, route or source…"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(150)
        self.route = QComboBox(self)
        self.route.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.route.setMinimumContentsLength(12)
        self.route.setToolTip(self.tr("Show one route only"))
        self.route.addItem(self.tr("All routes"), "")
        self.toggles: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.route)
        for key, text, tip in (
                ("critical", self.tr("Critical"), self.tr("Only steps on the critical path (no float)")),
                ("driving", self.tr("Driving"), self.tr("Only the steps that set a key milestone's date")),
                ("milestones", self.tr("Milestones"), self.tr("Only milestones")),
                ("open_points", self.tr("Open points"),
                 self.tr("Only steps still to settle: not done, with an estimated duration or a projected rule"))):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setObjectName(f"filter-{key}")
            button.toggled.connect(self._emit)
            self.toggles[key] = button
            layout.addWidget(button)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        self.text.textChanged.connect(self._emit)
        self.route.currentIndexChanged.connect(self._emit)
        # Esc clears every criterion while the focus is in the filter row (a shortcut, so Help lists it)
        self.clear_action = QAction(self.tr("Clear Step Filter"), self)
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_action.triggered.connect(self.clear)
        self.addAction(self.clear_action)
        self._quiet = False

    def criteria(self) -> StepFilter:
        """The filter as chosen now."""
        return StepFilter(self.text.text(), self.route.currentData() or "",
                          **{key: button.isChecked() for key, button in self.toggles.items()})

    def set_routes(self, routes: list[tuple[str, str]]) -> None:
        """Offer these (route id, title) in the route box, keeping the current choice if it is still there."""
        current = self.route.currentData() or ""
        wanted = [("", self.tr("All routes"))] + list(routes)
        if [(self.route.itemData(i), self.route.itemText(i)) for i in range(self.route.count())] == wanted:
            return
        self._quiet = True
        try:
            self.route.clear()
            for route, title in wanted:
                self.route.addItem(title, route)
            self.route.setCurrentIndex(max(self.route.findData(current), 0))
        finally:
            self._quiet = False
        if current and self.route.currentData() != current:
            self._emit()

    def clear(self) -> None:
        """Show everything again."""
        self._quiet = True
        try:
            self.text.clear()
            self.route.setCurrentIndex(0)
            for button in self.toggles.values():
                button.setChecked(False)
        finally:
            self._quiet = False
        self._emit()

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit(self.criteria())

"""Choose the source of a user entry: one already in the library, or a new one (title, publisher, address, date).

Shared by the fact dialog and the calendar-notice dialog, so a user's sources are made one way.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from oases_desktop.gui.date_field import DateField
from oases_desktop.gui.dates import display_date


class SourcePicker(QWidget):
    """A source combo box ("New source…" first) and the fields of a new source; `changed` on any edit."""

    NEW_SOURCE = "__new__"
    changed = Signal()

    def __init__(self, library, parent: QWidget | None = None, *, default_reliability: str = "secondary"):
        super().__init__(parent)
        from oases_desktop.core.knowledge.model import Reliability

        self.library = library
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(40)
        self.combo.addItem(self.tr("New source…"), self.NEW_SOURCE)
        for source in sorted(library.sources, key=lambda s: s.date, reverse=True):
            self.combo.addItem(f"{source.publisher}: {source.title} ({display_date(source.date)})", source.id)
        self.new_box = QGroupBox(self.tr("New source"))
        form = QFormLayout(self.new_box)
        self.title, self.publisher, self.url = QLineEdit(), QLineEdit(), QLineEdit()
        self.date = DateField()
        self.reliability = QComboBox()
        for value, text in ((Reliability.OFFICIAL, self.tr("Official (government or regulator)")),
                            (Reliability.SECONDARY, self.tr("Secondary (media, law firm, consultancy)")),
                            (Reliability.LOW, self.tr("Low (unchecked or doubtful)"))):
            self.reliability.addItem(text, str(value))
        self.reliability.setCurrentIndex(max(0, self.reliability.findData(default_reliability)))
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Publisher:"), self.publisher)
        form.addRow(self.tr("Address (URL):"), self.url)
        form.addRow(self.tr("Published:"), self.date)
        form.addRow(self.tr("Reliability:"), self.reliability)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.new_box)
        for signal in (self.combo.currentIndexChanged, self.title.textChanged, self.publisher.textChanged):
            signal.connect(self._update)
        self._update()

    def wants_new(self) -> bool:
        return self.isEnabled() and self.combo.currentData() == self.NEW_SOURCE

    def is_complete(self) -> bool:
        """A chosen source, or a new one with a title and a publisher."""
        return not self.wants_new() or bool(self.title.text().strip() and self.publisher.text().strip())

    def select(self, source_id: str) -> None:
        index = self.combo.findData(source_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _update(self, *_args) -> None:
        self.new_box.setVisible(self.wants_new())
        self.changed.emit()

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt's name
        super().setEnabled(enabled)
        self._update()

    @property
    def new_source(self):
        """The Source to store first, or None when an existing one was chosen."""
        if not self.wants_new():
            return None
        from oases_desktop.core.knowledge.model import Origin, Reliability, Source

        title = self.title.text().strip()
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "source"
        taken = {s.id for s in self.library.sources}
        source_id, n = f"user-{slug}", 2
        while source_id in taken:
            source_id, n = f"user-{slug}-{n}", n + 1
        return Source(id=source_id, title=title, publisher=self.publisher.text().strip(), url=self.url.text().strip(),
                      date=self.date.date(), reliability=Reliability(self.reliability.currentData()),
                      origin=Origin.USER)

    @property
    def source_id(self) -> str | None:
        """The id of the chosen (or new) source; None when disabled."""
        if not self.isEnabled():
            return None
        return self.new_source.id if self.wants_new() else self.combo.currentData()

"""Table models over the reference library: dated facts (latest value per key, stale flagged) and sources."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from oases_desktop.core.knowledge.model import Origin
from oases_desktop.gui.models.rows_model import RowsTableModel
from oases_desktop.gui.dates import display_date, display_iso_date
from oases_desktop.gui.i18n import tr
from oases_desktop.core.knowledge import freshness
FactKeyRole = Qt.ItemDataRole.UserRole + 1
SourceIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3     # dates sort by their ISO text, the rest by their text
STALE_COLOUR = QColor("#c98a12")
USER_COLOUR = QColor("#2f7bd8")


def _dates_in_text(text: str) -> str:
    """A list of ISO dates (a published meeting schedule) in the app's date style; other text as it is."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) > 1 and all(len(p) == 10 and p[4] == "-" and p[7] == "-" for p in parts):
        return ", ".join(display_iso_date(p) for p in parts)
    return text


def fact_value_text(fact) -> str:
    """'150 working days', 'about 2–3 months', '1 Jul 2026'."""
    qualifier = {"about": tr("about "), "more_than": tr("more than "), "at_least": tr("at least "),
                 "up_to": tr("up to "), "by": tr("by ")}
    if isinstance(fact.value, str):
        value = display_iso_date(fact.value) if fact.unit == "date" else _dates_in_text(fact.value)
    else:
        value = f"{fact.value:g}"
    if fact.value_high is not None:
        value = f"{value}–{fact.value_high:g}"
    unit = "" if fact.unit in UNITLESS else f" {fact.unit.replace('_', ' ')}"
    return f"{qualifier.get(fact.qualifier, '')}{value}{unit}"


UNITLESS = ("date", "text", "count", "year")
RELIABILITY_TEXT = {"official": QT_TRANSLATE_NOOP("FactsModel", "official"),
                    "secondary": QT_TRANSLATE_NOOP("FactsModel", "secondary"),
                    "low": QT_TRANSLATE_NOOP("FactsModel", "⚠ low reliability"),
                    "inference": QT_TRANSLATE_NOOP("FactsModel", "inference")}


def reliability_text(library, source_id: str | None) -> str:
    """The reliability of a figure's source as shown in a table ("estimate" when no source backs it)."""
    reliability = freshness.reliability_of(library, source_id) if library is not None else None
    if reliability is None:
        return tr("estimate") if not source_id else ""
    return reliability_label(str(reliability))


def reliability_label(tag: str) -> str:
    return QCoreApplication.translate("FactsModel", RELIABILITY_TEXT.get(tag, tag))


def source_text(library, source_id: str | None, estimate_text: str) -> str:
    """'Publisher: title' for a source id (the id itself if the library does not know it)."""
    if not source_id:
        return estimate_text
    try:
        source = library.source(source_id)
    except (KeyError, AttributeError):
        return source_id
    return f"{source.publisher}: {source.title}"


def source_tooltip(library, source_id: str | None) -> str | None:
    """Title, publisher, date, address and id of a source, for a tooltip."""
    try:
        source = library.source(source_id) if source_id else None
    except (KeyError, AttributeError):
        source = None
    if source is None:
        return None
    return "\n".join(part for part in (source.title, f"{source.publisher}, {display_date(source.date)}", source.url,
                                        f"[{source.id}]") if part)


def is_stale(fact, today: date, months: int = freshness.STALE_AFTER_MONTHS) -> bool:
    """A measured figure (duration, count, fee) last confirmed more than `months` months ago (core rule)."""
    return freshness.is_stale(fact, today, months)


class FactsModel(RowsTableModel):
    """One row per fact key with its latest value; stale and user-edited values are marked."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("FactsModel", "Fact"),
        QT_TRANSLATE_NOOP("FactsModel", "Value"),
        QT_TRANSLATE_NOOP("FactsModel", "As of"),
        QT_TRANSLATE_NOOP("FactsModel", "Source"),
        QT_TRANSLATE_NOOP("FactsModel", "Entered by"),
        QT_TRANSLATE_NOOP("FactsModel", "Reliability"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._library = None
        self.today = date.today()
        self.stale_after_months = freshness.STALE_AFTER_MONTHS

    def set_library(self, library, today: date | None = None, stale_after_months: int | None = None) -> None:
        self.beginResetModel()
        self._library = library
        self.today = today or date.today()
        self.stale_after_months = stale_after_months or self.stale_after_months
        self._rows = [library.history(key) for key in library.fact_keys()] if library else []
        self.endResetModel()

    def history(self, row: int):
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, h in enumerate(self._rows) if h.key == key), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        history = self._rows[index.row()]
        fact = history.latest
        column = index.column()
        stale = is_stale(fact, self.today, self.stale_after_months)
        low = freshness.reliability_of(self._library, fact.source_id) == freshness.Reliability.LOW
        if role == FactKeyRole:
            return history.key
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return fact.label
            if column == 1:
                return fact_value_text(fact) + (self.tr("  (estimate)") if fact.estimate else "")
            if column == 2:
                return display_date(fact.as_of) + (self.tr("  ⚠ stale") if stale else "")
            if column == 3:
                return source_text(self._library, fact.source_id, self.tr("none: estimate"))
            if column == 4:
                return self.tr("you") if fact.origin == Origin.USER else self.tr("shipped")
            if column == 5:
                return reliability_text(self._library, fact.source_id)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (column == 2 and stale) or (column == 5 and low):
                return QBrush(STALE_COLOUR)
            if column == 4 and fact.origin == Origin.USER:
                return QBrush(USER_COLOUR)
        if role == SortRole:
            if column == 2:
                return fact.as_of.isoformat()
            return str(self.data(index, Qt.ItemDataRole.DisplayRole) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3:
                return source_tooltip(self._library, fact.source_id)
            tips = [f"{history.key}: {fact.label}"]
            if stale:
                tips.append(self.tr("Last confirmed more than %n month(s) ago: check the source before quoting it.", "",
                                    self.stale_after_months))
            if low:
                tips.append(self.tr("Low-reliability source: verify the figure before quoting it."))
            if history.shipped_newer_than_user:
                tips.append(self.tr("The shipped data is newer than your own value."))
            if fact.note:
                tips.append(fact.note)
            return "\n".join(tips)
        return None


class HistoryModel(RowsTableModel):
    """Every dated value of one fact key, newest first."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("HistoryModel", "As of"),
        QT_TRANSLATE_NOOP("HistoryModel", "Value"),
        QT_TRANSLATE_NOOP("HistoryModel", "Source"),
        QT_TRANSLATE_NOOP("HistoryModel", "Entered by"),
        QT_TRANSLATE_NOOP("HistoryModel", "Note"),
        QT_TRANSLATE_NOOP("HistoryModel", "Reliability"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._library = None

    def set_history(self, history, library=None) -> None:
        """Show `history`; `library` resolves source ids to publisher and title."""
        self.beginResetModel()
        self._rows = list(reversed(history.entries)) if history else []
        self._library = library
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        fact = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return source_tooltip(self._library, fact.source_id)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5:
            low = freshness.reliability_of(self._library, fact.source_id) == freshness.Reliability.LOW
            return QBrush(STALE_COLOUR) if low else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (display_date(fact.as_of), fact_value_text(fact), source_text(self._library, fact.source_id, self.tr("estimate")),
                self.tr("you") if fact.origin == Origin.USER else self.tr("shipped"), fact.note,
                reliability_text(self._library, fact.source_id))[index.column()]


class SourcesModel(RowsTableModel):
    """The library's sources: id, title, publisher, date, reliability."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("SourcesModel", "Id"),
        QT_TRANSLATE_NOOP("SourcesModel", "Title"),
        QT_TRANSLATE_NOOP("SourcesModel", "Publisher"),
        QT_TRANSLATE_NOOP("SourcesModel", "Date"),
        QT_TRANSLATE_NOOP("SourcesModel", "Reliability"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)

    def set_library(self, library) -> None:
        self.beginResetModel()
        self._rows = list(library.sources) if library else []
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        source = self._rows[index.row()]
        if role == SourceIdRole:
            return source.id
        if role == SortRole:
            return source.date.isoformat() if index.column() == 3 else str(self.data(index) or "").casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            return (source.id, source.title, source.publisher, display_date(source.date),
                    reliability_label(str(source.reliability)))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and str(source.reliability) == "low":
            return QBrush(STALE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{source.title}\n{source.url}\n{source.note}".strip()
        return None

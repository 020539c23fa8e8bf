"""Tree model of route verdicts: one row per route, its conditions as child rows.

Internal ids: 0 marks a route row; a condition row stores its route's row + 1.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication
from oases_desktop.core.knowledge.model import RouteStatus
from oases_desktop.core.knowledge.plan_eligibility import SuppliedCondition
from oases_desktop.gui.dates import display_date

COL_NAME, COL_VERDICT, COL_SOURCE = range(3)
RouteIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

STATUS_TEXT = {
    RouteStatus.ELIGIBLE: QT_TRANSLATE_NOOP("VerdictsModel", "Eligible"),
    RouteStatus.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("VerdictsModel", "Not eligible"),
    RouteStatus.ELIGIBLE_FROM: QT_TRANSLATE_NOOP("VerdictsModel", "Eligible from %s"),
    RouteStatus.PROJECTED: QT_TRANSLATE_NOOP("VerdictsModel", "Projected"),
    RouteStatus.TO_CHECK: QT_TRANSLATE_NOOP("VerdictsModel", "Eligible, to check"),
    RouteStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("VerdictsModel", "Not applicable"),
}
# Colours chosen to read on light and dark palettes alike.
STATUS_COLOUR = {RouteStatus.ELIGIBLE: "#2e9d4e", RouteStatus.NOT_ELIGIBLE: "#c8463d",
                 RouteStatus.ELIGIBLE_FROM: "#c98a12", RouteStatus.PROJECTED: "#7b68c4",
                 RouteStatus.TO_CHECK: "#c98a12", RouteStatus.NOT_APPLICABLE: "#888888"}
MET_MARK = {True: "✔", False: "✘", None: "•"}
PLANNED_MARK = "→"   # a condition a step of the plan will meet on a later day


def _planned(condition) -> bool:
    """A condition that a step of the plan meets, on a day still to come."""
    return isinstance(condition, SuppliedCondition) and condition.met is False


def missing_conditions(verdict) -> list:
    """The conditions nothing meets: not met by the product, and no step of the plan will meet them."""
    return [c for c in verdict.conditions if c.met is False and not _planned(c)]


def planned_conditions(verdict) -> list:
    return [c for c in verdict.conditions if _planned(c)]


def wrong_kind_condition(verdict):
    """The failed 'product kind' condition (a drug route for a device...), or None: such a route can never apply.

    Every rule names its kind check "<route>.kind" (core/knowledge/rules).
    """
    return next((c for c in verdict.conditions if c.met is False and str(c.rule).endswith(".kind")), None)


_icons: dict[str, QIcon] = {}


def _day(value) -> str:
    """'1 Feb 2029': the date style of the rest of the app (no leading zero)."""
    return display_date(value)


def _dot_icon(colour: str | None) -> QIcon:
    """A small filled dot (or an empty square of the same size, to keep names aligned)."""
    key = colour or "blank"
    if key not in _icons:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        if colour:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(2, 2, 8, 8)
            painter.end()
        _icons[key] = QIcon(pixmap)
    return _icons[key]


def _in_plan_icon() -> QIcon:
    return _dot_icon("#2f7bd8")


def _blank_icon() -> QIcon:
    return _dot_icon(None)


class VerdictsModel(QAbstractItemModel):
    """Read-only: verdicts from knowledge.evaluate_routes, sources resolved from the library."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._verdicts: list = []
        self._library = None
        self._in_plan: set[str] = set()

    def set_verdicts(self, verdicts, library, routes_in_plan=()) -> None:
        self.beginResetModel()
        self._verdicts = list(verdicts)
        self._library = library
        self._in_plan = set(routes_in_plan)
        self.endResetModel()

    def verdict(self, row: int):
        return self._verdicts[row]

    def route_row(self, route_id: str) -> int:
        return next((i for i, v in enumerate(self._verdicts) if v.route_id == route_id), -1)

    # ---------------------------------------------------------------- structure
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._verdicts)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._verdicts[parent.row()].conditions)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Route and conditions"), self.tr("Verdict"), self.tr("Rule source"))[section]
        return None

    # ---------------------------------------------------------------- content
    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._route_data(self._verdicts[index.row()], index.column(), role)
        verdict = self._verdicts[index.internalId() - 1]
        return self._condition_data(verdict, verdict.conditions[index.row()], index.column(), role)

    def _route_data(self, verdict, column: int, role):
        status = verdict.status
        if role == RouteIdRole:
            return verdict.route_id
        if role == StatusRole:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return verdict.route_name
            if column == COL_VERDICT:
                text = self.tr(STATUS_TEXT[status])
                if status == RouteStatus.ELIGIBLE_FROM and verdict.eligible_from:
                    text = text % _day(verdict.eligible_from)
                return text
            if column == COL_SOURCE:
                return self.condition_counts(verdict)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_VERDICT:
            return QBrush(QColor(STATUS_COLOUR[status]))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(column != COL_SOURCE)
            font.setItalic(status == RouteStatus.PROJECTED)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return _in_plan_icon() if verdict.route_id in self._in_plan else _blank_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [verdict.route_name]
            if verdict.route_id in self._in_plan:
                lines.append(self.tr("Already in this scenario"))
            return "\n".join(lines + list(getattr(verdict, "warnings", []) or []))
        return None

    def _condition_data(self, verdict, condition, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                mark = PLANNED_MARK if _planned(condition) else MET_MARK[condition.met]
                return f"{mark}  {condition.text}"
            if column == COL_VERDICT:
                if _planned(condition):
                    return self.tr("planned")
                if condition.met is None:
                    return self.tr("to check") if getattr(condition, "to_check", False) else self.tr("note")
                return {True: self.tr("met"), False: self.tr("missing")}[condition.met]
            if column == COL_SOURCE:
                return self._source_text(condition.source_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{condition.text}\n{self.tr('Rule')}: {condition.rule}\n{self._source_text(condition.source_id, long=True)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_VERDICT and _planned(condition):
                return QBrush(QColor(STATUS_COLOUR[RouteStatus.ELIGIBLE_FROM]))
            if column == COL_VERDICT and getattr(condition, "to_check", False):
                return QBrush(QColor(STATUS_COLOUR[RouteStatus.TO_CHECK]))
            if column == COL_VERDICT and condition.met is not None:
                return QBrush(QColor(STATUS_COLOUR[RouteStatus.ELIGIBLE if condition.met else RouteStatus.NOT_ELIGIBLE]))
            if column == COL_SOURCE:
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def details_html(self, index: QModelIndex) -> str:
        """What the detail pane shows for a route or condition row: verdict, rule, source and date."""
        if not index.isValid():
            return ""
        if index.internalId() == 0:
            verdict = self._verdicts[index.row()]
            status = self._route_data(verdict, COL_VERDICT, Qt.ItemDataRole.DisplayRole)
            colour = STATUS_COLOUR[verdict.status]
            parts = [f"<b>{escape(verdict.route_name)}</b><br><span style='color:{colour}'><b>{escape(status)}</b></span>"]
            missing = [c.text for c in missing_conditions(verdict)]
            planned = [c.text for c in planned_conditions(verdict)]
            if planned:
                parts.append(self.tr("Met by this plan:") + "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in planned) + "</ul>")
            if missing:
                parts.append(self.tr("Missing:") + "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in missing) + "</ul>")
            if wrong_kind_condition(verdict) is not None:
                parts.append("<i>" + escape(self.tr("This route cannot apply to this kind of product, so it cannot be "
                                                    "added to the plan.")) + "</i>")
            for warning in getattr(verdict, "warnings", []) or []:
                parts.append(f"<i>{escape(warning)}</i>")
            return "<p>" + "</p><p>".join(parts) + "</p>"
        verdict = self._verdicts[index.internalId() - 1]
        condition = verdict.conditions[index.row()]
        state = self._condition_data(verdict, condition, COL_VERDICT, Qt.ItemDataRole.DisplayRole)
        # No internal rule id here ("one_plus.kind" means nothing to a client): the condition, its state, its source.
        return (f"<p><b>{escape(condition.text)}</b> ({escape(state)})</p>"
                f"<p>{escape(self.tr('Source'))}: {self._source_html(condition.source_id)}</p>")

    def condition_counts(self, verdict) -> str:
        """'1 missing · 2 planned': a condition a step of the plan supplies is planned, not missing."""
        missing, planned = len(missing_conditions(verdict)), len(planned_conditions(verdict))
        parts = []
        if missing:
            parts.append(self.tr("%n condition(s) missing", "", missing))
        if planned:
            parts.append(self.tr("%n met by planned steps", "", planned))
        return " · ".join(parts)

    def _source_html(self, source_id: str | None) -> str:
        """The source named by publisher and title (a link to the source dialog), its date and clickable address."""
        from oases_desktop.gui.source_dialog import source_link, web_link

        try:
            source = self._library.source(source_id) if source_id else None
        except (KeyError, AttributeError):
            source = None
        if source is None:
            return escape(self._source_text(source_id))
        address = web_link(source.url)
        return (f"{source_link(source.id, source.title)}, {escape(source.publisher)}, {escape(_day(source.date))}"
                + (f"<br>{address}" if address else ""))

    def _source_text(self, source_id: str | None, long: bool = False) -> str:
        if not source_id:
            return self.tr("no source: estimate")
        try:
            source = self._library.source(source_id)
        except (KeyError, AttributeError):
            return source_id
        when = _day(source.date)
        if long:
            return f"{source.title}, {source.publisher}, {when}\n{source.url}"
        return f"{source.publisher}, {when}"

"""The Gantt pane: step names (frozen, a tree) | step details | chart, on one row order, one selection, one scroll.

Wiring only. The rows come from the chart's own layout (`TimelineWidget.full_data`) through the
`OutlineModel`; the filter proxy and the names tree's expanded routes decide which rows show; the
chart then draws exactly those rows (`restrict_rows`), so the tree and the chart always agree.
The chart's vertical scroll bar drives both trees.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QSplitter, QVBoxLayout, QWidget

from oases_desktop.core.domain.plan import StepKind
from oases_desktop.gui.dates import display_date
from oases_desktop.gui.flow_layout import FlowLayout
from oases_desktop.gui.gantt.filter_bar import FilterBar
from oases_desktop.gui.gantt.filtering import OutlineFilterProxy
from oases_desktop.gui.gantt.outline import NAME_ROLE, ROUTE_ROLE, OutlineModel
from oases_desktop.gui.gantt.trees import OutlineTree
from oases_desktop.gui.steps.model import COL_FINISH, COL_NAME, COL_ROUTE, COL_START, COLUMN_COUNT, STEP_ID_ROLE, StepsTableModel
from oases_desktop.gui.timeline.data import restrict_rows
from oases_desktop.gui.timeline.widget import TimelineWidget, clear_start_constraint

SPLITTER_KEY = "gantt/splitter"
DEFAULT_WIDTHS = (250, 180)   # names, details; the chart takes the rest
DETAIL_WIDTHS = {2: 86, 3: 86, 4: 40, 5: 46, 6: 40, 7: 84, 8: 60, 9: 44, 10: 64, 11: 160}   # COL_START ... COL_BASIS


class GanttPane(QWidget):
    """Names, details and chart of the document's active scenario, with their filter row and legend."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.document = document = session.document
        self.settings = session.settings
        self.cells = StepsTableModel(session, self)
        self.outline = OutlineModel(self.cells, self)
        self.proxy = OutlineFilterProxy(document, self)
        self.proxy.setSourceModel(self.outline)
        self.collapsed: set[str] = set()   # routes the advisor folded away
        self._syncing = False
        self.filter_bar = FilterBar(self)
        self.names = OutlineTree("gantt_names", self)
        self.table = OutlineTree("gantt_table", self)
        self.timeline = TimelineWidget(session, self, show_labels=False, follow_schedule=False)
        self.timeline.row_filter = lambda data: restrict_rows(data, self.visible_entries())
        self.menu_actions: list[QAction | None] = []   # the window's step actions, for the context menu
        self._build_views()
        self._build_layout()
        self._build_actions()
        self._connect()
        self.rebuild()

    # building -------------------------------------------------------------------------------
    def _build_views(self) -> None:
        for tree in (self.names, self.table):
            tree.setModel(self.proxy)
            tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            tree.customContextMenuRequested.connect(lambda pos, t=tree: self._tree_menu(t, pos))
        self.table.setSelectionModel(self.names.selectionModel())   # one selection
        for column in range(COLUMN_COUNT):
            self.names.setColumnHidden(column, column != COL_NAME)
            self.table.setColumnHidden(column, column in (COL_NAME, COL_ROUTE))
        self.names.header().setStretchLastSection(True)   # the name takes the whole (resizable) pane
        self.names.setIndentation(14)
        self.table.setRootIsDecorated(False)
        self.table.setIndentation(0)
        self.table.setItemsExpandable(False)   # routes fold in the names tree; this one follows
        self.table.setEditTriggers(self.table.EditTrigger.DoubleClicked | self.table.EditTrigger.EditKeyPressed
                                   | self.table.EditTrigger.AnyKeyPressed)
        self.names.setEditTriggers(self.names.EditTrigger.DoubleClicked | self.names.EditTrigger.EditKeyPressed)
        widest_date = self.table.fontMetrics().horizontalAdvance(display_date(date(2026, 12, 28))) + 18
        for column, width in DETAIL_WIDTHS.items():   # dates as wide as the language writes them
            self.table.setColumnWidth(column, max(width, widest_date) if column in (COL_START, COL_FINISH) else width)
        self.table.header().setStretchLastSection(True)
        self.timeline.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("gantt_splitter")
        self.splitter.setChildrenCollapsible(True)
        for widget in (self.names, self.table, self.timeline):
            self.splitter.addWidget(widget)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(2, False)
        self.splitter.setStretchFactor(2, 1)
        saved = self.settings.get(SPLITTER_KEY) if self.settings is not None else []
        sizes = [int(s) for s in saved if isinstance(s, (int, float))]
        details = max(DEFAULT_WIDTHS[1], self.table.columnWidth(COL_START) + self.table.columnWidth(COL_FINISH) + 8)
        self.splitter.setSizes(sizes if len(sizes) == 3 and sizes[0] > 0 else [DEFAULT_WIDTHS[0], details, 900])
        self.splitter.splitterMoved.connect(self._remember_widths)
        for bar in (self.timeline.zoom_bar, self.timeline.legend_bar):
            self.timeline.layout().removeWidget(bar)
        top = QWidget(self)   # filter, then zoom; wraps onto two lines rather than widening a laptop's window
        self._top_row = row = FlowLayout(top, spacing=0)
        row.addWidget(self.filter_bar)
        row.addWidget(self.timeline.zoom_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.timeline.legend_bar)

    def take_zoom_bar(self) -> QWidget:
        """The zoom bar, out of the filter's row, for the window to put in its tab row (then the filter row
        never wraps); its drag status goes too: the window shows `timeline.dragPreview` in its status bar."""
        bar = self.timeline.zoom_bar
        self._top_row.removeWidget(bar)
        self.timeline.status.hide()
        self.timeline.zoom_bar.layout().removeWidget(self.timeline.status)
        return bar

    def _action(self, text: str, keys: list, slot, widget: QWidget, context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        widget.addAction(action)
        return action

    def _build_actions(self) -> None:
        """Keys of the chart and trees, as actions so that Help > Keyboard Shortcuts lists them."""
        view, only = self.timeline.view, Qt.ShortcutContext.WidgetShortcut
        self.next_step = self._action(self.tr("Next Step"), ["Down"], lambda: self.select_adjacent(1), view, only)
        self.previous_step = self._action(self.tr("Previous Step"), ["Up"], lambda: self.select_adjacent(-1), view, only)
        self.edit_step = self._action(self.tr("Rename Step in Place"), ["F2", "Return"], self.edit_selected_name, view, only)
        self.step_menu = self._action(self.tr("Step Menu"), ["Menu", "Shift+F10"], self.show_menu_for_selection,
                                      self.splitter)
        nudge = self.timeline.nudge_selected
        self.nudge_later = self._action(self.tr("Nudge Step a Day Later"), ["Shift+Right", "Ctrl+Right"],
                                        lambda: nudge(1), self.splitter)
        self.nudge_earlier = self._action(self.tr("Nudge Step a Day Earlier"), ["Shift+Left", "Ctrl+Left"],
                                          lambda: nudge(-1), self.splitter)
        self.nudge_week_later = self._action(self.tr("Nudge Step a Week Later"), ["Ctrl+Shift+Right"],
                                             lambda: nudge(7), self.splitter)
        self.nudge_week_earlier = self._action(self.tr("Nudge Step a Week Earlier"), ["Ctrl+Shift+Left"],
                                               lambda: nudge(-7), self.splitter)

    def _connect(self) -> None:
        doc = self.document
        doc.scheduleChanged.connect(self.rebuild)
        doc.selectionChanged.connect(self.show_step)
        self.session.libraryChanged.connect(self.refresh)   # the cells redraw themselves; the rows and lane titles here
        self.filter_bar.changed.connect(self._filter_changed)
        self.names.expanded.connect(lambda index: self._fold(index, True))
        self.names.collapsed.connect(lambda index: self._fold(index, False))
        self.names.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.cells.editRejected.connect(lambda text: QMessageBox.warning(self, self.tr("Edit not applied"), text))
        self.timeline.contextMenuWanted.connect(self.show_menu)
        chart = self.timeline.view.verticalScrollBar()
        chart.valueChanged.connect(self._chart_scrolled)
        chart.rangeChanged.connect(self._chart_range_changed)
        for tree in (self.names, self.table):
            tree.verticalScrollBar().valueChanged.connect(self._tree_scrolled)

    # rows -----------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """The schedule changed: new row order for the trees, then the chart draws the rows they show."""
        data = self.timeline.full_data()
        self.outline.set_layout(data)
        self.filter_bar.set_routes([(lane.route, lane.title) for lane in data.lanes] if data is not None else [])
        self.proxy.refilter()
        self._apply_folding()
        self.timeline.refresh()
        self._update_count()
        self.show_step(self.document.selected_step_id)

    def refresh(self) -> None:
        """The reference library changed (route titles): lay the rows out again."""
        self.timeline._full = None
        self.rebuild()

    def visible_entries(self) -> list[tuple[str, str]]:
        """The rows the names tree shows, top to bottom: ("lane", route id) and ("step", step id)."""
        entries = []
        for row in range(self.proxy.rowCount()):
            lane = self.proxy.index(row, COL_NAME)
            entries.append(("lane", lane.data(ROUTE_ROLE)))
            if self.names.isExpanded(lane):
                entries.extend(("step", self.proxy.index(child, COL_NAME, lane).data(STEP_ID_ROLE))
                               for child in range(self.proxy.rowCount(lane)))
        return entries

    def _apply_folding(self) -> None:
        self._syncing = True
        try:
            for row in range(self.proxy.rowCount()):
                lane = self.proxy.index(row, COL_NAME)
                expanded = lane.data(ROUTE_ROLE) not in self.collapsed
                for tree in (self.names, self.table):
                    tree.setExpanded(lane, expanded)
        finally:
            self._syncing = False

    def _fold(self, index: QModelIndex, expanded: bool) -> None:
        self.table.setExpanded(index, expanded)
        if self._syncing:
            return
        route = index.data(ROUTE_ROLE)
        (self.collapsed.discard if expanded else self.collapsed.add)(route)
        self.timeline.refresh()

    def _filter_changed(self, criteria) -> None:
        self.proxy.set_criteria(criteria)
        self._apply_folding()
        self.timeline.refresh()
        self._update_count()
        self.show_step(self.document.selected_step_id)

    def _update_count(self) -> None:
        total = len(self.outline.step_ids())
        shown = sum(self.proxy.rowCount(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount()))
        self.filter_bar.count.setText(self.tr("%d steps") % total if shown == total
                                      else self.tr("%d of %d steps") % (shown, total))

    # scrolling ------------------------------------------------------------------------------
    def _chart_scrolled(self, value: int) -> None:
        offset = value - self.timeline.view.verticalScrollBar().minimum()
        for tree in (self.names, self.table):
            tree.verticalScrollBar().setValue(offset)

    def _chart_range_changed(self, *_args) -> None:
        self._chart_scrolled(self.timeline.view.verticalScrollBar().value())

    def _tree_scrolled(self, value: int) -> None:
        chart = self.timeline.view.verticalScrollBar()
        chart.setValue(value + chart.minimum())

    def _remember_widths(self, *_args) -> None:
        if self.settings is not None:
            self.settings.set(SPLITTER_KEY, self.splitter.sizes())

    # selection ------------------------------------------------------------------------------
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        step_id = current.data(STEP_ID_ROLE)
        if step_id:
            self.document.select_step(step_id)

    def show_step(self, step_id: str) -> None:
        """Select and reveal the step's row in both trees (the chart follows the document itself)."""
        self._syncing = True
        try:
            index = self.proxy.mapFromSource(self.outline.step_index(step_id)) if step_id else QModelIndex()
            model = self.names.selectionModel()
            if not index.isValid():
                if (model.currentIndex().data(STEP_ID_ROLE) or "") != step_id:
                    model.clearSelection()
                return
            model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
            self.names.scrollTo(index)
        finally:
            self._syncing = False

    def shown_step_ids(self) -> list[str]:
        """The steps the chart shows, top to bottom."""
        return [key for kind, key in self.visible_entries() if kind == "step"]

    def select_adjacent(self, delta: int) -> None:
        """The next (1) or previous (-1) visible step, from the chart's keyboard."""
        ids = self.shown_step_ids()
        if not ids:
            return
        current = self.document.selected_step_id
        position = ids.index(current) + delta if current in ids else (0 if delta > 0 else len(ids) - 1)
        self.document.select_step(ids[min(max(position, 0), len(ids) - 1)])

    def edit_selected_name(self) -> None:
        """Rename the selected step in its row of the names tree."""
        index = self.proxy.mapFromSource(self.outline.step_index(self.document.selected_step_id or ""))
        if index.isValid():
            self.names.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.names.setCurrentIndex(index)
            self.names.edit(index)

    # context menu ---------------------------------------------------------------------------
    def _tree_menu(self, tree: OutlineTree, pos) -> None:
        index = tree.indexAt(pos)
        step_id = index.data(STEP_ID_ROLE)
        if step_id:
            self.document.select_step(step_id)
            self.show_menu(step_id, tree.viewport().mapToGlobal(pos))
        elif index.data(ROUTE_ROLE):
            menu = self.build_route_menu(index.data(ROUTE_ROLE), index.siblingAtColumn(COL_NAME).data(NAME_ROLE))
            menu.exec(tree.viewport().mapToGlobal(pos))

    def build_route_menu(self, route_id: str, name: str | None) -> QMenu:
        """A route row's menu: take the route, its steps and their links out of the scenario, as one undo step."""
        menu = QMenu(self)
        remove = menu.addAction(self.tr("Remove Route from Scenario"))
        remove.setToolTip(self.tr("Delete this route's steps and their links (Undo puts them back)"))
        remove.triggered.connect(lambda: self._remove_route(route_id, name))
        return menu

    def _remove_route(self, route_id: str, name: str | None) -> None:
        from oases_desktop.gui.commands import RemoveRouteCommand
        from oases_desktop.gui.error_reporting import show_error

        try:
            self.document.push(RemoveRouteCommand(self.document, route_id, name))
        except Exception as error:  # noqa: BLE001 - a refusal is explained, never raised into Qt
            show_error(self, error)

    def show_menu(self, step_id: str, global_pos) -> None:
        """Edit, add after, link, key milestone, explain, start early, delete: the window's actions on this step."""
        self.build_menu(step_id).exec(global_pos)

    def show_menu_for_selection(self) -> None:
        """The context menu from the keyboard: for the selected step, under its row in the names tree."""
        step_id = self.document.selected_step_id
        index = self.proxy.mapFromSource(self.outline.step_index(step_id or ""))
        if not step_id or not index.isValid():
            return
        rect = self.names.visualRect(index)
        self.show_menu(step_id, self.names.viewport().mapToGlobal(rect.bottomLeft()))

    def build_menu(self, step_id: str) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.edit_step)
        step = self.document.step(step_id)
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        early = menu.addAction(self.tr("Start as Early as Possible"))
        early.setToolTip(self.tr("Remove the 'start no earlier than' date set by dragging"))
        early.setEnabled(step.start_no_earlier_than is not None)
        early.triggered.connect(lambda: clear_start_constraint(self.document, step_id))
        if step.kind == StepKind.MILESTONE:
            from oases_desktop.gui.targets import ask_target

            target = menu.addAction(self.tr("Set Target Date…"))
            target.setToolTip(self.tr("The date the client wants this milestone by; the plan is worked back from it"))
            target.triggered.connect(lambda: ask_target(self, self.document, step_id))
        return menu

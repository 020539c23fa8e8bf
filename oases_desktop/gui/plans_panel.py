"""The plans stored in the database, by client and product: open, create, duplicate, rename, delete, search.

Deleting moves a plan to the database's trash, so the panel's own undo stack can bring it back;
renames and duplicates are undoable the same way. Every failure is shown, never swallowed. Every
database call goes through `AppServices.storage_call`: off the GUI thread for a team server, so one
that is slow or stops answering never freezes the window (its timeouts bound the wait); an edit is
made before its undo command is pushed, so a refused one leaves nothing on the stack.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QInputDialog, QLabel, QLineEdit, QListView, QMenu,
                               QToolButton, QVBoxLayout, QWidget)

from oases_desktop.core.errors import OasesError
from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.flow_layout import FlowLayout
from oases_desktop.gui.icons import icon
from oases_desktop.gui.models.plan_delegate import PlanDelegate
from oases_desktop.gui.models.plans_model import COL_CLIENT, PlanIdRole, PlansModel, SortRole


class _PlanListCommand(QUndoCommand):
    """An undoable change to the stored plan list, already made once when pushed; refreshes the panel after each step."""

    def __init__(self, panel: PlansPanel, text: str, do, undo):
        super().__init__(text)
        self._panel, self._do, self._undo = panel, do, undo
        self._made = True   # the panel made the change before pushing (so a refusal pushes nothing)

    def redo(self) -> None:
        if self._made:
            self._made = False
        else:
            self._panel.storage(self._do, report=True)
        self._panel.refresh()

    def undo(self) -> None:
        self._panel.storage(self._undo, report=True)
        self._panel.refresh()


class PlansPanel(QWidget):
    """Lists stored plans; emits openRequested(plan_id) and newRequested()."""

    openRequested = Signal(str)
    newRequested = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.services = session.services
        self.undo_stack = QUndoStack(self)
        self.busy = False   # a database call is under way (its wait keeps the window painting; no second one)
        self.model = PlansModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # search client, product and title at once

        self.search = QLineEdit(placeholderText=self.tr("Search client, product or plan"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        # Sorted by client, then product: the list reads as the advisor's client book.
        self.proxy.sort(COL_CLIENT, Qt.SortOrder.AscendingOrder)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setModelColumn(COL_CLIENT)
        self.view.setItemDelegate(PlanDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.doubleClicked.connect(lambda index: self.openRequested.emit(index.data(PlanIdRole)))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        rename_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.view)
        rename_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        rename_key.activated.connect(self.rename_selected)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.message = QLabel(wordWrap=True)
        self.message.setForegroundRole(self.message.foregroundRole())
        self.message.hide()

        buttons = FlowLayout(spacing=2)   # wraps in a narrow dock instead of widening it
        for text, name, slot in ((self.tr("New plan"), "document-new", self.newRequested.emit),
                                 (self.tr("Duplicate"), "plan-duplicate", self.duplicate_selected),
                                 (self.tr("Delete"), "edit-delete", self.delete_selected)):
            button = QToolButton(text=text, icon=icon(name), autoRaise=True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        undo = QToolButton(autoRaise=True, icon=icon("edit-undo"))
        undo.setToolTip(self.tr("Undo the last change to the plan list"))
        undo.clicked.connect(self.undo_stack.undo)
        undo.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        buttons.addWidget(undo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Reload the list from the database; a database problem is shown in the panel."""
        selected = self.selected_plan_id()
        try:
            database = self.services.database()
            plans = self.services.storage_call(database.plans.list_plans, self.tr("Listing the team database's plans…"),
                                               self)
        except Exception as error:  # noqa: BLE001 - shown in the panel and logged
            self.model.set_plans([])
            self.message.setText(self.tr("The plan database could not be opened: %s") % error)
            self.message.show()
            return
        self.message.setVisible(not plans)
        self.message.setText(self.tr("No stored plans yet. Create one with New plan."))
        self.model.set_plans(plans)
        if selected:
            self.select_plan(selected)

    def selected_plan_id(self) -> str:
        rows = self.view.selectionModel().selectedIndexes() if self.view.selectionModel() else []
        return rows[0].data(PlanIdRole) if rows else ""

    def select_plan(self, plan_id: str) -> None:
        row = self.model.row_of(plan_id)
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, COL_CLIENT)))

    # ------------------------------------------------------------------ edits
    def _plans(self):
        return self.services.database().plans

    def storage(self, work, report: bool = False):
        """`work()` on the database, off the GUI thread for a team server; its result, or its error raised
        (`report`: shown instead, None returned). Refused while another call of the panel's is waiting."""
        if self.busy:
            raise OasesError(self.tr("The plan list is still waiting for the database; try again in a moment."))
        self.busy = True
        try:
            return self.services.storage_call(work, self.tr("Waiting for the team database…"), self)
        except Exception as error:  # noqa: BLE001 - shown, never raised into Qt
            if not report:
                raise
            show_error(self, error)
            return None
        finally:
            self.busy = False

    def _run(self, text: str, do, undo) -> None:
        """Make the change on the database, then push its undo step; a failure is shown and nothing pushed."""
        try:
            self.storage(do)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            self.refresh()
            return
        self.undo_stack.push(_PlanListCommand(self, text, do, undo))

    def _stored(self, plan_id: str):
        """The stored plan (from the database, off the GUI thread for a team server)."""
        plans = self._plans()
        return self.storage(lambda: plans.load(plan_id))

    def delete_selected(self) -> None:
        plan_id = self.selected_plan_id()
        if plan_id and plan_id == self.session.document.db_plan_id:
            show_error(self, OasesError(self.tr("This plan is open. Open another plan first, then delete this one.")))
            return
        if plan_id:
            try:
                plans = self._plans()
            except Exception as error:  # noqa: BLE001
                show_error(self, error)
                return
            self._run(self.tr("Delete plan"), lambda: plans.delete(plan_id), lambda: plans.restore(plan_id))

    def duplicate_selected(self) -> None:
        plan_id = self.selected_plan_id()
        if not plan_id:
            return
        try:
            plans = self._plans()
            title = self._stored(plan_id).plan.title
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        copy_id: list[str] = []

        def do() -> None:
            if copy_id:
                plans.restore(copy_id[0])
            else:
                copy_id.append(plans.duplicate(plan_id, self.tr("%s (copy)") % title).plan.id)

        self._run(self.tr("Duplicate plan"), do, lambda: plans.delete(copy_id[0]))

    def rename_selected(self, new_title: str | None = None) -> None:
        plan_id = self.selected_plan_id()
        if not plan_id:
            return
        try:
            plans = self._plans()
            stored = self._stored(plan_id)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        old_title = stored.plan.title
        if new_title is None:
            new_title, ok = QInputDialog.getText(self, self.tr("Rename plan"), self.tr("Plan title:"), text=old_title)
            if not ok or not new_title.strip():
                return

        from oases_desktop.core.domain import edits

        try:   # the plan rules, as for the open plan, checked before anything is pushed
            edits.set_plan_fields(stored.plan, title=new_title.strip())
        except OasesError as error:
            show_error(self, error)
            return

        def set_title(title: str) -> None:
            stored = plans.load(plan_id)
            edits.set_plan_fields(stored.plan, title=title).apply(stored.plan)
            plans.save(stored.plan, stored.version)

        self._run(self.tr("Rename plan"), lambda: set_title(new_title.strip()), lambda: set_title(old_title))

    def _context_menu(self, pos) -> None:
        if not self.selected_plan_id():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.openRequested.emit(self.selected_plan_id()))
        menu.addAction(self.tr("Rename…"), self.rename_selected)
        menu.addAction(self.tr("Duplicate"), self.duplicate_selected)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.popup(self.view.viewport().mapToGlobal(pos))

"""The main window: places the panels, connects actions to workflows. Wiring only.

Layout: plans (left dock) | timeline over step table, or scenario comparison (centre tabs) |
product profile, eligibility and step inspector (right docks). Panels talk only to the shared
PlanDocument; file workflows live in FileController, start-up recovery in start_session.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDockWidget, QLabel, QMainWindow, QTabWidget,
                               QWidget)

from oases_desktop import APP_NAME
from oases_desktop.gui.actions import Actions
from oases_desktop.gui.app_session import AppSession
from oases_desktop.gui.document import PlanDocument
from oases_desktop.gui.calendar_status import CalendarStatus
from oases_desktop.gui.notice_bar import NoticeBar, stacked
from oases_desktop.gui.plan_edits import PlanEdits
from oases_desktop.gui.services import AppServices
from oases_desktop.gui.settings import Settings
from oases_desktop.gui.window_layout import default_dock_widths, default_window_size, is_compact, screen_key
from oases_desktop.gui.dates import display_date, display_language
from oases_desktop.gui.language import LanguageMenu

log = logging.getLogger(__name__)
PLAN_SUFFIXES = (".oases", ".json", ".oasesenc")


class MainWindow(QMainWindow):
    """Owns the document, services and panels; `start_session` loads data after the first paint."""

    def __init__(self, db_url: str | None = None, settings: Settings | None = None, parent: QWidget | None = None,
                 *, build_panels: bool = True):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.services = AppServices(db_url, self)
        self.document = PlanDocument(self.services.calendars, self)
        self.settings = settings or Settings()
        self.session = AppSession(self.document, self.services, self.settings)
        self.services.settings = self.settings
        self.library_window = None
        self.panels_built = False
        self.actions = Actions(self, self.document.undo_stack)
        self._files = None   # FileController, made on first use (after the first paint)
        self.edits = PlanEdits(self, self.session)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.notices = NoticeBar()
        self.setCentralWidget(stacked(self.notices, self.tabs))
        # Delete acts on the step under focus in the timeline or table, not on whatever list has the focus.
        self.removeAction(self.actions.delete)  # registered twice, a shortcut is ambiguous and never fires
        self.actions.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tabs.addAction(self.actions.delete)
        self._build_docks()
        self.view_menu = self.actions.build_menus([dock.toggleViewAction() for dock in self.docks])
        self.language_menu = LanguageMenu(self.settings, self, display_language())
        self._language_separator = self.view_menu.addSeparator()
        self.view_menu.addMenu(self.language_menu.menu)
        from oases_desktop.gui.living.controller import LivingController

        self.living = LivingController(self.session, self.actions.progress_menu, self)
        self._build_toolbar()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.calendar_status = CalendarStatus()
        self.statusBar().addPermanentWidget(self.calendar_status)
        self._connect()
        self._update_title()
        self._update_enabled()
        screen = self.screen()
        self.resize(default_window_size(screen.availableGeometry() if screen is not None else None))
        self._restore_layout()
        if build_panels:
            self.build_panels()

    # ----------------------------------------------------------------- building
    def build_panels(self) -> None:
        """Create the panels inside the frame. The app calls this after the first paint (start-up speed)."""
        if self.panels_built:
            return
        from oases_desktop.gui.compare import CompareWidget
        from oases_desktop.gui.eligibility_panel import EligibilityPanel
        from oases_desktop.gui.inspector import Inspector
        from oases_desktop.gui.plans_panel import PlansPanel
        from oases_desktop.gui.profile_form import ProfileForm

        doc, session = self.document, self.session
        self.actions.set_recent_files(self.settings.recent_files())
        self._build_hidden_docks()
        from oases_desktop.gui.gantt.pane import GanttPane

        self.gantt = GanttPane(session)   # names | details | chart, one row order and selection
        self.timeline = self.gantt.timeline
        self.compare = CompareWidget(doc)
        # A panel's toolbar must not force the window wider than a laptop screen; it clips instead.
        self.timeline.setMinimumWidth(300)
        self.tabs.addTab(self.gantt, self.tr("Timeline"))
        self.tabs.addTab(self.compare, self.tr("Compare Scenarios"))
        zoom = self.gantt.take_zoom_bar()   # beside the tabs: the filter row above the chart stays one line
        self.tabs.setCornerWidget(zoom, Qt.Corner.TopRightCorner)
        zoom.show()
        self.tabs.currentChanged.connect(lambda index: zoom.setVisible(self.tabs.widget(index) is self.gantt))
        self.timeline.dragPreview.connect(lambda text: self.statusBar().showMessage(text) if text
                                          else self.statusBar().clearMessage())
        self.plans_panel = PlansPanel(session)
        self.profile_form = ProfileForm(doc, session.library)
        self.eligibility = EligibilityPanel(session)
        self.inspector = Inspector(session)
        for dock, widget in ((self.plans_dock, self.plans_panel), (self.profile_dock, self.profile_form),
                             (self.eligibility_dock, self.eligibility), (self.inspector_dock, self.inspector)):
            dock.setWidget(widget)
        self.plans_panel.openRequested.connect(self.files.open_stored)
        self.plans_panel.newRequested.connect(self.new_plan)
        self.files.storedPlansChanged.connect(self._stored_plans_changed)
        self.eligibility.routeAdded.connect(lambda _r: self.statusBar().showMessage(self.tr("Route added to the plan"), 5000))
        a = self.actions
        self.gantt.menu_actions = [a.add_step, a.edit_links, a.key_milestone, a.explain, None, self.living.mark_done,
                                   self.living.actual_dates, self.living.clear_actuals, None, a.delete]
        self.panels_built = True
        self.timeline.scaleChosen.connect(self._set_scale)
        self._set_scale(self.settings.get("timeline/zoom"))
        a.percentile_markers.setChecked(self.settings.get("timeline/percentile_markers"))
        self.timeline.set_show_percentiles(a.percentile_markers.isChecked())
        a.percentile_markers.toggled.connect(self._show_percentiles)
        if self._default_dock_sizes and is_compact(self.width()):   # a laptop: the plans list becomes a tab
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.plans_dock)
            self.tabifyDockWidget(self.inspector_dock, self.plans_dock)
            self.eligibility_dock.raise_()
            self.resizeDocks([self.eligibility_dock], [default_dock_widths(self.width())[1]], Qt.Orientation.Horizontal)
        elif self._default_dock_sizes:  # first run: docks take sizes once their panels are in
            self.resizeDocks([self.plans_dock, self.eligibility_dock], list(default_dock_widths(self.width())),
                             Qt.Orientation.Horizontal)

    def _dock(self, title: str, name: str, area=None) -> QDockWidget:
        """A dock with an empty page (the panel arrives in build_panels), added to `area` if given."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(QWidget())
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        dock.toggleViewAction().setText("&" + title)   # View menu entries open by Alt+letter too
        if area is not None:
            self.addDockWidget(area, dock)
        self.docks.append(dock)
        return dock

    def _build_docks(self) -> None:
        """The docks on show in the first frame; the two behind the Eligibility tab come after it."""
        self.docks: list[QDockWidget] = []
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.plans_dock = self._dock(self.tr("Plans"), "plans_dock", left)
        self.eligibility_dock = self._dock(self.tr("Eligibility"), "eligibility_dock", right)

    def _build_hidden_docks(self) -> None:
        """Product and Step, tabbed with Eligibility (which stays in front), or where the user left them.

        Built after the first paint: a dock tab bar costs start-up time and shows nothing new.
        """
        self.profile_dock = self._dock(self.tr("Product"), "profile_dock")
        self.inspector_dock = self._dock(self.tr("Step"), "inspector_dock")
        self.docks[:] = [self.plans_dock, self.profile_dock, self.eligibility_dock, self.inspector_dock]
        self.view_menu.insertAction(self.eligibility_dock.toggleViewAction(), self.profile_dock.toggleViewAction())
        self.view_menu.insertAction(self._language_separator, self.inspector_dock.toggleViewAction())
        saved = not self._default_dock_sizes
        if saved and self.restoreDockWidget(self.profile_dock) and self.restoreDockWidget(self.inspector_dock):
            return   # where the user left them (restoreState ran before these docks existed)
        for dock in (self.profile_dock, self.inspector_dock):
            if self.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea and not dock.isFloating():
                self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.tabifyDockWidget(self.profile_dock, self.eligibility_dock)   # tabs: Product, Eligibility, Step
        self.tabifyDockWidget(self.eligibility_dock, self.inspector_dock)
        self.eligibility_dock.raise_()

    def _build_toolbar(self) -> None:
        toolbar = self.actions.build_toolbar()
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr(" Scenario: ")))
        self.scenario_box = QComboBox()
        self.scenario_box.setMinimumContentsLength(16)
        self.scenario_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scenario_box.activated.connect(lambda i: self.document.set_scenario(self.scenario_box.itemData(i)))
        toolbar.addWidget(self.scenario_box)
        toolbar.addActions([self.actions.add_scenario, self.actions.compare])
        toolbar.addSeparator()
        toolbar.addActions([self.actions.export_pdf, self.actions.library])

    def _connect(self) -> None:
        a, doc = self.actions, self.document
        a.new.triggered.connect(self.new_plan)
        a.open.triggered.connect(lambda: self.files.open_dialog())
        a.save.triggered.connect(lambda: self.files.save())
        a.save_as.triggered.connect(lambda: self.files.save_as())
        a.save_encrypted.triggered.connect(lambda: self.files.save_encrypted_copy())
        a.export_pdf.triggered.connect(self.export_pdf)
        a.export_ical.triggered.connect(lambda: self.files.export_ical())
        a.export_csv.triggered.connect(lambda: self.files.export_csv())
        a.export_xlsx.triggered.connect(lambda: self.files.export_xlsx())
        a.export_image.triggered.connect(lambda: self._handover("export_image"))
        a.export_mspdi.triggered.connect(lambda: self._handover("export_mspdi"))
        a.import_mspdi.triggered.connect(lambda: self._handover("import_mspdi"))
        a.export_library.triggered.connect(lambda: self._library_file("export_library_file"))
        a.import_library.triggered.connect(lambda: self._library_file("import_library_file"))
        a.quit.triggered.connect(self.close)
        self.services.libraryChanged.connect(doc.recompute)  # a calendar notice entered or imported moves dates
        a.recentFileChosen.connect(lambda path: self.files.open_file(path))
        a.delete.triggered.connect(self.edits.delete_selected_step)
        a.add_step.triggered.connect(self.edits.add_step)
        a.properties.triggered.connect(self.edits.edit_properties)
        a.edit_links.triggered.connect(self.edits.edit_links)
        a.key_milestone.triggered.connect(lambda key: (self.edits.set_key_milestone(key), self._update_key_milestone()))
        a.find.triggered.connect(self._find_step)
        a.find_plan.triggered.connect(self._find)
        a.explain.triggered.connect(self._explain)
        a.shortcuts.triggered.connect(self._show_shortcuts)
        a.zoom_in.triggered.connect(lambda: self._zoom(1.25))
        a.zoom_out.triggered.connect(lambda: self._zoom(0.8))
        for action, scale in ((a.zoom_fit, "fit"), (a.zoom_month, "month"), (a.zoom_quarter, "quarter"), (a.zoom_year, "year")):
            action.triggered.connect(lambda _=False, s=scale: self._set_scale(s))
        a.add_scenario.triggered.connect(self.edits.add_scenario)
        a.rename_scenario.triggered.connect(self.edits.rename_scenario)
        a.delete_scenario.triggered.connect(self.edits.delete_scenario)
        a.compare.triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        a.link_routes.triggered.connect(self.edits.link_routes)
        a.library.triggered.connect(self.show_library)
        a.confidence.triggered.connect(self.estimate_confidence)
        a.about.triggered.connect(self._about)
        a.preferences.triggered.connect(self._preferences)
        doc.modifiedChanged.connect(self._update_title)
        doc.locationChanged.connect(self._update_title)
        doc.planChanged.connect(self._update_title)
        doc.planChanged.connect(self._update_enabled)
        doc.scenarioChanged.connect(lambda _id: self._fill_scenarios())
        doc.planChanged.connect(self._fill_scenarios)
        doc.scheduleChanged.connect(self._update_status)
        doc.scheduleChanged.connect(lambda: self.calendar_status.set_schedule(doc.schedule))
        self.calendar_status.openCalendar.connect(self.show_calendar)
        doc.selectionChanged.connect(lambda step_id: a.delete.setEnabled(bool(step_id)))
        doc.selectionChanged.connect(lambda step_id: a.edit_links.setEnabled(bool(step_id)))
        doc.selectionChanged.connect(lambda step_id: a.explain.setEnabled(bool(step_id)))
        doc.selectionChanged.connect(self._show_inspector)
        doc.selectionChanged.connect(self._update_key_milestone)
        doc.scheduleChanged.connect(self._update_key_milestone)

    @property
    def files(self):
        """The file workflows (FileController), built on first use: its module is not needed for the first frame."""
        if self._files is None:
            from oases_desktop.gui.file_controller import FileController

            self._files = FileController(self.session, self)
            self._files.recentFilesChanged.connect(self.actions.set_recent_files)
            self._files.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 6000))
        return self._files

    # ----------------------------------------------------------------- session
    def start_session(self, plan_path: str | None = None, offer_recovery: bool = True) -> None:
        """After the first paint: open the database, recover or open a plan, fill the panels."""
        from oases_desktop.gui.session import start_session

        self.build_panels()
        start_session(self, plan_path, offer_recovery)

    def discard_session(self) -> None:
        """Leave no draft behind (used by --screenshot)."""
        if self.session.autosaver is not None:
            self.session.autosaver.discard_draft()

    # ----------------------------------------------------------------- slots
    def export_pdf(self) -> None:
        if not self.files.has_schedule():   # every export refuses a plan without dates, with the same message
            return
        from oases_desktop.gui.export_dialog import ExportDialog

        ExportDialog(self.session, self).exec()

    def _handover(self, action: str) -> None:
        """File > Export Image / MS Project XML, Import MS Project XML (gui/handover.py, loaded on first use)."""
        from oases_desktop.gui import handover

        getattr(handover, action)(self)

    def _show_inspector(self, step_id: str) -> None:
        """Selecting a step brings its inspector to the front of the right-hand tabs."""
        if step_id and self.panels_built and self.inspector_dock.isVisible():
            self.inspector_dock.raise_()

    def _stored_plans_changed(self) -> None:
        self.plans_panel.refresh()
        if self.document.db_plan_id:
            self.plans_panel.select_plan(self.document.db_plan_id)

    def new_plan(self) -> None:
        """New plan: then the advisor describes the product first (it drives which routes are open)."""
        self.build_panels()
        if self.files.new_plan():
            self.profile_dock.show()
            self.profile_dock.raise_()
            self.profile_form.name.setFocus()

    def estimate_confidence(self):
        from oases_desktop.gui.confidence_dialog import estimate_confidence

        return estimate_confidence(self, self.document)

    def _library_file(self, action: str) -> None:
        """File > Export/Import Library (gui/library_files.py); the result goes to the status bar."""
        from oases_desktop.gui import library_files

        text = getattr(library_files, action)(self, self.services)
        if text:
            self.statusBar().showMessage(text, 8000)

    def show_calendar(self, code: str, year: int) -> None:
        """The Library window on its Calendars page, showing one calendar's year."""
        self.show_library()
        page = self.library_window.calendars_page
        self.library_window.tabs.setCurrentWidget(page)
        page.show_year(code, year)

    def show_library(self) -> None:
        from oases_desktop.gui.library_window import LibraryWindow

        if self.library_window is None:
            self.library_window = LibraryWindow(self.services, self)
        self.library_window.show()
        self.library_window.raise_()

    def _find(self) -> None:
        self.build_panels()
        self.plans_dock.show()
        self.plans_dock.raise_()
        self.plans_panel.search.setFocus()
        self.plans_panel.search.selectAll()

    def _find_step(self) -> None:
        """Ctrl+F: the step filter over the timeline (Esc there clears it)."""
        self.build_panels()
        self.tabs.setCurrentWidget(self.gantt)
        self.gantt.filter_bar.focus_text()

    def _explain(self) -> None:
        """Why the selected step has its dates, in the Step dock's explanation pane."""
        if self.panels_built and self.document.selected_step_id:
            self.inspector_dock.show()
            self.inspector_dock.raise_()
            self.inspector.show_explanation()

    def _show_shortcuts(self) -> None:
        from oases_desktop.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self, self).exec()

    def _zoom(self, factor: float) -> None:
        if self.panels_built:
            self.timeline.zoom_by(factor)

    def _set_scale(self, scale: str) -> None:
        if self.panels_built:
            self.timeline.set_scale(scale)
            self.settings.set("timeline/zoom", scale)
        for action, name in ((self.actions.zoom_fit, "fit"), (self.actions.zoom_month, "month"),
                             (self.actions.zoom_quarter, "quarter"), (self.actions.zoom_year, "year")):
            action.setChecked(name == scale)

    def _show_percentiles(self, shown: bool) -> None:
        """View > P50 and P80 Markers: draw them or not, and remember it."""
        self.timeline.set_show_percentiles(shown)
        self.settings.set("timeline/percentile_markers", shown)

    def _preferences(self) -> None:
        from oases_desktop.gui.preferences_dialog import PreferencesDialog

        if PreferencesDialog(self.settings, self).exec() and self.session.autosaver is not None:
            self.session.autosaver.timer.setInterval(self.settings.get("autosave/interval_seconds") * 1000)

    def _about(self) -> None:
        from oases_desktop.gui.about_dialog import AboutDialog

        AboutDialog(self.services.library(), self).exec()

    # ----------------------------------------------------------------- state display
    def _update_title(self, *_args) -> None:
        name = self.document.display_name()
        self.setWindowTitle(f"{name}[*] — {APP_NAME}" if name else APP_NAME)
        self.setWindowModified(self.document.is_modified())

    def _update_enabled(self) -> None:
        has_plan = self.document.plan is not None
        for action in self.actions.document_actions():
            action.setEnabled(has_plan)
        self.actions.delete.setEnabled(has_plan and bool(self.document.selected_step_id))
        self.actions.edit_links.setEnabled(has_plan and bool(self.document.selected_step_id))
        self.actions.explain.setEnabled(has_plan and bool(self.document.selected_step_id))
        self._update_key_milestone()

    def _update_key_milestone(self, *_args) -> None:
        """Key Milestone is checkable on a selected milestone, and checked when it is one of the key milestones."""
        doc, action = self.document, self.actions.key_milestone
        step_id = doc.selected_step_id if doc.plan is not None else ""
        if not step_id:   # before the first plan too: the domain module loads after the first frame
            action.setEnabled(False)
            action.setChecked(False)
            return
        from oases_desktop.core.domain.plan import StepKind

        try:
            step = doc.step(step_id)
        except KeyError:
            step = None
        action.setEnabled(step is not None and step.kind == StepKind.MILESTONE)
        action.setChecked(bool(step) and doc.schedule is not None and step_id in doc.schedule.key_milestones)

    def _fill_scenarios(self) -> None:
        self.scenario_box.clear()
        if self.document.plan is None:
            return
        for scenario in self.document.plan.scenarios:
            self.scenario_box.addItem(scenario.name, scenario.id)
        self.scenario_box.setCurrentIndex(self.scenario_box.findData(self.document.scenario_id))
        self.actions.delete_scenario.setEnabled(len(self.document.plan.scenarios) > 1)

    def _update_status(self) -> None:
        doc = self.document
        if doc.plan is None:
            self.status_label.setText("")
        elif not doc.scenario().steps:
            self.status_label.setText(self.tr("No steps yet"))
        elif doc.schedule is not None:
            steps = len(doc.scenario().steps)
            self.status_label.setText(self.tr("%1 steps · start %2 · finish %3 · status date %4")
                                      .replace("%1", str(steps)).replace("%2", display_date(doc.schedule.start))
                                      .replace("%3", display_date(doc.schedule.finish))
                                      .replace("%4", display_date(doc.plan.as_of)))
        else:
            self.status_label.setText(doc.schedule_error)

    # ----------------------------------------------------------------- window state
    def _screen_key(self) -> str:
        screen = self.screen()
        return screen_key(screen.availableGeometry() if screen is not None else None)

    def _restore_layout(self) -> None:
        """The layout last used on a screen of this size, else the last one anywhere, else the defaults."""
        prefix = f"window/by_screen/{self._screen_key()}/"
        state = self.settings.get(prefix + "state")
        geometry = self.settings.get(prefix + "geometry") if not state.isEmpty() else self.settings.get("window/geometry")
        if state.isEmpty():
            state = self.settings.get("window/state")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if not state.isEmpty():
            self.restoreState(state)
        self._default_dock_sizes = state.isEmpty()

    def _save_layout(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        prefix = f"window/by_screen/{self._screen_key()}/"
        self.settings.set(prefix + "geometry", self.saveGeometry())
        self.settings.set(prefix + "state", self.saveState())
        if self.document.file_path is not None:
            self.settings.set("files/last_plan", str(self.document.file_path.resolve()))
        else:
            self.settings.set("files/last_plan", "")
            if self.document.db_plan_id:
                self.settings.set("files/last_db_plan", self.document.db_plan_id)
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if not self.files.maybe_save():
            event.ignore()
            return
        self._save_layout()
        self.discard_session()
        if self.session.backup_scheduler is not None:
            self.session.backup_scheduler.timer.stop()
        if self.library_window is not None:
            self.library_window.close()
        self.services.close()
        event.accept()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if any(url.isLocalFile() and url.toLocalFile().lower().endswith(PLAN_SUFFIXES) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        plans = [p for p in paths if p.lower().endswith(PLAN_SUFFIXES)]
        if plans:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.files.open_file(plans[0]))

"""The app's QActions with standard shortcuts, the menus and the toolbar built from them.

Actions only carry text, icon, shortcut and enabled state; MainWindow connects their `triggered`
signals. Undo/Redo come from the document's QUndoStack so their text says what they undo.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from oases_desktop.gui.icons import icon

Std = QKeySequence.StandardKey


class Actions(QObject):
    """Every action of the main window, by name: `actions.save`, `actions.export_pdf`..."""

    recentFileChosen = Signal(str)

    def __init__(self, window: QMainWindow, undo_stack):
        super().__init__(window)
        self._window = window

        def make(text: str, shortcut=None, icon_name: str | None = None, tip: str = "") -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Std) else [QKeySequence(shortcut)])
            if icon_name:
                action.setIcon(icon(icon_name))
            if tip:
                action.setStatusTip(tip)
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{tip} ({keys})" if keys else tip)   # toolbar tooltips teach the shortcut
            window.addAction(action)  # shortcuts work even when the menu bar is hidden
            return action

        self.new = make(self.tr("&New Plan…"), Std.New, "document-new", self.tr("Start a new plan for a client's product"))
        self.open = make(self.tr("&Open…"), Std.Open, "document-open", self.tr("Open a plan file"))
        self.save = make(self.tr("&Save"), Std.Save, "document-save", self.tr("Save the plan"))
        self.save_as = make(self.tr("Save &As…"), Std.SaveAs, None, self.tr("Save the plan to a new file"))
        self.save_encrypted = make(self.tr("Save &Encrypted Copy…"), None, None,
                                   self.tr("Write a passphrase-protected copy of the plan, to send by email or carry"))
        self.export_pdf = make(self.tr("&Export PDF…"), "Ctrl+E", "export-pdf", self.tr("Print the plan as a client-ready PDF"))
        self.export_ical = make(self.tr("Export Milestones to &Calendar (.ics)…"), None, None,
                                self.tr("Write the key milestones as calendar events"))
        self.export_csv = make(self.tr("Export Steps to CS&V…"), None, None, self.tr("Write the steps and their dates as a table"))
        self.export_xlsx = make(self.tr("Export Steps to E&xcel (.xlsx)…"), None, None,
                                self.tr("Write the steps with dates, durations, basis and sources as an Excel workbook"))
        self.export_image = make(self.tr("Export Ima&ge (PNG, SVG)…"), None, None,
                                 self.tr("The timeline, the comparison or the milestone table for a slide, or to the clipboard"))
        self.export_mspdi = make(self.tr("Export &MS Project XML…"), None, None,
                                 self.tr("The scenario for MS Project, ProjectLibre or GanttProject"))
        self.import_mspdi = make(self.tr("Import MS Pro&ject XML…"), None, None,
                                 self.tr("Read an MS Project XML file into a new scenario (undoable)"))
        self.export_library = make(self.tr("Export &Library…"), None, None,
                                   self.tr("Write your own facts, calendar notices and their sources to a file for colleagues"))
        self.import_library = make(self.tr("&Import Library…"), None, None,
                                   self.tr("Add a colleague's library file (facts, calendar notices) to your library"))
        self.properties = make(self.tr("Plan &Properties…"), "Ctrl+Shift+P", None,
                               self.tr("Title, client, advisor, confidentiality and start date"))
        self.quit = make(self.tr("&Quit"), Std.Quit, None)
        if self.quit.shortcut().isEmpty():  # some platforms define no standard Quit key
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo = undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(Std.Undo))
        self.undo.setIcon(icon("edit-undo"))
        self.redo = undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts(QKeySequence.keyBindings(Std.Redo))
        self.redo.setIcon(icon("edit-redo"))
        self.delete = make(self.tr("&Delete Step"), Std.Delete, "edit-delete", self.tr("Delete the selected step and its links"))
        self.add_step = make(self.tr("&Add Step…"), "Ctrl+Shift+A", None, self.tr("Add a step of your own to the scenario"))
        self.edit_links = make(self.tr("&Links of Selected Step…"), "Ctrl+Shift+L", None,
                               self.tr("Make the selected step wait on another, or remove a link"))
        self.find = make(self.tr("&Find Step…"), Std.Find, "edit-find",
                         self.tr("Filter the timeline's steps by name, number, route or source (Esc clears)"))
        self.find_plan = make(self.tr("Find &Plan…"), "Ctrl+Shift+F", None, self.tr("Search the plans by client, product or title"))
        self.explain = make(self.tr("E&xplain This Date"), "Ctrl+Shift+X", None,
                            self.tr("Why the selected step starts and finishes when it does"))
        self.key_milestone = make(self.tr("&Key Milestone"), "Ctrl+Shift+K", None,
                                  self.tr("Mark the selected milestone as one the client cares about: its driving path and "
                                          "every step's slack to it are shown"))
        self.key_milestone.setCheckable(True)
        self.key_milestone.setEnabled(False)

        self.zoom_in = make(self.tr("Zoom &In"), Std.ZoomIn, "zoom-in")
        self.zoom_out = make(self.tr("Zoom &Out"), Std.ZoomOut, "zoom-out")
        self.zoom_fit = make(self.tr("&Fit Whole Plan"), "Ctrl+0", None, self.tr("Zoom so the whole plan is in view"))
        self.zoom_month = make(self.tr("By &Month"), "Ctrl+1")
        self.zoom_quarter = make(self.tr("By &Quarter"), "Ctrl+2")
        self.zoom_year = make(self.tr("By &Year"), "Ctrl+3")
        self.percentile_markers = make(self.tr("P50 and P80 &Markers"), None, None,
                                       self.tr("Show each milestone's simulated P50 and P80 dates on the timeline"))
        self.percentile_markers.setCheckable(True)
        self.zoom_group = QActionGroup(window)   # one zoom preset at a time, shown as a radio choice
        self.zoom_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (self.zoom_fit, self.zoom_month, self.zoom_quarter, self.zoom_year):
            action.setCheckable(True)
            self.zoom_group.addAction(action)

        self.add_scenario = make(self.tr("&New Scenario…"), None, "scenario-add", self.tr("Copy the current scenario to try another way"))
        self.rename_scenario = make(self.tr("&Rename Scenario…"))
        self.delete_scenario = make(self.tr("&Delete Scenario"))
        self.link_routes = make(self.tr("&Link Routes"), None, None,
                                self.tr("Add the links between this scenario's routes that it is missing (plans saved before routes were linked)"))
        # Not Ctrl+M: on macOS that is Cmd+M, the system's Minimize (and Cmd+H hides, Cmd+Q quits)
        self.confidence = make(self.tr("Con&fidence of Milestones…"), "Ctrl+Shift+M", None,
                               self.tr("Simulate 10,000 runs to see how sure each milestone date is"))
        self.compare = make(self.tr("&Compare Scenarios"), "Ctrl+K", "scenario-compare", self.tr("Milestones of every scenario side by side"))
        self.library = make(self.tr("Reference &Library"), "Ctrl+L", "library", self.tr("Routes, steps, sources and dated facts"))
        self.shortcuts = make(self.tr("&Keyboard Shortcuts"), "Ctrl+/", None, self.tr("Every key the app answers to"))
        self.preferences = make(self.tr("Pre&ferences…"), Std.Preferences, None,
                                self.tr("Autosave interval, and how long to wait for a team database"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about = make(self.tr("&About"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)

    def zoom_actions(self) -> dict[str, QAction]:
        """The zoom presets by name."""
        return {"fit": self.zoom_fit, "month": self.zoom_month, "quarter": self.zoom_quarter, "year": self.zoom_year}

    def document_actions(self) -> list[QAction]:
        """Actions that need an open plan."""
        return [self.save, self.save_as, self.save_encrypted, self.export_pdf, self.export_ical, self.export_csv, self.export_xlsx,
                self.export_image, self.export_mspdi, self.import_mspdi,
                self.delete, self.add_step, self.properties,
                self.add_scenario, self.rename_scenario, self.delete_scenario, self.link_routes, self.compare, self.confidence]

    def set_recent_files(self, paths: list[str]) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {path}")
            action.triggered.connect(lambda _=False, p=path: self.recentFileChosen.emit(p))
        self.recent_menu.setEnabled(bool(paths))

    def build_menus(self, view_menu_extra: list[QAction] = ()) -> QMenu:
        """Fill the window's menu bar; returns the View menu so docks can add their toggles."""
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.save_encrypted])
        file_menu.addSeparator()
        file_menu.addActions([self.export_pdf, self.export_image, self.export_ical, self.export_csv, self.export_xlsx,
                              self.export_mspdi])
        file_menu.addAction(self.import_mspdi)
        file_menu.addSeparator()
        file_menu.addActions([self.export_library, self.import_library])
        file_menu.addSeparator()
        file_menu.addAction(self.properties)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add_step, self.edit_links, self.explain, self.key_milestone, self.delete])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find, self.find_plan])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in, self.zoom_out])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_fit, self.zoom_month, self.zoom_quarter, self.zoom_year])
        view_menu.addSeparator()
        view_menu.addAction(self.percentile_markers)
        view_menu.addSeparator()
        view_menu.addActions(list(view_menu_extra))
        scenario_menu = bar.addMenu(self.tr("&Scenario"))
        scenario_menu.addActions([self.add_scenario, self.rename_scenario, self.delete_scenario])
        scenario_menu.addSeparator()
        scenario_menu.addAction(self.link_routes)
        scenario_menu.addSeparator()
        scenario_menu.addActions([self.compare, self.confidence])
        self.progress_menu = bar.addMenu(self.tr("&Progress"))  # filled by gui/living/controller.py
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.library)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts, self.about])
        return view_menu

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main"), self._window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new, self.open, self.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out, self.zoom_in])
        self._window.addToolBar(toolbar)
        return toolbar

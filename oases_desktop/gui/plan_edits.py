"""Edits started from menus: add/delete steps, links, scenarios. Each asks what it needs, then pushes one command."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from oases_desktop.gui.error_reporting import show_error


def _commands():
    from oases_desktop.gui import commands  # loaded with the first edit, not before the first paint

    return commands


class PlanEdits(QObject):
    """The main window's edit slots; failures (a loop, the last scenario) are shown, never raised."""

    def __init__(self, window: QWidget, session):
        super().__init__(window)
        self.window, self.session = window, session
        self.document, self.services = session.document, session.services

    def delete_selected_step(self) -> None:
        step_id = self.document.selected_step_id
        if step_id:
            self._push(lambda: _commands().RemoveStepCommand(self.document, step_id))

    def add_step(self) -> None:
        from oases_desktop.gui.add_step_dialog import AddStepDialog

        dialog = AddStepDialog(self.session, self.window)
        if dialog.exec():
            self._push(dialog.command)
            self.document.select_step(self.document.scenario().steps[-1].id)

    def set_key_milestone(self, key: bool) -> None:
        """Mark or unmark the selected milestone as a key milestone (one undo step)."""
        step_id = self.document.selected_step_id
        if step_id:
            self._push(lambda: _commands().KeyMilestoneCommand(self.document, step_id, key))

    def edit_links(self) -> None:
        from oases_desktop.gui.step_dialogs import LinksDialog

        if self.document.selected_step_id:
            LinksDialog(self.document, self.document.selected_step_id, self.window).exec()

    def add_scenario(self) -> None:
        name, ok = QInputDialog.getText(self.window, self.tr("New Scenario"),
                                        self.tr("Name of the new scenario (a copy of the current one):"),
                                        text=self.tr("%s (alternative)") % self.document.scenario().name)
        if ok and name.strip():
            self._push(lambda: _commands().DuplicateScenarioCommand(self.document, name.strip()))

    def rename_scenario(self) -> None:
        current = self.document.scenario()
        name, ok = QInputDialog.getText(self.window, self.tr("Rename Scenario"), self.tr("Scenario name:"), text=current.name)
        if ok and name.strip() and name.strip() != current.name:
            self._push(lambda: _commands().RenameScenarioCommand(self.document, current.id, name))

    def delete_scenario(self) -> None:
        current = self.document.scenario()
        answer = QMessageBox.question(self.window, self.tr("Delete Scenario"),
                                      self.tr("Delete the scenario “%s”? You can undo this.") % current.name)
        if answer == QMessageBox.StandardButton.Yes:
            self._push(lambda: _commands().DeleteScenarioCommand(self.document, current.id))

    def link_routes(self) -> int | None:
        """Scenario > Link Routes: add the missing cross-route links in one undoable step; the status bar
        says how many (or that none were missing). Returns the count, None when refused."""
        try:
            command = _commands().LinkRoutesCommand(self.document, self.services.library())
        except Exception as error:  # noqa: BLE001
            show_error(self.window, error)
            return None
        count = len(command.links)
        if count:
            self.document.push(command)
            text = self.tr("Added %n link(s) between the scenario's routes.", "", count)
        else:
            text = self.tr("No links between the scenario's routes were missing.")
        self.window.statusBar().showMessage(text, 6000)
        return count

    def _push(self, make_command) -> None:
        try:
            self.document.push(make_command())
        except Exception as error:  # noqa: BLE001
            show_error(self.window, error)

    def edit_properties(self) -> None:
        from oases_desktop.gui.plan_properties_dialog import PlanPropertiesDialog, apply_properties

        if self.document.plan is None:
            return
        dialog = PlanPropertiesDialog(self.document, self.window)
        if dialog.exec():
            try:
                apply_properties(self.document, dialog.changes())
            except Exception as error:  # noqa: BLE001
                show_error(self.window, error)

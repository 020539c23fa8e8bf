"""What happens once the window has painted: autosave on, crash recovery offered, a plan opened.

Order of preference for the plan to show: a recovered draft (if the user accepts it), the plan
given on the command line, the plan file or stored plan open at the last exit, the most recently
changed stored plan, and on a first run the worked example.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from oases_desktop.gui.error_reporting import show_error
from oases_desktop.gui.i18n import tr
from oases_desktop.gui.dates import display_datetime

log = logging.getLogger(__name__)




def start_session(window, plan_path: str | None = None, offer_recovery: bool = True) -> None:
    """Switch autosave on, then recover or open a plan and fill the plans list."""
    from oases_desktop.gui.autosave import Autosaver
    from oases_desktop.gui.storage_startup import BackupScheduler
    from oases_desktop.paths import user_data_dir

    data_dir = user_data_dir()
    interval_ms = window.settings.get("autosave/interval_seconds") * 1000
    session = window.session
    session.autosaver = Autosaver(window.document, data_dir, interval_ms, window)
    session.backup_scheduler = BackupScheduler(window)
    opened = offer_recovery and recover_drafts(window, data_dir)
    if not opened and plan_path:
        opened = window.files.open_file(plan_path, ask=False)
    if not opened:
        open_last_or_example(window)
    if window.services.has_database():
        fill_plans_list(window)
    else:  # a plan file is open: let it paint before SQLAlchemy loads and the database opens
        QTimer.singleShot(0, lambda: fill_plans_list(window))


def fill_plans_list(window) -> None:
    """Open the database (if not yet, asking the user about a damaged one) and list the stored plans."""
    from oases_desktop.gui.storage_startup import ensure_database

    ensure_database(window)
    window.plans_panel.refresh()  # shows why, when the database stays closed
    if window.document.db_plan_id:
        window.plans_panel.select_plan(window.document.db_plan_id)


def recover_drafts(window, data_dir: Path) -> bool:
    """Offer each autosaved draft left by a crash, newest first; True once one is recovered."""
    from oases_desktop.core.planfile import plan_from_bytes
    from oases_desktop.gui.autosave import find_drafts

    for draft in find_drafts(data_dir):
        answer = QMessageBox.question(
            window, tr("Recover unsaved work?"),
            tr("The app did not close normally. An autosaved draft of “%1” from %2 has changes that "
               "were never saved.\n\nRecover it?").replace("%1", draft.title)
            .replace("%2", display_datetime(draft.saved_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            draft.discard()
            continue
        try:
            plan = plan_from_bytes(draft.plan_path.read_bytes(), str(draft.plan_path))
        except Exception as error:  # noqa: BLE001 - shown; the next draft is offered
            show_error(window, error, tr("The draft cannot be read"))
            continue
        window.document.set_plan(plan, file_path=draft.file_path, db_plan_id=draft.db_plan_id, modified=True)
        if draft.db_plan_id:
            _adopt_stored_version(window, draft.db_plan_id)
        draft.discard()
        window.session.autosaver.save_draft()  # keep a draft until the user saves
        return True
    return False


def _adopt_stored_version(window, plan_id: str) -> None:
    try:
        window.document.db_version = window.services.database().plans.load(plan_id).version
    except Exception as error:  # noqa: BLE001 - saving will then offer to keep a copy
        log.warning("recovered plan %s not in the database: %s", plan_id, error)


def open_last_or_example(window) -> bool:
    """The plan open at the last exit, else the newest stored plan, else the worked example."""
    last_file = window.settings.get("files/last_plan")
    if last_file and Path(last_file).is_file() and window.files.open_file(last_file, ask=False):
        return True
    from oases_desktop.gui.storage_startup import ensure_database

    try:
        plans = window.services.database().plans.list_plans() if ensure_database(window) else []
    except Exception as error:  # noqa: BLE001 - the plans panel shows the problem; still show the example
        log.warning("database unavailable: %s", error)
        plans = []
    if plans:
        last_id = window.settings.get("files/last_db_plan")
        chosen = last_id if last_id in {p.id for p in plans} else max(plans, key=lambda p: p.updated).id
        return window.files.open_stored(chosen, ask=False)
    try:
        from oases_desktop.core.examples import worked_example
        from oases_desktop.core.knowledge import load_library

        window.document.set_plan(worked_example("medicine", load_library()))
        return True
    except Exception as error:  # noqa: BLE001
        log.warning("no worked example: %s", error)
        return False


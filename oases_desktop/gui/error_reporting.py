"""Errors reach the user and the log: a message box for every failure, never a silent one.

A user's mistake (OasesError) is shown as its own message. Anything else is a bug: it is logged
with its traceback and shown with the log file's location. `install_excepthook` routes exceptions
raised in Qt slots (which PySide6 hands to sys.excepthook) through the same path.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from oases_desktop.core.errors import OasesError
from oases_desktop.gui.i18n import tr

log = logging.getLogger("oases_desktop")
_log_file: Path | None = None
# Headless runs (--screenshot, --quit-after-paint) cannot answer a message box: errors go to stderr.
_headless = False
errors_reported = 0




def setup_logging(folder: Path) -> Path:
    """Log to `folder`/oases.log (rotated); returns the file's path."""
    import logging.handlers  # not needed before the first paint

    global _log_file
    folder.mkdir(parents=True, exist_ok=True)
    _log_file = folder / "oases.log"
    handler = logging.handlers.RotatingFileHandler(_log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return _log_file


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong: their mistake plainly, a bug with where the details are."""
    from PySide6.QtWidgets import QMessageBox   # not before the first paint (start-up speed)

    if isinstance(error, OasesError):
        log.warning("%s", error)
        _message_box(parent, QMessageBox.Icon.Warning, title or tr("Cannot do that"), str(error), "")
        return
    import traceback

    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error\n%s", details)
    where = tr("The details were written to %s.") % _log_file if _log_file else ""
    text = tr("Something went wrong inside the app: %s\n\nYour plan is still open; save it under a new name "
              "to be safe, and send the log file to support. %s") % (error, where)
    _message_box(parent, QMessageBox.Icon.Critical, title or tr("Unexpected error"), text, details)


def set_headless(headless: bool) -> None:
    """Print errors as one line on stderr instead of showing a box (nobody is there to close it)."""
    global _headless
    _headless = headless


def is_headless() -> bool:
    """True in --screenshot and --quit-after-paint runs: nobody can answer a question."""
    return _headless


def _message_box(parent, icon, title: str, text: str, details: str) -> None:
    global errors_reported
    errors_reported += 1
    if _headless or QApplication.instance() is None:
        print(f"error: {text}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent or QApplication.activeWindow())
    if details:
        box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Exceptions escaping a slot or event handler: log them and show them, keep the app running."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            show_error(None, exc)
        except Exception:  # never let the reporter itself crash the app
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook

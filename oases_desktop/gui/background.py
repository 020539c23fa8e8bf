"""Long work (PDF export, Monte Carlo) off the GUI thread, with progress, cancel and one exit path.

Modelled on Anki's CollectionOp: `run_in_background(parent, work, label=..., on_success=...)`
runs `work(progress)` in Qt's thread pool while a progress dialog shows; then exactly one of
`on_success(result)` or `on_failure(error)` runs on the GUI thread (the default failure shows the
error). `work` must not touch widgets: it gets plain data and reports through `progress`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from oases_desktop.gui.error_reporting import show_error

SHOW_PROGRESS_AFTER_MS = 400  # quick jobs finish without a flashing dialog


class Cancelled(Exception):
    """Raised inside `work` by `progress.check()` once the user pressed Cancel."""


class Progress:
    """Handed to the work function: report how far it got, and stop when asked."""

    def __init__(self, emit: Callable[[int, str], None]):
        self._emit = emit
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise Cancelled if the user cancelled; call it between chunks of work."""
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, fraction: float, text: str = "") -> None:
        self.check()
        self._emit(int(max(0.0, min(1.0, fraction)) * 1000), text)


class _Relay(QObject):
    """Lives in the GUI thread; signals from the worker arrive here queued."""

    progressed = Signal(int, str)
    finished = Signal(object, object)  # result, error


class _Runnable(QRunnable):
    def __init__(self, work, progress: Progress, relay: _Relay):
        super().__init__()
        self._work, self._progress, self._relay = work, progress, relay

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # noqa: BLE001 - every failure goes to the one failure path
            self._report(None, error)
        else:
            self._report(result, None)

    def _report(self, result, error) -> None:
        try:
            self._relay.finished.emit(result, error)
        except RuntimeError:   # what asked for the work was closed meanwhile: there is nobody left to tell
            pass


class BackgroundOperation(QObject):
    """One running job; `done` fires after on_success/on_failure ran (tests wait on it)."""

    done = Signal()

    def __init__(self, parent: QWidget | None, work, *, label: str, on_success=None, on_failure=None,
                 on_cancel=None, cancellable: bool = True, pool: QThreadPool | None = None,
                 progress_dialog: bool = True):
        super().__init__(parent)
        self._parent = parent
        self._on_success, self._on_failure, self._on_cancel = on_success, on_failure, on_cancel
        self._relay = _Relay()
        self._relay.progressed.connect(self._on_progress)
        self._relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.progress = Progress(self._relay.progressed.emit)
        self.result = None
        self.error: BaseException | None = None
        self._dialog = self._progress_dialog(label, cancellable) if progress_dialog else None
        (pool or QThreadPool.globalInstance()).start(_Runnable(work, self.progress, self._relay))

    def _progress_dialog(self, label: str, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 1000, self._parent)
        dialog.setWindowTitle(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.progress.cancel)
        dialog.setValue(0)
        return dialog

    def cancel(self) -> None:
        self.progress.cancel()

    def _on_progress(self, value: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setValue(value)
        if text:
            self._dialog.setLabelText(text)

    def _on_finished(self, result, error) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
        self.result, self.error = result, error
        try:
            if isinstance(error, Cancelled):
                if self._on_cancel:
                    self._on_cancel()
            elif error is not None:
                (self._on_failure or (lambda e: show_error(self._parent, e)))(error)
            elif self._on_success:
                self._on_success(result)
        finally:
            self.done.emit()


def run_in_background(parent: QWidget | None, work: Callable[[Progress], object], *, label: str,
                      on_success=None, on_failure=None, on_cancel=None, cancellable: bool = True,
                      pool: QThreadPool | None = None, progress_dialog: bool = True) -> BackgroundOperation:
    """Start `work(progress)` off the GUI thread; see the module docstring.

    `pool`: a pool of the caller's (e.g. one thread for work that must not run twice at once);
    `progress_dialog=False` for a caller that shows its own progress.
    """
    return BackgroundOperation(parent, work, label=label, on_success=on_success, on_failure=on_failure,
                               on_cancel=on_cancel, cancellable=cancellable, pool=pool, progress_dialog=progress_dialog)


def wait_in_background(parent: QWidget | None, work: Callable[[], object], *, label: str):
    """Run `work()` off the GUI thread and wait for it while the window keeps painting; its result, or its error raised.

    For calls a network can hold up (a team database): callers stay sequential, the window never freezes,
    and after SHOW_PROGRESS_AFTER_MS a dialog says what it is waiting for.
    """
    loop = QEventLoop()
    caught: dict[str, BaseException] = {}
    operation = BackgroundOperation(parent, lambda _progress: work(), label=label, cancellable=False,
                                    on_failure=lambda error: caught.setdefault("error", error))
    operation._dialog.setRange(0, 0)    # a wait, not a measurable task: a busy bar
    operation._dialog.setValue(0)       # (re)starts the timer that shows the dialog after a moment
    operation.done.connect(loop.quit)   # queued after the work ends, so never before exec() runs
    loop.exec()
    if "error" in caught:
        raise caught["error"]
    return operation.result

"""Composition root of the desktop app: QApplication, names for QSettings, translators, main window.

Start-up is ordered for a fast first paint: only Qt and the domain dataclasses are imported before
the window shows; the database, the plan and the reference library load after the first paint
(the main window's `start_session`). `--quit-after-paint` exits right after that first paint (or,
with a PLAN, after the first paint showing the plan); `--screenshot PNG` renders offscreen and exits.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from oases_desktop import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from oases_desktop.paths import resource_path, user_data_dir

SCREENSHOT_SIZE = (1600, 1000)
EXIT_USER_ERROR = 2
NO_DISPLAY_MESSAGE = (
    "error: there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
    "Start the app from a desktop session; on a server, run the headless commands (main.py --help lists "
    "them), or render without a screen with QT_QPA_PLATFORM=offscreen (e.g. main.py --screenshot out.png).")


class _PaintWatcher(QObject):
    """Calls `callback` once, on the first Paint event of the widgets it watches."""

    def __init__(self, callback):
        super().__init__()
        self._callback = callback
        self._fired = False

    def eventFilter(self, obj, event):  # noqa: N802 (Qt override)
        if not self._fired and event.type() == QEvent.Type.Paint:
            self._fired = True
            QTimer.singleShot(0, self._callback)
        return False


def create_application(argv: list[str], language=None) -> QApplication:
    """The QApplication with the names QSettings uses, high-DPI policy, icon, fonts and the language's translators.

    `language` (a core.language.Language) overrides the remembered choice for this run (`--language`).
    """
    existing = QApplication.instance()
    if existing is not None:
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    from oases_desktop.gui.language import apply_language, chosen_language, register_fonts
    from oases_desktop.gui.settings import Settings

    register_fonts(app)
    apply_language(app, language or chosen_language(Settings()))
    return app


def show_as_asked(window, zoom: str | None, step_id: str | None) -> bool:
    """--zoom and --select of a screenshot: the zoom, then the step selected and scrolled into view; False if no such step."""
    if zoom:
        window.actions.zoom_actions()[zoom].trigger()
        if not step_id:
            window.timeline.view.scroll_to_start()   # the plan's start, not wherever the zoom left the centre
    if step_id:
        try:
            window.document.step(step_id)
        except KeyError:
            print(f"error: no step {step_id!r} in the plan", file=sys.stderr)
            return False
        window.document.select_step(step_id)
    return True


def run_gui(args) -> int:
    """Open the main window; returns the exit status (args from launcher.gui_parser)."""
    headless = bool(args.screenshot or args.quit_after_paint)
    no_display = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if (args.screenshot or (args.quit_after_paint and no_display)) and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot or a smoke test needs no screen
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):  # Qt would abort with a hint about xcb-cursor
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_USER_ERROR
    app = create_application(sys.argv[:1], getattr(args, "language", None))
    from oases_desktop.gui import error_reporting
    from oases_desktop.gui.error_reporting import install_excepthook

    install_excepthook()
    error_reporting.set_headless(headless)
    if not args.screenshot:
        return _run_window(app, args, headless, None)
    import shutil
    import tempfile

    from PySide6.QtCore import QSettings

    from oases_desktop.gui.settings import Settings

    scratch = tempfile.mkdtemp(prefix="oases-screenshot-")  # the default layout, not this user's: reproducible
    try:
        settings = Settings(QSettings(os.path.join(scratch, "settings.ini"), QSettings.Format.IniFormat))
        return _run_window(app, args, headless, settings)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _run_window(app, args, headless: bool, settings) -> int:
    from oases_desktop.gui import error_reporting
    from oases_desktop.gui.error_reporting import setup_logging
    from oases_desktop.gui.main_window import MainWindow

    window = MainWindow(db_url=args.db, settings=settings, build_panels=False)  # the frame first; panels after the first paint
    if args.screenshot:
        window.resize(*(getattr(args, "size", None) or SCREENSHOT_SIZE))
    window.show()

    status = {"code": 0}

    def after_first_paint() -> None:
        if args.quit_after_paint and not args.plan:
            app.quit()
            return
        setup_logging(user_data_dir() / "logs")
        app.setWindowIcon(QIcon(str(resource_path("icons", "app-icon.svg"))))
        window.start_session(plan_path=args.plan, offer_recovery=not (args.quit_after_paint or args.screenshot))
        if args.screenshot:
            if not show_as_asked(window, getattr(args, "zoom", None), getattr(args, "select", None)):
                status["code"] = EXIT_USER_ERROR
            QTimer.singleShot(300, take_screenshot)
        elif args.quit_after_paint:
            window.repaint()
            app.quit()

    def take_screenshot(waited: int = 0) -> None:
        app.processEvents()
        simulated = getattr(getattr(window, "timeline", None), "simulated", None)
        if simulated is not None and simulated.busy() and waited < 20_000:   # the P50/P80 markers, drawn once simulated
            QTimer.singleShot(100, lambda: take_screenshot(waited + 100))
            return
        if not window.grab().save(args.screenshot):
            print(f"error: could not write {args.screenshot}", file=sys.stderr)
            status["code"] = 1
        window.discard_session()
        app.quit()

    watcher = _PaintWatcher(after_first_paint)
    window.installEventFilter(watcher)
    if window.centralWidget() is not None:
        window.centralWidget().installEventFilter(watcher)
    result = app.exec()
    if headless and error_reporting.errors_reported:
        return EXIT_USER_ERROR  # the error was printed; a smoke test must not pass on a broken start
    return status["code"] or result

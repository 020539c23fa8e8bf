"""`main.py`: a headless command when the arguments name one (oases_desktop.cli), else the desktop app.

Nothing here imports Qt before the GUI is wanted, so `main.py --help` and the commands stay quick.
"""

from __future__ import annotations

import argparse
import sys

from oases_desktop import APP_NAME, __version__
from oases_desktop.cli.main import DB_HELP, EXIT_USER_ERROR, command_names, is_command
from oases_desktop.core.errors import OasesError
from oases_desktop.core.language import Language


def _size(text: str) -> tuple[int, int]:
    """ "1366x768" -> (1366, 768)."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1366x768, not {text!r}") from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be 200 to 10000 pixels")
    return width, height


def gui_parser() -> argparse.ArgumentParser:
    """Arguments of the desktop app (no COMMAND given)."""
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=f"{APP_NAME} {__version__}. Opens the desktop app; headless commands: "
        + ", ".join(command_names()) + " (main.py COMMAND --help).",
    )
    parser.add_argument("plan", nargs="?", help="plan file to open (the worked example on first run)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    parser.add_argument("--quit-after-paint", action="store_true", help="exit 0 right after the main window's first paint")
    parser.add_argument("--screenshot", metavar="PNG", help="render the main window offscreen to a PNG and exit")
    parser.add_argument("--size", metavar="WxH", type=_size, help="window size for --screenshot (default 1600x1000)")
    parser.add_argument("--zoom", choices=("fit", "month", "quarter", "year"), help="timeline zoom for --screenshot")
    parser.add_argument("--select", metavar="STEP_ID", help="select this step (the timeline scrolls to it) for --screenshot")
    parser.add_argument("--language", type=Language, choices=list(Language), metavar="{en,zh-Hant,zh-Hans}",
                        help="show the app in this language for this run (View > Language remembers a choice)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a headless command or the GUI; returns the process exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if is_command(argv):
        from oases_desktop.cli.main import main as run_command

        return run_command(argv)
    args = gui_parser().parse_args(argv)
    from oases_desktop.gui.app import run_gui  # Qt only when the GUI is wanted

    try:
        return run_gui(args)
    except OasesError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130

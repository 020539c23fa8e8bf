"""The headless commands: `main.py COMMAND ...` (oases_desktop.launcher opens the GUI otherwise).

Each command lives in its own module under oases_desktop/cli/ and exposes NAME, HELP,
add_arguments(parser) and run(args) -> exit status. Modules keep heavy imports inside run(),
so `--help` and the GUI start stay fast. A user's mistake (OasesError) prints one line and
exits 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from oases_desktop import APP_NAME, __version__
from oases_desktop.cli.console import attach_parent_console
from oases_desktop.cli.terminal import EscapingWriter, printable
from oases_desktop.core.errors import OasesError

# Module names under oases_desktop.cli, in the order --help lists them.
COMMAND_MODULES = ("example", "validate", "routes", "schedule", "export_pdf", "baseline", "library", "export_mspdi",
                   "import_mspdi", "export_image")
EXIT_USER_ERROR = 2
DB_HELP = "database URL (default: OASES_DB_URL, else SQLite in the user's data folder, the app's database)"


def _commands() -> dict[str, object]:
    modules = (importlib.import_module(f"oases_desktop.cli.{name}") for name in COMMAND_MODULES)
    return {module.NAME: module for module in modules}


def _command_parser(commands: dict[str, object]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description=f"{APP_NAME} {__version__}: headless commands.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="URL", help=DB_HELP)
    after_command = argparse.ArgumentParser(add_help=False)   # `main.py routes FILE --db URL` reads as well
    after_command.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=DB_HELP)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in commands.items():
        command = sub.add_parser(name, help=module.HELP, description=module.HELP, parents=[after_command])
        module.add_arguments(command)
    return parser


def is_command(argv: list[str]) -> bool:
    """True when `argv` names a headless command (the launcher opens the GUI otherwise)."""
    return _first_word(argv) in command_names()


def command_names() -> list[str]:
    return [name.replace("_", "-") for name in COMMAND_MODULES]


def main(argv: list[str] | None = None) -> int:
    """Run the headless command `argv` names; returns the process exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = None
    try:
        attach_parent_console()
        commands = _commands()
        args = _command_parser(commands).parse_args(argv)
        return _run_escaped(commands[args.command], args)
    except OasesError as error:
        print(f"error: {printable(_naming_the_file(error, args))}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `main.py schedule plan | head`: the reader left, nothing is wrong
        sys.stderr = None
        return 0


def _run_escaped(command, args: argparse.Namespace) -> int:
    """Run a command with its output escaped: names from a plan file must not act on the terminal."""
    stdout = sys.stdout
    if stdout is not None:
        sys.stdout = EscapingWriter(stdout)
    try:
        return command.run(args)
    finally:
        if sys.stdout is not stdout:
            sys.stdout.flush()
        sys.stdout = stdout


def _naming_the_file(error: OasesError, args: argparse.Namespace | None) -> str:
    """A plan's refusal names the file the command read (the scheduler's own messages name only steps)."""
    from oases_desktop.core.errors import PlanError

    message, path = str(error), getattr(args, "file", None)
    return message if not path or not isinstance(error, PlanError) or str(path) in message else f"{path}: {message}"


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is not an option or the value of --db."""
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
        elif arg == "--db":
            skip_next = True
        elif not arg.startswith("-"):
            return arg
    return None

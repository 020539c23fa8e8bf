"""`export-pdf FILE -o OUT.pdf`: the client-ready timeline report of a plan file, as the GUI prints it
(figures cited from the library of `--db`, see cli/reference.py)."""

from __future__ import annotations

import argparse
from datetime import date

from oases_desktop.cli.reference import add_library_argument, library_for

NAME = "export-pdf"
HELP = "write the client-ready PDF report of a plan file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="plan file to report on")
    parser.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help="PDF file to write (replaced atomically)")
    parser.add_argument("--paper", choices=("a4", "letter", "a3"), default="a4", help="paper size (default a4)")
    parser.add_argument("--orientation", choices=("landscape", "portrait"), default="landscape",
                        help="page orientation (default landscape)")
    parser.add_argument("--scenario", metavar="ID", help="scenario id or name (default: the plan's active scenario)")
    parser.add_argument("--compare-against", metavar="ID",
                        help="scenario id or name the scenario comparison is against (default: the plan's active scenario)")
    parser.add_argument("--password-file", metavar="F",
                        help="protect the PDF with AES-256 using the password in this file (first line)")
    parser.add_argument("--watermark", metavar="TEXT", help='watermark on every page, e.g. "Draft"')
    parser.add_argument("--fit-one-page", action="store_true", help="fit the timeline on one page instead of tiling")
    parser.add_argument("--scale", choices=("auto", "month", "quarter", "year"), default="auto",
                        help="time axis of the timeline (default: the finest that fits the page)")
    parser.add_argument("--baseline", metavar="NAME", help='add a "Changes since <date>" page against this baseline')
    parser.add_argument("--runs", type=_runs, metavar="N",
                        help="Monte Carlo runs for the P50/P80 dates (default 10000, as schedule; 0: no simulation, "
                             "the report then says its dates are not simulated)")
    parser.add_argument("--issue-date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="the date of issue printed on the report (default: today)")
    parser.add_argument("--client-in-metadata", action="store_true",
                        help="put the client's name in the PDF properties even without a password")
    add_library_argument(parser)


def _runs(text: str) -> int:
    """A number of runs: 0 or more (argparse reports anything else as a usage error)."""
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("the number of runs is 0 (no simulation) or more")
    return value


PASSWORD_FILE_BYTES = 64 * 1024  # a password file holds one line


def _password(path: str | None) -> str | None:
    """The first line of the password file, or ExportError naming the file and what to do."""
    from oases_desktop.core.errors import ExportError

    if path is None:
        return None
    from oases_desktop.core.bounded_read import ReadProblem, read_regular_file

    what = "Give the path of a text file with the password on its first line."
    try:
        text = read_regular_file(path, PASSWORD_FILE_BYTES, "password file").decode("utf-8")
    except ReadProblem as problem:
        if problem.problem == "no such file":
            raise ExportError(f"The password file {path} does not exist. {what}") from None
        if problem.problem.startswith("permission denied"):
            raise ExportError(f"The password file {path} cannot be read (permission denied). "
                              "Allow reading it or give another file.") from None
        raise ExportError(f"The password file {problem}. {what}") from None
    except UnicodeDecodeError:
        raise ExportError(f"The password file {path} is not UTF-8 text. Save it as UTF-8 text and try again.") from None
    password = text.splitlines()[0] if text else ""
    if not password:
        raise ExportError(f"The password file {path} is empty; put the password on its first line.")
    return password


def _scenario_id(plan, wanted: str | None) -> str | None:
    if wanted is None:
        return None
    for scenario in plan.scenarios:
        if wanted in (scenario.id, scenario.name):
            return scenario.id
    return wanted  # unknown: export_pdf names the scenarios there are


def run(args: argparse.Namespace) -> int:
    from oases_desktop.core.export import PdfOptions, export_pdf
    from oases_desktop.core.planfile import load_plan

    from oases_desktop.core.atomic import hold

    plan = load_plan(args.file)
    hold(args.file, "the plan file this command reads")
    if args.password_file:
        hold(args.password_file, "the password file this command reads")
    if getattr(args, "library", None):
        hold(args.library, "the library file this command reads")
    options = PdfOptions(
        paper=args.paper, orientation=args.orientation, scenario_id=_scenario_id(plan, args.scenario),
        compare_against=_scenario_id(plan, args.compare_against),
        password=_password(args.password_file), watermark=args.watermark, fit_one_page=args.fit_one_page,
        scale=args.scale, client_in_metadata=args.client_in_metadata, baseline=args.baseline,
        percentile_runs=args.runs, issue_date=args.issue_date,
    )
    export_pdf(plan, args.output, options, library=library_for(args))
    print(f"{args.output}: report of '{plan.title}' written" + (" (password protected)" if options.password else ""))
    return 0

"""`import-mspdi plan.xml --into PLAN`: MS Project XML read into a new scenario of a plan file,
with a line for each thing the app could not carry (resources, costs, other constraint kinds...)."""

from __future__ import annotations

import argparse

from oases_desktop.cli.reference import add_library_argument, library_for

NAME = "import-mspdi"
HELP = "read an MS Project XML file into a new scenario of a plan file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.xml", help="MS Project XML (MSPDI) file to read")
    parser.add_argument("--into", metavar="PLAN", required=True,
                        help="plan file that gets the new scenario (saved atomically)")
    add_library_argument(parser)


def run(args: argparse.Namespace) -> int:
    from oases_desktop.core.planfile import load_plan, save_plan
    from oases_desktop.core.planfile.mspdi_import import import_mspdi, read_mspdi_bytes

    plan = load_plan(args.into)
    data = read_mspdi_bytes(args.file)
    new_plan, report = import_mspdi(plan, data, args.file, library_for(args))
    save_plan(new_plan, args.into)
    print(f"{args.into}: scenario '{report.scenario_id}' added from {args.file} "
          f"({report.steps} steps, {report.links} links, {report.routes} routes)")
    for line in report.not_carried:
        print(f"  not carried: {line}")
    return 0

"""`validate FILE`: check a plan file as `schedule` would (every scenario) and say what is wrong with it, if anything."""

from __future__ import annotations

import argparse

NAME = "validate"
HELP = "check a plan file (exit 0 if valid, 2 with the problem if not)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from oases_desktop.cli.reference import add_library_argument

    parser.add_argument("file", metavar="FILE", help="plan file to check")
    add_library_argument(parser)


def run(args: argparse.Namespace) -> int:
    from oases_desktop.cli.reference import library_for
    from oases_desktop.cli.terminal import printable
    from oases_desktop.core.planfile import load_plan
    from oases_desktop.core.scheduling.calendars import calendars_for
    from oases_desktop.core.scheduling.engine import check_schedules

    plan = load_plan(args.file)
    check_schedules(plan, args.file, calendars=calendars_for(library_for(args)))  # exactly what schedule accepts
    steps = sum(len(s.steps) for s in plan.scenarios)
    print(f"{args.file}: valid plan '{printable(plan.title)}' ({len(plan.scenarios)} scenarios, {steps} steps)")
    return 0

"""`validate FILE`: check a plan file and say what is wrong with it, if anything."""

from __future__ import annotations

import argparse

NAME = "validate"
HELP = "check a plan file (exit 0 if valid, 2 with the problem if not)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="plan file to check")


def run(args: argparse.Namespace) -> int:
    from oases_desktop.core.planfile import load_plan

    plan = load_plan(args.file)
    steps = sum(len(s.steps) for s in plan.scenarios)
    print(f"{args.file}: valid plan '{plan.title}' ({len(plan.scenarios)} scenarios, {steps} steps)")
    return 0

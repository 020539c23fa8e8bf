"""`example -o FILE`: write a worked example plan file."""

from __future__ import annotations

import argparse

NAME = "example"
HELP = "write a worked example plan file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="plan file to write")
    parser.add_argument("--which", choices=("medicine", "device"), default="medicine",
                        help="the innovative medicine via 1+ (default) or the device via MDACS")


def run(args: argparse.Namespace) -> int:
    from oases_desktop.core.examples import worked_example
    from oases_desktop.core.knowledge import load_library
    from oases_desktop.core.planfile import save_plan

    save_plan(worked_example(args.which, load_library()), args.output)
    print(f"wrote {args.output}")
    return 0

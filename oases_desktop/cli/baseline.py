"""`baseline FILE --name NAME [--scenario ID]` saves a baseline into the plan file; `--list` lists them."""

from __future__ import annotations

import argparse
from datetime import date

from oases_desktop.cli.reference import add_library_argument, library_for

NAME = "baseline"
HELP = "save a named baseline of a scenario's dates into the plan file (atomic), or list the plan's baselines"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="plan file")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--name", metavar="NAME", help='name of the new baseline, e.g. "Presented to client"')
    what.add_argument("--list", action="store_true", help="list the plan's baselines")
    parser.add_argument("--scenario", metavar="ID", help="scenario id (default: the plan's active scenario)")
    parser.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="date the baseline is saved on (default: today)")
    parser.add_argument("--runs", type=int, default=None, help="Monte Carlo runs for P50/P80 (0 to skip; default 10000)")
    add_library_argument(parser)


def run(args: argparse.Namespace) -> int:
    from oases_desktop.core.planfile import load_plan, save_plan
    from oases_desktop.core.scheduling.calendars import calendars_for
    from oases_desktop.core.tracking.baselines import take_baseline, with_baseline

    plan = load_plan(args.file)
    if args.list:
        if not plan.baselines:
            print(f"{args.file}: no baselines")
        for b in plan.baselines:
            runs = f"{b.runs} runs, seed {b.seed}" if b.runs else "not simulated"
            print(f"{b.name}\tsaved {b.saved_on.isoformat()}\tscenario {b.scenario_id}\t"
                  f"status date {b.status_date.isoformat()}\t{len(b.dates)} steps\t{runs}")
        return 0
    library = library_for(args)
    baseline = take_baseline(plan, args.name, library, calendars_for(library), args.scenario, args.date, args.runs)
    plan.baselines = with_baseline(plan.baselines, baseline)
    save_plan(plan, args.file)
    print(f"{args.file}: baseline \"{baseline.name}\" of scenario {baseline.scenario_id} saved "
          f"({len(baseline.dates)} steps, status date {baseline.status_date.isoformat()})")
    return 0

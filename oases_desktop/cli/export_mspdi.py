"""`export-mspdi FILE -o plan.xml`: a scenario as MS Project XML, for MS Project, ProjectLibre or
GanttProject (dates, links, calendars, milestones with P50/P80; see core/export/mspdi.py)."""

from __future__ import annotations

import argparse

from oases_desktop.cli.reference import add_library_argument, library_for

NAME = "export-mspdi"
HELP = "write a scenario of a plan file as MS Project XML (MSPDI)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="plan file")
    parser.add_argument("-o", "--output", metavar="OUT.xml", required=True, help="XML file to write (replaced atomically)")
    parser.add_argument("--scenario", metavar="ID", help="scenario id (default: the plan's active scenario)")
    parser.add_argument("--runs", type=int, default=None,
                        help="Monte Carlo runs for the milestones' P50/P80 (0 to leave them out; default: the app's, 10000)")
    parser.add_argument("--baseline", metavar="NAME",
                        help="baseline whose dates fill the Baseline fields (default: the scenario's newest, if any)")
    add_library_argument(parser)


def run(args: argparse.Namespace) -> int:
    from oases_desktop.cli.plan_parts import scenario_of
    from oases_desktop.core.export.mspdi import export_mspdi, lag_notes
    from oases_desktop.core.planfile import load_plan
    from oases_desktop.core.scheduling.calendars import calendars_for
    from oases_desktop.core.scheduling.engine import attach_percentiles, compute_schedule

    plan = load_plan(args.file)
    scenario = scenario_of(plan, args.scenario, args.file)
    library = library_for(args)
    calendars = calendars_for(library)
    schedule = compute_schedule(scenario, plan.as_of, calendars=calendars)  # as `schedule` and the PDF
    if args.runs != 0:
        from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate

        runs = DEFAULT_RUNS if args.runs is None else args.runs
        schedule = attach_percentiles(schedule, simulate(scenario, runs, DEFAULT_SEED, today=plan.as_of,
                                                           calendars=calendars))
    export_mspdi(plan, scenario, schedule, args.output, calendars, library, _baseline(plan, scenario, args))
    print(f"{args.output}: MS Project XML of '{scenario.name}' written ({len(schedule.steps)} steps)")
    for note in lag_notes(scenario):
        print(f"  note: {note}")
    return 0



def _baseline(plan, scenario, args):
    """The named baseline (core.tracking.baselines), else the scenario's newest, else None."""
    from oases_desktop.core.tracking.baselines import baseline_of

    if args.baseline is not None:
        return baseline_of(plan, args.baseline, scenario.id, args.file)
    mine = [b for b in plan.baselines if b.scenario_id == scenario.id]
    return max(mine, key=lambda b: b.saved_on) if mine else None

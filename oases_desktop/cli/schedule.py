"""`schedule FILE [--json] [--scenario ID]`: print a scenario's dated steps and milestones."""

from __future__ import annotations

import argparse
import json
from datetime import date

NAME = "schedule"
HELP = "compute a plan's schedule and print steps and milestones with dates (P50/P80/P90 too)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="plan file")
    parser.add_argument("--scenario", metavar="ID", help="scenario id (default: the plan's active scenario)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    # The same defaults as the PDF and the confidence dialog (montecarlo.DEFAULT_RUNS/DEFAULT_SEED),
    # written out here so that `--help` does not import NumPy.
    parser.add_argument("--runs", type=int, default=None,
                        help="Monte Carlo runs (0 to skip; default: the app's, 10000)")
    parser.add_argument("--seed", type=int, default=None, help="Monte Carlo seed (default: the app's, 0)")
    parser.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="re-forecast from this day (steps not started cannot start earlier)")


def run(args: argparse.Namespace) -> int:
    from oases_desktop.core.errors import PlanError
    from oases_desktop.core.planfile import load_plan
    from oases_desktop.core.scheduling.engine import attach_percentiles, compute_schedule
    from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate

    plan = load_plan(args.file)
    try:
        scenario = plan.scenario(args.scenario)
    except KeyError:
        raise PlanError(f"No scenario \"{args.scenario}\" in {args.file}; it has: "
                        + ", ".join(s.id for s in plan.scenarios)) from None
    runs = DEFAULT_RUNS if args.runs is None else args.runs
    seed = DEFAULT_SEED if args.seed is None else args.seed
    schedule = compute_schedule(scenario, args.today)
    if runs > 0:  # the same `today` as the schedule (montecarlo.DEFAULT_RUNS explains why)
        schedule = attach_percentiles(schedule, simulate(scenario, runs, seed, today=args.today))
    if args.json:
        print(json.dumps(_as_json(plan, scenario, schedule), indent=2, ensure_ascii=False))
    else:
        _print_table(scenario, schedule)
    return 0


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _as_json(plan, scenario, schedule) -> dict:
    from oases_desktop.core.scheduling.calendars import data_as_of

    names = {s.id: s.name for s in scenario.steps}
    return {
        "plan": plan.id, "scenario": scenario.id, "start": _iso(schedule.start), "finish": _iso(schedule.finish),
        "calendar_data": data_as_of(),
        "steps": [{
            "id": s.step_id, "name": names[s.step_id], "start": _iso(s.start), "finish": _iso(s.finish),
            "late_start": _iso(s.late_start), "late_finish": _iso(s.late_finish), "total_float": s.total_float,
            "critical": s.critical, "min_finish": _iso(s.min_finish), "max_finish": _iso(s.max_finish),
            "stop_clock_start": _iso(s.stop_clock_start), "stop_clock_finish": _iso(s.stop_clock_finish),
            "explanation": [{"kind": e.kind, "text": e.text, "date": _iso(e.date), "ref": e.ref}
                            for e in s.explanation],
        } for s in sorted(schedule.steps.values(), key=lambda s: (s.start, s.finish))],
        "milestones": [{"key": m.key, "name": m.name, "step_id": m.step_id, "likely": _iso(m.likely),
                        "p50": _iso(m.p50), "p80": _iso(m.p80), "p90": _iso(m.p90)} for m in schedule.milestones],
        "critical_path": list(schedule.critical_path),
        "warnings": list(schedule.warnings),
    }


NAME_WIDTH = 60  # columns for step names; longer names wrap onto the next lines, never cut


def _name_lines(name: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(name, width, break_long_words=True, break_on_hyphens=False) or [""]


def _print_table(scenario, schedule) -> None:
    names = {s.id: s.name for s in scenario.steps}
    print(f"{scenario.name} ({scenario.id}): {schedule.start:%d %b %Y} to {schedule.finish:%d %b %Y}")
    width = min(NAME_WIDTH, max((len(n) for n in names.values()), default=4))
    for s in sorted(schedule.steps.values(), key=lambda s: (s.start, s.finish)):
        flag = "*" if s.critical else " "
        first, *rest = _name_lines(names[s.step_id], width)
        print(f"{flag} {first:<{width}}  {s.start:%d %b %Y}  {s.finish:%d %b %Y}  "
              f"float {s.total_float:>4} d  range to {s.min_finish:%d %b %Y} .. {s.max_finish:%d %b %Y}")
        for line in rest:
            print(f"    {line}")
    if schedule.milestones:
        print("Milestones:")
    for m in schedule.milestones:
        extra = f"  P50 {m.p50:%d %b %Y}  P80 {m.p80:%d %b %Y}  P90 {m.p90:%d %b %Y}" if m.p50 else ""
        first, *rest = _name_lines(m.name, width)
        print(f"  {first:<{width}}  {m.likely:%d %b %Y}{extra}")
        for line in rest:
            print(f"    {line}")
    for warning in schedule.warnings:
        print(f"warning: {warning}")
    print("* critical (no float)")

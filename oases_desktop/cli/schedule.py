"""`schedule FILE [--json] [--scenario ID] [--status-date DATE] [--baseline NAME] [--target STEP_ID=DATE ...]`.

Dated steps and milestones. With targets (`--target`, else the plan file's), each targeted milestone
also gets its margins, the share of simulated runs that make it and its driving path's latest dates.

With `--baseline`, each key milestone also gets the baseline's dates, its variance in calendar days
and the causes of the move (core/tracking/moved.py), and each step its baseline dates. The
calendars are those of the database's library (cli/reference.py), so its calendar notices count; the
JSON gives each step's basis (figure, source, as-of date) from that library too.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from oases_desktop.cli.reference import add_library_argument, library_for

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
    parser.add_argument("--status-date", "--today", dest="status_date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="the day progress is recorded to: work not done is not planned before it "
                             "(default: the plan's status date)")
    parser.add_argument("--baseline", metavar="NAME", help="compare with this baseline: variance and causes")
    parser.add_argument("--target", action="append", type=_target, metavar="STEP_ID=YYYY-MM-DD", default=None,
                        help="plan backward from this milestone's target date (repeatable; default: the plan's targets)")
    add_library_argument(parser)


def _target(text: str) -> tuple[str, date]:
    """'one_plus.approval=2029-03-31' -> (step id, date)."""
    step_id, sep, day = text.rpartition("=")
    if not sep or not step_id:
        raise argparse.ArgumentTypeError(f"expected STEP_ID=YYYY-MM-DD, got \"{text}\"")
    try:
        return step_id, date.fromisoformat(day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"\"{day}\" is not a date (YYYY-MM-DD)") from None


def targets_for(plan, scenario, given) -> dict[str, date]:
    """The targets asked for on the command line (each must be a step of the scenario), else the plan's
    targets that apply to the scenario (targets.targets_in: by step id, else by key milestone)."""
    from oases_desktop.core.errors import PlanError

    ids = {s.id for s in scenario.steps}
    if given:
        for step_id, _ in given:
            if step_id not in ids:
                raise PlanError(f"--target: scenario \"{scenario.id}\" has no step \"{step_id}\".")
        return dict(given)
    from oases_desktop.core.scheduling.targets import targets_in

    return targets_in(plan, scenario)


def run(args: argparse.Namespace) -> int:
    from oases_desktop.cli.plan_parts import scenario_of
    from oases_desktop.core.tracking.baselines import baseline_of
    from oases_desktop.core.planfile import load_plan
    from oases_desktop.core.scheduling.calendars import calendars_for
    from oases_desktop.core.scheduling.engine import attach_percentiles, compute_schedule
    from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate

    plan = load_plan(args.file)
    scenario = scenario_of(plan, args.scenario, args.file)
    runs = DEFAULT_RUNS if args.runs is None else args.runs
    seed = DEFAULT_SEED if args.seed is None else args.seed
    status = args.status_date or plan.as_of
    baseline = baseline_of(plan, args.baseline, scenario.id, args.file)
    library = library_for(args)
    calendars = calendars_for(library)
    targets = targets_for(plan, scenario, args.target)
    schedule = compute_schedule(scenario, status, calendars=calendars)
    percentiles = {}
    if runs > 0:  # the same status date as the schedule (montecarlo.DEFAULT_RUNS explains why)
        percentiles = simulate(scenario, runs, seed, today=status, calendars=calendars)
        schedule = attach_percentiles(schedule, percentiles)
    outcomes = ()
    if targets:
        from oases_desktop.core.scheduling.targets import plan_targets

        outcomes = plan_targets(scenario, targets, schedule, percentiles or None, status, calendars=calendars)
    movement = None
    if baseline is not None:
        from oases_desktop.core.tracking.moved import why_moved

        movement = why_moved(plan, baseline, library, calendars, status, percentiles)
    if args.json:
        out = _as_json(plan, scenario, schedule, status, library, baseline, movement)
        out["targets"] = [_target_json(o) for o in outcomes]
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        _print_table(scenario, schedule)
        _print_targets(scenario, outcomes)
        if movement is not None:
            _print_movement(movement)
    return 0


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _basis_json(estimate, library) -> dict:
    """A step's basis as knowledge.basis.basis_of gives it: the figure, its source and as-of date."""
    from oases_desktop.core.knowledge.basis import basis_of

    basis = basis_of(estimate, library)
    source = basis.source
    return {"kind": basis.kind.value, "key": basis.key or None, "label": basis.label or None, "value": basis.value,
            "value_high": basis.value_high, "unit": basis.unit or None, "as_of": _iso(basis.as_of),
            "origin": basis.origin.value if basis.origin else None, "estimate": basis.is_estimate,
            "source": {"id": source.id, "title": source.title, "publisher": source.publisher,
                       "date": source.date.isoformat(), "reliability": source.reliability.value} if source else None}


def _buffer_json(buffer) -> dict:
    """A cadence gate's buffer (the sitting caught, the slip it takes, the sitting before and its gain)."""
    if buffer is None:
        return {}
    return {"ready": _iso(buffer.ready), "sitting": _iso(buffer.sitting), "buffer_days": buffer.buffer_days,
            "previous_sitting": _iso(buffer.previous_sitting), "earlier_days": buffer.earlier_days,
            "gain_days": buffer.gain_days, "deadline": _iso(buffer.deadline), "estimated": buffer.estimated}


def _as_json(plan, scenario, schedule, status: date, library, baseline=None, movement=None) -> dict:
    from oases_desktop.core.scheduling.keydates import NEAR_CRITICAL_WORKING_DAYS

    names = {s.id: s.name for s in scenario.steps}
    recorded = {s.id: s for s in scenario.steps}
    moves = {m.step_id: m for m in movement.milestones} if movement else {}
    out = {
        "plan": plan.id, "scenario": scenario.id, "start": _iso(schedule.start), "finish": _iso(schedule.finish),
        "status_date": _iso(status), "calendar_data": schedule.calendar_data,
        "estimated_calendars": {code: list(years) for code, years in schedule.estimated_calendars},
        "steps": [{
            "id": s.step_id, "name": names[s.step_id], "start": _iso(s.start), "finish": _iso(s.finish),
            "late_start": _iso(s.late_start), "late_finish": _iso(s.late_finish), "total_float": s.total_float,
            "critical": s.critical, "min_finish": _iso(s.min_finish), "max_finish": _iso(s.max_finish),
            "stop_clock_start": _iso(s.stop_clock_start), "stop_clock_finish": _iso(s.stop_clock_finish),
            "sitting_deadline": _iso(s.sitting_deadline), "sitting_estimated": s.sitting_estimated,
            "explanation": [{"kind": e.kind, "text": e.text, "date": _iso(e.date), "ref": e.ref}
                            for e in s.explanation],
            "slack": {key: {"working_days": v.working_days, "calendar_days": v.calendar_days}
                      for key, v in s.slack.items()},
            **_buffer_json(s.cadence_buffer),
            "basis": _basis_json(recorded[s.step_id].duration, library),
            **_progress(recorded[s.step_id], baseline),
        } for s in sorted(schedule.steps.values(), key=lambda s: (s.start, s.finish))],
        "milestones": [{"key": m.key, "name": m.name, "step_id": m.step_id, "likely": _iso(m.likely),
                        "p50": _iso(m.p50), "p80": _iso(m.p80), "p90": _iso(m.p90),
                        **_moved(moves.get(m.step_id))} for m in schedule.milestones],
        "key_milestones": [{"step_id": m.step_id, "name": m.name, "likely": _iso(m.likely), "p50": _iso(m.p50),
                            "p80": _iso(m.p80), "p90": _iso(m.p90), "driving_steps": list(m.driving_steps),
                            "near_critical": list(m.near_critical)} for m in schedule.key_dates()],
        "near_critical_working_days": NEAR_CRITICAL_WORKING_DAYS,
        "critical_path": list(schedule.critical_path),  # to the plan's finish, as total_float
        "warnings": list(schedule.warnings),
    }
    if movement is not None:
        out["baseline"] = {"name": movement.baseline, "saved_on": _iso(movement.saved_on),
                           "status_date": _iso(movement.baseline_status_date), "replay_order": movement.order,
                           "changes": [{"kind": c.kind, "text": c.text} for c in movement.changes]}
    return out


def _target_json(outcome) -> dict:
    """A targeted milestone: margins (calendar and working days), probability and run count, and the
    latest dates of its driving path and of every step leading to it (a cadence gate: the latest
    sitting and its input deadline)."""
    from oases_desktop.core.scheduling.targets import CALENDAR_YEARS

    def gate(latest) -> dict:
        return {} if latest.sitting is None else {"sitting": _iso(latest.sitting),
                                                  "input_deadline": _iso(latest.input_deadline)}

    def dates(sid: str) -> dict:
        latest = outcome.latest.get(sid)
        if latest is None:  # its latest dates fall outside the calendars' years
            return {"latest_start": None, "latest_finish": None, "outside_calendars": True}
        return {"latest_start": _iso(latest.latest_start), "latest_finish": _iso(latest.latest_finish), **gate(latest)}

    missed = outcome.missed_by
    return {
        "step_id": outcome.step_id, "name": outcome.name, "target": _iso(outcome.target),
        "likely": _iso(outcome.likely), "p50": _iso(outcome.p50), "p80": _iso(outcome.p80),
        "margin_days": {k: m.calendar_days for k, m in outcome.margins.items()},
        "margin_working_days": {k: m.working_days for k, m in outcome.margins.items()},
        "probability": outcome.probability, "runs": outcome.runs,
        "missed_by_days": missed.calendar_days if missed else 0,
        "driving_steps": [{"id": sid, **dates(sid)} for sid in outcome.driving_steps],
        "latest_dates": {sid: {"latest_start": _iso(v.latest_start), "latest_finish": _iso(v.latest_finish), **gate(v)}
                         for sid, v in sorted(outcome.latest.items(), key=lambda kv: (kv[1].latest_start, kv[0]))},
        "latest_start_passed": [{"id": p.step_id, "latest_start": _iso(p.latest_start), "days_late": p.days_late}
                                for p in outcome.passed],
        # steps whose latest dates fall outside the years the working-day calendars cover
        "latest_outside_calendars": list(outcome.undated), "calendar_years": list(CALENDAR_YEARS),
        "next_deadline": None if outcome.next_deadline is None else {
            "id": outcome.next_deadline.step_id, "latest_start": _iso(outcome.next_deadline.latest_start)},
    }


def _print_targets(scenario, outcomes) -> None:
    from oases_desktop.core.scheduling.target_text import target_sentence

    names = {s.id: s.name for s in scenario.steps}
    for outcome in outcomes:
        print(f"Target {outcome.name}: {target_sentence(outcome, names)}")


def _progress(step, baseline) -> dict:
    """A step's actual dates when set, and its baseline dates when compared with one."""
    out = {k: _iso(getattr(step, k)) for k in ("actual_start", "actual_finish") if getattr(step, k)}
    then = baseline.date_of(step.id) if baseline else None
    if then is not None:
        out.update(baseline_start=_iso(then.start), baseline_finish=_iso(then.finish))
    return out


def _moved(move) -> dict:
    """A key milestone's baseline dates, variance (calendar days, likely) and its causes."""
    if move is None:
        return {}
    return {"baseline": {"likely": _iso(move.baseline_likely), "p50": _iso(move.baseline_p50),
                         "p80": _iso(move.baseline_p80)},
            "variance_days": move.variance_days,
            "causes": [{"cause": c.text, "days": c.days} for c in move.causes]}


def _print_movement(movement) -> None:
    from oases_desktop.core.tracking.wording import cause_sentence, fmt_day

    print(f"Changes since baseline \"{movement.baseline}\" ({fmt_day(movement.saved_on)}), "
          f"replayed in this order: {movement.order}.")
    for m in movement.milestones:
        if m.variance_days is None:
            continue
        print(f"  {m.name}: {fmt_day(m.baseline_likely)} -> {fmt_day(m.likely)} ({m.variance_days:+d} days)")
        for cause in m.causes:
            print(f"    {cause_sentence(cause.text, cause.days)}")


NAME_WIDTH = 60  # columns for step names; longer names wrap onto the next lines, never cut


def _name_lines(name: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(name, width, break_long_words=True, break_on_hyphens=False) or [""]


def _print_table(scenario, schedule) -> None:
    from oases_desktop.core.scheduling.keydates import buffer_short

    names = {s.id: s.name for s in scenario.steps}
    shown = {sid: ("Estimated: " if timing.sitting_estimated else "") + names[sid]   # as the PDF's timeline rows
             for sid, timing in schedule.steps.items()}
    print(f"{scenario.name} ({scenario.id}): {schedule.start:%d %b %Y} to {schedule.finish:%d %b %Y}")
    width = min(NAME_WIDTH, max((len(n) for n in shown.values()), default=4))
    for s in sorted(schedule.steps.values(), key=lambda s: (s.start, s.finish)):
        flag = "*" if s.critical else " "
        first, *rest = _name_lines(shown[s.step_id], width)
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
    for m in schedule.key_dates():
        print(f"Driving {m.name}: " + " -> ".join(names[sid] for sid in m.driving_steps))
    for s in schedule.steps.values():
        if s.cadence_buffer is not None:
            print(f"Sitting {names[s.step_id]}: {buffer_short(s.cadence_buffer, lambda day: f'{day:%d %b %Y}')}")
    for warning in schedule.warnings:
        print(f"warning: {warning}")
    print("* critical to plan finish (no float to the plan's last finish)")

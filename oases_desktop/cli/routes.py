"""`routes FILE [--json] [--on DATE] [--scenario ID] [--profile-only] [--library FILE]`: which routes the product
can take, and why, judged with the library of `--db` (cli/reference.py).

By default a condition the plan's own steps meet (a trial read-out, a registration) counts from the
day its step finishes in the scenario's schedule; `--profile-only` judges the product profile alone.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from oases_desktop.cli.reference import add_library_argument, library_for

NAME = "routes"
HELP = "list the regulatory routes the plan file's product is eligible for, with reasons and sources"

MARKS = {True: "[met]    ", False: "[MISSING]", None: "[note]   "}
CHECK_MARK = "[CHECK]  "  # an open point: neither met nor missing until confirmed
PLAN_MARK = "[in plan]"  # missing today, met by a step of the plan on the date the text gives


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="plan file whose product profile is checked")
    parser.add_argument("--json", action="store_true", help="print the verdicts as JSON")
    parser.add_argument("--on", type=_iso_date, metavar="DATE",
                        help="date to judge eligibility on, YYYY-MM-DD (default: the plan's as-of date)")
    add_library_argument(parser)
    parser.add_argument("--scenario", metavar="ID",
                        help="scenario whose steps count towards the conditions (default: the plan's active one)")
    parser.add_argument("--profile-only", action="store_true",
                        help="judge the product profile alone, ignoring what the plan's steps will supply")


def _source_info(library, source_id: str | None) -> dict | None:
    if source_id is None or not library.has_source(source_id):
        return None
    source = library.source(source_id)
    return {"id": source.id, "title": source.title, "publisher": source.publisher, "url": source.url,
            "date": source.date.isoformat(), "date_precision": source.date_precision.value,
            "reliability": source.reliability.value}


def _supplied_by(condition) -> dict | None:
    """The plan step that meets a condition (plan_eligibility.SuppliedCondition), or None."""
    from oases_desktop.core.knowledge.plan_eligibility import SuppliedCondition

    if not isinstance(condition, SuppliedCondition):
        return None
    return {"step_id": condition.step_id, "step_name": condition.step_name,
            "date": condition.supplied_on.isoformat() if condition.supplied_on else None}


def verdicts_to_json(plan, on: date, verdicts, library, scenario_id: str | None = None) -> dict:
    """The JSON document `routes --json` prints (stable keys, sources resolved).

    `scenario_id` names the scenario whose steps were counted; None means the profile alone.
    """
    return {
        "product": plan.product.name,
        "plan": plan.title,
        "on": on.isoformat(),
        "basis": "plan" if scenario_id else "profile",
        "scenario": scenario_id,
        "routes": [{
            "route_id": v.route_id,
            "route_name": v.route_name,
            "status": v.status.value,
            "eligible_from": v.eligible_from.isoformat() if v.eligible_from else None,
            "conditions": [{"text": c.text, "met": c.met, "to_check": c.to_check, "rule": c.rule, "source_id": c.source_id,
                            "source": _source_info(library, c.source_id), "supplied_by": _supplied_by(c)}
                           for c in v.conditions],
            "warnings": list(v.warnings),
        } for v in verdicts],
    }


def _status_text(verdict) -> str:
    status = verdict.status.value.replace("_", " ")
    if verdict.eligible_from:
        return f"{status} {verdict.eligible_from.isoformat()}"
    return status


def _mark(condition) -> str:
    if condition.met is False and _supplied_by(condition):
        return PLAN_MARK
    return CHECK_MARK if condition.to_check else MARKS[condition.met]


def print_table(plan, on: date, verdicts, library, scenario_name: str | None = None) -> None:
    """The human-readable report: one block per route, conditions marked met / missing / in plan / note."""
    basis = f" (counting the steps of scenario '{scenario_name}')" if scenario_name else " (product profile alone)"
    print(f"Routes for {plan.product.name} on {on.isoformat()}{basis}")
    width = max(len(v.route_name) for v in verdicts)
    for verdict in verdicts:
        print()
        print(f"{verdict.route_name:<{width}}  {_status_text(verdict).upper()}")
        for condition in verdict.conditions:
            source = ""
            if condition.source_id and library.has_source(condition.source_id):
                found = library.source(condition.source_id)
                source = f" [{condition.rule}; {found.publisher}, {found.date.isoformat()}]"
            print(f"  {_mark(condition)} {condition.text}{source}")
        for warning in verdict.warnings:
            print(f"  WARNING: {warning}")


def run(args: argparse.Namespace) -> int:
    from oases_desktop.core.knowledge.eligibility import evaluate_routes
    from oases_desktop.core.planfile import load_plan

    plan = load_plan(args.file)
    library = library_for(args)
    on = args.on or plan.as_of
    if not args.profile_only:  # a plan `validate` refuses is refused here too
        from oases_desktop.core.scheduling.calendars import calendars_for
        from oases_desktop.core.scheduling.engine import check_schedules

        check_schedules(plan, args.file, calendars=calendars_for(library))
    if args.profile_only:
        scenario = None
        verdicts = evaluate_routes(plan.product, on, library)
    else:
        scenario, verdicts = _plan_verdicts(plan, args.scenario, on, library)
    if args.json:
        document = verdicts_to_json(plan, on, verdicts, library, scenario.id if scenario else None)
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print_table(plan, on, verdicts, library, scenario.name if scenario else None)
    return 0


def _plan_verdicts(plan, scenario_id: str | None, on: date, library):
    """Verdicts counting the scenario's steps; the profile alone (with a note) if it cannot be scheduled."""
    import sys

    from oases_desktop.core.errors import OasesError, PlanError
    from oases_desktop.core.knowledge.eligibility import evaluate_routes
    from oases_desktop.core.knowledge.plan_eligibility import evaluate_plan_routes

    try:
        scenario = plan.scenario(scenario_id)
    except KeyError:
        known = ", ".join(s.id for s in plan.scenarios)
        raise OasesError(f"no scenario {scenario_id!r} in this plan; choose one of: {known}") from None
    try:
        return scenario, evaluate_plan_routes(plan, scenario.id, on, library)
    except PlanError as error:
        print(f"note: the scenario cannot be scheduled ({error}); judging the product profile alone",
              file=sys.stderr)
        return None, evaluate_routes(plan.product, on, library)

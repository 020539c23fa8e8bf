"""`routes FILE [--json] [--on DATE]`: which routes the plan's product can take, and why."""

from __future__ import annotations

import argparse
import json
from datetime import date

NAME = "routes"
HELP = "list the regulatory routes the plan file's product is eligible for, with reasons and sources"

MARKS = {True: "[met]    ", False: "[MISSING]", None: "[note]   "}


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
    parser.add_argument("--library", metavar="FILE",
                        help="a reference library file (exported by the app) to layer over the shipped one")


def _source_info(library, source_id: str | None) -> dict | None:
    if source_id is None or not library.has_source(source_id):
        return None
    source = library.source(source_id)
    return {"id": source.id, "title": source.title, "publisher": source.publisher, "url": source.url,
            "date": source.date.isoformat(), "date_precision": source.date_precision.value,
            "reliability": source.reliability.value}


def verdicts_to_json(plan, on: date, verdicts, library) -> dict:
    """The JSON document `routes --json` prints (stable keys, sources resolved)."""
    return {
        "product": plan.product.name,
        "plan": plan.title,
        "on": on.isoformat(),
        "routes": [{
            "route_id": v.route_id,
            "route_name": v.route_name,
            "status": v.status.value,
            "eligible_from": v.eligible_from.isoformat() if v.eligible_from else None,
            "conditions": [{"text": c.text, "met": c.met, "rule": c.rule, "source_id": c.source_id,
                            "source": _source_info(library, c.source_id)} for c in v.conditions],
            "warnings": list(v.warnings),
        } for v in verdicts],
    }


def _status_text(verdict) -> str:
    status = verdict.status.value.replace("_", " ")
    if verdict.eligible_from:
        return f"{status} {verdict.eligible_from.isoformat()}"
    return status


def print_table(plan, on: date, verdicts, library) -> None:
    """The human-readable report: one block per route, conditions marked met / missing / note."""
    print(f"Routes for {plan.product.name} on {on.isoformat()}")
    width = max(len(v.route_name) for v in verdicts)
    for verdict in verdicts:
        print()
        print(f"{verdict.route_name:<{width}}  {_status_text(verdict).upper()}")
        for condition in verdict.conditions:
            source = ""
            if condition.source_id and library.has_source(condition.source_id):
                found = library.source(condition.source_id)
                source = f" [{condition.rule}; {found.publisher}, {found.date.isoformat()}]"
            print(f"  {MARKS[condition.met]} {condition.text}{source}")
        for warning in verdict.warnings:
            print(f"  WARNING: {warning}")


def run(args: argparse.Namespace) -> int:
    from oases_desktop.core.knowledge import load_library
    from oases_desktop.core.knowledge.eligibility import evaluate_routes
    from oases_desktop.core.planfile import load_plan

    plan = load_plan(args.file)
    library = load_library()
    if args.library:
        from oases_desktop.core.knowledge.exchange import import_library_file

        library = import_library_file(args.library, library)
    on = args.on or plan.as_of
    verdicts = evaluate_routes(plan.product, on, library)
    if args.json:
        print(json.dumps(verdicts_to_json(plan, on, verdicts, library), ensure_ascii=False, indent=2))
    else:
        print_table(plan, on, verdicts, library)
    return 0

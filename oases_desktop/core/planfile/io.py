"""Read and write plan files; every problem becomes one PlanFileError naming file and field.

Reading is strict on purpose (plan files travel by email): the bytes must be UTF-8 JSON with no
duplicate keys, NaN or lone surrogates; the structure must match the dataclasses exactly (pydantic,
strict, unknown fields forbidden); then the content must keep the plan rules (core/domain/rules.py), the same rules every
edit in the app keeps, so a file and an edit accept exactly the same plans.
Stdlib json alone would crash on deep nesting and pass NaN and duplicate keys silently.
"""

from __future__ import annotations

import json
import os
from functools import cache

from oases_desktop.core.domain import Plan
from oases_desktop.core.errors import PlanFileError
from oases_desktop.core.strict_json import JsonProblem, parse_strict_json

FORMAT_NAME = "oases-plan"
# Version history: 1 the first; 2 adds plan.baselines; 3 adds scenarios[].key_milestones; 4 adds
# plan.targets (a milestone step id -> the client's target date). A file is migrated step by step to the
# current version on reading (MIGRATIONS); an app reading up to an older version refuses a newer
# file by its version alone, before it looks at any field.
FORMAT_VERSION = 4


def _v1_to_v2(plan: dict) -> dict:
    """Version 1 had no baselines: the plan reads as it was, with none."""
    return {**plan, "baselines": []}


def _v2_to_v3(plan: dict) -> dict:
    """Version 2 had no key milestones: each scenario counts each route's outcome (None)."""
    scenarios = plan.get("scenarios")
    if not isinstance(scenarios, list):
        return plan  # refused by the structure check
    return {**plan, "scenarios": [{"key_milestones": None, **s} if isinstance(s, dict) else s for s in scenarios]}


def _v3_to_v4(plan: dict) -> dict:
    """Version 3 had no target dates: the plan reads as it was, with none."""
    return {**plan, "targets": {}}


MIGRATIONS = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}  # version -> function turning that version's "plan" into the next one's
MAX_FILE_BYTES = 20 * 1024 * 1024


@cache
def _plan_adapter():
    from pydantic import TypeAdapter  # imported on first use: keeps GUI start-up fast

    return TypeAdapter(Plan)


def plan_json_schema() -> dict:
    """The JSON Schema of a plan file (docs/plan-file.schema.json is generated from this)."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "OASES Pathway Planner plan file",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "plan"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "plan": {"$ref": "#/$defs/Plan"},
        },
    }
    plan_schema = _plan_adapter().json_schema(ref_template="#/$defs/{model}")
    schema["$defs"] = plan_schema.pop("$defs", {})
    schema["$defs"]["Plan"] = plan_schema
    return schema


def plan_to_bytes(plan: Plan) -> bytes:
    """The plan file's bytes: stable key order, UTF-8, human-readable."""
    body = _plan_adapter().dump_python(plan, mode="json")
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "plan": body}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def check_plan(plan: Plan, name: str) -> None:
    """The plan rules (core/domain/rules.py); a broken one is a PlanFileError naming file and field."""
    from oases_desktop.core.domain.rules import RuleError, check_plan as check_rules

    try:
        check_rules(plan)
    except RuleError as error:
        raise PlanFileError(name, error.problem, error.field_path) from None


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write the plan file atomically: on any failure the previous file is left intact."""
    from oases_desktop.core.atomic import write_atomic

    check_plan(plan, str(path))
    write_atomic(path, plan_to_bytes(plan))


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Read and validate a plan file; PlanFileError says what is wrong and where."""
    return plan_from_bytes(read_plan_bytes(path), str(path))


def read_plan_bytes(path: str | os.PathLike[str]) -> bytes:
    """A plan file's bytes, read without blocking and at most MAX_FILE_BYTES; PlanFileError otherwise."""
    from oases_desktop.core.bounded_read import ReadProblem, read_regular_file

    try:
        return read_regular_file(path, MAX_FILE_BYTES, "plan file")
    except ReadProblem as problem:
        raise PlanFileError(problem.path, problem.problem) from None


def plan_from_bytes(data: bytes, name: str = "<plan>", reads_up_to: int = FORMAT_VERSION) -> Plan:
    """Validate plan-file bytes into a Plan, or raise PlanFileError.

    `reads_up_to` is the newest format this reader knows (an older app's reader, in tests).
    """
    document = _parse_json(data, name)
    if not isinstance(document, dict):
        raise PlanFileError(name, "not a plan file (the top level is not a JSON object)")
    if document.get("format") != FORMAT_NAME:
        raise PlanFileError(name, f"not a plan file (expected \"format\": \"{FORMAT_NAME}\")", "format")
    version = document.get("version")
    if type(version) is not int:
        raise PlanFileError(name, "the format version must be a whole number", "version")
    if version > reads_up_to:
        raise PlanFileError(name, f"written by a newer version of the app (file format {version}; "
                                  f"this app reads up to {reads_up_to}). Update the app to open it", "version")
    if version < 1:
        raise PlanFileError(name, f"unknown file format version {version}", "version")
    extra = sorted(set(document) - {"format", "version", "plan"})
    if extra:
        raise PlanFileError(name, "unknown field", extra[0])
    if "plan" not in document:
        raise PlanFileError(name, "missing field", "plan")
    body = document["plan"]
    for step in range(version, reads_up_to):
        if isinstance(body, dict):  # a non-object is refused by the structure check below
            body = MIGRATIONS[step](body)
    plan_json = json.dumps(body, ensure_ascii=False)
    plan = _validate_structure(plan_json, name)
    check_plan(plan, name)
    return plan


def _parse_json(data: bytes, name: str) -> object:
    try:
        return parse_strict_json(data)
    except JsonProblem as problem:
        raise PlanFileError(name, str(problem)) from None


_FRIENDLY = {
    "Unexpected keyword argument": "unknown field",
    "Missing required argument": "missing field",
    "Field required": "missing field",
}


def _field_path(loc: tuple) -> str:
    path = "plan"
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _validate_structure(plan_json: str, name: str) -> Plan:
    from pydantic import ValidationError

    try:
        return _plan_adapter().validate_json(plan_json)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        loc = tuple(p for p in first["loc"] if not (isinstance(p, str) and p in {"dataclass-args", "function-after"}))
        message = _FRIENDLY.get(first["msg"], first["msg"])
        if len(message) > 200:
            message = message[:200] + "..."
        more = error.error_count() - 1
        if more:
            message += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise PlanFileError(name, message, _field_path(loc)) from None

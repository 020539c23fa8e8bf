"""Read Microsoft Project XML (MSPDI) into a new scenario of a plan, saying what could not be carried.

The file is hostile until checked: it must be a regular file of at most MAX_XML_BYTES, parsed by
defusedxml (no DTD, no entities, so no expansion bomb or external fetch), with the MSPDI namespace.
Summary tasks become routes; other tasks become steps with their duration in working days (on the
task's calendar) or elapsed days (or, for a file this app wrote, the task's own min / likely / max and
unit while its Duration is unchanged), their links with type and lag, constraints, actual dates and
notes. What the app does not model (resources, assignments, costs, other constraint kinds, lags in
percent, links to other projects) is listed in `ImportReport.not_carried`, never dropped silently.
The result goes through the plan file's own checks, so an imported plan obeys the same rules.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from oases_desktop.core.domain.plan import (
    Calendar, Dependency, DependencyType, DurationUnit, Estimate, Lag, Plan, Scenario, Step, StepKind,
)
from oases_desktop.core.domain.rules import three_point_problem
from oases_desktop.core.errors import PlanFileError

MAX_XML_BYTES = 50 * 1024 * 1024
NS = "{http://schemas.microsoft.com/project}"
LINK_TYPE = {"0": DependencyType.FF, "1": DependencyType.FS, "2": DependencyType.SF, "3": DependencyType.SS}
# MSPDI duration/lag formats: working (minutes, hours, days, weeks, months) and their elapsed twins;
# 35+ are the same with "estimated" set. Percent lags (19, 20) have no equivalent here.
WORKING_FORMATS = {3: 1, 5: 60, 7: None, 9: None, 11: None}
ELAPSED_FORMATS = {4: 1, 6: 60, 8: 1440, 10: 7 * 1440, 12: 30 * 1440}
CONSTRAINT_NAMES = {1: "as late as possible", 3: "must finish on", 5: "start no later than",
                    6: "finish no earlier than", 7: "finish no later than"}


@dataclass
class ImportReport:
    """What the import made and what it could not carry (one line each, for the user)."""

    scenario_id: str
    steps: int = 0
    links: int = 0
    routes: int = 0
    not_carried: list[str] = field(default_factory=list)


def read_mspdi_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes (core.bounded_read: a regular file, never blocking, at most MAX_XML_BYTES)."""
    from oases_desktop.core.bounded_read import ReadProblem, read_regular_file

    try:
        return read_regular_file(path, MAX_XML_BYTES, "Microsoft Project XML file")
    except ReadProblem as problem:
        raise PlanFileError(problem.path, problem.problem) from None


def _parse(data: bytes, name: str):
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise PlanFileError(name, f"refused: the XML declares a DTD or entities ({type(error).__name__}); "
                                  "MS Project files have none") from None
    except ParseError as error:
        raise PlanFileError(name, f"not well-formed XML ({error})") from None
    if root.tag != f"{NS}Project":
        raise PlanFileError(name, f"not an MS Project XML file (root element {root.tag!r}, expected "
                                  "Project in the namespace http://schemas.microsoft.com/project)")
    return root


def _text(element, tag: str, default: str | None = None) -> str | None:
    found = element.find(f"{NS}{tag}")
    return found.text.strip() if found is not None and found.text is not None else default


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text[:19]).date()
    except ValueError:
        return None


def _minutes(text: str | None) -> float:
    """Minutes of an ISO 8601 duration as MSPDI writes it (PT8H0M0S, P2DT4H...)."""
    match = re.fullmatch(r"-?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?",
                         text or "")
    if not match:
        return 0.0
    d, h, m, s = (float(g) if g else 0.0 for g in match.groups())
    return d * 1440 + h * 60 + m + s / 60


def _calendar_codes(root, report: ImportReport) -> dict[str, Calendar]:
    codes = {}
    for cal in root.iterfind(f"{NS}Calendars/{NS}Calendar"):
        uid, name = _text(cal, "UID"), _text(cal, "Name", "")
        lowered = name.lower()
        if "mainland" in lowered or "china" in lowered and "hong kong" not in lowered:
            codes[uid] = Calendar.CN
        else:
            codes[uid] = Calendar.HK
            if "hong kong" not in lowered:
                report.not_carried.append(f"calendar '{name}' is read as the Hong Kong calendar (its own "
                                          "holidays are not imported)")
    return codes


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40] or "route"


def import_mspdi(plan: Plan, data: bytes, name: str, library) -> tuple[Plan, ImportReport]:
    """`plan` with one new scenario read from MSPDI `data`; PlanFileError naming `name` if it cannot be read.
    Summary tasks named like a route of `library` become that route."""
    root = _parse(data, name)
    taken = {s.id for s in plan.scenarios}
    scenario_id = next(f"mspdi_{n}" for n in range(1, len(taken) + 2) if f"mspdi_{n}" not in taken)
    report = ImportReport(scenario_id)
    minutes_per_day = float(_text(root, "MinutesPerDay", "480") or 480)
    calendars = _calendar_codes(root, report)
    project_calendar = calendars.get(_text(root, "CalendarUID"), Calendar.HK)
    route_ids = {r.name: r.id for r in library.routes}
    steps, uid_to_step, links, routes = [], {}, [], []
    route_stack: list[tuple[int, str]] = []
    for task in root.iterfind(f"{NS}Tasks/{NS}Task"):
        uid, title = _text(task, "UID"), _text(task, "Name")
        if uid is None or title is None or _text(task, "UID") == "0" or _text(task, "IsNull") == "1":
            continue
        level = int(_text(task, "OutlineLevel", "1") or 1)
        while route_stack and route_stack[-1][0] >= level:
            route_stack.pop()
        if _text(task, "Summary") == "1":
            route = route_ids.get(title.removesuffix(" (projected)")) or _slug(title)   # our export marks projected routes
            route_stack.append((level, route))
            if route not in routes:
                routes.append(route)
            continue
        step, step_links = _step(task, uid, title, route_stack[-1][1] if route_stack else "", calendars,
                                 project_calendar, minutes_per_day, report)
        steps.append(step)
        uid_to_step[uid] = step.id
        links.extend(step_links)
    _unique_ids(steps, uid_to_step)
    dependencies = []
    for successor_uid, predecessor_uid, dep in links:
        if predecessor_uid not in uid_to_step:
            report.not_carried.append(f"a link to task {predecessor_uid}, which is not a step of the file")
            continue
        dependencies.append(replace(dep, predecessor=uid_to_step[predecessor_uid], successor=uid_to_step[successor_uid]))
    if root.find(f"{NS}Resources/{NS}Resource") is not None or root.find(f"{NS}Assignments/{NS}Assignment") is not None:
        resources = len(root.findall(f"{NS}Resources/{NS}Resource"))
        assignments = len(root.findall(f"{NS}Assignments/{NS}Assignment"))
        report.not_carried.append(f"{resources} resources and {assignments} assignments (the app plans durations, "
                                  "not people or costs)")
    costs = sum(1 for t in root.iterfind(f"{NS}Tasks/{NS}Task") if float(_text(t, "Cost", "0") or 0) > 0)
    if costs:
        report.not_carried.append(f"the costs of {costs} tasks")
    start = _day(_text(root, "StartDate")) or min((s.actual_start or plan.as_of for s in steps), default=plan.as_of)
    title = _text(root, "Title") or _text(root, "Name") or "MS Project import"
    scenario = Scenario(scenario_id, f"Imported: {title}"[:200], start, routes=[r for r in routes if any(s.route == r for s in steps)],
                        steps=steps, dependencies=dependencies)
    report.steps, report.links, report.routes = len(steps), len(dependencies), len(scenario.routes)
    new_plan = replace(plan, scenarios=[*plan.scenarios, scenario])
    from oases_desktop.core.planfile.io import check_plan

    check_plan(new_plan, name)
    return new_plan, report


def _step(task, uid: str, title: str, route: str, calendars, project_calendar, minutes_per_day: float,
          report: ImportReport):
    custom = {_text(a, "FieldID"): _text(a, "Value") for a in task.iterfind(f"{NS}ExtendedAttribute")}
    step_id = custom.get("188743731") or f"task_{uid}"
    calendar = calendars.get(_text(task, "CalendarUID"), project_calendar)
    minutes = _minutes(_text(task, "Duration"))
    duration_format = _format(_text(task, "DurationFormat", "7"))
    milestone = _text(task, "Milestone") == "1" or minutes == 0
    cadence = custom.get("188743737")   # a sitting rule this app wrote ("OASES sitting rule")
    if cadence:
        estimate, kind, milestone = Estimate.zero(), StepKind.CADENCE_GATE, False
    elif milestone:
        estimate, kind = Estimate.zero(), StepKind.MILESTONE
    elif (carried := _carried_estimate(custom.get("188743740"), _text(task, "Duration"), calendar)) is not None:
        estimate, kind = carried, StepKind.TASK   # this app's own duration, unchanged in the file
    elif duration_format in ELAPSED_FORMATS:
        days = max(1, math.ceil(minutes / 1440 - 1e-9))
        estimate, kind = Estimate(days, days, days, DurationUnit.CALENDAR_DAYS, calendar), StepKind.TASK
    else:
        days = max(1, math.ceil(minutes / minutes_per_day - 1e-9))
        estimate, kind = Estimate(days, days, days, DurationUnit.WORKING_DAYS, calendar), StepKind.TASK
    constraint = int(_text(task, "ConstraintType", "0") or 0)
    constraint_day = _day(_text(task, "ConstraintDate"))
    fixed = snet = None
    if constraint == 2:
        fixed = constraint_day
    elif constraint == 4 and not cadence:   # a sitting's own day is the rule's to find again
        snet = constraint_day
    elif constraint in CONSTRAINT_NAMES:
        report.not_carried.append(f"task '{title}': the constraint '{CONSTRAINT_NAMES[constraint]}'")
    actual_finish = _day(_text(task, "ActualFinish"))
    actual_start = _day(_text(task, "ActualStart"))
    if actual_finish is None and _text(task, "PercentComplete") == "100":
        actual_finish = _day(_text(task, "Finish"))
    step = Step(step_id, title[:500], route, estimate, kind=kind, cadence=cadence or None,
                start_no_earlier_than=snet, fixed_start=fixed,
                actual_start=actual_start, actual_finish=actual_finish,
                milestone=(custom.get("188743734") or step_id) if milestone else None, notes=(_text(task, "Notes") or "")[:5000])
    links = []
    for link in task.iterfind(f"{NS}PredecessorLink"):
        predecessor = _text(link, "PredecessorUID")
        kind_code = _text(link, "Type", "1")
        if _text(link, "CrossProject") == "1":
            report.not_carried.append(f"task '{title}': a link to another project")
            continue
        links.append((uid, predecessor, Dependency("", "", LINK_TYPE.get(kind_code, DependencyType.FS),
                                                    _lag(link, title, minutes_per_day, calendar, report))))
    return step, links


def _carried_estimate(field: str | None, duration: str | None, calendar: Calendar) -> Estimate | None:
    """The "OASES duration" this app wrote, if well-formed, plausible and written with the task's present Duration."""
    parts = (field or "").split()
    if len(parts) != 6 or parts[5] != duration:
        return None
    try:
        low, likely, high = (float(p) for p in parts[:3])
        unit, written_calendar = DurationUnit(parts[3]), Calendar(parts[4])
    except ValueError:
        return None
    if written_calendar != calendar or three_point_problem(low, likely, high, unit):
        return None
    number = (lambda v: int(v) if v.is_integer() else v)
    return Estimate(number(low), number(likely), number(high), unit, calendar)


def _format(text: str | None) -> int:
    """A duration format code with the "estimated" flag (35 and up) taken off."""
    code = int(text) if text and text.isdigit() else 7
    return code - 32 if code >= 35 else code


def _lag(link, title: str, minutes_per_day: float, calendar: Calendar, report: ImportReport) -> Lag:
    tenths = float(_text(link, "LinkLag", "0") or 0)
    if not tenths:
        return Lag()
    lag_format = _format(_text(link, "LagFormat", "7"))
    minutes = tenths / 10
    if lag_format in ELAPSED_FORMATS:
        return Lag(round(minutes / 1440, 2), DurationUnit.CALENDAR_DAYS, calendar)
    if lag_format in WORKING_FORMATS:
        return Lag(round(minutes / minutes_per_day, 2), DurationUnit.WORKING_DAYS, calendar)
    report.not_carried.append(f"task '{title}': a lag in percent (read as no lag)")
    return Lag()


def _unique_ids(steps: list[Step], uid_to_step: dict[str, str]) -> None:
    """Step ids from the file's 'OASES step id' field, made unique (a copied task repeats it)."""
    seen: set[str] = set()
    renamed = {}
    for i, step in enumerate(steps):
        if step.id in seen:
            new_id = f"{step.id}_{i}"
            renamed[step.id, i] = new_id
            steps[i] = replace(step, id=new_id, milestone=new_id if step.milestone else None)
        seen.add(steps[i].id)
    if renamed:
        order = {uid: i for i, uid in enumerate(uid_to_step)}
        for uid, i in order.items():
            uid_to_step[uid] = steps[i].id

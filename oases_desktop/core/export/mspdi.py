"""A scenario as Microsoft Project XML (MSPDI), which MS Project, ProjectLibre and GanttProject read.

Tasks are grouped under one summary task per route. Dates are the app's likely schedule, written
as local times without a zone ("Time zone: none, dates as on the plan" in the project's notes):
work runs 09:00-13:00 and 14:00-18:00, so a step starts at 09:00 of its first day and finishes at
18:00 of its last. A step counted in working days keeps that duration on its own calendar (the
Hong Kong and Mainland calendars are exported with their holidays and make-up working days); any
other step (calendar days, weeks, months, a regulator clock with its stop-clock) is written as
elapsed days spanning its scheduled dates, and a committee sitting as a start-no-earlier-than
constraint on the sitting's day, so the other tool lands on the same dates. MSPDI lags have no
calendar of their own (MS Project counts them on the successor's), and a lag in months is written as
its average length in elapsed days: `lag_notes` lists the links where that differs from the plan.
A plain task also carries its own min / likely / max and unit in the "OASES duration" field, which
the import takes back while the task's Duration is still the one written.
Disabled steps are left out with their links. A chosen baseline fills the Baseline 0 dates, and
the plan's status date is the project's. The notes of each task
carry the basis and source of its duration; milestones carry P50/P80 in named custom date fields.
"""

from __future__ import annotations

from datetime import date, timedelta
from xml.etree import ElementTree as ET

from oases_desktop.core.domain.baseline import Baseline
from oases_desktop.core.domain.plan import (
    DependencyType, DurationUnit, Plan, Scenario, Step, StepKind,
)
from oases_desktop.core.export.citations import adjustment_text
from oases_desktop.core.knowledge.basis import BasisKind, basis_of
from oases_desktop.core.knowledge.model import ReferenceLibrary
from oases_desktop.core.scheduling.calendars import CalendarSet
from oases_desktop.core.scheduling.result import Schedule
from oases_desktop.core.scheduling.timing import DAYS_PER_MONTH

NAMESPACE = "http://schemas.microsoft.com/project"
DAY_START, LUNCH, LUNCH_END, DAY_END = "09:00:00", "13:00:00", "14:00:00", "18:00:00"
MINUTES_PER_DAY = 480
# MSPDI codes: link types, duration/lag formats, constraint types.
LINK_TYPE = {DependencyType.FF: 0, DependencyType.FS: 1, DependencyType.SF: 2, DependencyType.SS: 3}
FORMAT_DAYS, FORMAT_ELAPSED_DAYS = 7, 8
CONSTRAINT_ASAP, CONSTRAINT_MSO, CONSTRAINT_SNET = 0, 2, 4
# Custom fields: Date1/Date2 hold the simulated P50/P80 of milestones, Text1-3 the step's id, milestone
# key and sitting rule in the plan (so a file that comes back is read step by step as it was).
FIELD_P50, FIELD_P80 = ("188743945", "Date1"), ("188743946", "Date2")
FIELD_STEP_ID, FIELD_MILESTONE_KEY, FIELD_CADENCE = ("188743731", "Text1"), ("188743734", "Text2"), ("188743737", "Text3")
FIELD_ESTIMATE = ("188743740", "Text4")   # "OASES duration": min likely max unit calendar, and the Duration written
CALENDAR_UID = {"HK": 1, "CN": 2}


def _sub(parent: ET.Element, tag: str, text: object | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = str(text)
    return element


def _start(day: date) -> str:
    return f"{day.isoformat()}T{DAY_START}"


def _finish(day: date) -> str:
    return f"{day.isoformat()}T{DAY_END}"


def _hours(minutes: int) -> str:
    return f"PT{minutes // 60}H{minutes % 60}M0S"


def _working_hours(parent: ET.Element) -> None:
    times = _sub(parent, "WorkingTimes")
    for start, end in ((DAY_START, LUNCH), (LUNCH_END, DAY_END)):
        period = _sub(times, "WorkingTime")
        _sub(period, "FromTime", start)
        _sub(period, "ToTime", end)


def _calendar(parent: ET.Element, uid: int, name: str, working, first: date, last: date) -> None:
    """One base calendar: Monday-Friday 8 hours, with the span's holidays and make-up working days."""
    cal = _sub(parent, "Calendar")
    _sub(cal, "UID", uid)
    _sub(cal, "Name", name)
    _sub(cal, "IsBaseCalendar", 1)
    days = _sub(cal, "WeekDays")
    for day_type in range(1, 8):  # 1 = Sunday ... 7 = Saturday
        weekday = _sub(days, "WeekDay")
        _sub(weekday, "DayType", day_type)
        is_working = day_type not in (1, 7)
        _sub(weekday, "DayWorking", int(is_working))
        if is_working:
            _working_hours(weekday)
    exceptions = _sub(cal, "Exceptions")
    lo, hi = first.toordinal(), last.toordinal() + 1
    changes = [(day, name, False) for day, name in working.holidays_between(lo, hi)]
    changes += [(day, name or "Make-up working day", True) for day, name in working.makeup_days_between(lo, hi)]
    for day, label, is_working in sorted(changes):
        exception = _sub(exceptions, "Exception")
        _sub(exception, "EnteredByOccurrences", 0)
        period = _sub(exception, "TimePeriod")
        _sub(period, "FromDate", f"{day.isoformat()}T00:00:00")
        _sub(period, "ToDate", f"{day.isoformat()}T23:59:00")
        _sub(exception, "Occurrences", 1)
        _sub(exception, "Name", label)
        _sub(exception, "Type", 1)
        _sub(exception, "DayWorking", int(is_working))
        if is_working:
            _working_hours(exception)


def _is_point(step: Step) -> bool:
    """A milestone, or a step of no duration (a committee sitting): a milestone in MS Project."""
    return step.kind == StepKind.MILESTONE or (step.duration.max == 0 and step.stop_clock is None)


def _keeps_working_days(step: Step) -> bool:
    """A step whose duration the other tool can count itself: working days, no clock stop or sitting."""
    return (step.duration.unit == DurationUnit.WORKING_DAYS and step.stop_clock is None
            and step.kind not in (StepKind.CADENCE_GATE, StepKind.MILESTONE))


def _duration(step: Step, start: date, finish: date, working) -> tuple[int, int]:
    """(minutes, format) of a step: its working days on its calendar, else the elapsed days it spans."""
    if _is_point(step):
        return 0, FORMAT_DAYS
    if _keeps_working_days(step):
        days = working.count(start.toordinal(), finish.toordinal() + 1)
        return days * MINUTES_PER_DAY, FORMAT_DAYS
    return (finish - start).days * 1440 + 9 * 60, FORMAT_ELAPSED_DAYS


def _estimate_field(step: Step, minutes: int) -> str | None:
    """The step's own duration, for reading the file back: elapsed days cannot say "1 month" or a min / max.

    Only for a plain task (a clock stop or a sitting is not carried, so its own duration would not give its
    dates back). The Duration written is part of it: the import takes the field only while it matches,
    so a duration the project office changed wins.
    """
    d = step.duration
    if step.kind != StepKind.TASK or step.stop_clock is not None or _is_point(step):
        return None
    return f"{d.min:g} {d.likely:g} {d.max:g} {d.unit.value} {d.calendar.value} {_hours(minutes)}"


def _notes(step: Step, library: ReferenceLibrary) -> str:
    """Basis and source of the duration, in words a project office reads in the task's notes."""
    d = step.duration
    basis = basis_of(d, library)
    figure = f"{d.min:g} / {d.likely:g} / {d.max:g} {d.unit.value.replace('_', ' ')} ({d.calendar.value} calendar)"
    if basis.kind == BasisKind.FACT and basis.source is not None:
        as_of = f", {basis.as_of.isoformat()}" if basis.as_of else ""
        said = f"Basis: {basis.label or basis.key}: {basis.source.publisher}, {basis.source.title}{as_of}"
        if basis.source_figure is not None:
            said += f" ({adjustment_text(basis)})"
    elif basis.kind == BasisKind.MISSING:
        said = f"Basis: '{basis.key}' is not in the reference library"
    else:
        said = "Basis: advisor's estimate (no published figure)"
    parts = [f"Duration min / likely / max: {figure}.", said + "."]
    if step.notes:
        parts.append(step.notes)
    return "\n".join(parts)


def mspdi_tree(plan: Plan, scenario: Scenario, schedule: Schedule, calendars: CalendarSet,
               library: ReferenceLibrary, baseline: Baseline | None = None) -> ET.ElementTree:
    """The MSPDI document of one scheduled scenario (see the module docstring for the conventions);
    `baseline`'s dates go into each task's Baseline 0 fields."""
    steps = [s for s in scenario.steps if s.enabled and s.id in schedule.steps]
    first = min([scenario.start_date, *(schedule.steps[s.id].start for s in steps)])
    last = max([first, *(schedule.steps[s.id].finish for s in steps)])
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}Project")
    _sub(root, "SaveVersion", 14)
    _sub(root, "Name", f"{plan.title}.xml")
    _sub(root, "Title", f"{plan.title}: {scenario.name}")
    _sub(root, "Company", plan.client)
    _sub(root, "ScheduleFromStart", 1)
    _sub(root, "StartDate", _start(first))
    _sub(root, "FinishDate", _finish(last))
    _sub(root, "CalendarUID", CALENDAR_UID["HK"])
    _sub(root, "StatusDate", _finish(plan.as_of))
    _sub(root, "DefaultStartTime", DAY_START)
    _sub(root, "DefaultFinishTime", DAY_END)
    _sub(root, "MinutesPerDay", MINUTES_PER_DAY)
    _sub(root, "MinutesPerWeek", MINUTES_PER_DAY * 5)
    _sub(root, "DaysPerMonth", 20)
    _sub(root, "DurationFormat", FORMAT_DAYS)
    _sub(root, "WorkFormat", 2)
    _sub(root, "Notes", "Exported by OASES Pathway Planner. Time zone: none, dates as on the plan "
                        "(work 09:00-13:00 and 14:00-18:00). Dates are the likely schedule; P50/P80 "
                        "are simulated dates of the milestones.")
    attributes = _sub(root, "ExtendedAttributes")
    for (field_id, field_name), alias in ((FIELD_P50, "P50 (simulated)"), (FIELD_P80, "P80 (simulated)"),
                                          (FIELD_STEP_ID, "OASES step id"),
                                          (FIELD_MILESTONE_KEY, "OASES milestone key"),
                                          (FIELD_CADENCE, "OASES sitting rule"),
                                          (FIELD_ESTIMATE, "OASES duration")):
        attribute = _sub(attributes, "ExtendedAttribute")
        _sub(attribute, "FieldID", field_id)
        _sub(attribute, "FieldName", field_name)
        _sub(attribute, "Alias", alias)
    calendar_element = _sub(root, "Calendars")
    for code, uid in CALENDAR_UID.items():
        working = calendars.get(code)
        _calendar(calendar_element, uid, working.name, working, first - timedelta(days=31), last + timedelta(days=31))
    tasks = _sub(root, "Tasks")
    uid_of = {s.id: i for i, s in enumerate(steps, start=1)}
    percentiles = {m.step_id: m for m in schedule.milestones}
    next_uid, row = len(steps) + 1, 1
    for route in dict.fromkeys(s.route for s in steps):
        route_steps = [s for s in steps if s.route == route]
        summary = _sub(tasks, "Task")
        _sub(summary, "UID", next_uid)
        _sub(summary, "ID", row)
        projected = " (projected)" if any(s.projected for s in route_steps) else ""   # as the timeline's lane
        _sub(summary, "Name", _route_name(library, route) + projected)
        _sub(summary, "OutlineLevel", 1)
        _sub(summary, "Summary", 1)
        _sub(summary, "Start", _start(min(schedule.steps[s.id].start for s in route_steps)))
        _sub(summary, "Finish", _finish(max(schedule.steps[s.id].finish for s in route_steps)))
        next_uid, row = next_uid + 1, row + 1
        for step in route_steps:
            _task(tasks, step, uid_of, row, schedule, calendars, library, scenario, percentiles.get(step.id))
            if baseline is not None and baseline.date_of(step.id) is not None:
                _baseline(tasks[-1], baseline.date_of(step.id), _is_point(step), step.cadence)
            row += 1
    return ET.ElementTree(root)


def _route_name(library: ReferenceLibrary, route: str) -> str:
    try:
        return library.route(route).name
    except KeyError:
        return route or "Steps"


def _task(tasks, step: Step, uid_of, row: int, schedule: Schedule, calendars: CalendarSet,
          library: ReferenceLibrary, scenario: Scenario, milestone_date) -> None:
    scheduled = schedule.steps[step.id]
    working = calendars.get(step.duration.calendar.value)
    minutes, duration_format = _duration(step, scheduled.start, scheduled.finish, working)
    task = _sub(tasks, "Task")
    _sub(task, "UID", uid_of[step.id])
    _sub(task, "ID", row)
    _sub(task, "Name", step.name)
    _sub(task, "OutlineLevel", 2)
    milestone = _is_point(step)
    # A sitting is an event at the start of its day (what follows may start that day); other points
    # mark the end of the work that leads to them.
    point_time = _start if step.cadence else _finish
    _sub(task, "Start", point_time(scheduled.start) if milestone else _start(scheduled.start))
    _sub(task, "Finish", point_time(scheduled.finish) if milestone else _finish(scheduled.finish))
    _sub(task, "Duration", _hours(minutes))
    _sub(task, "DurationFormat", duration_format)
    _sub(task, "Milestone", int(milestone))
    _sub(task, "CalendarUID", CALENDAR_UID[step.duration.calendar.value])
    constraint, constraint_day = CONSTRAINT_ASAP, None
    if step.fixed_start is not None:
        constraint, constraint_day = CONSTRAINT_MSO, step.fixed_start
    elif step.kind == StepKind.CADENCE_GATE:
        constraint, constraint_day = CONSTRAINT_SNET, scheduled.start
    elif step.start_no_earlier_than is not None:
        constraint, constraint_day = CONSTRAINT_SNET, step.start_no_earlier_than
    _sub(task, "ConstraintType", constraint)
    if constraint_day is not None:
        _sub(task, "ConstraintDate", _start(constraint_day))
    done = step.actual_finish is not None
    _sub(task, "PercentComplete", 100 if done else 0)
    if step.actual_start is not None or done:
        _sub(task, "ActualStart", _start(step.actual_start or scheduled.start))
    if done:
        _sub(task, "ActualFinish", _finish(step.actual_finish))
    _sub(task, "Notes", _notes(step, library))
    for dep in scenario.dependencies:
        if dep.successor == step.id and dep.predecessor in uid_of:
            _link(task, dep, uid_of)
    for field, value in ((FIELD_STEP_ID, step.id), (FIELD_MILESTONE_KEY, step.milestone),
                         (FIELD_CADENCE, step.cadence), (FIELD_ESTIMATE, _estimate_field(step, minutes))):
        if value:
            attribute = _sub(task, "ExtendedAttribute")
            _sub(attribute, "FieldID", field[0])
            _sub(attribute, "Value", value)
    for field, value in ((FIELD_P50, getattr(milestone_date, "p50", None)),
                         (FIELD_P80, getattr(milestone_date, "p80", None))):
        if value is not None:
            attribute = _sub(task, "ExtendedAttribute")
            _sub(attribute, "FieldID", field[0])
            _sub(attribute, "Value", _finish(value))


def _baseline(task: ET.Element, dates, point: bool, cadence: str | None) -> None:
    """Baseline 0: the dates the chosen baseline recorded for the step."""
    element = _sub(task, "Baseline")
    _sub(element, "Number", 0)
    at = _start if cadence else _finish
    _sub(element, "Start", at(dates.start) if point else _start(dates.start))
    _sub(element, "Finish", at(dates.finish) if point else _finish(dates.finish))


def _link(task: ET.Element, dep, uid_of) -> None:
    link = _sub(task, "PredecessorLink")
    _sub(link, "PredecessorUID", uid_of[dep.predecessor])
    _sub(link, "Type", LINK_TYPE[dep.type])
    lag = dep.lag
    if lag.unit == DurationUnit.WORKING_DAYS:
        tenths, lag_format = round(lag.value * MINUTES_PER_DAY * 10), FORMAT_DAYS
    elif lag.unit == DurationUnit.WEEKS:
        tenths, lag_format = round(lag.value * 7 * 1440 * 10), FORMAT_ELAPSED_DAYS
    elif lag.unit == DurationUnit.MONTHS:
        tenths, lag_format = round(lag.value * DAYS_PER_MONTH * 1440 * 10), FORMAT_ELAPSED_DAYS
    else:
        tenths, lag_format = round(lag.value * 1440 * 10), FORMAT_ELAPSED_DAYS
    _sub(link, "CrossProject", 0)
    _sub(link, "LinkLag", tenths)
    _sub(link, "LagFormat", lag_format)


def lag_notes(scenario: Scenario) -> list[str]:
    """Links whose lag another tool will count differently (other calendar, months), one line each."""
    steps = {s.id: s for s in scenario.steps if s.enabled}
    notes = []
    for dep in scenario.dependencies:
        if dep.predecessor not in steps or dep.successor not in steps or not dep.lag.value:
            continue
        successor = steps[dep.successor]
        where = f"the lag from '{steps[dep.predecessor].name}' to '{successor.name}'"
        if dep.lag.unit == DurationUnit.MONTHS:
            notes.append(f"{where} is {dep.lag.value:g} months, written as {dep.lag.value * DAYS_PER_MONTH:.1f} elapsed days")
        elif dep.lag.unit == DurationUnit.WORKING_DAYS and dep.lag.calendar != successor.duration.calendar:
            notes.append(f"{where} counts {dep.lag.calendar.value} working days; MS Project counts it on the "
                         f"{successor.duration.calendar.value} calendar of the successor")
    return notes


def mspdi_bytes(plan: Plan, scenario: Scenario, schedule: Schedule, calendars: CalendarSet,
                library: ReferenceLibrary, baseline: Baseline | None = None) -> bytes:
    tree = mspdi_tree(plan, scenario, schedule, calendars, library, baseline)
    ET.indent(tree)
    return ET.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True)


def export_mspdi(plan: Plan, scenario: Scenario, schedule: Schedule, path, calendars: CalendarSet,
                 library: ReferenceLibrary, baseline: Baseline | None = None) -> None:
    """Write the MSPDI file atomically."""
    from oases_desktop.core.atomic import write_atomic

    write_atomic(path, mspdi_bytes(plan, scenario, schedule, calendars, library, baseline))

"""Plain sentences for what changed since a baseline, as an advisor reads them out to a client."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.domain import DurationUnit, Estimate, Step
from oases_desktop.core.knowledge.model import ReferenceLibrary

_UNITS = {DurationUnit.WORKING_DAYS: "working days", DurationUnit.CALENDAR_DAYS: "calendar days",
          DurationUnit.WEEKS: "weeks", DurationUnit.MONTHS: "months"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt_day(day: date | None) -> str:
    """'12 Jan 2027' (English, whatever the locale), or 'none'."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else "none"


def days_text(days: int) -> str:
    """'+54 days', '-3 days', '+1 day'."""
    return f"{days:+d} day{'s' if abs(days) != 1 else ''}"


def _amount(estimate: Estimate | None) -> str:
    if estimate is None:
        return "none"
    return f"{estimate.likely:g} {_UNITS[estimate.unit]}"


def _source(library: ReferenceLibrary, source_id: str | None) -> str:
    if not source_id:
        return "an estimate, no source"
    try:
        found = library.source(source_id)
    except KeyError:
        return source_id
    return found.publisher or found.title


def describe_change(kind: str, old: Step, new: Step, library: ReferenceLibrary, planned_finish: date | None = None) -> str:
    """What changed on one step, as a phrase (see moved.find_changes); `planned_finish`: the baseline's."""
    name = f'"{new.name}"'
    if kind == "figure":
        fact = library.latest(new.duration.basis)
        return (f"{name} is now {_amount(new.duration)} instead of {_amount(old.duration)}: the library's figure "
                f"was updated ({_source(library, fact.source_id)}, {fmt_day(fact.as_of)})")
    if kind == "duration":
        if old.duration != new.duration:
            text = f"{name} is now {_amount(new.duration)} instead of {_amount(old.duration)}"
            return text + (" (advisor's estimate)" if new.duration.basis == old.duration.basis else
                           f" (basis now {new.duration.basis})")
        return f"the applicant's stop-clock of {name} is now {_amount(new.stop_clock)} instead of {_amount(old.stop_clock)}"
    if kind == "actual":
        parts = []
        if new.actual_start != old.actual_start:
            parts.append(f"started on {fmt_day(new.actual_start)}" if new.actual_start else "its actual start was cleared")
        if new.actual_finish != old.actual_finish:
            parts.append(f"finished on {fmt_day(new.actual_finish)}" if new.actual_finish
                         else "its actual finish was cleared")
        then = f"; the baseline had it finishing on {fmt_day(planned_finish)}" if planned_finish else ""
        return f"{name} " + " and ".join(parts) + f" (actual dates recorded{then})"
    if kind == "constraint":
        if new.fixed_start != old.fixed_start:
            return f"{name} is now fixed to start on {fmt_day(new.fixed_start)} (was {fmt_day(old.fixed_start)})"
        return (f"{name} now starts no earlier than {fmt_day(new.start_no_earlier_than)} "
                f"(was {fmt_day(old.start_no_earlier_than)})")
    if old.enabled != new.enabled:
        return f"{name} was switched {'on' if new.enabled else 'off'}"
    if old.cadence != new.cadence:
        return f"{name} now waits for sittings {new.cadence or 'of no committee'} (was {old.cadence or 'none'})"
    return f"{name} was edited"


def _gate_label(fact) -> str:
    """'Primary evaluation Phase 2 (...) takes effect' without the library's own 'ASSUMED date' tag."""
    label = fact.label
    for tag in (": ASSUMED date", " ASSUMED date"):
        label = label.replace(tag, "")
    return label.strip()


def gate_moved_text(step: Step, fact, old_day: date, status_date: date, library: ReferenceLibrary) -> str:
    """A step that waits for a rule's date gate the library moved, e.g. when its assumed date passed."""
    cited = "an assumed date" if fact.estimate else _source(library, fact.source_id)
    passed = (f"its date {fmt_day(old_day)} passed without the rule in force, and " if old_day <= status_date
              else "")
    return (f'"{step.name}" waits for the rule\'s date gate "{_gate_label(fact)}": now {fmt_day(fact.as_date)} instead '
            f"of {fmt_day(old_day)} ({passed}the library's date was updated: {cited}, {fmt_day(fact.as_of)})")


def gate_passed_text(step: Step, fact, status_date: date) -> str:
    """A step still waiting for a rule whose assumed date has passed: planned from the status date."""
    return (f'"{step.name}" waits for the rule\'s date gate "{_gate_label(fact)}", assumed for '
            f"{fmt_day(fact.as_date)}: that date has passed and the library does not say the rule is in force, "
            f"so the step is planned from the status date ({fmt_day(status_date)})")


def cause_sentence(text: str, days: int) -> str:
    """'+54 days: "DH evaluation ..." is now 200 working days instead of 150 (advisor's estimate).'"""
    return f"{days_text(days)}: {text}."

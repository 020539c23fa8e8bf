"""Key milestones as an iCalendar file (RFC 5545), so the advisor's calendar shows the plan's dates.

Each milestone is an all-day event on its likely date. UIDs are stable (plan, scenario, milestone),
so importing a newer export updates the events instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from oases_desktop.core.domain import Plan, Scenario, StepKind
from oases_desktop.core.scheduling.result import Schedule

PRODID = "-//OASES//Pathway Planner//EN"


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _progress(scenario: Scenario, step_id: str, when: date, baseline, status_date: date | None) -> str:
    """Done or not (actual date), the status date, and the baseline date with its variance."""
    from oases_desktop.core.tracking.baselines import variance

    parts = []
    step = next((s for s in scenario.steps if s.id == step_id), None)
    if step is not None and step.actual_finish:
        parts.append(f"Done: actual date {step.actual_finish.isoformat()}.")
    if status_date:
        parts.append(f"Status date {status_date.isoformat()}.")
    then, days = variance(baseline, step_id, when)
    if then is not None:
        parts.append(f"Baseline \"{baseline.name}\" ({baseline.saved_on.isoformat()}): {then.finish.isoformat()}, "
                     f"variance {days:+d} days.")
    return " ".join(parts)


def _milestones(scenario: Scenario, schedule: Schedule, baseline=None,
                status_date: date | None = None) -> list[tuple[str, str, date, str]]:
    """(key, name, date, detail) of each key milestone; steps of kind milestone when none are keyed."""
    rows = []
    projected = {s.id for s in scenario.steps if s.projected}   # a route not yet in force says so
    for milestone in schedule.milestones:
        detail = "Projected route: announced policy, not yet in force." if milestone.step_id in projected else ""
        if milestone.p80:
            detail += f" Likely {milestone.likely.isoformat()}; 80% confidence by {milestone.p80.isoformat()}."
        detail = f"{detail} {_progress(scenario, milestone.step_id, milestone.likely, baseline, status_date)}".strip()
        name = milestone.name + (" (projected)" if milestone.step_id in projected else "")
        rows.append((milestone.key, name, milestone.likely, detail.strip()))
    if rows:
        return rows
    for step in scenario.steps:
        scheduled = schedule.steps.get(step.id)
        if scheduled is not None and step.enabled and step.kind == StepKind.MILESTONE:
            rows.append((step.id, step.name + (" (projected)" if step.projected else ""), scheduled.finish,
                         _progress(scenario, step.id, scheduled.finish, baseline, status_date)))
    return rows


def milestones_to_ics(plan: Plan, scenario: Scenario, schedule: Schedule, *, now: datetime | None = None,
                      baseline=None) -> str:
    """The calendar text (CRLF line ends) with one all-day VEVENT per milestone.

    Each event says the plan's status date, whether the milestone is done (actual date) and, with a
    `baseline`, its baseline date and variance.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{_escape(f'{plan.title} ({scenario.name})')}"]
    for key, name, when, detail in _milestones(scenario, schedule, baseline, plan.as_of):
        description = f"{plan.client}: {plan.title}, scenario {scenario.name}. {detail}".strip()
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_escape(f'{plan.id}-{scenario.id}-{key}')}@oases-pathway-planner",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{when.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(when + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(f'{plan.product.name}: {name}')}",
            f"DESCRIPTION:{_escape(description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def export_ical(plan: Plan, scenario: Scenario, schedule: Schedule, path, baseline=None) -> None:
    """Write the milestones calendar atomically."""
    from oases_desktop.core.atomic import write_atomic

    write_atomic(path, milestones_to_ics(plan, scenario, schedule, baseline=baseline).encode("utf-8"))

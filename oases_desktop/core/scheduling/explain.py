""""Explain this date": the chain of predecessor, lag, calendar, holidays, stop-clock and sitting.

`explain_step` turns what the forward pass recorded into Explanation records (also carried in
ScheduledStep.explanation); `explain_chain` follows the driving predecessors back to the start.
"""

from __future__ import annotations

from datetime import date

from oases_desktop.core.scheduling.model import FF, FS, LINK_WORDS, STOP_CLOCK_AFTER, SF, Model
from oases_desktop.core.scheduling.passes import Early
from oases_desktop.core.scheduling.result import Explanation, Schedule
from oases_desktop.core.scheduling.timing import WORKING, describe, last_sitting, moved_from, shift, sitting_place


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def fmt(day: date) -> str:
    """'Fri 17 Apr 2026' (English, whatever the locale; strftime is slow on the drag path)."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _day(instant: int) -> date:
    return date.fromordinal(instant)


def explain_step(model: Model, j: int, early: list[Early], settled: frozenset[int] = frozenset()) -> tuple[Explanation, ...]:
    """Explanation records for step j of a likely forward pass (`settled`: passes.settled_steps, when re-forecast)."""
    step, program, mine = model.steps[j], model.programs["likely"][j], early[j]
    out: list[Explanation] = []
    kind, link, instant = mine.driver
    if kind == "start":
        out.append(Explanation("start", f"Starts with the scenario on {fmt(model.scenario.start_date)}.",
                               model.scenario.start_date))
    elif kind == "today":
        out.append(Explanation("constraint", f"Not started by the status date ({fmt(_day(instant))}), so it is "
                                             "planned from then: work not done is not planned before the status date.",
                               _day(instant)))
    elif kind == "snet":
        out.append(Explanation("constraint", f"Set to start no earlier than {fmt(_day(instant))}.", _day(instant)))
    elif kind == "fixed":
        text = f"Fixed to start on {fmt(_day(instant))}."
        if mine.fixed_late_by:
            text += f" Its predecessors would only allow it {mine.fixed_late_by} days later."
        out.append(Explanation("constraint", text, _day(instant)))
    elif kind == "actual":
        step_done = step.actual_finish is not None
        text = (f"Done: actual finish {fmt(step.actual_finish)}" if step_done
                else f"In progress: actual start {fmt(step.actual_start)}")
        if step_done and step.actual_start:
            text += f", actual start {fmt(step.actual_start)}"
        text += "."
        if mine.held_to_status:
            text += (f" Not finished by the status date, so its finish is moved past it, to "
                     f"{fmt(_day(mine.end - 1))}.")
        out.append(Explanation("actual", text, _day(instant)))
    elif kind == "link":
        out.extend(_link(model, link, early))
    if j in settled:
        out.append(Explanation("actual", "Not marked done, but a later step has actual dates, so it is taken as "
                                         "done on its planned dates.", _day(mine.start)))
    if mine.meeting is not None:  # a link's bound is an instant; an end-of-day point was ready the day before
        out.append(_cadence(step.cadence, instant - mine.eod if kind == "link" else instant, mine.meeting,
                            model.sitting_calendars[j], model.sitting_published[j]))
    if program.point or kind == "actual" or not step.enabled:
        return tuple(out)
    t = mine.start
    cal = program.snaps
    if mine.meeting is None and cal is not None and kind != "actual" and mine.start > instant:
        out.append(Explanation("calendar", f"Starts on the next {cal.code} working day, {fmt(_day(mine.start))}.",
                               _day(mine.start)))
        out.extend(_holidays(cal, instant, mine.start))
    for k, seg in enumerate(program.segs):
        end = shift(t, seg)
        if program.stop_from <= k < program.stop_to:
            out.append(Explanation("stop_clock", f"The regulator's clock stops for the applicant's response: "
                                                 f"{describe(seg)}, {fmt(_day(t))} to {fmt(_day(end - 1))} "
                                                 f"(shown after {STOP_CLOCK_AFTER:.0%} of the regulator's time; "
                                                 "the sources give the totals, not the split).",
                                   _day(t)))
        elif seg[1]:
            out.append(Explanation("calendar", f"Takes {describe(seg)}, {fmt(_day(t))} to {fmt(_day(end - 1))}"
                                   + (f" ({seg[2].name}; {seg[2].data_note(t, end)})." if seg[0] == WORKING else "."),
                                   _day(t)))
            if seg[0] == WORKING:
                out.extend(_holidays(seg[2], t, end))
        t = end
    return tuple(out)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_DAY_NAMES = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday",
              "SA": "Saturday", "SU": "Sunday"}


def describe_cadence(rule: str) -> str:
    """'on the 15th of January, April, July and October' for common rules; the rule itself otherwise."""
    try:
        parts = dict(p.split("=", 1) for p in rule.strip().removeprefix("RRULE:").upper().split(";"))
        if set(parts) <= {"FREQ", "BYMONTH", "BYMONTHDAY"} and parts["FREQ"] in ("MONTHLY", "YEARLY") \
                and "BYMONTHDAY" in parts and "," not in parts["BYMONTHDAY"]:
            day = int(parts["BYMONTHDAY"])
            suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            months = [_MONTH_NAMES[int(m) - 1] for m in parts.get("BYMONTH", "").split(",") if m]
            where = (", ".join(months[:-1]) + " and " + months[-1]) if len(months) > 1 else \
                (months[0] if months else "every month")
            return f"on the {day}{suffix} of {where}" if months else f"on the {day}{suffix} of every month"
        if set(parts) <= {"FREQ", "BYDAY"} and parts["FREQ"] == "WEEKLY" and parts.get("BYDAY") in _DAY_NAMES:
            return f"every {_DAY_NAMES[parts['BYDAY']]}"
    except (ValueError, KeyError, IndexError):
        pass
    return f"by the rule {rule}"


def _cadence(rule: str, ready: int, meeting: int, calendar=None, published=()) -> Explanation:
    """The sitting a gate waits for, the one it just missed (the cost of being late), and why a
    sitting that falls on a day off is held on the next working day. For a committee with
    submission deadlines the gate is the deadline: 'Ready 20 Feb 2026, after the 6 Feb 2026 deadline
    for the 1 May 2026 meeting: next deadline 15 May 2026 for the 7 Aug 2026 meeting (estimated)'."""
    caught, missed = sitting_place(rule, ready, calendar, published)
    if caught is not None and caught.has_deadline and caught.day == meeting:
        text = f"Ready {fmt(_day(ready))}, "
        if missed is not None and missed.day >= ready:
            text += (f"after the {fmt(_day(missed.deadline))} deadline for the {fmt(_day(missed.day))} "
                     f"meeting{_estimated(missed)}: next deadline {fmt(_day(caught.deadline))} for the "
                     f"{fmt(_day(caught.day))} meeting{_estimated(caught)}.")
        else:
            text += (f"by the {fmt(_day(caught.deadline))} submission deadline for the {fmt(_day(caught.day))} "
                     f"meeting{_estimated(caught)}.")
    else:
        text = f"Waits for the next sitting ({describe_cadence(rule)}): {fmt(_day(meeting))}."
    moved = moved_from(rule, meeting, calendar, published)
    if moved is not None:
        text += f" {_day_off(calendar, moved)}; the sitting is taken as {fmt(_day(meeting))}."
    if caught is not None and caught.has_deadline:
        return Explanation("cadence", text, _day(meeting), rule)
    missed_day = last_sitting(rule, ready - 1, calendar, published)
    if meeting > ready and missed_day is not None:
        text += (f" Ready on {fmt(_day(ready))}, it missed the sitting of {fmt(_day(missed_day))} "
                 f"by {ready - missed_day} day{'s' if ready - missed_day != 1 else ''}.")
    return Explanation("cadence", text, _day(meeting), rule)


def _estimated(sitting) -> str:
    """' (estimated)' for a sitting the rule generated beyond the published schedule, ' (published)' otherwise."""
    return " (estimated)" if sitting.estimated else " (published)"


def _day_off(calendar, instant: int) -> str:
    """'15 Oct 2028 is a Sunday' or '1 Oct 2029 is National Day, a public holiday (HK)'."""
    day = _day(instant)
    when = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    name = calendar.holiday_name(day)
    if name:
        return f"{when} is {name}, a public holiday ({calendar.code})"
    if day.weekday() >= 5:
        return f"{when} is a {('Saturday', 'Sunday')[day.weekday() - 5]}"
    return f"{when} is not a working day ({calendar.code})"


def _link(model: Model, link, early: list[Early]) -> list[Explanation]:
    pred_step, pred = model.steps[link.pred], early[link.pred]
    from_finish = link.type in (FS, FF)
    base = pred.end if from_finish else pred.start
    shown = _day(base - 1) if from_finish and (pred.end > pred.start or pred.eod) else _day(base)
    verb = "finishes" if from_finish else "starts"
    to = "finish" if link.type in (FF, SF) else "start"
    succ_program = model.programs["likely"][link.succ]
    lead = "Reached" if succ_program.point else f"Can {to}"
    out = [Explanation("predecessor", f"{lead} once \"{pred_step.name}\" {verb} ({fmt(shown)}; "
                                      f"{LINK_WORDS[link.type]} link).", shown, pred_step.id)]
    if not pred_step.enabled:
        out[0] = Explanation("predecessor", f"\"{pred_step.name}\" is switched off; its own predecessors carry "
                                            f"through ({fmt(shown)}).", shown, pred_step.id)
    t = base
    for seg in link.lag:
        if not seg[1]:
            continue
        end = shift(t, seg)
        word = "lag" if seg[1] > 0 else "lead"
        out.append(Explanation("lag", f"Plus a {word} of {describe(seg)}: {fmt(_day(end))}.", _day(end)))
        if seg[0] == WORKING:
            out.extend(_holidays(seg[2], min(t, end), max(t, end)))
        t = end
    return out


def _holidays(calendar, start: int, end: int) -> list[Explanation]:
    """The weekday holidays a clock skipped and the weekend days it counted as make-up working days."""
    skipped = [Explanation("holiday", f"Skips {name} ({fmt(day)}, {calendar.code}).", day, name)
               for day, name in calendar.holidays_between(start, end)]
    counted = [Explanation("makeup", f"Counts {fmt(day)} as a working day ({name}, {calendar.code}).", day, name)
               for day, name in calendar.makeup_days_between(start, end)]
    return sorted(skipped + counted, key=lambda e: e.date)


def explain_chain(schedule: Schedule, step_id: str) -> list[tuple[str, tuple[Explanation, ...]]]:
    """(step id, its explanation) for the step and each driving predecessor back to the start."""
    chain: list[tuple[str, tuple[Explanation, ...]]] = []
    seen: set[str] = set()
    current: str | None = step_id
    while current and current not in seen and current in schedule.steps:
        seen.add(current)
        records = schedule.steps[current].explanation
        chain.append((current, records))
        current = next((r.ref for r in records if r.kind == "predecessor"), None)
    return chain

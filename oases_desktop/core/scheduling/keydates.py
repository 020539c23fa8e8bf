"""What drives each key date: slack of every step to each key milestone, driving paths, cadence buffers.

Float in the engine is measured to the plan's last finish; a quarterly sitting near the end of a
plan can absorb months of it and hide what drives registration. Here each key milestone gets its
own backward pass (passes.backward with `target`), so a step's slack is "how late can this step
start before *that* milestone moves", in calendar days and in working days of the step's calendar.
"""

from __future__ import annotations

from datetime import date

from oases_desktop.core.domain.plan import Scenario
from oases_desktop.core.scheduling.calendars import CalendarSet
from oases_desktop.core.scheduling.model import Model
from oases_desktop.core.scheduling.passes import Early, backward, shown_finish_day
from oases_desktop.core.scheduling.result import CadenceBuffer, Slack
from oases_desktop.core.scheduling.timing import sitting_place

# Steps with less slack than this to a key milestone are near-critical to it (working days of the
# step's calendar). A planning convention, not a regulatory figure.
NEAR_CRITICAL_WORKING_DAYS = 10


def outcome_milestones(scenario: Scenario) -> list[str]:
    """Each route's outcome: its marked milestones that lead to no other marked milestone of the route."""
    marked = [s for s in scenario.steps if s.enabled and s.milestone]
    successors: dict[str, list[str]] = {}
    for dep in scenario.dependencies:
        successors.setdefault(dep.predecessor, []).append(dep.successor)
    route_of = {s.id: s.route for s in scenario.steps}

    def reaches_another(start: str, route: str) -> bool:
        seen, stack = {start}, list(successors.get(start, ()))
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            if current in marked_ids and route_of[current] == route:
                return True
            stack.extend(successors.get(current, ()))
        return False

    marked_ids = {s.id for s in marked}
    return [s.id for s in marked if not reaches_another(s.id, s.route)]


def key_milestone_ids(scenario: Scenario) -> list[str]:
    """The scenario's key milestones: the advisor's list (steps switched on) or each route's outcome."""
    if scenario.key_milestones is None:
        return outcome_milestones(scenario)
    enabled = {s.id for s in scenario.steps if s.enabled}
    return [sid for sid in scenario.key_milestones if sid in enabled]


def ancestors(model: Model, target: int) -> set[int]:
    """The target and every step it depends on, through switched-off steps too."""
    found, stack = {target}, [target]
    while stack:
        for link in model.incoming[stack.pop()]:
            if link.pred not in found:
                found.add(link.pred)
                stack.append(link.pred)
    return found


def slack_to(model: Model, likely: list[Early], target: int, calendars: CalendarSet) -> dict[int, Slack]:
    """Slack of each switched-on, not yet finished step that leads to `target` (the target: 0).

    Working days count on the calendar of the step's duration, from `calendars` (the schedule's)."""
    programs = model.programs["likely"]
    only = ancestors(model, target)
    finish = shown_finish_day(likely[target], programs[target].point)
    late = backward(model, likely, finish_day=finish, target=target, only=only)
    out: dict[int, Slack] = {}
    for j in only:
        step = model.steps[j]
        if not step.enabled or late[j] is None or step.actual_finish is not None:
            continue
        early_start, late_start = likely[j].start, late[j].start
        calendar = calendars.get(step.duration.calendar)
        lo, hi = sorted((early_start, late_start))
        # Working days in (early, late]: starting that many working days later still holds the date.
        count = calendar.count(lo + 1, hi + 1)
        out[j] = Slack(count if late_start >= early_start else -count, late_start - early_start)
    return out


def driving_path(model: Model, likely: list[Early], target: int, slack: dict[int, Slack]) -> list[int]:
    """The steps that set the milestone's date, earliest first: the chain of links that dated each
    step back from the milestone (as explanations tell it), and any tie with no slack to it.

    The chain stops at a sitting the input is ready before: the sitting sets that date. A driving
    step can still show a few days of slack, a slip the plan absorbs further on (a weekend on which
    an applicant's response ends, for instance) without moving the milestone."""
    chain, j = set(), target
    while True:
        if model.steps[j].enabled:
            chain.add(j)
        kind, link, instant = likely[j].driver
        waits = likely[j].meeting is not None and likely[j].meeting > instant - likely[j].eod
        if kind != "link" or waits:
            break
        j = link.pred
    driving = (chain | {k for k, s in slack.items() if s.calendar_days <= 0}) & set(slack)
    position = {k: n for n, k in enumerate(model.order)}
    return sorted(driving, key=lambda k: (likely[k].start, likely[k].end, position[k]))


def cadence_buffer(model: Model, likely: list[Early], j: int) -> CadenceBuffer | None:
    """The buffer of a cadence gate whose date comes from its input (None for fixed, done or off gates).

    The sittings are read by timing.sitting_place, as the scheduler and its explanations read them:
    for a committee with submission deadlines the buffer runs to the deadline, not to the meeting."""
    step, mine = model.steps[j], likely[j]
    if not step.enabled or not step.cadence or mine.meeting is None or mine.driver[0] in ("fixed", "actual"):
        return None
    kind, _, instant = mine.driver
    ready = instant - mine.eod if kind == "link" else instant
    caught, missed = sitting_place(step.cadence, ready, model.sitting_calendars[j], model.sitting_published[j])
    held = caught is not None and caught.day == mine.meeting
    gate = caught.deadline if held else mine.meeting
    day = date.fromordinal
    return CadenceBuffer(
        ready=day(ready), sitting=day(mine.meeting), buffer_days=gate - ready,
        previous_sitting=day(missed.day) if missed is not None else None,
        earlier_days=ready - missed.deadline if missed is not None else None,
        gain_days=mine.meeting - missed.day if missed is not None else None,
        deadline=day(caught.deadline) if held and caught.has_deadline else None,
        estimated=held and caught.estimated)


def _marks(buffer: CadenceBuffer, fmt) -> str:
    """What qualifies the caught sitting: "estimated; deadline 11 May 2029", or "" for a plain sitting."""
    return "; ".join((["estimated"] if buffer.estimated else [])
                     + ([f"deadline {fmt(buffer.deadline)}"] if buffer.deadline else []))


def buffer_short(buffer: CadenceBuffer, fmt) -> str:
    """The buffer in a line of a summary: "ready 2 Mar 2029, catches 3 Aug 2029 (estimated; deadline 11 May 2029,
    70 days to spare); 21 days earlier catches 4 May 2029, 91 days sooner" (`fmt` writes a date)."""
    marks = _marks(buffer, fmt)
    text = (f"ready {fmt(buffer.ready)}, catches {fmt(buffer.sitting)} "
            f"({marks + ', ' if marks else ''}{buffer.buffer_days} days to spare)")
    if buffer.previous_sitting is not None:
        text += f"; {buffer.earlier_days} days earlier catches {fmt(buffer.previous_sitting)}, {buffer.gain_days} days sooner"
    return text


def buffer_sentence(buffer: CadenceBuffer) -> str:
    """The gate's buffer for a reader: "ready Fri 2 Mar 2029, catches the Fri 3 Aug 2029 sitting (estimated; deadline
    Fri 11 May 2029; 70 calendar days to spare ...); 21 days earlier catches the Fri 4 May 2029 sitting: 91 days sooner"."""
    from oases_desktop.core.scheduling.explain import fmt

    marks = _marks(buffer, fmt)
    text = (f"ready {fmt(buffer.ready)}, catches the {fmt(buffer.sitting)} sitting "
            f"({marks + '; ' if marks else ''}{buffer.buffer_days} calendar days to spare before it needs the next one)")
    if buffer.previous_sitting is not None:
        text += (f"; {buffer.earlier_days} days earlier catches the {fmt(buffer.previous_sitting)} sitting: "
                 f"{buffer.gain_days} days sooner")
    return text

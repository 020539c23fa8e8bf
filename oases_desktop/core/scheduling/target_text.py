"""One sentence per target for the inspector and the PDF summary: the next deadline, the margin, the odds."""

from __future__ import annotations

from collections.abc import Mapping

from oases_desktop.core.scheduling.targets import CALENDAR_YEARS, TargetOutcome
from oases_desktop.core.tracking.wording import fmt_day


def _days(n: int) -> str:
    return f"{n} day{'s' if abs(n) != 1 else ''}"


def odds_text(outcome: TargetOutcome) -> str:
    """'P50 margin 23 days; 64 % of 10000 simulated runs make it', or the likely margin when not simulated."""
    if outcome.probability is None:
        return f"likely margin {_days(outcome.margins['likely'].calendar_days)}; not simulated"
    return (f"P50 margin {_days(outcome.margins['p50'].calendar_days)}; "
            f"{percent_text(outcome.probability)} of {outcome.runs} simulated runs make it")


def percent_text(share: float) -> str:
    """'64 %'; a share that rounds to 0 or 100 but is not says 'under 1 %' / 'over 99 %'."""
    percent = round(100 * share)
    if percent == 0 and share > 0:
        return "under 1 %"
    if percent == 100 and share < 1:
        return "over 99 %"
    return f"{percent} %"


def deadline_text(outcome: TargetOutcome, names: Mapping[str, str]) -> str:
    """'start Dossier by 12 Jun 2028', or for a sitting, the day its input is due; '' when none is left."""
    step = outcome.next_deadline
    if step is None:
        return ""
    name = names.get(step.step_id, step.step_id)
    if step.sitting is not None and step.input_deadline is not None:
        return f"have the input to {name} ready by {fmt_day(step.input_deadline)} for the {fmt_day(step.sitting)} sitting"
    return f"start {name} by {fmt_day(step.latest_start)}"


def target_sentence(outcome: TargetOutcome, names: Mapping[str, str], odds: str | None = None) -> str:
    """'To make 31 Mar 2029, start Dossier by 12 Jun 2028 (P50 margin 23 days; 64 % of ... make it).'

    A target the likely path misses says by how much, and which step should already have started.
    `odds` replaces the bracket's text (odds_text), e.g. while the simulation is still running."""
    odds = odds_text(outcome) if odds is None else odds
    target = fmt_day(outcome.target)
    missed = outcome.missed_by
    if missed is None:
        deadline = deadline_text(outcome, names)
        lead = f"To make {target}, {deadline}" if deadline else f"{target} is made"
        if outcome.undated:
            lead += f"; the latest dates of {len(outcome.undated)} earlier steps fall {_outside(outcome)}"
        return f"{lead} ({odds})."
    text = f"{target} is missed on the likely path by {_days(missed.calendar_days)}"
    if missed.working_days is not None:
        text += f" ({missed.working_days} working days)"
    if outcome.undated:
        first = outcome.undated[0]
        text += f": the latest start of {names.get(first, first)} falls {_outside(outcome)}"
    elif outcome.passed:
        first = outcome.passed[0]
        text += (f": {names.get(first.step_id, first.step_id)} should have started by {fmt_day(first.latest_start)}, "
                 f"{_days(first.days_late)} before the status date")
    return f"{text} ({odds})."


def _outside(outcome: TargetOutcome) -> str:
    """Where latest dates the calendars cannot count fall: 'before 1970, where ... begin' (or too near 2200)."""
    first_year, last_year = CALENDAR_YEARS
    if outcome.target.year < last_year - 1:
        return f"before {first_year}, where the working-day calendars begin"
    return f"too near {last_year}, where the working-day calendars end, to be counted"

"""The "Changes since <date>" text, once: the PDF page and the screen view both lay out these lines."""

from __future__ import annotations

from dataclasses import dataclass

from oases_desktop.core.tracking.moved import Movement
from oases_desktop.core.tracking.wording import cause_sentence, days_text, fmt_day


@dataclass(frozen=True)
class MilestoneText:
    """One key milestone: its heading line ('Registered: +54 days (likely ... -> ...; P50 ...)') and bullets."""

    heading: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class ChangesText:
    """Title, how it was worked out, one block per key milestone, and what moved nothing."""

    title: str
    intro: str
    milestones: tuple[MilestoneText, ...]
    footer: str


def _dates(label: str, then, now) -> str:
    return f"{label} {fmt_day(then)} \u2192 {fmt_day(now)}" if then or now else ""


def changes_text(movement: Movement) -> ChangesText:
    """The sentences an advisor reads out, in the order of the report."""
    intro = (f'Against the baseline "{movement.baseline}", saved on {fmt_day(movement.saved_on)} with the status '
             f"date {fmt_day(movement.baseline_status_date)}; this plan's status date is {fmt_day(movement.status_date)}. "
             "Each change since then was replayed on the baseline's plan one at a time, in this order: "
             f"{movement.order}. The days after each cause are what it moved the likely date (calendar days), with "
             "the changes before it already in; they add up to the total move.")
    blocks = []
    for move in movement.milestones:
        if move.variance_days is None:
            text = "new since the baseline" if move.baseline_likely is None else "no longer in the plan"
            blocks.append(MilestoneText(f"{move.name}: {text}.", ()))
            continue
        dates = "; ".join(d for d in (_dates("likely", move.baseline_likely, move.likely),
                                      _dates("P50", move.baseline_p50, move.p50),
                                      _dates("P80", move.baseline_p80, move.p80)) if d)
        bullets = tuple(cause_sentence(c.text, c.days) for c in move.causes) or (
            "Unchanged: no change since the baseline moved it.",)
        blocks.append(MilestoneText(f"{move.name}: {days_text(move.variance_days)} ({dates})", bullets))
    still = [c.text for c in movement.changes
             if not any(c.text in cause.text for m in movement.milestones for cause in m.causes)]
    footer = "Changes that moved no key milestone: " + "; ".join(still) + "." if still else ""
    return ChangesText(f"Changes since {fmt_day(movement.saved_on)}", intro, tuple(blocks), footer)

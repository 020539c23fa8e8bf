"""The "Changes since <date>" page: each key milestone against a baseline, with its causes in plain sentences."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle

from oases_desktop.core.export import style
from oases_desktop.core.export.fonts import BOLD, REGULAR
from oases_desktop.core.tracking.moved import Movement
from oases_desktop.core.tracking.wording import cause_sentence, days_text, fmt_day

_BODY = ParagraphStyle("changes", fontName=REGULAR, fontSize=style.BODY_SIZE, leading=12.5, textColor=style.INK)
_SMALL = ParagraphStyle("changes-small", parent=_BODY, fontSize=style.SMALL_SIZE, leading=10, textColor=style.MUTED)
_NAME = ParagraphStyle("changes-name", parent=_BODY, fontName=BOLD, spaceBefore=6)
_CAUSE = ParagraphStyle("changes-cause", parent=_BODY, fontSize=8.5, leading=11.5, leftIndent=14, bulletIndent=4)


def changes_title(movement: Movement) -> str:
    """'Changes since 12 Jan 2027' (the date the baseline was saved)."""
    return f"Changes since {fmt_day(movement.saved_on)}"


def _dates(label: str, then, now) -> str:
    return f"{label} {fmt_day(then)} \u2192 {fmt_day(now)}" if then or now else ""


def changes_story(movement: Movement, heading) -> list:
    """Flowables of the page; `heading(text)` makes a section heading in the report's style."""
    story = [PageBreak(), heading(changes_title(movement)), Paragraph(escape(
        f'Against the baseline "{movement.baseline}", saved on {fmt_day(movement.saved_on)} with the status '
        f"date {fmt_day(movement.baseline_status_date)}; this plan's status date is {fmt_day(movement.status_date)}. "
        "Each change since then was replayed on the baseline's plan one at a time, in this order: "
        f"{movement.order}. The days after each cause are what it moved the likely date (calendar days), with "
        "the changes before it already in; they add up to the total move."), _SMALL), Spacer(1, 6)]
    for move in movement.milestones:
        if move.variance_days is None:
            text = "new since the baseline" if move.baseline_likely is None else "no longer in the plan"
            story.append(Paragraph(escape(f"{move.name}: {text}."), _NAME))
            continue
        dates = "; ".join(d for d in (_dates("likely", move.baseline_likely, move.likely),
                                      _dates("P50", move.baseline_p50, move.p50),
                                      _dates("P80", move.baseline_p80, move.p80)) if d)
        block = [Paragraph(escape(f"{move.name}: {days_text(move.variance_days)} ({dates})"), _NAME)]
        if not move.causes:
            block.append(Paragraph(escape("Unchanged: no change since the baseline moved it."), _CAUSE, bulletText="\u2022"))
        for cause in move.causes:
            block.append(Paragraph(escape(cause_sentence(cause.text, cause.days)), _CAUSE, bulletText="\u2022"))
        story.append(KeepTogether(block))
    still = [c.text for c in movement.changes
             if not any(c.text in cause.text for m in movement.milestones for cause in m.causes)]
    if still:
        story += [Spacer(1, 8), Paragraph(escape("Changes that moved no key milestone: " + "; ".join(still) + "."), _SMALL)]
    return story

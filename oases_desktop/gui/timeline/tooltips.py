"""Hover text of a timeline bar: dates, min–max, float and the source of the duration."""

from __future__ import annotations

from html import escape


from oases_desktop.core.domain.plan import Step
from oases_desktop.core.knowledge.basis import Basis
from oases_desktop.core.scheduling.result import ScheduledStep
from oases_desktop.gui.steps.basis import basis_sentence
from oases_desktop.gui.i18n import tr
from oases_desktop.gui.dates import display_date




def fmt(day) -> str:
    """A date as "3 Mar 2027"."""
    return display_date(day, "—")


def duration_text(step: Step) -> str:
    """ "2–5 months (likely 3)", or a single figure when min = likely = max."""
    d = step.duration
    unit = d.unit.value.replace("_", " ")
    if d.min == d.likely == d.max:
        return f"{d.likely:g} {unit}"
    return tr("%s–%s %s (likely %s)") % (f"{d.min:g}", f"{d.max:g}", unit, f"{d.likely:g}")


def step_tooltip(step: Step, scheduled: ScheduledStep, basis: Basis, simulated=None) -> str:
    """Rich text for a bar's tooltip; `basis` is the step duration's (AppSession.basis), `simulated` a milestone's
    MilestoneDate with its P50/P80 attached (None: not simulated)."""
    rows = []
    if scheduled.start == scheduled.finish:
        rows.append((tr("Date"), fmt(scheduled.start)))
        if simulated is not None and simulated.p50 is not None:
            rows.append((tr("P50 / P80"), tr("%1 / %2 (simulated)").replace("%1", fmt(simulated.p50))
                         .replace("%2", fmt(simulated.p80))))
    else:
        rows.append((tr("Dates"), f"{fmt(scheduled.start)} – {fmt(scheduled.finish)}"))
        rows.append((tr("Duration"), duration_text(step)))
        rows.append((tr("Finish range"), f"{fmt(scheduled.min_finish)} – {fmt(scheduled.max_finish)}"))
    if scheduled.stop_clock_start:
        rows.append((tr("Stop-clock"), f"{fmt(scheduled.stop_clock_start)} – {fmt(scheduled.stop_clock_finish)}"))
    float_text = tr("critical (no float)") if scheduled.critical else tr("%d calendar days") % scheduled.total_float
    rows.append((tr("Float to plan finish"), float_text))
    if scheduled.cadence_buffer is not None:
        from oases_desktop.core.scheduling.keydates import buffer_sentence

        rows.append((tr("Sitting"), buffer_sentence(scheduled.cadence_buffer)))
    rows.append((tr("Basis"), basis_sentence(basis)))
    if step.projected:
        rows.append((tr("Status"), tr("Projected route: not yet open")))
    body = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<p style='white-space:pre'><b>{escape(step.name)}</b></p><table>{body}</table>"

"""A duration's basis (core.knowledge.basis.Basis) in the GUI's words: a table cell and one sentence.

Rendering only: which fact, source and date back a duration is decided once, by `basis_of`, from
the library the caller passes (the session's). The step table, timeline tooltips and inspector
all say the same thing.
"""

from __future__ import annotations

from oases_desktop.core.knowledge.basis import Basis, BasisKind
from oases_desktop.core.knowledge.model import Reliability
from oases_desktop.gui.dates import display_date
from oases_desktop.gui.i18n import tr


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def figure_text(basis: Basis) -> str:
    """"Target processing time: about 150 working days" (a FACT basis)."""
    value = _number(basis.value)
    if basis.value_high is not None:
        value += "–" + _number(basis.value_high)
    qualifier = {"about": tr("about "), "more_than": tr("more than "), "at_least": tr("at least "),
                 "up_to": tr("up to "), "by": tr("by ")}.get(basis.qualifier, "")
    unit = basis.unit.replace("_", " ") if basis.unit not in ("text", "date") else ""
    return f"{basis.label}: {qualifier}{value} {unit}".strip()


def source_text(basis: Basis) -> str:
    """"Title (Publisher)", or "" when no source backs the basis."""
    source = basis.source
    if source is None:
        return ""
    return source.title + (f" ({source.publisher})" if source.publisher else "")


def adjustment(basis: Basis) -> str:
    """A duration the advisor changed from its sourced figure, in the PDF's words (citations.adjustment_text):
    "Advisor's estimate 200 working days (source figure 150, CIRS, Nov 2024)"; "" when not changed."""
    if not basis.adjusted:
        return ""
    from oases_desktop.core.export.citations import adjustment_text   # here: the export package loads ReportLab

    return adjustment_text(basis, tr("Advisor's estimate {value} {unit} (source figure {figure}, {cited})"))


def basis_short(basis: Basis) -> str:
    """For a table cell: "Estimate", the fact's label, the key the library does not know, or the advisor's change."""
    if basis.adjusted:
        return adjustment(basis)
    if basis.kind == BasisKind.ESTIMATE:
        return tr("Estimate")
    if basis.kind == BasisKind.MISSING:
        return basis.key
    text = basis.source.title if basis.kind == BasisKind.SOURCE else basis.label
    return text + (tr(" ⚠ low reliability") if _low(basis) else "")


def basis_sentence(basis: Basis) -> str:
    """One line: the advisor's change if any, what the figure is, who says so, and as of when."""
    if basis.kind == BasisKind.ESTIMATE:
        return tr("Estimate: no published figure backs this duration.")
    if basis.kind == BasisKind.MISSING:
        return tr("Basis %s (not found in the reference library)") % basis.key
    parts = [adjustment(basis)] if basis.adjusted else []
    parts += [figure_text(basis)] if basis.kind == BasisKind.FACT else []
    if basis.is_estimate:   # the library flags the figure itself an estimate
        parts.append(tr("Estimate"))
    if basis.source is not None:
        parts.append(tr("source: %s") % source_text(basis))
    as_of = basis.as_of if basis.kind == BasisKind.FACT else basis.source.date
    if as_of:
        parts.append(tr("as of %s") % display_date(as_of))
    if _low(basis):
        parts.append(tr("⚠ from a low-reliability source: check it before quoting the figure"))
    return "; ".join(parts)


def _low(basis: Basis) -> bool:
    """The figure rests on a source tagged LOW (facts file §11.1: a reader's letter, a scraper site)."""
    return basis.source is not None and basis.source.reliability == Reliability.LOW

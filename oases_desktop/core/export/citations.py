"""How the report cites its evidence to a client: a figure by its label and value, a source by
its publisher and date, never by the library's internal keys ("ctc.typical", "ohkf_2021").
"""

from __future__ import annotations

import re
from datetime import date

from oases_desktop.core.knowledge.basis import Basis, BasisKind
from oases_desktop.core.language import Language, format_month

ESTIMATE_WORD = "Estimate"
_ASIDE = re.compile(r"\s*\([^()]*\)")


def plain(text: str) -> str:
    """`text` without its bracketed asides: 'Nanfang Daily (repost at ynhanyi.com)' -> 'Nanfang Daily';
    a bare web address is kept, it names the publisher: 'Greater Bay Area (bayarea.gov.hk)'."""
    def drop(match: re.Match) -> str:
        inside = match.group(0).strip()[1:-1]
        return match.group(0) if "." in inside and " " not in inside else ""

    return _ASIDE.sub(drop, text).strip() or text.strip()


def month_year(day: date, precision: str = "day") -> str:
    """'Nov 2024', or '2021' for a source dated to the year only."""
    if str(precision) == "year":
        return str(day.year)
    return format_month(day, Language.EN)


def source_citation(source) -> str:
    """'CIRS, Nov 2024': the publisher (asides dropped) and the source's date."""
    return f"{plain(source.publisher)}, {month_year(source.date, getattr(source, 'date_precision', 'day'))}"


def fact_value(fact) -> str:
    """'about 3 months', '2–3 months', '150 working days', or the text of a text fact (a Fact or a Basis)."""
    if isinstance(fact.value, str):
        value = fact.value
    else:
        value = f"{fact.qualifier.replace('_', ' ')} {fact.value:g}".strip()
        if fact.value_high is not None:
            value += f"–{fact.value_high:g}"
    unit = fact.unit.replace("_", " ") if fact.unit not in ("text", "date") else ""
    if unit and not isinstance(fact.value, str) and fact.value == 1 and fact.value_high is None:
        unit = unit.removesuffix("s")
    return f"{value} {unit}".strip()


def figure_number(basis: Basis) -> str:
    """The published figure without its unit: '150', 'about 3', '2–3'."""
    value = f"{basis.qualifier.replace('_', ' ')} {basis.value:g}".strip()
    return value + (f"–{basis.value_high:g}" if basis.value_high is not None else "")


ADJUSTMENT = "Advisor's estimate {value} {unit} (source figure {figure}, {cited})"


def adjustment_text(basis: Basis, words: str = ADJUSTMENT) -> str:
    """An advisor's figure beside the published one it replaces (basis.adjusted):
    "Advisor's estimate 200 working days (source figure 150, CIRS, Nov 2024)". The PDF and the GUI
    both say it with this function; `words` is ADJUSTMENT in the GUI's language."""
    unit = basis.unit.replace("_", " ")
    if basis.plan_value == 1:
        unit = unit.removesuffix("s")
    cited = source_citation(basis.source) if basis.source is not None else f"{ESTIMATE_WORD.lower()}, as of " \
        f"{month_year(basis.as_of)}"
    return words.format(value=f"{basis.plan_value:g}", unit=unit, figure=figure_number(basis), cited=cited)


def cite_source_id(source_id: str, library) -> str | None:
    """The citation of a source id, None when the library does not know it."""
    if not library.has_source(source_id):
        return None
    return source_citation(library.source(source_id))


def basis_text(basis: Basis) -> str:
    """A duration's basis (knowledge.basis.basis_of) as a client reads it.

    'Estimate' when no published figure backs it; else the figure's label and value and who
    published it when ('… target processing time: 150 working days — CIRS, Nov 2024'); a figure the
    advisor changed says so first, the source figure beside it (adjustment_text).
    """
    if basis.kind == BasisKind.ESTIMATE:
        return ESTIMATE_WORD
    if basis.kind == BasisKind.MISSING:
        return f"{ESTIMATE_WORD} (figure not in the reference library)"
    if basis.kind == BasisKind.SOURCE:   # a source id used directly as the basis
        return source_citation(basis.source)
    if basis.adjusted:
        return f"{adjustment_text(basis)} — {plain(basis.label)}"
    figure = f"{plain(basis.label)}: {fact_value(basis)}"
    if basis.is_estimate:
        return f"{figure} — {ESTIMATE_WORD.lower()}, as of {month_year(basis.as_of)}"
    return f"{figure} — {source_citation(basis.source)}"


def sources_text(source_ids, library) -> str:
    """One citation per line for the sources a step cites (unknown ids are listed in the appendix)."""
    lines = []
    for source_id in source_ids:
        cited = cite_source_id(source_id, library)
        lines.append(cited if cited is not None else "Not in the reference library (see Sources)")
    return "\n".join(dict.fromkeys(lines)) or "—"

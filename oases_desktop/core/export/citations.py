"""How the report cites its evidence to a client: a figure by its label and value, a source by
its publisher and date, never by the library's internal keys ("ctc.typical", "ohkf_2021").
"""

from __future__ import annotations

import re
from datetime import date

from oases_desktop.core.layout.axis import MONTH_ABBR

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
    return f"{MONTH_ABBR[day.month - 1]} {day.year}"


def source_citation(source) -> str:
    """'CIRS, Nov 2024': the publisher (asides dropped) and the source's date."""
    return f"{plain(source.publisher)}, {month_year(source.date, getattr(source, 'date_precision', 'day'))}"


def fact_value(fact) -> str:
    """'about 3 months', '2–3 months', '150 working days', or the text of a text fact."""
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


def cite_source_id(source_id: str, library) -> str | None:
    """The citation of a source id, None when the library does not know it."""
    if library is None or not library.has_source(source_id):
        return None
    return source_citation(library.source(source_id))


def basis_text(estimate, library) -> str:
    """The basis of a duration as a client reads it.

    'Estimate' when no published figure backs it; else the figure's label and value and who
    published it when ('… target processing time: 150 working days — CIRS, Nov 2024').
    """
    if estimate.is_estimate:
        return ESTIMATE_WORD
    key = estimate.basis
    fact = None
    if library is not None:
        try:
            fact = library.latest(key)
        except KeyError:
            fact = None
    if fact is None:
        cited = cite_source_id(key, library)  # a source id used directly as the basis
        return cited if cited is not None else f"{ESTIMATE_WORD} (figure not in the reference library)"
    figure = f"{plain(fact.label)}: {fact_value(fact)}"
    cited = cite_source_id(fact.source_id, library) if fact.source_id else None
    if cited is None or getattr(fact, "estimate", False):
        return f"{figure} — {ESTIMATE_WORD.lower()}, as of {month_year(fact.as_of)}"
    return f"{figure} — {cited}"


def sources_text(source_ids, library) -> str:
    """One citation per line for the sources a step cites (unknown ids are listed in the appendix)."""
    lines = []
    for source_id in source_ids:
        cited = cite_source_id(source_id, library)
        lines.append(cited if cited is not None else "Not in the reference library (see Sources)")
    return "\n".join(dict.fromkeys(lines)) or "—"

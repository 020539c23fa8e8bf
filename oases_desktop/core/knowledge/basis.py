"""What a duration rests on, as data: the one answer the step table, inspector, tooltips, PDF,
Excel and CSV render (each in its own words, none deciding again what the basis is).

`basis_of(estimate, library)` looks the estimate's basis up in the library it is given (the
shipped data with the advisor's own facts layered over it); there is no default library.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from oases_desktop.core.knowledge.model import ESTIMATE, Fact, Origin, ReferenceLibrary, Reliability, Source


class BasisKind(StrEnum):
    """Which kind of thing backs a duration."""

    ESTIMATE = "estimate"  # the advisor's judgement; no published figure is claimed
    FACT = "fact"          # a dated fact of the library (shipped or the advisor's own)
    SOURCE = "source"      # a source id named directly as the basis (no figure of its own)
    MISSING = "missing"    # names a fact or source the library does not have


@dataclass(frozen=True)
class Basis:
    """A duration's basis: the figure, who published it and when, or that it is an estimate.

    `source_figure` is the published value when the plan's likely figure differs from it in the
    same unit (the advisor changed it), else None.
    """

    kind: BasisKind
    key: str = ""                       # the fact (or source) id the estimate names; "" for an estimate
    label: str = ""
    value: float | str | None = None
    value_high: float | None = None
    qualifier: str = ""                 # "", "about", "more_than", "at_least", "up_to", "by"
    unit: str = ""                      # the fact's unit ("months", "working_days", ...)
    as_of: date | None = None           # the date the figure was current
    origin: Origin | None = None        # shipped data or the advisor's own fact
    fact_is_estimate: bool = False      # the library itself flags the figure an estimate
    source: Source | None = None
    plan_value: float | None = None     # the plan's likely figure
    source_figure: float | None = None

    @property
    def is_estimate(self) -> bool:
        """True when no published figure backs the duration (judgement, a flagged or unknown figure)."""
        return self.kind in (BasisKind.ESTIMATE, BasisKind.MISSING) or self.fact_is_estimate

    @property
    def found(self) -> bool:
        return self.kind != BasisKind.MISSING

    @property
    def reliability(self) -> Reliability | None:
        return self.source.reliability if self.source is not None else None

    @property
    def adjusted(self) -> bool:
        """True when the advisor's figure differs from the published one."""
        return self.source_figure is not None


def _source_figure(fact: Fact, estimate) -> float | None:
    """The fact's value when the estimate's likely lies outside it (same unit), else None."""
    if isinstance(fact.value, str) or fact.unit != str(getattr(estimate, "unit", "")):
        return None
    low, high = fact.value, fact.value_high if fact.value_high is not None else fact.value
    return None if low <= estimate.likely <= high else fact.value


def basis_of(estimate, library: ReferenceLibrary) -> Basis:
    """The basis of `estimate` (an Estimate or a template DurationSpec) in `library`."""
    key = estimate.basis
    if key == ESTIMATE:
        return Basis(BasisKind.ESTIMATE, plan_value=estimate.likely)
    try:
        fact = library.latest(key)
    except KeyError:
        if library.has_source(key):
            return Basis(BasisKind.SOURCE, key, source=library.source(key), plan_value=estimate.likely)
        return Basis(BasisKind.MISSING, key, plan_value=estimate.likely)
    source = library.source(fact.source_id) if fact.source_id and library.has_source(fact.source_id) else None
    return Basis(
        BasisKind.FACT, key, fact.label, fact.value, fact.value_high, fact.qualifier, fact.unit, fact.as_of,
        fact.origin, fact.estimate or source is None, source, estimate.likely, _source_figure(fact, estimate),
    )

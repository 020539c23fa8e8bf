"""Shared pieces of the eligibility rules: a verdict builder and reference-approval counting.

A rule records conditions of three kinds. A requirement that is not met makes the route "not
eligible". A date gate that is not yet open makes it "eligible from" that date (the latest closed
gate wins). A gate whose date is an assumption (an estimate fact, e.g. an unannounced CMPR phase)
makes it "projected". Information lines (met None) never change the status. A condition that rests
on a low-reliability source says so in its text, so the client sees how far to trust it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from oases_desktop.core.domain.product import ApprovalStatus, ProductProfile, ReferenceApproval
from oases_desktop.core.knowledge.authorities import Recognition, recognise
from oases_desktop.core.knowledge.model import (
    ConditionResult,
    Fact,
    LookupEntry,
    ReferenceLibrary,
    Reliability,
    RouteStatus,
    RouteVerdict,
)

ORIGINAL_GROUP = "original_32"
ADDED_GROUP = "added_2022"
LOW_RELIABILITY_MARK = "(low-reliability source)"


def fact_date(library: ReferenceLibrary, key: str) -> tuple[date, Fact]:
    """The latest date value of a date fact, with the fact (for its source and estimate flag)."""
    fact = library.latest(key)
    return fact.as_date, fact


def long_date(value: date) -> str:
    return f"{value.day} {value:%b %Y}"


@dataclass
class VerdictBuilder:
    """Collects one route's conditions, gates and warnings, then decides its status."""

    route_id: str
    library: ReferenceLibrary
    conditions: list[ConditionResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _blocked: bool = False
    _not_applicable: bool = False
    _closed_gates: list[date] = field(default_factory=list)
    _projected_gates: list[date] = field(default_factory=list)

    def require(self, met: bool | None, text: str, rule: str, source_id: str | None) -> bool | None:
        """A condition the product must meet; False makes the route not eligible, None leaves it to check."""
        self.conditions.append(ConditionResult(text, met, rule, source_id, to_check=met is None))
        if met is False:
            self._blocked = True
        return met

    def kind(self, applies: bool, text: str, rule: str, source_id: str | None) -> bool:
        """The product-kind check: a route for the other kind of product is "not applicable", not "not eligible"."""
        self.conditions.append(ConditionResult(text, True if applies else False, rule, source_id))
        if not applies:
            self._not_applicable = True
        return applies

    def info(self, text: str, rule: str, source_id: str | None, met: bool | None = None) -> None:
        """A line of explanation that does not change the verdict."""
        self.conditions.append(ConditionResult(text, met, rule, source_id))

    def gate(self, on: date, fact_key: str, open_text: str, closed_text: str, rule: str) -> bool:
        """A date gate from a date fact; True when open on `on` (and the date is not an assumption)."""
        opens, fact = fact_date(self.library, fact_key)
        assumed = fact.estimate
        reasoning = f": {fact.note}" if assumed and fact.note else ""
        when = f"{long_date(opens)}{f' (estimate, an assumed date{reasoning})' if assumed else ''}"
        if assumed:
            self._projected_gates.append(opens)
            self.conditions.append(ConditionResult(f"{closed_text}: projected from {when}", None, rule, fact.source_id))
            return False
        if on >= opens:
            self.conditions.append(ConditionResult(f"{open_text} (since {when})", True, rule, fact.source_id))
            return True
        self._closed_gates.append(opens)
        self.conditions.append(ConditionResult(f"{closed_text}: from {when}", False, rule, fact.source_id))
        return False

    def wait_until(self, opens: date, text: str, rule: str, source_id: str | None) -> None:
        """A gate on a product-specific date (e.g. an expected second reference approval)."""
        self._closed_gates.append(opens)
        self.conditions.append(ConditionResult(f"{text}: from {long_date(opens)}", False, rule, source_id))

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def verdict(self) -> RouteVerdict:
        name = self.library.route(self.route_id).name
        if self._not_applicable:
            status, start = RouteStatus.NOT_APPLICABLE, None
        elif self._blocked:
            status, start = RouteStatus.NOT_ELIGIBLE, None
        elif self._projected_gates:
            status, start = RouteStatus.PROJECTED, max(self._projected_gates + self._closed_gates)
        elif self._closed_gates:
            status, start = RouteStatus.ELIGIBLE_FROM, max(self._closed_gates)
        elif any(c.to_check for c in self.conditions):
            status, start = RouteStatus.TO_CHECK, None
        else:
            status, start = RouteStatus.ELIGIBLE, None
        conditions = [self._marked(c) for c in self.conditions]
        return RouteVerdict(self.route_id, name, status, start, conditions, list(self.warnings))

    def _marked(self, condition: ConditionResult) -> ConditionResult:
        """The condition, its text saying so when its source has low reliability."""
        if not condition.source_id or not self.library.has_source(condition.source_id):
            return condition
        if self.library.source(condition.source_id).reliability != Reliability.LOW:
            return condition
        if LOW_RELIABILITY_MARK in condition.text:
            return condition
        return replace(condition, text=f"{condition.text} {LOW_RELIABILITY_MARK}")


@dataclass
class ApprovalCount:
    """A product's reference approvals, sorted into what counts on a date and what does not."""

    counted: list[tuple[LookupEntry, ReferenceApproval]] = field(default_factory=list)
    future: list[tuple[LookupEntry, ReferenceApproval]] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    not_reference: list[str] = field(default_factory=list)
    not_yet_reference: list[str] = field(default_factory=list)
    eu_wide: list[str] = field(default_factory=list)
    to_check: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (as entered, candidate labels)
    added_from: date | None = None  # when the four places added in 2022 became reference places

    def names(self, group: str | None = None) -> list[str]:
        return [e.name for e, _ in self.counted if group is None or e.attributes.get("group") == group]

    def nth_date(self, n: int) -> date | None:
        """The date the n-th distinct reference approval arrives, counting future-dated ones."""
        if len(self.counted) >= n:
            return None
        dates = sorted(a.date for _, a in self.future if a.date is not None)
        missing = n - len(self.counted)
        return dates[missing - 1] if len(dates) >= missing else None


def count_reference_approvals(profile: ProductProfile, on: date, library: ReferenceLibrary) -> ApprovalCount:
    """Sort the product's approvals by whether a PPB reference country granted them by `on`."""
    countries = library.lookup("reference_countries")
    added_from, _ = fact_date(library, "reference_countries.added_2022_from")
    result = ApprovalCount(added_from=added_from)
    seen: set[str] = set()
    for approval in profile.reference_approvals:
        name = approval.country.strip()
        found = recognise(name, library)
        if found.kind == Recognition.EU:
            result.eu_wide.append(name)
            continue
        if found.kind == Recognition.TO_CHECK:
            result.to_check.append((name, found.candidates))
            continue
        if found.kind == Recognition.OTHER or found.entry is None:
            result.not_reference.append(found.entry.name if found.entry else name)
            continue
        entry = countries.entry(found.entry.id)
        if approval.status == ApprovalStatus.PENDING:
            result.pending.append(entry.name)
            continue
        if entry.id in seen:
            continue
        seen.add(entry.id)
        if entry.attributes.get("group") == ADDED_GROUP and on < added_from:
            # counts once the place joins the list: an approval that will count from that day
            effective = max(approval.date or added_from, added_from)
            result.future.append((entry, replace(approval, date=effective)))
            if effective == added_from:
                result.not_yet_reference.append(entry.name)
            continue
        if approval.date is not None and approval.date > on:
            result.future.append((entry, approval))
        else:
            result.counted.append((entry, approval))
    return result


def approvals_text(count: ApprovalCount) -> str:
    """A short list of what was counted and why the rest was not."""
    parts = [", ".join(count.names()) or "none"]
    expected = [(e, a) for e, a in count.future if e.name not in count.not_yet_reference]
    if expected:
        parts.append("expected: " + ", ".join(f"{e.name} ({long_date(a.date)})" for e, a in expected))
    if count.pending:
        parts.append("pending, not counted: " + ", ".join(count.pending))
    if count.not_reference:
        parts.append("not reference countries: " + ", ".join(count.not_reference))
    if count.not_yet_reference:
        since = long_date(count.added_from) if count.added_from else "2022"
        parts.append(f"not reference places before {since}: " + ", ".join(count.not_yet_reference))
    if count.eu_wide:
        parts.append("EU-wide approval not counted: " + ", ".join(count.eu_wide))
    if count.to_check:
        parts.append("to check: " + ", ".join(f'"{text}"' for text, _ in count.to_check))
    return "; ".join(parts)


def to_check_conditions(b: VerdictBuilder, count: ApprovalCount) -> None:
    """One "to check" condition per approval whose authority is not recognised (never silently dropped)."""
    for text, candidates in count.to_check:
        which = f"it could be {' or '.join(candidates)}" if candidates else "no reference place or known authority matches"
        b.require(None, f"Approval \"{text}\" to check: {which}; choose its authority in the product profile",
                  "approvals.to_check", "cisema_oneplus")


def eu_warning(count: ApprovalCount) -> str | None:
    if not count.eu_wide:
        return None
    return ("Open question: whether an EMA centralised approval counts as approval by the EU member states "
            "on the reference list is not stated; enter the member states' approvals (CPPs) to count them.")

"""The reference library as plain data: sources, dated facts, lookup tables and route templates.

Every regulatory figure the app shows is a `Fact` with a source and an as-of date, or is flagged
as an estimate. Shipped facts (db/seed/reference/) and a user's own facts live side by side:
`ReferenceLibrary.with_user_facts` layers user facts over shipped ones without replacing them,
so both stay visible and a new shipped release never hides a user's edit.
`__pydantic_config__` is plain data read by pydantic when the loader validates JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from oases_desktop.core.domain.plan import Calendar, DependencyType, DurationUnit, Lag, StepKind
from oases_desktop.core.domain.strict import STRICT
from oases_desktop.core.errors import OasesError
from oases_desktop.core.knowledge.notices import CalendarNotice


ESTIMATE = "estimate"  # the basis of a figure no source backs


class ReferenceDataError(OasesError):
    """A reference library file that cannot be used: names the file, the item and the problem."""


class Reliability(StrEnum):
    """How far a source can be trusted (see the facts file's reliability markers)."""

    OFFICIAL = "official"
    SECONDARY = "secondary"
    LOW = "low"
    INFERENCE = "inference"


class DatePrecision(StrEnum):
    """How exact a source's date is; an undated page carries the date of the event it reports."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNDATED = "undated"


class Origin(StrEnum):
    """Where a fact or source came from: the shipped seed, or a user's own entry."""

    SHIPPED = "shipped"
    USER = "user"


@dataclass(frozen=True)
class Source:
    """A document a fact rests on, with its publisher, address, date and reliability."""

    __pydantic_config__ = STRICT
    id: str
    title: str
    publisher: str
    url: str
    date: date
    reliability: Reliability
    date_precision: DatePrecision = DatePrecision.DAY
    note: str = ""
    origin: Origin = Origin.SHIPPED


@dataclass(frozen=True)
class Fact:
    """One dated value of a fact key: a duration, a count, a date gate, a fee or a setting.

    `value` is a number, or text for unit "date" (ISO date) and unit "text". `value_high` closes a
    range ("2-3 months"); `qualifier` keeps "more than"/"about" from the source.
    """

    __pydantic_config__ = STRICT
    key: str
    label: str
    value: float | str
    unit: str
    as_of: date
    source_id: str | None = None
    estimate: bool = False
    value_high: float | None = None
    qualifier: str = ""  # "", "about", "more_than", "at_least", "up_to", "by"
    note: str = ""
    origin: Origin = Origin.SHIPPED

    @property
    def as_date(self) -> date:
        """The value of a date fact; ValueError for other units."""
        if self.unit != "date" or not isinstance(self.value, str):
            raise ValueError(f"fact {self.key} is not a date")
        return date.fromisoformat(self.value)

    @property
    def number(self) -> float:
        """The numeric value; ValueError for date and text facts."""
        if isinstance(self.value, str):
            raise ValueError(f"fact {self.key} is not a number")
        return self.value


_ORIGIN_RANK = {Origin.SHIPPED: 0, Origin.USER: 1}


def _as_user_fact(fact: Fact) -> Fact:
    """The fact marked as the user's, with whole numbers stored as floats like loaded facts."""
    def number(value):
        if isinstance(value, bool):
            raise ReferenceDataError(f"fact {fact.key}: a value cannot be true/false")
        return float(value) if isinstance(value, int) else value

    return replace(fact, origin=Origin.USER, value=number(fact.value), value_high=number(fact.value_high))


@dataclass(frozen=True)
class FactHistory:
    """Every dated value of one key, oldest first; the latest wins, a user's entry on a tie."""

    key: str
    entries: tuple[Fact, ...]

    @property
    def latest(self) -> Fact:
        return self.entries[-1]

    def on(self, day: date) -> Fact | None:
        """The value that was current on `day` (the newest dated on or before it), None if none yet."""
        return next((f for f in reversed(self.entries) if f.as_of <= day), None)

    @property
    def shipped_latest(self) -> Fact | None:
        return next((f for f in reversed(self.entries) if f.origin == Origin.SHIPPED), None)

    @property
    def user_latest(self) -> Fact | None:
        return next((f for f in reversed(self.entries) if f.origin == Origin.USER), None)

    @property
    def shipped_newer_than_user(self) -> bool:
        """True when shipped data is dated after the user's own entry: show both to the user."""
        shipped, user = self.shipped_latest, self.user_latest
        return bool(shipped and user and shipped.as_of > user.as_of)


@dataclass(frozen=True)
class LookupEntry:
    """One row of a lookup table (a country, an institution, a committee, a body)."""

    __pydantic_config__ = STRICT
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    source_ids: list[str] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True)
class Lookup:
    """A named table; `total_fact` is the key of the official total when only some rows are known."""

    __pydantic_config__ = STRICT
    id: str
    title: str
    entries: list[LookupEntry]
    source_ids: list[str] = field(default_factory=list)
    total_fact: str | None = None
    note: str = ""

    def entry(self, entry_id: str) -> LookupEntry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    def find(self, name: str) -> LookupEntry | None:
        """The entry whose id, name or alias matches `name`, ignoring case and spacing."""
        wanted = _normalise(name)
        for entry in self.entries:
            if wanted in {_normalise(entry.id), _normalise(entry.name), *map(_normalise, entry.aliases)}:
                return entry
        return None


def _normalise(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@dataclass(frozen=True)
class DurationSpec:
    """A template duration: min/likely/max with unit, calendar and basis (a fact key or "estimate").

    `value_from_fact` means `likely` is the basis fact's value, so a newer or user-edited fact
    flows into new routes; `range_is_estimate` says min and max are judgement around that figure.
    """

    __pydantic_config__ = STRICT
    min: float
    likely: float
    max: float
    unit: DurationUnit = DurationUnit.MONTHS
    calendar: Calendar = Calendar.HK
    basis: str = ESTIMATE
    value_from_fact: bool = False
    range_is_estimate: bool = False

    @property
    def is_estimate(self) -> bool:
        return self.basis == ESTIMATE


@dataclass(frozen=True)
class TemplateLink:
    """A dependency inside a route template: this step waits on `predecessor` (a step id of the route)."""

    __pydantic_config__ = STRICT
    predecessor: str
    type: DependencyType = DependencyType.FS
    lag: Lag = field(default_factory=Lag)


@dataclass(frozen=True)
class StepVariant:
    """How a step reads when the product misses a route condition (`rule`) the step must then achieve.

    E.g. the standard route's "hold two reference approvals" is a 0-day check for a product that
    holds them, but time to obtain the second approval for one that does not.
    """

    __pydantic_config__ = STRICT
    rule: str  # a condition rule of eligibility.py, e.g. "standard.two_reference_approvals"
    name: str
    duration: DurationSpec
    notes: str = ""


@dataclass(frozen=True)
class StepFeed:
    """A step of another route that waits on this step, wherever both are in a scenario.

    E.g. a trial's read-out feeds the "1+" expert report; an HK registration feeds the HA formulary
    clinician application. The scenario gets the link whichever route is added first (route_links.py).
    """

    __pydantic_config__ = STRICT
    to_route: str   # the route whose step waits
    to_step: str
    why: str = ""
    type: DependencyType = DependencyType.FS
    lag: Lag = field(default_factory=Lag)


@dataclass(frozen=True)
class StepTemplate:
    """A step of a route template, as the advisor's plan will get it."""

    __pydantic_config__ = STRICT
    id: str
    name: str
    duration: DurationSpec
    kind: StepKind = StepKind.TASK
    stop_clock: DurationSpec | None = None
    cadence: str | None = None
    cadence_basis: str | None = None  # fact key of the sittings the cadence encodes
    not_before: str | None = None     # date fact before which the step cannot start (e.g. a service's launch)
    optional: bool = False
    projected: bool = False
    milestone: str | None = None
    depends_on: list[TemplateLink] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    notes: str = ""
    if_unmet: StepVariant | None = None  # the step as it reads when the product misses if_unmet.rule
    feeds: list[StepFeed] = field(default_factory=list)  # other routes' steps that wait on this one


@dataclass(frozen=True)
class RouteEra:
    """A route's steps as the process ran before a dated change (e.g. HA's formulary before end-2024)."""

    __pydantic_config__ = STRICT
    until: str                 # date fact: plans evaluated before it get these steps
    steps: list[StepTemplate]
    note: str = ""             # what changed on that date, for the plan's readers


@dataclass(frozen=True)
class RouteTemplate:
    """A route into HK or the GBA: ordered steps with sourced durations and links between them."""

    __pydantic_config__ = STRICT
    id: str
    name: str
    product_kind: str  # "drug", "device" or "any"
    summary: str
    steps: list[StepTemplate]
    sources: list[str] = field(default_factory=list)
    projected: bool = False
    earlier: RouteEra | None = None  # the steps of the process before a dated change

    def step(self, step_id: str) -> StepTemplate:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)


@dataclass(frozen=True)
class ReferenceLibrary:
    """Sources, facts, lookups, route templates and calendar notices; immutable, cheap to layer user data over."""

    sources: tuple[Source, ...]
    facts: tuple[Fact, ...]
    lookups: tuple[Lookup, ...]
    routes: tuple[RouteTemplate, ...]
    notices: tuple[CalendarNotice, ...] = ()  # published holiday notices (the user's; see notices.py)

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def has_source(self, source_id: str) -> bool:
        return any(s.id == source_id for s in self.sources)

    def fact_keys(self) -> list[str]:
        return sorted({f.key for f in self.facts})

    def history(self, key: str) -> FactHistory:
        """All values of `key`, oldest first; KeyError if the library has none."""
        entries = sorted((f for f in self.facts if f.key == key), key=lambda f: (f.as_of, _ORIGIN_RANK[f.origin]))
        if not entries:
            raise KeyError(key)
        return FactHistory(key, tuple(entries))

    def latest(self, key: str) -> Fact:
        """The newest value of `key` (a user's entry wins a tie with shipped data)."""
        return self.history(key).latest

    def lookup(self, lookup_id: str) -> Lookup:
        for lookup in self.lookups:
            if lookup.id == lookup_id:
                return lookup
        raise KeyError(lookup_id)

    def route(self, route_id: str) -> RouteTemplate:
        for route in self.routes:
            if route.id == route_id:
                return route
        raise KeyError(route_id)

    @property
    def user_facts(self) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.origin == Origin.USER)

    @property
    def user_sources(self) -> tuple[Source, ...]:
        return tuple(s for s in self.sources if s.origin == Origin.USER)

    def named_count(self, lookup_id: str) -> tuple[int, Fact | None]:
        """How many rows of a lookup are named, and the latest official total (None if not known)."""
        lookup = self.lookup(lookup_id)
        named = sum(1 for e in lookup.entries if e.attributes.get("status", "active") == "active")
        total = self.latest(lookup.total_fact) if lookup.total_fact else None
        return named, total

    def with_user_facts(self, facts: list[Fact] | tuple[Fact, ...],
                        sources: list[Source] | tuple[Source, ...] = (),
                        notices: list[CalendarNotice] | tuple[CalendarNotice, ...] = ()) -> ReferenceLibrary:
        """A new library with these user facts, notices (and their sources) layered over this one.

        Nothing is replaced: shipped facts stay in each key's history. A user fact must have its
        own source (or be flagged an estimate) and that source must resolve; so must a notice's.
        A notice replaces an earlier one for the same calendar and year.
        """
        from oases_desktop.core.knowledge.notices import NoticeError, check_notices, replace_notice
        from oases_desktop.core.knowledge.validation import check_user_layer

        user_sources = tuple(replace(s, origin=Origin.USER) for s in sources)
        user_facts = tuple(_as_user_fact(f) for f in facts)
        check_user_layer(self, user_facts, user_sources)
        known = {s.id for s in self.sources}
        merged_sources = self.sources + tuple(s for s in user_sources if s.id not in known)
        present = {replace(f, origin=Origin.USER) for f in self.facts}  # re-adding a fact is a no-op
        fresh = tuple(dict.fromkeys(f for f in user_facts if f not in present))
        merged_notices = self.notices
        for notice in notices:
            merged_notices = replace_notice(merged_notices, notice)
        try:
            check_notices(merged_notices, {s.id for s in merged_sources})
        except NoticeError as error:
            raise ReferenceDataError(str(error)) from None
        return replace(self, sources=merged_sources, facts=self.facts + fresh, notices=merged_notices)



class RouteStatus(StrEnum):
    """A route's verdict for one product on one date."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    ELIGIBLE_FROM = "eligible_from"
    PROJECTED = "projected"
    TO_CHECK = "to_check"              # every condition met or open; at least one open point to confirm
    NOT_APPLICABLE = "not_applicable"  # a drug route for a device, or the reverse: never a plan question


@dataclass(frozen=True)
class ConditionResult:
    """One condition of a route: met (True), missing (False) or unknown/informational (None).

    `to_check` marks an open point (met None on a requirement): neither a yes nor a no, printed as one.
    """

    text: str
    met: bool | None
    rule: str
    source_id: str | None
    to_check: bool = False


@dataclass(frozen=True)
class RouteVerdict:
    """Whether a product can take a route on a date, with every condition and its source."""

    route_id: str
    route_name: str
    status: RouteStatus
    eligible_from: date | None
    conditions: list[ConditionResult]
    warnings: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[ConditionResult]:
        return [c for c in self.conditions if c.met is False]

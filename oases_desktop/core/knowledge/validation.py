"""Content checks of a reference library that a schema cannot express.

Every fact's source resolves; a fact with no source is flagged an estimate; date facts hold ISO
dates; route steps link to steps that exist, without loops; every duration basis names a fact
key (or "estimate") whose unit matches; durations keep the plan rule for min/likely/max (core/domain/rules.py); links between
routes ("feeds") name steps that exist and never make routes wait on each other in a loop.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from oases_desktop.core.domain.cadence import CadenceError, check_cadence
from oases_desktop.core.domain.graph import topological_order
from oases_desktop.core.domain.rules import three_point_problem
from oases_desktop.core.errors import CycleError
from oases_desktop.core.knowledge.model import (
    ESTIMATE,
    DurationSpec,
    Fact,
    Origin,
    ReferenceDataError,
    ReferenceLibrary,
    RouteTemplate,
    Source,
)

USER_PREFIX = "user-"  # ids of users' own sources (gui/fact_dialog.py); shipped ids never use it
VALID_QUALIFIERS = {"", "about", "more_than", "at_least", "up_to", "by"}


def _duplicates(values: list) -> list:
    return [value for value, count in Counter(values).items() if count > 1]


def check_fact(fact: Fact, source_ids: set[str], where: str) -> None:
    """Raise ReferenceDataError if one fact cannot be trusted as stored."""
    label = f"{where}: fact \"{fact.key}\" as of {fact.as_of}"
    if not fact.key.strip() or not fact.label.strip():
        raise ReferenceDataError(f"{label}: key and label must not be empty")
    if fact.source_id is None and not fact.estimate:
        raise ReferenceDataError(f"{label}: has no source; give a source or flag it as an estimate")
    if fact.source_id is not None and fact.source_id not in source_ids:
        raise ReferenceDataError(f"{label}: source \"{fact.source_id}\" is not in the library")
    if fact.qualifier not in VALID_QUALIFIERS:
        raise ReferenceDataError(f"{label}: unknown qualifier \"{fact.qualifier}\"")
    if fact.unit == "date":
        try:
            fact.as_date  # noqa: B018 - parses the value
        except ValueError:
            raise ReferenceDataError(f"{label}: a date fact needs an ISO date value (YYYY-MM-DD)") from None
    elif fact.unit in {"text", "months_of_year"}:
        if not isinstance(fact.value, str):
            raise ReferenceDataError(f"{label}: unit \"{fact.unit}\" needs a text value")
    elif isinstance(fact.value, str):
        raise ReferenceDataError(f"{label}: unit \"{fact.unit}\" needs a number")
    if fact.value_high is not None and (isinstance(fact.value, str) or fact.value_high < fact.value):
        raise ReferenceDataError(f"{label}: value_high must be a number not below value")


def check_source(source: Source, where: str) -> None:
    if not source.id.strip() or not source.title.strip() or not source.publisher.strip():
        raise ReferenceDataError(f"{where}: source \"{source.id}\" needs an id, a title and a publisher")
    if not isinstance(source.date, date):
        raise ReferenceDataError(f"{where}: source \"{source.id}\" has no date")


def _check_duration(spec: DurationSpec, library: ReferenceLibrary, where: str) -> None:
    problem = three_point_problem(spec.min, spec.likely, spec.max, spec.unit)
    if problem:
        raise ReferenceDataError(f"{where}: the duration {problem}")
    if spec.basis == ESTIMATE:
        if spec.value_from_fact:
            raise ReferenceDataError(f"{where}: value_from_fact needs a fact key as basis")
        return
    try:
        fact = library.latest(spec.basis)
    except KeyError:
        raise ReferenceDataError(f"{where}: basis \"{spec.basis}\" is not a fact key of the library") from None
    if spec.value_from_fact and fact.unit != spec.unit.value:
        raise ReferenceDataError(f"{where}: basis \"{spec.basis}\" is in {fact.unit}, the duration in {spec.unit.value}")


def _check_route(route: RouteTemplate, library: ReferenceLibrary, source_ids: set[str], where: str) -> None:
    at = f"{where}: route \"{route.id}\""
    if not route.steps:
        raise ReferenceDataError(f"{at} has no steps")
    step_ids = [s.id for s in route.steps]
    if _duplicates(step_ids):
        raise ReferenceDataError(f"{at}: duplicate step id \"{_duplicates(step_ids)[0]}\"")
    links = []
    for step in route.steps:
        step_at = f"{at} step \"{step.id}\""
        _check_duration(step.duration, library, step_at)
        if step.stop_clock is not None:
            _check_duration(step.stop_clock, library, f"{step_at} stop-clock")
        for source_id in step.sources:
            if source_id not in source_ids:
                raise ReferenceDataError(f"{step_at}: source \"{source_id}\" is not in the library")
        if step.cadence_basis is not None and step.cadence_basis not in {f.key for f in library.facts}:
            raise ReferenceDataError(f"{step_at}: cadence basis \"{step.cadence_basis}\" is not a fact key")
        if step.cadence:
            try:
                check_cadence(step.cadence)
            except CadenceError as error:
                raise ReferenceDataError(f"{step_at}: {error}") from None
        if step.if_unmet is not None:
            _check_duration(step.if_unmet.duration, library, f"{step_at} if_unmet")
            if not step.if_unmet.name.strip():
                raise ReferenceDataError(f"{step_at}: if_unmet needs a name")
        if step.not_before is not None:
            try:
                library.latest(step.not_before).as_date  # noqa: B018 - must be a date fact
            except (KeyError, ValueError):
                raise ReferenceDataError(f"{step_at}: not_before \"{step.not_before}\" is not a date fact") from None
        for link in step.depends_on:
            if link.predecessor not in step_ids:
                raise ReferenceDataError(f"{step_at}: depends on \"{link.predecessor}\", which is not a step of the route")
            links.append((link.predecessor, step.id))
    try:
        topological_order(step_ids, links)
    except CycleError as error:
        raise ReferenceDataError(f"{at}: {error}") from None
    for source_id in route.sources:
        if source_id not in source_ids:
            raise ReferenceDataError(f"{at}: source \"{source_id}\" is not in the library")


def _check_feeds(library: ReferenceLibrary, where: str) -> None:
    """Every feed names a step of a route of the library; routes never wait on each other in a loop."""
    routes = {route.id: route for route in library.routes}
    edges = []
    for route in library.routes:
        for step in route.steps:
            for feed in step.feeds:
                at = f"{where}: route \"{route.id}\" step \"{step.id}\" feeds {feed.to_route}/{feed.to_step}"
                target = routes.get(feed.to_route)
                if target is None:
                    raise ReferenceDataError(f"{at}: no route \"{feed.to_route}\" in the library")
                if feed.to_route == route.id:
                    raise ReferenceDataError(f"{at}: a route cannot feed itself (use depends_on)")
                if feed.to_step not in {s.id for s in target.steps}:
                    raise ReferenceDataError(f"{at}: \"{feed.to_step}\" is not a step of route \"{target.id}\"")
                edges.append((route.id, feed.to_route))
    try:
        topological_order(list(routes), edges)
    except CycleError as error:
        raise ReferenceDataError(f"{where}: links between routes make a loop: {error}") from None


def check_library(library: ReferenceLibrary, where: str) -> None:
    """Raise ReferenceDataError for the first content problem in the library."""
    ids = [s.id for s in library.sources]
    if _duplicates(ids):
        raise ReferenceDataError(f"{where}: duplicate source id \"{_duplicates(ids)[0]}\"")
    source_ids = set(ids)
    for source in library.sources:
        check_source(source, where)
        if source.origin == Origin.SHIPPED and source.id.startswith(USER_PREFIX):
            raise ReferenceDataError(f"{where}: shipped source id \"{source.id}\" uses the prefix kept for users' sources")
    for fact in library.facts:
        check_fact(fact, source_ids, where)
    records = [(f.key, f.as_of, f.source_id, f.origin) for f in library.facts]
    if _duplicates(records):
        key, as_of, source_id, _ = _duplicates(records)[0]
        raise ReferenceDataError(f"{where}: fact \"{key}\" appears twice as of {as_of} from \"{source_id}\"")
    for lookup in library.lookups:
        if _duplicates([e.id for e in lookup.entries]):
            raise ReferenceDataError(f"{where}: lookup \"{lookup.id}\" has duplicate entry ids")
        for source_id in lookup.source_ids + [s for e in lookup.entries for s in e.source_ids]:
            if source_id not in source_ids:
                raise ReferenceDataError(f"{where}: lookup \"{lookup.id}\" cites unknown source \"{source_id}\"")
        if lookup.total_fact is not None and lookup.total_fact not in {f.key for f in library.facts}:
            raise ReferenceDataError(f"{where}: lookup \"{lookup.id}\" total \"{lookup.total_fact}\" is not a fact key")
    for kind, items in (("lookup", library.lookups), ("route", library.routes)):
        if _duplicates([item.id for item in items]):
            raise ReferenceDataError(f"{where}: duplicate {kind} id \"{_duplicates([i.id for i in items])[0]}\"")
    for route in library.routes:
        _check_route(route, library, source_ids, where)
        if route.earlier is not None:  # the steps of the earlier process are checked alike, with their date
            if route.earlier.until not in {f.key for f in library.facts}:
                raise ReferenceDataError(f"{where}: route \"{route.id}\": earlier steps until \"{route.earlier.until}\" "
                                         "is not a fact key")
            _check_route(replace(route, steps=route.earlier.steps, earlier=None), library, source_ids,
                         f"{where} (earlier steps)")
    _check_feeds(library, where)
    from oases_desktop.core.knowledge.notices import NoticeError, check_notices

    try:
        check_notices(library.notices, source_ids)
    except NoticeError as error:
        raise ReferenceDataError(f"{where}: {error}") from None


def check_user_layer(library: ReferenceLibrary, facts: tuple[Fact, ...], sources: tuple[Source, ...]) -> None:
    """User facts need their own source (or the estimate flag); user sources must not clash."""
    where = "user facts"
    shipped = {s.id: s for s in library.sources}
    for source in sources:
        check_source(source, where)
        if source.id in shipped and replace(shipped[source.id], origin=source.origin) != source:
            raise ReferenceDataError(f"{where}: source id \"{source.id}\" is already used by another source; "
                                     "choose a new id")
    known = set(shipped) | {s.id for s in sources}
    for fact in facts:
        check_fact(fact, known, where)

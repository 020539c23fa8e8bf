"""The reference library in the database: shipped rows replaced per release, the user's rows kept apart.

`load()` gives the ReferenceLibrary the rest of the app uses: shipped sources, facts, lookups and
route templates with the user's facts, sources and calendar notices layered over them (KB's
`with_user_facts`, which keeps both in each fact's history). Reseeding (`replace_shipped`) never
touches user_* tables.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import Engine, delete, insert, select

from oases_desktop.core.storage.guard import reading, writing
from oases_desktop.core.storage.library_models import (
    RefFactRow, RefLookupRow, RefMetaRow, RefRouteRow, RefSourceRow, RefStepTemplateRow, UserCalendarNoticeRow,
    UserFactRow, UserSourceRow,
)

sources_t, facts_t = RefSourceRow.__table__, RefFactRow.__table__
lookups_t, routes_t, templates_t = RefLookupRow.__table__, RefRouteRow.__table__, RefStepTemplateRow.__table__
meta_t = RefMetaRow.__table__
user_sources_t, user_facts_t, notices_t = UserSourceRow.__table__, UserFactRow.__table__, UserCalendarNoticeRow.__table__

SEED_DIGEST = "seed_digest"
EARLIER = "~earlier/"  # step-template rows of a route's earlier process (RouteTemplate.earlier); the bare key holds its gate


@cache
def _adapter(cls):
    from pydantic import TypeAdapter

    return TypeAdapter(cls)


def _dump(obj) -> object:
    return _adapter(type(obj)).dump_python(obj, mode="json")


def _load(cls, data):
    return _adapter(cls).validate_json(json.dumps(data))


def _source_values(source) -> dict:
    return {"id": source.id, "title": source.title, "publisher": source.publisher, "url": source.url,
            "date": source.date, "reliability": str(source.reliability),
            "date_precision": str(source.date_precision), "note": source.note}


def _fact_values(fact) -> dict:
    number = None if isinstance(fact.value, str) else float(fact.value)
    return {"key": fact.key, "label": fact.label, "value_number": number,
            "value_text": fact.value if isinstance(fact.value, str) else None, "unit": fact.unit,
            "as_of": fact.as_of, "source_id": fact.source_id, "estimate": fact.estimate,
            "value_high": fact.value_high, "qualifier": fact.qualifier, "note": fact.note}


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _source(row, origin):
    from oases_desktop.core.knowledge.model import DatePrecision, Reliability, Source

    return Source(id=row.id, title=row.title, publisher=row.publisher, url=row.url, date=row.date,
                  reliability=Reliability(row.reliability), date_precision=DatePrecision(row.date_precision),
                  note=row.note, origin=origin)


def _fact(row, origin):
    from oases_desktop.core.knowledge.model import Fact

    value = row.value_text if row.value_text is not None else _number(row.value_number)
    return Fact(key=row.key, label=row.label, value=value, unit=row.unit, as_of=row.as_of, source_id=row.source_id,
                estimate=bool(row.estimate), value_high=row.value_high, qualifier=row.qualifier, note=row.note,
                origin=origin)


class LibraryRepository:
    """Reference data in one database."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def seed_digest(self) -> str | None:
        """The digest of the shipped seed these rows came from (None before the first seeding)."""
        with reading(self._engine) as conn:
            return conn.execute(select(meta_t.c.value).where(meta_t.c.name == SEED_DIGEST)).scalar()

    def replace_shipped(self, library, digest: str) -> None:
        """Replace every shipped row with `library`'s shipped content, in one transaction."""
        from oases_desktop.core.knowledge.model import Origin

        with writing(self._engine, "save reference data") as conn:
            for table in (templates_t, routes_t, lookups_t, facts_t, sources_t, meta_t):
                conn.execute(delete(table))
            shipped_sources = [dict(_source_values(s), position=i)
                               for i, s in enumerate(library.sources) if s.origin == Origin.SHIPPED]
            if shipped_sources:
                conn.execute(insert(sources_t), shipped_sources)
            facts = [dict(_fact_values(f), position=i) for i, f in enumerate(library.facts) if f.origin == Origin.SHIPPED]
            if facts:
                conn.execute(insert(facts_t), facts)
            for position, lookup in enumerate(library.lookups):
                data = _dump(lookup)
                conn.execute(insert(lookups_t).values(id=lookup.id, position=position, title=lookup.title,
                                                      entries=data["entries"], source_ids=data["source_ids"],
                                                      total_fact=lookup.total_fact, note=lookup.note))
            for position, route in enumerate(library.routes):
                conn.execute(insert(routes_t).values(id=route.id, position=position, name=route.name,
                                                     product_kind=route.product_kind, summary=route.summary,
                                                     sources=list(route.sources), projected=route.projected))
                rows = [{"route_id": route.id, "key": step.id, "position": i, "template": _dump(step)}
                        for i, step in enumerate(route.steps)]
                if route.earlier is not None:  # the earlier process: its date gate, then its steps, by key
                    era = route.earlier
                    rows.append({"route_id": route.id, "key": EARLIER.rstrip("/"), "position": len(rows),
                                 "template": {"until": era.until, "note": era.note}})
                    rows += [{"route_id": route.id, "key": EARLIER + step.id, "position": len(rows) + i,
                              "template": _dump(step)} for i, step in enumerate(era.steps)]
                if rows:
                    conn.execute(insert(templates_t), rows)
            conn.execute(insert(meta_t).values(name=SEED_DIGEST, value=digest))

    def shipped(self):
        """The shipped library as stored (no user layer)."""
        from oases_desktop.core.knowledge.model import (
            Lookup, LookupEntry, Origin, ReferenceLibrary, RouteEra, RouteTemplate, StepTemplate,
        )

        with reading(self._engine) as conn:
            sources = tuple(_source(r, Origin.SHIPPED) for r in conn.execute(select(sources_t).order_by(sources_t.c.position)))
            facts = tuple(_fact(r, Origin.SHIPPED) for r in conn.execute(select(facts_t).order_by(facts_t.c.position)))
            lookups = tuple(
                Lookup(id=r.id, title=r.title, entries=[_load(LookupEntry, e) for e in r.entries],
                       source_ids=list(r.source_ids), total_fact=r.total_fact, note=r.note)
                for r in conn.execute(select(lookups_t).order_by(lookups_t.c.position)))
            steps: dict[str, list] = {}
            eras: dict[str, dict] = {}
            for r in conn.execute(select(templates_t).order_by(templates_t.c.route_id, templates_t.c.position)):
                if r.key == EARLIER.rstrip("/"):
                    eras[r.route_id] = dict(r.template, steps=[])
                elif r.key.startswith(EARLIER):
                    eras[r.route_id]["steps"].append(_load(StepTemplate, r.template))
                else:
                    steps.setdefault(r.route_id, []).append(_load(StepTemplate, r.template))
            routes = tuple(
                RouteTemplate(id=r.id, name=r.name, product_kind=r.product_kind, summary=r.summary,
                              steps=steps.get(r.id, []), sources=list(r.sources), projected=r.projected,
                              earlier=RouteEra(**eras[r.id]) if r.id in eras else None)
                for r in conn.execute(select(routes_t).order_by(routes_t.c.position)))
        return ReferenceLibrary(sources=sources, facts=facts, lookups=lookups, routes=routes)

    def load(self):
        """Shipped data with the user's facts, sources and calendar notices layered over it."""
        return self.shipped().with_user_facts(self.user_facts(), self.user_sources(), self.notices())

    def user_facts(self) -> list:
        """The user's own fact values, oldest entry first."""
        from oases_desktop.core.knowledge.model import Origin

        with reading(self._engine) as conn:
            return [_fact(r, Origin.USER) for r in conn.execute(select(user_facts_t).order_by(user_facts_t.c.pk))]

    def user_sources(self) -> list:
        """Sources the user added."""
        from oases_desktop.core.knowledge.model import Origin

        with reading(self._engine) as conn:
            return [_source(r, Origin.USER) for r in conn.execute(select(user_sources_t).order_by(user_sources_t.c.id))]

    def add_user_source(self, source) -> None:
        """Store a source of the user's (replacing one with the same id)."""
        with writing(self._engine, "save reference data") as conn:
            conn.execute(delete(user_sources_t).where(user_sources_t.c.id == source.id))
            conn.execute(insert(user_sources_t).values(**_source_values(source), created=datetime.now(UTC)))

    def add_user_fact(self, fact) -> None:
        """Add a user value for a fact key; checked against the library first (a source or the estimate flag)."""
        self.shipped().with_user_facts([*self.user_facts(), fact], self.user_sources())  # raises if invalid
        with writing(self._engine, "save reference data") as conn:
            conn.execute(insert(user_facts_t).values(**_fact_values(fact), created=datetime.now(UTC)))

    def notices(self) -> list:
        """The calendar notices the user entered, by calendar and year."""
        from oases_desktop.core.domain.plan import Calendar
        from oases_desktop.core.knowledge.notices import CalendarNotice, NoticeDay

        def days(items) -> tuple:
            return tuple(_load(NoticeDay, item) for item in items)

        with reading(self._engine) as conn:
            rows = conn.execute(select(notices_t).order_by(notices_t.c.calendar, notices_t.c.year))
            return [CalendarNotice(Calendar(r.calendar), r.year, days(r.days_off), days(r.makeup_workdays), r.source_id)
                    for r in rows]

    def save_notice(self, notice, source=None) -> None:
        """Store a notice (replacing the one for its calendar and year), with its new source if given;
        checked against the library first, so a notice that cites nothing known is refused."""
        self.add_user_layer((), (source,) if source is not None else (), (notice,))

    def add_user_layer(self, facts, sources, notices) -> None:
        """Store user facts, sources and notices (an imported library file) in one transaction,
        after checking the library they make; a notice replaces the one for its calendar and year."""
        self.shipped().with_user_facts([*self.user_facts(), *facts], [*self.user_sources(), *sources],
                                       [*self.notices(), *notices])  # raises if invalid
        now = datetime.now(UTC)
        with writing(self._engine, "save reference data") as conn:
            for source in sources:
                conn.execute(delete(user_sources_t).where(user_sources_t.c.id == source.id))
                conn.execute(insert(user_sources_t).values(**_source_values(source), created=now))
            for fact in facts:
                conn.execute(insert(user_facts_t).values(**_fact_values(fact), created=now))
            for notice in notices:
                data = _dump(notice)
                self._delete_notice(conn, str(notice.calendar), notice.year)
                conn.execute(insert(notices_t).values(calendar=str(notice.calendar), year=notice.year,
                                                      days_off=data["days_off"],
                                                      makeup_workdays=data["makeup_workdays"],
                                                      source_id=notice.source_id, updated=now))

    def remove_notice(self, calendar: str, year: int) -> bool:
        """Remove the user's notice for a calendar and year (the year goes back to package data)."""
        with writing(self._engine, "remove the calendar notice") as conn:
            return self._delete_notice(conn, str(calendar), year) > 0

    @staticmethod
    def _delete_notice(conn, calendar: str, year: int) -> int:
        return conn.execute(delete(notices_t).where(notices_t.c.calendar == calendar,
                                                    notices_t.c.year == year)).rowcount

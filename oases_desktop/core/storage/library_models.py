"""Tables of the reference library: shipped rows and the user's own rows, kept in separate tables.

Shipped tables (ref_*) are replaced wholesale when a new release ships newer reference data;
user tables (user_*) are never touched by that, so a user's fact or calendar correction survives
every update and stays visible beside the shipped value. A fact key has many dated rows: its
history. Nested template parts (durations, links, lookup entries) are JSON validated on load.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from oases_desktop.core.storage.models import Base


class _SourceColumns:
    id: Mapped[str] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    date: Mapped[date] = mapped_column(Date)
    reliability: Mapped[str]
    date_precision: Mapped[str]
    note: Mapped[str] = mapped_column(Text, default="")


class RefSourceRow(_SourceColumns, Base):
    """A shipped source; `position` keeps the seed's order."""

    __tablename__ = "ref_sources"
    position: Mapped[int] = mapped_column(default=0)


class UserSourceRow(_SourceColumns, Base):
    """A source the user added (for their own facts)."""

    __tablename__ = "user_sources"
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class _FactColumns:
    pk: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(index=True)
    label: Mapped[str] = mapped_column(Text)
    value_number: Mapped[float | None] = mapped_column(Float)  # numeric facts
    value_text: Mapped[str | None] = mapped_column(Text)       # date and text facts
    unit: Mapped[str]
    as_of: Mapped[date] = mapped_column(Date)
    source_id: Mapped[str | None]
    estimate: Mapped[bool] = mapped_column(Boolean, default=False)
    value_high: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(default="")
    note: Mapped[str] = mapped_column(Text, default="")


class RefFactRow(_FactColumns, Base):
    """One dated value of a shipped fact; several rows per key form its history."""

    __tablename__ = "ref_facts"
    position: Mapped[int]


class UserFactRow(_FactColumns, Base):
    """A value the user entered for a fact key, layered over the shipped history."""

    __tablename__ = "user_facts"
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RefLookupRow(Base):
    """A shipped lookup table; its entries are JSON (validated into LookupEntry on load)."""

    __tablename__ = "ref_lookups"

    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    entries: Mapped[list] = mapped_column(JSON)
    source_ids: Mapped[list] = mapped_column(JSON, default=list)
    total_fact: Mapped[str | None]
    note: Mapped[str] = mapped_column(Text, default="")


class RefRouteRow(Base):
    """A shipped route template."""

    __tablename__ = "ref_routes"

    id: Mapped[str] = mapped_column(primary_key=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(Text)
    product_kind: Mapped[str]
    summary: Mapped[str] = mapped_column(Text)
    sources: Mapped[list] = mapped_column(JSON, default=list)
    projected: Mapped[bool] = mapped_column(Boolean, default=False)


class RefStepTemplateRow(Base):
    """A step of a shipped route template; durations and links are JSON."""

    __tablename__ = "ref_step_templates"
    __table_args__ = (UniqueConstraint("route_id", "key"),)

    pk: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    route_id: Mapped[str] = mapped_column(
        ForeignKey("ref_routes.id", ondelete="CASCADE"))
    key: Mapped[str]
    position: Mapped[int]
    template: Mapped[dict] = mapped_column(JSON)  # the StepTemplate as JSON


class RefMetaRow(Base):
    """Facts about the shipped data in this database (e.g. the digest of the seed it came from)."""

    __tablename__ = "ref_meta"

    name: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UserCalendarNoticeRow(Base):
    """A published holiday notice the user entered (knowledge.notices.CalendarNotice; days as JSON)."""

    __tablename__ = "user_calendar_notices"

    calendar: Mapped[str] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    days_off: Mapped[list] = mapped_column(JSON)          # [{"date": "2027-02-05", "name": "..."}]
    makeup_workdays: Mapped[list] = mapped_column(JSON)
    source_id: Mapped[str]
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))

"""Tables of stored plans: plans, their product profile, scenarios, steps and dependencies.

These mirror the dataclasses of core/domain field for field (see mapping.py); small nested lists
(sources, documents, routes, designations, reference approvals) are JSON columns. Enums are stored
as their string values, not database enums, so a new enum member needs no migration. The schema's
history is in db/versions; a change here needs a new revision there (a test compares the two).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON, Boolean, CheckConstraint, Date, DateTime, Float, ForeignKey, ForeignKeyConstraint, Integer, MetaData, String, Text,
    UniqueConstraint, false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so migrations can name every constraint."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {str: String(), list: JSON(), dict: JSON()}


class PlanRow(Base):
    """One plan. `version_id` rises by one on every save; a save names the version it started from."""

    __tablename__ = "plans"
    __table_args__ = (CheckConstraint("version_id >= 1", name="version_positive"),)

    id: Mapped[str] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    client: Mapped[str] = mapped_column(Text)
    as_of: Mapped[date] = mapped_column(Date)
    active_scenario: Mapped[str]
    advisor: Mapped[str] = mapped_column(Text, default="")
    confidentiality: Mapped[str] = mapped_column(Text, default="Confidential")
    notes: Mapped[str] = mapped_column(Text, default="")
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    # Set when the plan is moved to the trash (revision 0003); None for a live plan.
    deleted: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    # The client's target dates, {milestone step id: "YYYY-MM-DD"} (revision 0007); NULL reads as none.
    targets: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class ProductProfileRow(Base):
    """The client's product of one plan (one-to-one with plans)."""

    __tablename__ = "product_profiles"

    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str]
    drug_category: Mapped[str | None]
    indication: Mapped[str] = mapped_column(Text, default="")
    life_threatening_or_debilitating: Mapped[bool] = mapped_column(Boolean, default=False)
    first_in_class: Mapped[bool] = mapped_column(Boolean, default=False)
    designations: Mapped[list] = mapped_column(JSON, default=list)
    reference_approvals: Mapped[list] = mapped_column(JSON, default=list)  # [{"country","status","date"}]
    local_clinical_data: Mapped[bool] = mapped_column(Boolean, default=False)
    asian_clinical_data: Mapped[bool] = mapped_column(Boolean, default=False)
    local_expert_report: Mapped[bool] = mapped_column(Boolean, default=False)
    hk_registered: Mapped[bool] = mapped_column(Boolean, default=False)
    hk_public_hospital_use: Mapped[bool] = mapped_column(Boolean, default=False)
    mainland_approved: Mapped[bool] = mapped_column(Boolean, default=False)
    substitutable_in_mainland: Mapped[bool] = mapped_column(Boolean, default=False)
    device_class: Mapped[str | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    # revision 0004: the December 2026 review's profile fields
    entity_type: Mapped[str | None]
    who_public_health_need: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    nmpa_30_day_channel: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ScenarioRow(Base):
    """One scenario of a plan; `key` is the scenario's id inside its plan, `position` its order."""

    __tablename__ = "scenarios"
    __table_args__ = (UniqueConstraint("plan_id", "key"),)

    pk: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    key: Mapped[str]
    position: Mapped[int]
    name: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    routes: Mapped[list] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    key_milestones: Mapped[list | None] = mapped_column(JSON, nullable=True)


class StepRow(Base):
    """One step of a scenario; the duration and stop-clock estimates are flattened into columns."""

    __tablename__ = "steps"
    __table_args__ = (UniqueConstraint("scenario_pk", "key"),)

    pk: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    scenario_pk: Mapped[int] = mapped_column(ForeignKey("scenarios.pk", ondelete="CASCADE"))
    key: Mapped[str]
    position: Mapped[int]
    name: Mapped[str] = mapped_column(Text)
    route: Mapped[str]
    kind: Mapped[str]
    duration_min: Mapped[float] = mapped_column(Float)
    duration_likely: Mapped[float] = mapped_column(Float)
    duration_max: Mapped[float] = mapped_column(Float)
    duration_unit: Mapped[str]
    duration_calendar: Mapped[str]
    duration_basis: Mapped[str]
    stop_clock_min: Mapped[float | None] = mapped_column(Float)
    stop_clock_likely: Mapped[float | None] = mapped_column(Float)
    stop_clock_max: Mapped[float | None] = mapped_column(Float)
    stop_clock_unit: Mapped[str | None]
    stop_clock_calendar: Mapped[str | None]
    stop_clock_basis: Mapped[str | None]
    cadence: Mapped[str | None] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    projected: Mapped[bool] = mapped_column(Boolean, default=False)
    start_no_earlier_than: Mapped[date | None] = mapped_column(Date)
    fixed_start: Mapped[date | None] = mapped_column(Date)
    actual_start: Mapped[date | None] = mapped_column(Date)
    actual_finish: Mapped[date | None] = mapped_column(Date)
    milestone: Mapped[str | None]
    template: Mapped[str | None]
    sources: Mapped[list] = mapped_column(JSON, default=list)
    documents: Mapped[list] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")


class DependencyRow(Base):
    """`successor` waits on `predecessor`; both must be steps of the same scenario (composite FKs)."""

    __tablename__ = "dependencies"
    __table_args__ = (
        ForeignKeyConstraint(["scenario_pk", "predecessor"], ["steps.scenario_pk", "steps.key"],
                             ondelete="CASCADE", name="fk_dependencies_predecessor_steps"),
        ForeignKeyConstraint(["scenario_pk", "successor"], ["steps.scenario_pk", "steps.key"],
                             ondelete="CASCADE", name="fk_dependencies_successor_steps"),
    )

    pk: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    scenario_pk: Mapped[int] = mapped_column(ForeignKey("scenarios.pk", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    predecessor: Mapped[str]
    successor: Mapped[str]
    type: Mapped[str]
    lag_value: Mapped[float] = mapped_column(Float, default=0)
    lag_unit: Mapped[str]
    lag_calendar: Mapped[str]


class BaselineRow(Base):
    """One baseline of a plan (revision 0004): its name and date as columns, the snapshot as JSON.

    The body is the Baseline dataclass as the plan file writes it, so both stores keep one shape.
    """

    __tablename__ = "baselines"
    __table_args__ = (UniqueConstraint("plan_id", "name"),)

    pk: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(Text)
    scenario_id: Mapped[str]
    saved_on: Mapped[date] = mapped_column(Date)
    body: Mapped[dict] = mapped_column(JSON)

"""Stored plans: list, load, create, save with an optimistic version check, trash, duplicate.

A save is one transaction: it bumps the version with `UPDATE plans ... WHERE id=:id AND
version_id=:seen`, where `seen` is the version the user loaded, and then rewrites the plan's
children. Zero rows updated means someone else saved first: ConflictError, nothing written.
SQLAlchemy's version counter alone is not enough here, because with the usual short sessions it
re-reads the current version at flush time and overwrites silently (reliability plan, finding 3).
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from oases_desktop.core.domain import Plan
from oases_desktop.core.storage.guard import reading, writing
from oases_desktop.core.storage import mapping
from oases_desktop.core.storage.errors import (
    ConflictError, PlanExistsError, PlanNotFoundError, StorageError,
)
from oases_desktop.core.storage.models import (
    BaselineRow, DependencyRow, PlanRow, ProductProfileRow, ScenarioRow, StepRow,
)

plans_t = PlanRow.__table__
products_t = ProductProfileRow.__table__
scenarios_t = ScenarioRow.__table__
steps_t = StepRow.__table__
deps_t = DependencyRow.__table__
baselines_t = BaselineRow.__table__

TRASH_DAYS = 30


@dataclass(frozen=True)
class PlanSummary:
    """One line of the plan list."""

    id: str
    title: str
    client: str
    product: str
    updated: datetime
    version: int


@dataclass
class StoredPlan:
    """A plan as loaded, with the version the next save must name."""

    plan: Plan
    version: int


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands timestamps back without a zone; they were stored in UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


class PlanRepository:
    """Plans in one database. Every method runs its own short transaction."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def list_plans(self) -> list[PlanSummary]:
        """Live plans, most recently changed first."""
        query = (select(plans_t.c.id, plans_t.c.title, plans_t.c.client, products_t.c.name,
                        plans_t.c.updated, plans_t.c.version_id)
                 .join(products_t, products_t.c.plan_id == plans_t.c.id)
                 .where(plans_t.c.deleted.is_(None))
                 .order_by(plans_t.c.updated.desc(), plans_t.c.id))
        with reading(self._engine) as conn:
            return [PlanSummary(r.id, r.title, r.client, r.name, _aware(r.updated), r.version_id)
                    for r in conn.execute(query)]

    def load(self, plan_id: str) -> StoredPlan:
        """The plan and its version; PlanNotFoundError if it is not stored (or is in the trash)."""
        with reading(self._engine) as conn:
            plan_row = conn.execute(select(plans_t).where(plans_t.c.id == plan_id,
                                                          plans_t.c.deleted.is_(None))).mappings().first()
            if plan_row is None:
                raise PlanNotFoundError(plan_id)
            product_row = conn.execute(select(products_t).where(products_t.c.plan_id == plan_id)).mappings().one()
            scenario_rows = conn.execute(select(scenarios_t).where(scenarios_t.c.plan_id == plan_id)
                                         .order_by(scenarios_t.c.position)).mappings().all()
            scenario_pks = select(scenarios_t.c.pk).where(scenarios_t.c.plan_id == plan_id).scalar_subquery()
            step_rows = conn.execute(select(steps_t).where(steps_t.c.scenario_pk.in_(scenario_pks))
                                     .order_by(steps_t.c.scenario_pk, steps_t.c.position)).mappings().all()
            dep_rows = conn.execute(select(deps_t).where(deps_t.c.scenario_pk.in_(scenario_pks))
                                    .order_by(deps_t.c.scenario_pk, deps_t.c.position)).mappings().all()
            baseline_rows = conn.execute(select(baselines_t).where(baselines_t.c.plan_id == plan_id)
                                         .order_by(baselines_t.c.position)).mappings().all()
        plan = mapping.plan_from_rows(plan_row, product_row, list(scenario_rows), list(step_rows), list(dep_rows),
                                      list(baseline_rows))
        return StoredPlan(plan, plan_row["version_id"])

    def create(self, plan: Plan) -> StoredPlan:
        """Store a new plan at version 1; PlanExistsError if its id is taken (even by a trashed plan)."""
        now = _now()
        try:
            with writing(self._engine, "save the plan") as conn:
                if conn.execute(select(plans_t.c.id).where(plans_t.c.id == plan.id)).first() is not None:
                    raise PlanExistsError(plan.id)
                conn.execute(insert(plans_t).values(**mapping.plan_values(plan), version_id=1,
                                                    created=now, updated=now))
                self._write_children(conn, plan)
        except IntegrityError as error:
            raise _integrity_problem(plan, error) from None
        return StoredPlan(copy.deepcopy(plan), 1)

    def save(self, plan: Plan, expected_version: int) -> int:
        """Replace the stored plan if it is still at `expected_version`; returns the new version."""
        new_version = expected_version + 1
        try:
            with writing(self._engine, "save the plan") as conn:
                result = conn.execute(
                    update(plans_t)
                    .where(plans_t.c.id == plan.id, plans_t.c.version_id == expected_version,
                           plans_t.c.deleted.is_(None))
                    .values(**mapping.plan_values(plan), version_id=new_version, updated=_now()))
                if result.rowcount != 1:
                    current = conn.execute(select(plans_t.c.version_id, plans_t.c.deleted)
                                           .where(plans_t.c.id == plan.id)).first()
                    if current is None or current.deleted is not None:
                        raise PlanNotFoundError(plan.id)
                    raise ConflictError(plan.id, expected_version, current.version_id)
                self._delete_children(conn, plan.id)
                self._write_children(conn, plan)
        except IntegrityError as error:
            raise _integrity_problem(plan, error) from None
        return new_version

    def save_as_copy(self, plan: Plan, title: str | None = None) -> StoredPlan:
        """Store `plan` under a new id (the "keep mine as a copy" answer to a conflict)."""
        duplicate = copy.deepcopy(plan)
        duplicate.id = str(uuid.uuid4())
        duplicate.title = title if title is not None else f"{plan.title} (copy)"
        return self.create(duplicate)

    def duplicate(self, plan_id: str, new_title: str) -> StoredPlan:
        """A stored copy of a stored plan, under a new id and title."""
        return self.save_as_copy(self.load(plan_id).plan, new_title)

    def delete(self, plan_id: str) -> None:
        """Move a plan to the trash; it stays restorable for TRASH_DAYS days."""
        with writing(self._engine, "save the plan") as conn:
            result = conn.execute(update(plans_t).where(plans_t.c.id == plan_id, plans_t.c.deleted.is_(None))
                                  .values(deleted=_now()))
            if result.rowcount != 1:
                raise PlanNotFoundError(plan_id)

    def restore(self, plan_id: str) -> None:
        """Take a plan out of the trash."""
        with writing(self._engine, "save the plan") as conn:
            result = conn.execute(update(plans_t).where(plans_t.c.id == plan_id, plans_t.c.deleted.is_not(None))
                                  .values(deleted=None))
            if result.rowcount != 1:
                raise PlanNotFoundError(plan_id)

    def purge_trash(self, now: datetime | None = None) -> int:
        """Erase plans trashed more than TRASH_DAYS ago; returns how many."""
        cutoff = (now or _now()) - timedelta(days=TRASH_DAYS)
        with writing(self._engine, "save the plan") as conn:
            old = [r.id for r in conn.execute(select(plans_t.c.id).where(plans_t.c.deleted < cutoff))]
            for plan_id in old:
                self._delete_children(conn, plan_id)
                conn.execute(delete(products_t).where(products_t.c.plan_id == plan_id))
                conn.execute(delete(plans_t).where(plans_t.c.id == plan_id))
        return len(old)

    def count(self) -> int:
        """Number of live plans."""
        with reading(self._engine) as conn:
            return conn.execute(select(func.count()).select_from(plans_t).where(plans_t.c.deleted.is_(None))).scalar_one()

    @staticmethod
    def _delete_children(conn, plan_id: str) -> None:
        # Explicit, child first: correct even on a connection whose foreign keys are off.
        scenario_pks = select(scenarios_t.c.pk).where(scenarios_t.c.plan_id == plan_id).scalar_subquery()
        conn.execute(delete(baselines_t).where(baselines_t.c.plan_id == plan_id))
        conn.execute(delete(deps_t).where(deps_t.c.scenario_pk.in_(scenario_pks)))
        conn.execute(delete(steps_t).where(steps_t.c.scenario_pk.in_(scenario_pks)))
        conn.execute(delete(scenarios_t).where(scenarios_t.c.plan_id == plan_id))
        conn.execute(delete(products_t).where(products_t.c.plan_id == plan_id))

    @staticmethod
    def _write_children(conn, plan: Plan) -> None:
        conn.execute(insert(products_t).values(**mapping.product_values(plan.id, plan.product)))
        for position, scenario in enumerate(plan.scenarios):
            result = conn.execute(insert(scenarios_t).values(**mapping.scenario_values(plan.id, position, scenario)))
            scenario_pk = result.inserted_primary_key[0]
            if scenario.steps:
                conn.execute(insert(steps_t), [mapping.step_values(scenario_pk, i, s)
                                               for i, s in enumerate(scenario.steps)])
            if scenario.dependencies:
                conn.execute(insert(deps_t), [mapping.dependency_values(scenario_pk, i, d)
                                              for i, d in enumerate(scenario.dependencies)])
        if plan.baselines:
            conn.execute(insert(baselines_t), [mapping.baseline_values(plan.id, i, b)
                                               for i, b in enumerate(plan.baselines)])


def _integrity_problem(plan: Plan, error: IntegrityError) -> StorageError:
    """A plan the database refuses: duplicate ids or a link to a missing step, said in plain words."""
    detail = str(error.orig).splitlines()[0] if error.orig else str(error)
    # No title or client name in the message: messages can end up in logs, client names must not.
    return StorageError("The plan could not be saved: it has a duplicate scenario or step id, "
                        f"or a link to a step that does not exist ({detail}). Fix the plan and save again.")

"""Plain dataclasses <-> table rows. The only place that knows both shapes of a plan.

Rows are handled as dicts (SQLAlchemy Core), so nothing that leaves the storage layer is a live ORM
object: the GUI always gets fresh dataclasses it may edit freely.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from oases_desktop.core.domain import (
    ApprovalStatus, Baseline, Calendar, Dependency, DependencyType, DrugCategory, DurationUnit, EntityType, Estimate, Lag,
    Plan,
    ProductKind, ProductProfile, ReferenceApproval, Scenario, Step, StepKind,
)

Row = Mapping[str, Any]

_PLAN_FIELDS = ("id", "title", "client", "as_of", "active_scenario", "advisor", "confidentiality", "notes")
_PRODUCT_FLAGS = (
    "life_threatening_or_debilitating", "first_in_class", "local_clinical_data", "asian_clinical_data",
    "local_expert_report", "hk_registered", "hk_public_hospital_use", "mainland_approved",
    "substitutable_in_mainland", "who_public_health_need", "nmpa_30_day_channel",
)
_STEP_PLAIN = (
    "name", "route", "cadence", "enabled", "optional", "projected", "start_no_earlier_than", "fixed_start",
    "actual_start", "actual_finish", "milestone", "template", "notes",
)


def plan_values(plan: Plan) -> dict[str, Any]:
    """Columns of the plans row (without version and timestamps)."""
    values = {name: getattr(plan, name) for name in _PLAN_FIELDS}
    values["targets"] = {step_id: day.isoformat() for step_id, day in plan.targets.items()}
    return values


def product_values(plan_id: str, product: ProductProfile) -> dict[str, Any]:
    """Columns of the product_profiles row."""
    values = {name: getattr(product, name) for name in _PRODUCT_FLAGS}
    values.update(
        plan_id=plan_id, name=product.name, kind=str(product.kind),
        drug_category=None if product.drug_category is None else str(product.drug_category),
        indication=product.indication, designations=list(product.designations),
        reference_approvals=[
            {"country": a.country, "status": str(a.status), "date": a.date.isoformat() if a.date else None}
            for a in product.reference_approvals
        ],
        device_class=product.device_class, notes=product.notes,
        entity_type=None if product.entity_type is None else str(product.entity_type),
    )
    return values


def scenario_values(plan_id: str, position: int, scenario: Scenario) -> dict[str, Any]:
    """Columns of one scenarios row (its pk is assigned by the database)."""
    return {"plan_id": plan_id, "key": scenario.id, "position": position, "name": scenario.name,
            "start_date": scenario.start_date, "routes": list(scenario.routes), "notes": scenario.notes,
            "key_milestones": None if scenario.key_milestones is None else list(scenario.key_milestones)}


def _estimate_values(prefix: str, estimate: Estimate | None) -> dict[str, Any]:
    if estimate is None:
        return dict.fromkeys((f"{prefix}_{n}" for n in ("min", "likely", "max", "unit", "calendar", "basis")))
    return {f"{prefix}_min": float(estimate.min), f"{prefix}_likely": float(estimate.likely),
            f"{prefix}_max": float(estimate.max), f"{prefix}_unit": str(estimate.unit),
            f"{prefix}_calendar": str(estimate.calendar), f"{prefix}_basis": estimate.basis}


def step_values(scenario_pk: int, position: int, step: Step) -> dict[str, Any]:
    """Columns of one steps row."""
    values = {name: getattr(step, name) for name in _STEP_PLAIN}
    values.update(scenario_pk=scenario_pk, key=step.id, position=position, kind=str(step.kind),
                  sources=list(step.sources), documents=list(step.documents))
    values.update(_estimate_values("duration", step.duration))
    values.update(_estimate_values("stop_clock", step.stop_clock))
    return values


def dependency_values(scenario_pk: int, position: int, dep: Dependency) -> dict[str, Any]:
    """Columns of one dependencies row."""
    return {"scenario_pk": scenario_pk, "position": position, "predecessor": dep.predecessor,
            "successor": dep.successor, "type": str(dep.type), "lag_value": float(dep.lag.value),
            "lag_unit": str(dep.lag.unit), "lag_calendar": str(dep.lag.calendar)}


def _number(value: float) -> float | int:
    """Whole numbers come back as int, as they were written by the plan file and the GUI."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _estimate(row: Row, prefix: str) -> Estimate | None:
    if row[f"{prefix}_min"] is None:
        return None
    return Estimate(min=_number(row[f"{prefix}_min"]), likely=_number(row[f"{prefix}_likely"]),
                    max=_number(row[f"{prefix}_max"]), unit=DurationUnit(row[f"{prefix}_unit"]),
                    calendar=Calendar(row[f"{prefix}_calendar"]), basis=row[f"{prefix}_basis"])


def step_from_row(row: Row) -> Step:
    """A Step from its row."""
    plain = {name: row[name] for name in _STEP_PLAIN}
    return Step(id=row["key"], duration=_estimate(row, "duration"), stop_clock=_estimate(row, "stop_clock"),
                kind=StepKind(row["kind"]), sources=list(row["sources"] or []),
                documents=list(row["documents"] or []), **plain)


def dependency_from_row(row: Row) -> Dependency:
    """A Dependency from its row."""
    lag = Lag(value=_number(row["lag_value"]), unit=DurationUnit(row["lag_unit"]),
              calendar=Calendar(row["lag_calendar"]))
    return Dependency(predecessor=row["predecessor"], successor=row["successor"],
                      type=DependencyType(row["type"]), lag=lag)


def product_from_row(row: Row) -> ProductProfile:
    """A ProductProfile from its row."""
    approvals = [
        ReferenceApproval(country=a["country"], status=ApprovalStatus(a["status"]),
                          date=date.fromisoformat(a["date"]) if a.get("date") else None)
        for a in row["reference_approvals"] or []
    ]
    return ProductProfile(
        name=row["name"], kind=ProductKind(row["kind"]),
        drug_category=DrugCategory(row["drug_category"]) if row["drug_category"] else None,
        entity_type=EntityType(row["entity_type"]) if row["entity_type"] else None,
        indication=row["indication"], designations=list(row["designations"] or []),
        reference_approvals=approvals, device_class=row["device_class"], notes=row["notes"],
        **{name: bool(row[name]) for name in _PRODUCT_FLAGS},
    )


def _baseline_adapter():
    from pydantic import TypeAdapter  # imported on first use, as the plan file does

    return TypeAdapter(Baseline)


def baseline_values(plan_id: str, position: int, baseline: Baseline) -> dict[str, Any]:
    """Columns of one baselines row; the body is the baseline as the plan file writes it."""
    return {"plan_id": plan_id, "position": position, "name": baseline.name, "scenario_id": baseline.scenario_id,
            "saved_on": baseline.saved_on, "body": _baseline_adapter().dump_python(baseline, mode="json")}


def baseline_from_row(row: Row) -> Baseline:
    """A Baseline from its row (validated as strictly as a plan file)."""
    import json

    return _baseline_adapter().validate_json(json.dumps(row["body"]))


def plan_from_rows(plan_row: Row, product_row: Row, scenario_rows: list[Row],
                   step_rows: list[Row], dependency_rows: list[Row], baseline_rows: list[Row] = ()) -> Plan:
    """Assemble a Plan; child rows must be ordered by position and carry scenario_pk."""
    steps_by_scenario: dict[int, list[Step]] = {}
    for row in step_rows:
        steps_by_scenario.setdefault(row["scenario_pk"], []).append(step_from_row(row))
    deps_by_scenario: dict[int, list[Dependency]] = {}
    for row in dependency_rows:
        deps_by_scenario.setdefault(row["scenario_pk"], []).append(dependency_from_row(row))
    scenarios = [
        Scenario(id=row["key"], name=row["name"], start_date=row["start_date"], routes=list(row["routes"] or []),
                 steps=steps_by_scenario.get(row["pk"], []), dependencies=deps_by_scenario.get(row["pk"], []),
                 notes=row["notes"],
                 key_milestones=None if row["key_milestones"] is None else list(row["key_milestones"]))
        for row in scenario_rows
    ]
    return Plan(id=plan_row["id"], title=plan_row["title"], client=plan_row["client"],
                product=product_from_row(product_row), as_of=plan_row["as_of"], scenarios=scenarios,
                active_scenario=plan_row["active_scenario"], advisor=plan_row["advisor"],
                confidentiality=plan_row["confidentiality"], notes=plan_row["notes"],
                baselines=[baseline_from_row(row) for row in baseline_rows],
                targets={step_id: date.fromisoformat(day) for step_id, day in (plan_row["targets"] or {}).items()})

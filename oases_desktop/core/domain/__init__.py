"""Plain domain objects shared by every layer: the plan, its scenarios, steps and product profile."""

from oases_desktop.core.domain.plan import (
    Calendar,
    Dependency,
    DependencyType,
    DurationUnit,
    Estimate,
    Lag,
    Plan,
    Scenario,
    Step,
    StepKind,
)
from oases_desktop.core.domain.baseline import Baseline, BaselineCalendar, BaselineDate, BaselineFigure  # noqa: I001 (after plan)
from oases_desktop.core.domain.product import (
    ApprovalStatus,
    DrugCategory,
    EntityType,
    ProductKind,
    ProductProfile,
    ReferenceApproval,
)

__all__ = [
    "ApprovalStatus", "Baseline", "BaselineCalendar", "BaselineDate", "BaselineFigure", "Calendar", "Dependency", "DependencyType", "DrugCategory", "DurationUnit",
    "EntityType", "Estimate", "Lag", "Plan", "ProductKind", "ProductProfile", "ReferenceApproval", "Scenario",
    "Step", "StepKind",
]

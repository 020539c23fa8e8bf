"""The client's product as the eligibility rules see it."""

from __future__ import annotations

from dataclasses import dataclass, field
import datetime
from enum import StrEnum

from oases_desktop.core.domain.strict import STRICT



class ProductKind(StrEnum):
    """Drugs and medical devices take different routes."""

    DRUG = "drug"
    DEVICE = "device"


class DrugCategory(StrEnum):
    """Drug categories the HK rules distinguish (1+ scope, CMPR phases)."""

    NEW_CHEMICAL_ENTITY = "new_chemical_entity"
    NEW_BIOLOGICAL_ENTITY = "new_biological_entity"
    NEW_INDICATION = "new_indication"
    VACCINE = "vaccine"
    ADVANCED_THERAPY = "advanced_therapy"
    CHEMICAL_EXTENDED_APPLICATION = "chemical_extended_application"  # NDA-2/NDA-3, CMPR phase 1
    BIOLOGICAL_EXTENDED_APPLICATION = "biological_extended_application"  # CMPR phase 2
    GENERIC = "generic"


class EntityType(StrEnum):
    """Whether the active substance is a chemical or a biological entity (a new indication is either)."""

    CHEMICAL = "chemical"
    BIOLOGICAL = "biological"


class ApprovalStatus(StrEnum):
    """Where a reference-country application stands."""

    APPROVED = "approved"
    MARKETED = "marketed"   # approved and on the market there
    PENDING = "pending"


@dataclass
class ReferenceApproval:
    """An approval by one reference country's drug regulator (proved by a CPP or FSC)."""

    __pydantic_config__ = STRICT
    country: str  # a reference country's name or alias, or another authority's (library lookups)
    status: ApprovalStatus = ApprovalStatus.APPROVED
    date: datetime.date | None = None  # when it was granted


@dataclass
class ProductProfile:
    """What the client tells the advisor about the product; the input of the eligibility engine."""

    __pydantic_config__ = STRICT
    name: str
    kind: ProductKind = ProductKind.DRUG
    drug_category: DrugCategory | None = None
    entity_type: EntityType | None = None  # for a new indication: of a chemical or a biological entity
    indication: str = ""
    life_threatening_or_debilitating: bool = False
    first_in_class: bool = False
    designations: list[str] = field(default_factory=list)  # "orphan", "breakthrough", "priority", ...
    who_public_health_need: bool = False  # a local unmet need of public-health importance promulgated by the WHO
    reference_approvals: list[ReferenceApproval] = field(default_factory=list)
    local_clinical_data: bool = False
    asian_clinical_data: bool = False
    local_expert_report: bool = False
    nmpa_30_day_channel: bool = False  # a Mainland trial in NMPA's 30-working-day channel (key innovative drugs)
    hk_registered: bool = False
    hk_public_hospital_use: bool = False
    mainland_approved: bool = False
    substitutable_in_mainland: bool = False
    device_class: str | None = None  # general medical device I-IV, IVD A-D
    notes: str = ""

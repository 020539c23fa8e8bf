"""Which step of a plan meets which missing eligibility condition, and how it changes the profile.

A supply links a condition rule of eligibility.py (e.g. "one_plus.local_data") to the steps that
meet it, found by their milestone key ("trial_readout", "hk_approval", "hk_public_hospital_use", as
in db/seed/reference/routes.json) or by the route template step they were made from, and to the
change it makes to a copy of the product profile once that step is done. Profiles are never mutated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date

from oases_desktop.core.domain.plan import Step
from oases_desktop.core.domain.product import ApprovalStatus, ProductKind, ProductProfile, ReferenceApproval
from oases_desktop.core.knowledge.model import ReferenceLibrary
from oases_desktop.core.knowledge.rules.common import ADDED_GROUP, ORIGINAL_GROUP, count_reference_approvals
from oases_desktop.core.knowledge.rules.registration import PAIRING_WARNING

Apply = Callable[[ProductProfile, date, ReferenceLibrary], ProductProfile]
Warn = Callable[[ProductProfile, date, ReferenceLibrary], list[str]]


def _no_warnings(profile: ProductProfile, on: date, library: ReferenceLibrary) -> list[str]:
    return []


@dataclass(frozen=True)
class Supply:
    """A missing condition (by rule) that a plan step meets, and the profile as it is afterwards."""

    rule: str
    label: str | Callable[[ReferenceLibrary], str]  # how the reworded condition starts: "Local clinical data"
    apply: Apply
    milestone: str | None = None    # milestone key of the supplying step
    template: str | None = None     # or the route template step ("route/step") it was made from
    kind: ProductKind | None = None  # only for drugs / only for devices
    warnings: Warn = _no_warnings
    # The step must take time to count: a 0-day "hold the approvals" check records what the product
    # has, it does not obtain anything (only a step with a likely duration models obtaining it).
    needs_duration: bool = False

    def label_in(self, library: ReferenceLibrary) -> str:
        return self.label if isinstance(self.label, str) else self.label(library)

    def matches(self, step: Step) -> bool:
        found = ((self.milestone is not None and step.milestone == self.milestone)
                 or (self.template is not None and step.template == self.template))
        return found and (not self.needs_duration or step.duration.likely > 0)


def _with_local_data(profile: ProductProfile, on: date, library: ReferenceLibrary) -> ProductProfile:
    return replace(profile, local_clinical_data=True)


def _registered(profile: ProductProfile, on: date, library: ReferenceLibrary) -> ProductProfile:
    return replace(profile, hk_registered=True)


def _in_public_hospitals(profile: ProductProfile, on: date, library: ReferenceLibrary) -> ProductProfile:
    return replace(profile, hk_public_hospital_use=True)


def _with_reference_approvals(profile: ProductProfile, on: date, library: ReferenceLibrary) -> ProductProfile:
    """Enough reference approvals by `on` for the standard route.

    The plan's step does not say which country grants them, so the rule is fed stand-ins from the
    original 32; the condition is then reworded to name the step, so the stand-ins never show.
    """
    needed = int(library.latest("standard.reference_approvals_needed").number)
    count = count_reference_approvals(profile, on, library)
    held = {entry.id for entry, _ in count.counted}
    stand_ins = [e for e in library.lookup("reference_countries").entries
                 if e.attributes.get("group") == ORIGINAL_GROUP and e.id not in held]
    added = [ReferenceApproval(country=e.name, status=ApprovalStatus.APPROVED, date=on)
             for e in stand_ins[:max(0, needed - len(count.counted))]]
    return replace(profile, reference_approvals=[*profile.reference_approvals, *added])


def _approvals_needed(library: ReferenceLibrary) -> str:
    needed = int(library.latest("standard.reference_approvals_needed").number)
    return f"Approvals in {needed} or more reference countries"


def _pairing_still_open(profile: ProductProfile, on: date, library: ReferenceLibrary) -> list[str]:
    """The plan's approval country is not known: the pairing question stays if none is from the original 32."""
    count = count_reference_approvals(profile, on, library)
    if count.names(ADDED_GROUP) and not count.names(ORIGINAL_GROUP):
        return [PAIRING_WARNING]
    return []


SUPPLIES: tuple[Supply, ...] = (
    Supply("one_plus.local_data", "Local clinical data", _with_local_data, milestone="trial_readout"),
    Supply("standard.two_reference_approvals", _approvals_needed, _with_reference_approvals,
           template="standard_two_reference/reference_approvals", warnings=_pairing_still_open,
           needs_duration=True),
    Supply("formulary.registered", "Registered in Hong Kong", _registered, milestone="hk_approval",
           kind=ProductKind.DRUG),
    Supply("connect.drug_registered", "Registered in Hong Kong", _registered, milestone="hk_approval",
           kind=ProductKind.DRUG),
    Supply("connect.device_public_use", "Used in Hong Kong public hospitals", _in_public_hospitals,
           milestone="hk_public_hospital_use", kind=ProductKind.DEVICE),
)


def supplies_for(rules: Iterable[str], profile: ProductProfile) -> list[Supply]:
    """The supplies that could meet these missing condition rules for this kind of product."""
    wanted = set(rules)
    return [s for s in SUPPLIES if s.rule in wanted and (s.kind is None or s.kind == profile.kind)]

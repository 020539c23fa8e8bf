"""Small builders shared by the eligibility tests."""

from datetime import date

from oases_desktop.core.domain import ApprovalStatus, DrugCategory, ProductKind, ProductProfile, ReferenceApproval


def approval(country, when=date(2025, 1, 15), status=ApprovalStatus.MARKETED):
    return ReferenceApproval(country=country, status=status, date=when)


def drug(**changes):
    """A new chemical entity with no approvals, designations or data unless given."""
    values = dict(name="Test drug", kind=ProductKind.DRUG, drug_category=DrugCategory.NEW_CHEMICAL_ENTITY)
    values.update(changes)
    return ProductProfile(**values)


def device(device_class, **changes):
    return ProductProfile(name="Test device", kind=ProductKind.DEVICE, device_class=device_class, **changes)


def by_route(verdicts):
    return {v.route_id: v for v in verdicts}


def condition(verdict, rule):
    matches = [c for c in verdict.conditions if c.rule == rule]
    assert len(matches) == 1, (rule, [c.rule for c in verdict.conditions])
    return matches[0]


def missing_rules(verdict):
    return sorted(c.rule for c in verdict.conditions if c.met is False)

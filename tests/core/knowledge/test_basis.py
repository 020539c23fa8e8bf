"""basis_of: what a duration rests on, read from the library it is given (checked against the seed JSON)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from oases_desktop.core.domain.plan import DurationUnit, Estimate
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.knowledge.basis import BasisKind, basis_of
from oases_desktop.core.knowledge.model import Fact, Origin, Reliability, Source
from oases_desktop.paths import db_path

SHIPPED = load_library()


def _seed(name: str, key: str, wanted: str) -> dict:
    """The raw entry of the shipped seed file, read without the loader (an independent reference)."""
    entries = json.loads(db_path("seed", "reference", f"{name}.json").read_text(encoding="utf-8"))[name]
    return next(entry for entry in entries if entry[key] == wanted)


def _user_layer(value: float = 200.0) -> tuple[Fact, Source]:
    source = Source("advisor_call_2026", "Call with the Drug Office", "Drug Office (advisor's note)", "",
                    date(2026, 11, 20), Reliability.SECONDARY)
    fact = Fact("oneplus.target_processing", "1+ processing time, advisor's reading", value, "working_days",
                date(2026, 11, 20), source.id)
    return fact, source


def test_a_shipped_fact_brings_its_value_unit_source_date_and_reliability():
    raw = _seed("facts", "key", "oneplus.target_processing")
    source = _seed("sources", "id", raw["source_id"])
    basis = basis_of(Estimate(120, 150, 200, DurationUnit.WORKING_DAYS, basis=raw["key"]), SHIPPED)
    assert basis.kind == BasisKind.FACT and basis.found and not basis.is_estimate
    assert (basis.key, basis.value, basis.unit, basis.as_of) == (raw["key"], raw["value"], raw["unit"],
                                                                date.fromisoformat(raw["as_of"]))
    assert (basis.source.publisher, basis.source.title, basis.source.date) == (
        source["publisher"], source["title"], date.fromisoformat(source["date"]))
    assert basis.reliability == Reliability(source["reliability"])
    assert basis.origin == Origin.SHIPPED and not basis.adjusted


def test_the_advisors_own_newer_fact_is_the_basis_with_its_own_source_and_date():
    fact, source = _user_layer()
    library = SHIPPED.with_user_facts([fact], [source])
    basis = basis_of(Estimate(150, 200, 250, DurationUnit.WORKING_DAYS, basis=fact.key), library)
    assert (basis.value, basis.as_of, basis.origin) == (200.0, date(2026, 11, 20), Origin.USER)
    assert (basis.source.title, basis.source.publisher) == ("Call with the Drug Office", "Drug Office (advisor's note)")
    # the same estimate against the shipped library alone cites the shipped figure, and says the plan differs
    shipped = basis_of(Estimate(150, 200, 250, DurationUnit.WORKING_DAYS, basis=fact.key), SHIPPED)
    assert shipped.value == 150 and shipped.origin == Origin.SHIPPED
    assert shipped.adjusted and (shipped.source_figure, shipped.plan_value) == (150, 200)


def test_a_range_figure_is_not_an_adjustment_inside_it_and_is_outside_it():
    raw = _seed("facts", "key", "ctc.typical")   # 2-3 months
    inside = basis_of(Estimate(2, 2.5, 4, DurationUnit.MONTHS, basis=raw["key"]), SHIPPED)
    outside = basis_of(Estimate(3, 4, 5, DurationUnit.MONTHS, basis=raw["key"]), SHIPPED)
    other_unit = basis_of(Estimate(60, 90, 120, DurationUnit.CALENDAR_DAYS, basis=raw["key"]), SHIPPED)
    assert (inside.value, inside.value_high) == (raw["value"], raw["value_high"]) and not inside.adjusted
    assert outside.source_figure == raw["value"]
    assert not other_unit.adjusted   # another unit: not comparable, so not claimed


def test_an_estimate_an_unknown_key_and_a_source_named_directly():
    estimate = basis_of(Estimate(1, 2, 3), SHIPPED)
    assert estimate.kind == BasisKind.ESTIMATE and estimate.is_estimate and estimate.source is None
    missing = basis_of(Estimate(1, 2, 3, basis="no.such.fact"), SHIPPED)
    assert missing.kind == BasisKind.MISSING and not missing.found and missing.is_estimate
    source_id = _seed("facts", "key", "ctc.typical")["source_id"]
    named = basis_of(Estimate(1, 2, 3, basis=source_id), SHIPPED)
    assert named.kind == BasisKind.SOURCE and named.source.id == source_id and named.value is None


def test_a_fact_flagged_as_an_estimate_is_an_estimate_with_its_date():
    flagged = Fact("oneplus.target_processing", "Advisor's guess", 180, "working_days", date(2026, 12, 1), estimate=True)
    basis = basis_of(Estimate(150, 180, 220, DurationUnit.WORKING_DAYS, basis=flagged.key),
                     SHIPPED.with_user_facts([flagged]))
    assert basis.kind == BasisKind.FACT and basis.is_estimate and basis.source is None
    assert basis.as_of == date(2026, 12, 1)


def test_there_is_no_default_library():
    with pytest.raises(TypeError):
        basis_of(Estimate(1, 2, 3))  # type: ignore[call-arg]

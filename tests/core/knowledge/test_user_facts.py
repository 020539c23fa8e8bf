"""User facts layer over shipped ones without replacing them; libraries travel as files."""

from dataclasses import replace
from datetime import date

import pytest

from oases_desktop.core.domain import DrugCategory
from oases_desktop.core.knowledge import Fact, Origin, ReferenceDataError, Source, load_library
from oases_desktop.core.knowledge.eligibility import evaluate_route
from oases_desktop.core.knowledge.exchange import (
    export_library,
    import_library_bytes,
    import_library_file,
    library_to_bytes,
)
from oases_desktop.core.knowledge.model import Reliability

from .helpers import drug

SHIPPED = load_library()
MEMO = Source(id="memo-2027", title="Drug Office circular on Phase 2", publisher="DH Drug Office", url="",
              date=date(2027, 2, 1), reliability=Reliability.OFFICIAL)


def _fact(key="gba_connect.products", value=160, as_of=date(2026, 9, 1), source_id="memo-2027", **more):
    return Fact(key=key, label="user figure", value=value, unit=more.pop("unit", "products"), as_of=as_of,
                source_id=source_id, **more)


def test_user_fact_becomes_latest_and_shipped_history_stays():
    layered = SHIPPED.with_user_facts([_fact()], [MEMO])
    history = layered.history("gba_connect.products")
    assert history.latest.number == 160 and history.latest.origin is Origin.USER
    assert history.shipped_latest.number == 146
    assert len(history.entries) == len(SHIPPED.history("gba_connect.products").entries) + 1
    assert SHIPPED.latest("gba_connect.products").number == 146


def test_newer_shipped_data_does_not_hide_an_older_user_edit():
    layered = SHIPPED.with_user_facts([_fact(as_of=date(2025, 1, 1))], [MEMO])
    history = layered.history("gba_connect.products")
    assert history.latest.origin is Origin.SHIPPED and history.user_latest.number == 160
    assert history.shipped_newer_than_user  # the app shows both and says so


def test_user_wins_a_tie_with_shipped_data_on_the_same_date():
    layered = SHIPPED.with_user_facts([_fact(as_of=date(2026, 1, 16), value=150)], [MEMO])
    assert layered.latest("gba_connect.products").number == 150


@pytest.mark.parametrize("fact, sources, message", [
    (_fact(source_id=None), [MEMO], "no source"),
    (_fact(source_id="unknown-memo"), [MEMO], "not in the library"),
    (_fact(key="cmpr.phase2_from", value="soon", unit="date"), [MEMO], "ISO date"),
    (_fact(), [replace(MEMO, id="pa2023")], "already used"),
])
def test_bad_user_facts_are_refused(fact, sources, message):
    with pytest.raises(ReferenceDataError, match=message):
        SHIPPED.with_user_facts([fact], sources)


def test_estimate_flag_allows_a_user_fact_without_source():
    layered = SHIPPED.with_user_facts([_fact(source_id=None, estimate=True)])
    assert layered.latest("gba_connect.products").estimate


def test_assumed_cmpr_phase_date_is_user_editable():
    profile = drug(drug_category=DrugCategory.BIOLOGICAL_EXTENDED_APPLICATION, hk_registered=True)
    assumed = SHIPPED.with_user_facts([_fact("cmpr.phase2_from", "2027-01-04", date(2026, 11, 1), None,
                                             unit="date", estimate=True)])
    verdict = evaluate_route("cmpr_primary", profile, date(2026, 11, 25), assumed)
    assert (verdict.status.value, verdict.eligible_from) == ("projected", date(2027, 1, 4))
    announced = SHIPPED.with_user_facts([_fact("cmpr.phase2_from", "2027-03-01", date(2027, 2, 1), "memo-2027",
                                               unit="date")], [MEMO])
    before = evaluate_route("cmpr_primary", profile, date(2027, 2, 28), announced)
    after = evaluate_route("cmpr_primary", profile, date(2027, 3, 1), announced)
    assert (before.status.value, before.eligible_from) == ("eligible_from", date(2027, 3, 1))
    assert after.status.value == "eligible"


def test_adding_the_same_user_fact_twice_is_a_no_op():
    once = SHIPPED.with_user_facts([_fact()], [MEMO])
    assert once.with_user_facts([_fact()], [MEMO]).facts == once.facts


def test_export_and_import_round_trip(tmp_path):
    layered = SHIPPED.with_user_facts([_fact()], [MEMO])
    path = tmp_path / "update.oases-library.json"
    export_library(layered, path)
    colleague = import_library_file(path, load_library())
    assert colleague.user_facts == layered.user_facts
    assert colleague.source("memo-2027").origin is Origin.USER
    again = import_library_file(path, colleague)
    assert again.facts == colleague.facts  # importing twice adds nothing


def test_user_layer_export_carries_cited_shipped_sources_only():
    layered = SHIPPED.with_user_facts([_fact(source_id="xinhua_20260116")])
    text = library_to_bytes(layered).decode("utf-8")
    assert "xinhua_20260116" in text and "pa2023" not in text
    assert import_library_bytes(text.encode(), SHIPPED).latest("gba_connect.products").number == 160


def test_full_export_imports_as_nothing_new():
    data = library_to_bytes(SHIPPED, full=True)
    assert import_library_bytes(data, SHIPPED).facts == SHIPPED.facts


def test_import_refuses_changed_route_templates_and_broken_files(tmp_path):
    data = library_to_bytes(SHIPPED, full=True).replace(b'"likely": 150', b'"likely": 140', 1)
    with pytest.raises(ReferenceDataError, match="cannot be imported"):
        import_library_bytes(data, SHIPPED, "x.json")
    with pytest.raises(ReferenceDataError, match="not valid JSON"):
        import_library_bytes(b"{", SHIPPED, "x.json")
    with pytest.raises(ReferenceDataError, match="missing.json: no such file"):
        import_library_file(tmp_path / "missing.json", SHIPPED)

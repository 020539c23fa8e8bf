"""The shipped seed against the facts file's rules for sources (section 11.1 of hk-gba-regulatory-facts.md).

A reliability tag describes the publisher, not the claim: the `publisher_kinds` lookup files every
shipped source under one kind of publisher, and each kind allows only the tags the facts file gives it.
"""

from datetime import date
from urllib.parse import urlparse

import pytest

from oases_desktop.core.knowledge import load_library
from oases_desktop.core.knowledge.model import Origin, Reliability

LIBRARY = load_library()
SOURCES = [s for s in LIBRARY.sources if s.origin == Origin.SHIPPED]
KINDS = LIBRARY.lookup("publisher_kinds")

# The facts file's reliability markers by publisher (section "How to read this file" and §11.1), independent of the seed.
EXPECTED = {
    "government": {Reliability.OFFICIAL},
    "government_repost": {Reliability.OFFICIAL},
    "university_or_hospital": {Reliability.OFFICIAL, Reliability.SECONDARY},
    "media": {Reliability.SECONDARY},
    "adviser": {Reliability.SECONDARY},
    "third_party_copy": {Reliability.SECONDARY, Reliability.LOW},
    "reader_letter": {Reliability.LOW},
    "scraper_or_generated": {Reliability.LOW},
    "project": {Reliability.LOW, Reliability.INFERENCE},
}


def _kind_of(source_id: str) -> list[str]:
    return [k.id for k in KINDS.entries if source_id in k.source_ids]


def test_publisher_kinds_allow_the_tags_the_facts_file_gives_them():
    assert {k.id: {Reliability(r) for r in k.attributes["reliability"].split(",")} for k in KINDS.entries} == EXPECTED


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_every_source_has_one_publisher_kind_and_a_consistent_tag(source):
    kinds = _kind_of(source.id)
    assert len(kinds) == 1, kinds
    assert source.reliability in EXPECTED[kinds[0]], (source.publisher, kinds[0], source.reliability)


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_every_source_has_an_address_or_says_it_has_none(source):
    if not source.url:
        assert "no public url" in source.note.casefold()
        return
    parsed = urlparse(source.url)
    assert parsed.scheme in ("http", "https") and parsed.netloc
    if parsed.path in ("", "/") and not parsed.query:  # a bare site address does not lead to the page
        assert "site address only" in source.note.casefold()


def test_section_11_reliability_corrections():
    tag = {s.id: s.reliability for s in SOURCES}
    for media in ("metro_20250627", "wwp_20250626", "xinhua_20260116"):  # media quoting officials
        assert tag[media] == Reliability.SECONDARY
    assert tag["scmp_letter_2025"] == Reliability.LOW  # a reader's letter
    assert "nanfang_art8" not in tag  # the scraper copy of the Connect limits is gone
    limits = LIBRARY.latest("gba_connect.review_in_catalogue")
    assert LIBRARY.source(limits.source_id).reliability == Reliability.OFFICIAL
    assert all("ynhanyi" not in s.url for s in SOURCES)


def test_every_estimate_is_labelled_with_its_reasoning():
    for fact in LIBRARY.facts:
        if fact.estimate:
            assert fact.note.strip(), fact.key
        if fact.source_id and LIBRARY.source(fact.source_id).reliability == Reliability.LOW and fact.source_id != "mission_2024":
            assert fact.estimate, fact.key
    for key in ("cmpr.phase2_from", "cmpr.phase3_from", "cmpr.phase4_from"):  # dates no source gives
        fact = LIBRARY.latest(key)
        assert fact.estimate and LIBRARY.source(fact.source_id).reliability == Reliability.INFERENCE
        assert "Assumed" in fact.note


def test_no_fact_is_dated_before_its_source_says():
    first = LIBRARY.latest("oneplus.first_approvals_on").as_date
    assert first == date(2023, 12, 7)  # "approved ... yesterday (December 7)", info.gov.hk 8 Dec 2023
    for fact in LIBRARY.facts:
        if fact.key in ("oneplus.approved", "oneplus.in_hadf") and fact.number > 0:
            assert fact.as_of >= first, (fact.key, fact.as_of)
        if fact.key.startswith("oneplus.") and fact.unit != "date":  # no figure of "1+" before it was announced
            assert fact.as_of >= LIBRARY.latest("oneplus.start").as_of, (fact.key, fact.as_of)
        source = LIBRARY.source(fact.source_id) if fact.source_id else None
        if source is None or source.reliability == Reliability.INFERENCE:
            continue  # reasoning is dated by what it reasons from
        if fact.unit == "date":  # a rule is known from the day its source states it
            assert fact.as_of >= source.date, (fact.key, fact.as_of, source.id)


def test_section_11_counts_are_in_the_seed():
    def on(key, day):
        return LIBRARY.history(key).on(day)

    assert on("oneplus.approved", date(2023, 12, 7)).number == 2
    assert on("oneplus.approved", date(2023, 12, 6)) is None
    assert (on("oneplus.approved", date(2025, 9, 18)).number, on("oneplus.in_hadf", date(2025, 9, 18)).number) == (14, 7)
    assert (on("oneplus.approved", date(2025, 10, 31)).number, on("oneplus.in_hadf", date(2025, 10, 31)).number) == (15, 7)
    assert on("oneplus.approved", date(2024, 10, 25)).source_id == "info_20241025"
    aug_2025 = date(2025, 8, 27)
    assert (on("gba_connect.institutions", aug_2025).number, on("gba_connect.products", aug_2025).number) == (45, 120)
    assert LIBRARY.latest("ha.formulary_update_months").value == "1,4,7,10"
    assert LIBRARY.source(LIBRARY.latest("ha.formulary_update_months").source_id).url.endswith("Updated-HA-Drug-Formulary.html")
    assert LIBRARY.latest("gba_connect.catalogue_measures_valid_to").as_date == date(2030, 10, 31)

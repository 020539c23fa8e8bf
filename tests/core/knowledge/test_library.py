"""The shipped reference library loads strictly, and every figure traces to a dated source."""

import json
from datetime import date

import pytest

from oases_desktop.core.knowledge import ReferenceDataError, load_library, load_library_files
from oases_desktop.core.knowledge.model import ESTIMATE, Reliability
from oases_desktop.paths import db_path

SEED = db_path("seed", "reference")


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_every_source_has_a_date_title_and_reliability(library):
    assert len(library.sources) > 50
    for source in library.sources:
        assert isinstance(source.date, date), source.id
        assert source.title and source.publisher, source.id
        assert source.reliability in set(Reliability)


def test_every_fact_has_a_resolving_source_or_an_estimate_flag(library):
    ids = {s.id for s in library.sources}
    for fact in library.facts:
        assert fact.source_id in ids or (fact.source_id is None and fact.estimate), fact
        if fact.source_id is not None:
            assert fact.source_id in ids, fact


def test_every_shipped_duration_has_a_source_or_is_an_estimate(library):
    keys = set(library.fact_keys())
    for route in library.routes:
        for step in route.steps:
            for spec in (step.duration, step.stop_clock):
                if spec is None:
                    continue
                assert spec.basis == ESTIMATE or spec.basis in keys, (route.id, step.id, spec.basis)
                if spec.basis != ESTIMATE:
                    fact = library.latest(spec.basis)
                    assert fact.source_id and library.has_source(fact.source_id), (route.id, step.id)


def test_low_reliability_sources_back_only_estimates(library):
    """[LOW] material must not pass as a sourced figure, except the mission's own counts."""
    low = {s.id for s in library.sources if s.reliability == Reliability.LOW}
    for fact in library.facts:
        if fact.source_id in low and fact.source_id != "mission_2024":
            assert fact.estimate, fact.key


def test_history_keeps_every_connect_count_and_latest_is_newest(library):
    history = library.history("gba_connect.products")
    values = [(f.as_of, f.number) for f in history.entries]
    assert values == sorted(values, key=lambda v: v[0])
    assert (date(2024, 8, 31), 80) in values and (date(2025, 12, 10), 140) in values
    assert library.latest("gba_connect.products").number == 146
    assert library.latest("gba_connect.institutions").number == 71
    mission = [f for f in history.entries if f.source_id == "mission_2024"]
    assert mission and mission[0].number == 56  # "28 medicines and 28 devices"


def test_reference_countries_are_32_original_plus_4_added(library):
    countries = library.lookup("reference_countries")
    groups = [e.attributes["group"] for e in countries.entries]
    assert len(countries.entries) == 36 == library.latest("reference_countries.count").number
    assert groups.count("original_32") == 32
    added = sorted(e.name for e in countries.entries if e.attributes["group"] == "added_2022")
    assert added == ["Brazil", "China", "Republic of Korea", "Singapore"]
    assert countries.find("United States").name == "USA"
    assert countries.find("Netherlands").name == "Holland"
    assert countries.find("Croatia") is None  # the only EU state not on the list


def test_designated_institutions_named_against_total(library):
    named, total = library.named_count("gba_institutions")
    assert named == 30 and total.number == 71
    cities = {e.attributes["city"] for e in library.lookup("gba_institutions").entries}
    assert {"Shenzhen", "Guangzhou", "Zhuhai", "Foshan", "Dongguan", "Zhongshan"} <= cities


def test_lookups_for_ethics_phase1_and_bodies(library):
    assert len(library.lookup("hk_ethics_committees").entries) == 8
    assert {e.attributes["type"] for e in library.lookup("hk_phase1_centres").entries} == {"phase1_centre", "nmpa_recognised_site"}
    bodies = {e.id for e in library.lookup("bodies").entries}
    assert {"dh_drug_office", "ppb", "ctc_committee", "mdd", "cmpr", "ha_dac", "gbaicti", "gdmpa",
            "gd_health_commission", "nmpa"} <= bodies


def test_seven_routes_with_key_milestones(library):
    assert {r.id for r in library.routes} == {"standard_two_reference", "one_plus", "cmpr_primary",
                                               "hk_clinical_trial", "mdacs_listing", "ha_formulary", "gba_connect"}
    dac = library.route("ha_formulary").step("dac")
    assert "BYMONTH=2,5,8,11" in dac.cadence and dac.kind == "cadence_gate"  # HA since end-2024 (§11.3)
    assert "BYMONTH=1,4,7,10" in library.route("ha_formulary").earlier.steps[2].cadence
    assert library.route("one_plus").step("evaluation").stop_clock is not None


def _copy_seed(tmp_path):
    for path in SEED.glob("*.json"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    return tmp_path


def _edit(path, change):
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


@pytest.mark.parametrize("file_name, change, message", [
    ("facts.json", lambda d: d["facts"][0].update(source_id="nope"), "source \"nope\""),
    ("facts.json", lambda d: d["facts"][0].update(source_id=None), "no source"),
    ("facts.json", lambda d: d["facts"][0].update(value="1 Nov"), "ISO date"),
    ("facts.json", lambda d: d["facts"][0].update(colour="red"), "colour"),
    ("facts.json", lambda d: d["facts"].append(dict(d["facts"][0])), "appears twice"),
    ("sources.json", lambda d: d["sources"][0].pop("date"), "date"),
    ("sources.json", lambda d: d["sources"][0].update(reliability="rumour"), "reliability"),
    ("routes.json", lambda d: d["routes"][0]["steps"][1]["depends_on"].append({"predecessor": "ghost"}), "ghost"),
    ("routes.json", lambda d: d["routes"][1]["steps"][4]["duration"].update(basis="no.such.fact"), "no.such.fact"),
    ("routes.json", lambda d: d["routes"][0]["steps"][1]["duration"].update(min=9), "min <= likely"),
    ("routes.json", lambda d: d["routes"][0]["steps"][0].update(depends_on=[{"predecessor": "certificate"}]), "cycle"),
    ("lookups.json", lambda d: d["lookups"][0]["entries"][0]["source_ids"].append("ghost"), "ghost"),
    ("sources.json", lambda d: d["sources"][0].update(id="user-pa2023"), "prefix kept for users"),
    ("routes.json", lambda d: d["routes"][1]["steps"][1].update(not_before="oneplus.target_processing"), "not a date fact"),
    ("routes.json", lambda d: d["routes"][0]["steps"][0].update(cadence="FREQ=DAILY;INTERVAL=0"), "INTERVAL must be"),
    ("routes.json", lambda d: d["routes"][0]["steps"][0].update(cadence="FREQ=DAILY;COUNT=1;BYEASTER=400"),
     "BYEASTER is not supported"),
])
def test_broken_seed_is_refused_with_a_message(tmp_path, file_name, change, message):
    folder = _copy_seed(tmp_path)
    _edit(folder / file_name, change)
    with pytest.raises(ReferenceDataError) as error:
        load_library_files(sorted(folder.glob("*.json")))
    assert message.lower() in str(error.value).lower()


def test_not_json_or_wrong_format_is_refused(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_bytes(b'{"format": "oases-plan", "version": 1}')
    with pytest.raises(ReferenceDataError, match="not a reference library"):
        load_library_files([bad])
    bad.write_bytes(b'{"format": "oases-reference", "version": 1, "facts": [], "facts": []}')
    with pytest.raises(ReferenceDataError, match="duplicate key"):
        load_library_files([bad])
    bad.write_bytes(b'{"format": "oases-reference", "version": 7}')
    with pytest.raises(ReferenceDataError, match="newer version"):
        load_library_files([bad])


def test_the_issue_counts_are_all_in_the_history(library):
    """The issue lists these figures; each must be kept with its date, the latest shown."""
    institutions = {(f.as_of.year, f.as_of.month, f.number) for f in library.history("gba_connect.institutions").entries}
    assert {(2024, 3, 19), (2024, 9, 45), (2025, 12, 71)} <= institutions
    products = {(f.as_of.year, f.as_of.month, f.number) for f in library.history("gba_connect.products").entries}
    assert {(2024, 8, 80), (2025, 12, 140), (2026, 1, 146)} <= products
    drugs = [f for f in library.history("gba_connect.drugs").entries if f.source_id == "mission_2024"]
    devices = [f for f in library.history("gba_connect.devices").entries if f.source_id == "mission_2024"]
    assert drugs[0].number == devices[0].number == 28

"""`main.py routes FILE [--json] [--on DATE]` prints the verdicts of the plan's product."""

import json

from oases_desktop.cli.main import main
from oases_desktop.core.examples import worked_example
from oases_desktop.core.planfile import save_plan
from oases_desktop.core.knowledge import load_library


def _plan_file(tmp_path, which="medicine"):
    path = tmp_path / f"{which}.json"
    save_plan(worked_example(which, load_library()), path)
    return path


def test_json_output_lists_seven_routes_with_sources(tmp_path, capsys):
    assert main(["routes", str(_plan_file(tmp_path)), "--json", "--profile-only"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["on"] == "2026-11-25" and document["product"].startswith("Examplimab")
    statuses = {r["route_id"]: r["status"] for r in document["routes"]}
    assert statuses == {"standard_two_reference": "not_eligible", "one_plus": "not_eligible",
                        "cmpr_primary": "not_eligible", "hk_clinical_trial": "eligible",
                        "mdacs_listing": "not_applicable", "ha_formulary": "not_eligible",
                        "gba_connect": "not_eligible"}
    one_plus = next(r for r in document["routes"] if r["route_id"] == "one_plus")
    missing = [c for c in one_plus["conditions"] if c["met"] is False]
    assert [c["rule"] for c in missing] == ["one_plus.local_data"]
    assert missing[0]["source"]["date"] and missing[0]["source"]["title"]


def test_on_date_changes_the_verdicts(tmp_path, capsys):
    assert main(["routes", str(_plan_file(tmp_path)), "--json", "--on", "2023-10-31", "--profile-only"]) == 0
    document = json.loads(capsys.readouterr().out)
    one_plus = next(r for r in document["routes"] if r["route_id"] == "one_plus")
    assert document["on"] == "2023-10-31"
    assert any(c["rule"] == "one_plus.start" and c["met"] is False for c in one_plus["conditions"])


def test_human_table_marks_missing_conditions(tmp_path, capsys):
    assert main(["routes", str(_plan_file(tmp_path, "device")), "--profile-only"]) == 0
    out = capsys.readouterr().out
    assert "Device listing under MDACS" in out and "ELIGIBLE" in out
    assert "[MISSING] Used in Hong Kong public hospitals first" in out


def test_bad_file_is_one_line_error_exit_2(tmp_path, capsys):
    assert main(["routes", str(tmp_path / "none.json")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_library_option_layers_a_colleagues_update(tmp_path, capsys):
    from datetime import date

    from oases_desktop.core.knowledge import Fact, Source, load_library
    from oases_desktop.core.knowledge.exchange import export_library
    from oases_desktop.core.knowledge.model import Reliability

    notice = Source(id="user-phase-4-notice", title="Phase 4 notice", publisher="DH Drug Office", url="",
                    date=date(2026, 10, 1), reliability=Reliability.OFFICIAL)
    announced = Fact(key="cmpr.phase4_from", label="Phase 4 announced", value="2026-11-01", unit="date",
                     as_of=date(2026, 10, 1), source_id=notice.id)
    update = tmp_path / "update.json"
    export_library(load_library().with_user_facts([announced], [notice]), update)
    assert main(["routes", str(_plan_file(tmp_path)), "--json", "--library", str(update)]) == 0
    document = json.loads(capsys.readouterr().out)
    cmpr = next(r for r in document["routes"] if r["route_id"] == "cmpr_primary")
    gate = next(c for c in cmpr["conditions"] if c["source_id"] == "user-phase-4-notice")
    assert gate["met"] is True  # a dated, sourced Phase 4 replaces the assumption (the US approval still bars it)

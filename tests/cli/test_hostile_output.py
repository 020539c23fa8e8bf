"""Names from a plan file print escaped (issue 14 item 7); validate refuses exactly what the scheduler
refuses and every refusal names the file (item 8)."""

from __future__ import annotations

import json

import pytest

from oases_desktop.cli.main import main
from oases_desktop.cli.terminal import printable
from oases_desktop.core.planfile import plan_to_bytes
from tests.core.storage.plans_factory import full_plan

HOSTILE = "\x1b[2J\x1b]0;pwned\x07Oncology\r\u202eevil\u202c \U000e0041"


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'db.sqlite'}"


def _plan_file(tmp_path, change=None):
    doc = json.loads(plan_to_bytes(full_plan()))
    doc["plan"]["title"] = HOSTILE
    doc["plan"]["active_scenario"] = "base"
    doc["plan"]["scenarios"][0]["steps"][0]["name"] = "Dossier " + HOSTILE
    if change:
        change(doc)
    path = tmp_path / "hostile.oases"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_printable_escapes_controls_and_bidi_but_not_text():
    assert printable("a\x1b[31mb\x07\r\u202e\u2066z") == "a\\u001b[31mb\\u0007\\u000d\\u202e\\u2066z"
    assert printable("港澳藥械通 é ✓") == "港澳藥械通 é ✓"
    assert printable("\U000e0041") == "\\udb40\\udc41"  # a tag character, as JSON writes it
    assert printable("two\nlines", keep_newlines=True) == "two\nlines" and printable("two\nlines") == "two\\u000alines"


@pytest.mark.parametrize("command", [["validate"], ["schedule", "--runs", "20"], ["schedule", "--json", "--runs", "0"],
                                     ["export-pdf", "-o", "OUT"]])
def test_commands_print_names_escaped(tmp_path, capsys, db, command):
    path = _plan_file(tmp_path)
    argv = ["--db", db, command[0], str(path), *[str(tmp_path / "r.pdf") if a == "OUT" else a for a in command[1:]]]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\u202e" not in out
    if "--json" in command:
        assert json.loads(out)["steps"]  # still valid JSON: the escapes are JSON's own
    elif command[0] != "schedule" or "Dossier" in out:
        assert "\\u001b[2J" in out


def test_an_error_message_with_a_hostile_rule_is_one_escaped_line(tmp_path, capsys, db):
    def bad_rule(doc):
        doc["plan"]["scenarios"][0]["steps"][2]["cadence"] = "DTSTART:20300231\nRRULE:FREQ=DAILY\x1b[2J"
    path = _plan_file(tmp_path, bad_rule)
    assert main(["--db", db, "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err and "\\u000a" in err and str(path) in err


def test_validate_refuses_what_the_scheduler_refuses_naming_the_file(tmp_path, capsys, db):
    """36,000 months passed validate (it counted units, not time); schedule then refused without the file."""
    def long(doc):
        doc["plan"]["scenarios"][0]["steps"][0]["duration"] = {"min": 1, "likely": 2, "max": 36_000, "unit": "months"}
    path = _plan_file(tmp_path, long)
    for command in (["validate"], ["schedule", "--runs", "0"]):
        assert main(["--db", db, command[0], str(path), *command[1:]]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"error: {path}") and "100 years" in err, err


def test_validate_checks_every_scenario_on_the_status_date(tmp_path, capsys, db):
    def ended(doc):
        gate = doc["plan"]["scenarios"][0]["steps"][2]
        gate.update(cadence="FREQ=YEARLY;COUNT=1", enabled=True, fixed_start=None, actual_start=None, actual_finish=None)
        doc["plan"]["active_scenario"] = "fast"   # the broken scenario is not the active one
    path = _plan_file(tmp_path, ended)
    assert main(["--db", db, "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "plan.scenarios[0]" in err and "no sitting" in err and str(path) in err

"""`--db URL`: the commands judge and cite with that database's library (the advisor's facts over the
shipped ones), as the desktop app does; without `--db`, the database of the data folder the app opens."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from oases_desktop.core.storage import open_database
from oases_desktop.core.storage.database import DB_FILENAME, sqlite_url
from tests.advisor_facts import (BULLETIN, LETTER, SHIPPED_CITED, TURNAROUND, TURNAROUND_CITED, TURNAROUND_STEP, pdf_text,
                                  record_in)

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return result


def record_user_facts(url: str) -> None:
    with open_database(url, auto_backup=False) as db:
        record_in(db.library)


@pytest.fixture
def plan_file(tmp_path) -> Path:
    path = tmp_path / "medicine.oases"
    run("example", "-o", str(path))
    return path


def institutions_condition(document: dict) -> dict:
    connect = next(route for route in document["routes"] if route["route_id"] == "gba_connect")
    return next(c for c in connect["conditions"] if c["rule"] == "connect.institutions")


def test_export_pdf_with_db_cites_the_advisors_figure_source_and_date(tmp_path, plan_file):
    url = sqlite_url(tmp_path / "advisor.sqlite")
    record_user_facts(url)
    run("export-pdf", str(plan_file), "-o", str(tmp_path / "user.pdf"), "--db", url)
    text = pdf_text(tmp_path / "user.pdf")
    assert TURNAROUND_CITED in text
    run("export-pdf", str(plan_file), "-o", str(tmp_path / "shipped.pdf"), "--db", sqlite_url(tmp_path / "plain.sqlite"))
    shipped = pdf_text(tmp_path / "shipped.pdf")
    assert "180 working days" not in shipped and "Drug Office, Oct 2026" not in shipped
    assert SHIPPED_CITED in shipped


def test_routes_json_with_db_counts_the_advisors_recorded_institutions(tmp_path, plan_file):
    url = sqlite_url(tmp_path / "advisor.sqlite")
    record_user_facts(url)
    user = institutions_condition(json.loads(run("routes", str(plan_file), "--json", "--db", url).stdout))
    assert user["text"].startswith("83 designated institutions as of 30 Jun 2026")
    assert (user["source_id"], user["source"]["publisher"], user["source"]["date"]) == (
        BULLETIN.id, BULLETIN.publisher, "2026-06-30")
    plain = json.loads(run("routes", str(plan_file), "--json", "--db", sqlite_url(tmp_path / "plain.sqlite")).stdout)
    shipped = institutions_condition(plain)
    assert shipped["text"].startswith("71 designated institutions") and shipped["source_id"] != BULLETIN.id


def test_without_db_the_commands_use_the_database_of_the_apps_data_folder(tmp_path, plan_file, monkeypatch):
    data = tmp_path / "data-folder"
    monkeypatch.setenv("OASES_DATA_DIR", str(data))
    monkeypatch.delenv("OASES_DB_URL", raising=False)
    record_user_facts(sqlite_url(data / DB_FILENAME))
    condition = institutions_condition(json.loads(run("routes", str(plan_file), "--json").stdout))
    assert condition["source_id"] == BULLETIN.id
    monkeypatch.setenv("OASES_DB_URL", sqlite_url(tmp_path / "elsewhere.sqlite"))
    assert institutions_condition(json.loads(run("routes", str(plan_file), "--json").stdout))["source_id"] != BULLETIN.id


def test_a_database_the_app_holds_open_is_read_beside_it(tmp_path, plan_file):
    url = sqlite_url(tmp_path / "advisor.sqlite")
    record_user_facts(url)
    with open_database(url, auto_backup=False):   # the desktop app has it open
        document = json.loads(run("routes", str(plan_file), "--json", "--db", url).stdout)
    assert institutions_condition(document)["source_id"] == BULLETIN.id


def test_schedule_json_with_db_gives_each_steps_basis_from_that_database(tmp_path, plan_file):
    url = sqlite_url(tmp_path / "advisor.sqlite")
    record_user_facts(url)
    steps = {s["id"]: s for s in json.loads(run("schedule", str(plan_file), "--json", "--runs", "0", "--db", url).stdout)["steps"]}
    user = steps[TURNAROUND_STEP]["basis"]
    assert (user["value"], user["as_of"], user["origin"]) == (TURNAROUND.value, "2026-10-12", "user")
    assert (user["source"]["title"], user["source"]["date"]) == (LETTER.title, "2026-10-12")
    plain = json.loads(run("schedule", str(plan_file), "--json", "--runs", "0",
                           "--db", sqlite_url(tmp_path / "plain.sqlite")).stdout)
    shipped = {s["id"]: s for s in plain["steps"]}[TURNAROUND_STEP]["basis"]
    assert shipped["value"] == 150 and shipped["origin"] == "shipped" and shipped["source"]["id"] != LETTER.id

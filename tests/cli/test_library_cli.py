"""A calendar notice entered in one database travels in a library file to a colleague's database.

`main.py library export` on the first database, `main.py library import` on the second (SQLite,
and PostgreSQL when TEST_PG_URL is set), then `main.py schedule --db` on the second counts the
notice: the 20-working-day clock of tests/core/scheduling/test_calendar_notices.py ends on Fri
5 Mar 2027 instead of Thu 4 Mar, and the "estimated" warning for Mainland 2027 is gone.
"""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from oases_desktop.core.domain.plan import Calendar, Plan
from oases_desktop.core.domain.product import ProductProfile
from oases_desktop.core.planfile import save_plan
from oases_desktop.core.storage import open_database
from tests.core.scheduling.test_calendar_notices import CN_2027, SOURCE, _clock
from tests.core.storage.pg import PG_URL, SKIP_REASON, reset_postgres

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=180)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def colleague_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'colleague.sqlite'}"
    if not PG_URL:
        pytest.skip(SKIP_REASON)
    reset_postgres(PG_URL)
    return PG_URL


def _schedule(plan_file: Path, url: str) -> dict:
    result = run("schedule", str(plan_file), "--json", "--runs", "0", "--db", url)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_notice_exported_from_one_database_and_imported_into_another_moves_the_schedule(tmp_path, colleague_url):
    mine = f"sqlite:///{tmp_path / 'mine.sqlite'}"
    with open_database(mine) as db:
        db.library.save_notice(CN_2027, SOURCE)
    plan_file = tmp_path / "clock.oases"
    scenario = _clock(Calendar.CN, date(2027, 2, 1), 20)
    save_plan(Plan("p", "Clock", "c", ProductProfile("X"), date(2026, 12, 7), [scenario], "s"), plan_file)
    library_file = tmp_path / "notices.oases-library.json"

    exported = run("library", "export", "-o", str(library_file), "--db", mine)
    assert exported.returncode == 0, exported.stderr
    assert [n["year"] for n in json.loads(library_file.read_text("utf-8"))["notices"]] == [2027]

    before = _schedule(plan_file, colleague_url)
    assert before["steps"][0]["finish"] == "2027-03-04"
    assert any("CN working-day calendar for 2027 is estimated" in w for w in before["warnings"])

    dry = run("library", "import", str(library_file), "--dry-run", "--db", colleague_url)
    assert dry.returncode == 0, dry.stderr
    assert "Calendar notice CN 2027 (new): 10 days off, 1 make-up working day" in dry.stdout
    assert _schedule(plan_file, colleague_url)["steps"][0]["finish"] == "2027-03-04"  # a dry run stores nothing

    imported = run("library", "import", str(library_file), "--db", colleague_url)
    assert imported.returncode == 0, imported.stderr
    after = _schedule(plan_file, colleague_url)
    assert after["steps"][0]["finish"] == "2027-03-05"
    assert not [w for w in after["warnings"] if "2027" in w]
    assert any("Sat 20 Feb 2027" in e["text"] for e in after["steps"][0]["explanation"])
    with open_database(colleague_url) as db:
        assert db.library.notices() == [CN_2027] and db.library.load().source(SOURCE.id).title == SOURCE.title

    again = run("library", "import", str(library_file), "--db", colleague_url)
    assert again.returncode == 0 and "Nothing new" in again.stdout


def test_export_full_writes_the_whole_library_and_a_bad_file_is_refused_in_one_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'mine.sqlite'}"
    full = tmp_path / "full.json"
    assert run("library", "export", "-o", str(full), "--full", "--db", url).returncode == 0
    assert len(json.loads(full.read_text("utf-8"))["routes"]) > 3
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "oases-reference", "version": 1, "notices": [{"calendar": "CN", "year": 2027, '
                   '"days_off": [], "makeup_workdays": [{"date": "2027-02-22", "name": "x"}], "source_id": "nope"}]}')
    refused = run("library", "import", str(bad), "--db", url)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "nope" in refused.stderr or "weekday" in refused.stderr

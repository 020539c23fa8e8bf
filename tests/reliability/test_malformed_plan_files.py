"""Malformed plan files: every one is rejected with one clear message naming the file (and the field,
where there is one), nothing reaches the database, and valid plans survive file and database round trips."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter

from hypothesis import given, settings

from oases_desktop.core.errors import PlanFileError
from oases_desktop.core.planfile import load_plan, plan_from_bytes, plan_to_bytes, save_plan
from oases_desktop.core.storage import open_database
from tests.core.storage.plans_factory import full_plan, plans
from tests.reliability.malformed_corpus import corpus


def _fingerprint(path) -> tuple[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dump = hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
        return dump, con.execute("SELECT count(*) FROM plans").fetchone()[0]
    finally:
        con.close()


def test_corpus_of_malformed_files_is_fully_rejected_and_the_database_unchanged(tmp_path, report_figure):
    folder = tmp_path / "corpus"
    folder.mkdir()
    db_file = tmp_path / "oases.sqlite"
    with open_database(f"sqlite:///{db_file}", seed=False) as db:
        db.plans.create(full_plan())
    before = _fingerprint(db_file)
    counts, rejected, problems = Counter(), Counter(), []
    with open_database(f"sqlite:///{db_file}", seed=False) as db:
        for name, path, wants_field in corpus(folder):
            counts[name] += 1
            try:
                plan = load_plan(path)
            except PlanFileError as error:
                message = str(error)
                good = (message.startswith(str(path)) and "Traceback" not in message and len(message) < 600
                        and "\n" not in message and (error.field_path or not wants_field))
                if good:
                    rejected[name] += 1
                else:
                    problems.append(f"{path.name}: unclear message {message[:200]!r}")
            except Exception as error:  # noqa: BLE001 - anything else is a crash, the thing we hunt
                problems.append(f"{path.name}: crashed with {type(error).__name__}: {str(error)[:200]}")
            else:
                problems.append(f"{path.name}: accepted")
                db.plans.save_as_copy(plan)  # what an import would do; the fingerprint check then fails
    total = sum(counts.values())
    report_figure(f"malformed_plan_files: {total} files in {len(counts)} classes, {sum(rejected.values())} rejected "
                  f"with a clear message ({100 * sum(rejected.values()) / total:.0f} %), database unchanged: "
                  f"{_fingerprint(db_file) == before}")
    assert problems == []
    assert total >= 250 and sum(n >= 10 for n in counts.values()) >= 25  # huge_file has 2 (21 MB each)
    assert _fingerprint(db_file) == before


def test_the_valid_base_of_the_corpus_loads(tmp_path):
    """Guard against a corpus that is rejected for the wrong reason: its undamaged base is valid."""
    from tests.reliability.malformed_corpus import _dump, valid_document

    path = tmp_path / "valid.json"
    path.write_bytes(_dump(valid_document()))
    assert load_plan(path) == full_plan()


def test_round_trip_plan_file_and_database(tmp_path, report_figure):
    """plan -> file -> plan and plan -> DB -> plan are both the identity, over 100 generated plans."""
    checked = []
    with open_database(f"sqlite:///{tmp_path / 'db.sqlite'}", seed=False) as db:

        @settings(max_examples=100, deadline=None, derandomize=True)
        @given(plan=plans())
        def round_trip(plan):
            assert plan_from_bytes(plan_to_bytes(plan)) == plan
            save_plan(plan, tmp_path / "p.json")
            assert load_plan(tmp_path / "p.json") == plan
            plan.id = f"{plan.id}-{len(checked)}"  # ids repeat across examples; one database holds them all
            db.plans.create(plan)
            assert db.plans.load(plan.id).plan == plan
            checked.append(plan.id)

        round_trip()
    report_figure(f"round_trip: {len(checked)} generated plans, plan -> file -> plan and plan -> database -> plan "
                  "identical")
    assert len(checked) >= 80

"""Schema upgrade from every earlier release's database: backup first, data intact, crash-safe.

Each tests/fixtures/db_v<rev>.sqlite was built by make_fixture_dbs.py with that release's
migrations and raw SQL rows. The expected plans below are written out by hand from those rows.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from oases_desktop.core.domain import (
    EntityType,
    ApprovalStatus, Calendar, Dependency, DependencyType, DrugCategory, DurationUnit, Estimate, Lag, Plan,
    ProductKind, ProductProfile, ReferenceApproval, Scenario, Step, StepKind,
)
from oases_desktop.core.knowledge.notices import NoticeDay
from oases_desktop.core.storage import DatabaseTooNewError, MigrationError, PlanNotFoundError, open_database
from oases_desktop.core.storage.schema import head_revision, known_revisions

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

EXPECTED_FX1 = Plan(
    id="fx-1", title="Fixture plan 1", client="Fixture Client 有限公司", as_of=date(2026, 1, 2),
    active_scenario="base", advisor="Ada", confidentiality="Confidential", notes="with 'quotes' and ünïcode",
    product=ProductProfile(name="Fixtumab", kind=ProductKind.DRUG, drug_category=DrugCategory.NEW_CHEMICAL_ENTITY,
                           indication="Asthma", life_threatening_or_debilitating=True, designations=["orphan"],
                           reference_approvals=[ReferenceApproval("US", ApprovalStatus.APPROVED, date(2024, 2, 29))],
                           asian_clinical_data=True),
    scenarios=[
        Scenario(id="base", name="Base", start_date=date(2026, 2, 2), routes=["hk_1plus"], steps=[
            Step(id="a", name="Prepare", route="hk_1plus", duration=Estimate(10, 20, 30.5, DurationUnit.WORKING_DAYS),
                 actual_start=date(2026, 2, 2), actual_finish=date(2026, 2, 20), sources=["src-1"], documents=["CPP"],
                 notes="done"),
            Step(id="b", name="Review", route="hk_1plus", kind=StepKind.REGULATOR_CLOCK,
                 duration=Estimate(3, 6, 9, DurationUnit.MONTHS, Calendar.HK, "fact:review"),
                 stop_clock=Estimate(1, 2, 3, DurationUnit.WEEKS, Calendar.CN), optional=True, projected=True,
                 start_no_earlier_than=date(2026, 4, 1), milestone="hk_approval", template="hk_1plus.review"),
        ], dependencies=[Dependency("a", "b", DependencyType.SS, Lag(-5, DurationUnit.WORKING_DAYS, Calendar.HK))]),
        Scenario(id="alt", name="Alternative", start_date=date(2026, 3, 1), notes="alt notes", steps=[
            Step(id="gate", name="Committee", route="gba", kind=StepKind.CADENCE_GATE,
                 duration=Estimate(0, 0, 0, DurationUnit.CALENDAR_DAYS, Calendar.MO),
                 cadence="FREQ=MONTHLY;BYMONTHDAY=15", enabled=False, fixed_start=date(2026, 5, 15)),
        ]),
    ])
EXPECTED_FX2 = Plan(id="fx-2", title="Empty plan", client="", as_of=date(2025, 12, 31), active_scenario="only",
                    confidentiality="Internal",
                    product=ProductProfile(name="Device X", kind=ProductKind.DEVICE, device_class="III", notes="n"),
                    scenarios=[Scenario(id="only", name="Only", start_date=date(2026, 1, 1))])


def _with_key_milestones(plan: Plan, keys: list[str]) -> Plan:
    """The plan with its first scenario naming these key milestones (revision 0004's fixture row)."""
    first = dataclasses.replace(plan.scenarios[0], key_milestones=keys)
    return dataclasses.replace(plan, scenarios=[first, *plan.scenarios[1:]])


def _digest(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def _copy_fixture(revision: str, folder: Path) -> Path:
    target = folder / "oases.sqlite"
    shutil.copy(FIXTURES / f"db_v{revision}.sqlite", target)
    return target


def test_every_revision_has_a_fixture_database():
    assert [p.name for p in sorted(FIXTURES.glob("db_v*.sqlite"))] == [f"db_v{r}.sqlite" for r in known_revisions()]


@pytest.mark.parametrize("revision", known_revisions())
def test_upgrade_from_release_keeps_every_plan_and_backs_up_first(revision, tmp_path, report_figure):
    path = _copy_fixture(revision, tmp_path)
    before = _digest(path)
    with open_database(f"sqlite:///{path}", seed=False) as db:
        upgraded = revision != head_revision()
        if upgraded:
            assert db.upgrade_backup is not None and _digest(db.upgrade_backup) == before
        else:
            assert db.upgrade_backup is None
        assert {s.id for s in db.plans.list_plans()} == {"fx-1", "fx-2"}
        expected = EXPECTED_FX1 if revision < "0006" else _with_key_milestones(EXPECTED_FX1, ["b"])
        if revision >= "0007":
            expected = dataclasses.replace(expected, targets={"b": date(2027, 3, 31)})
        if revision >= "0008":  # the fixture sets the three product fields that revision added
            expected = replace(expected, product=replace(expected.product, entity_type=EntityType.BIOLOGICAL,
                                                         who_public_health_need=True, nmpa_30_day_channel=True))
        assert db.plans.load("fx-1").plan == expected and db.plans.load("fx-1").version == 7
        assert db.plans.load("fx-2").plan == EXPECTED_FX2
        if revision >= "0002":
            assert [(f.key, f.value) for f in db.library.user_facts()] == [("fixture.review_months", 7)]
            notices = {n.key: n for n in db.library.notices()}  # 0002/0003 overrides became a notice
            assert list(notices) == [("HK", 2026)]
            assert NoticeDay(date(2026, 12, 24), "Office closed") in notices["HK", 2026].days_off
            assert NoticeDay(date(2026, 12, 25), "Christmas Day") in notices["HK", 2026].days_off
            library = db.library.load()
            assert library.notices == (notices["HK", 2026],) and library.has_source(notices["HK", 2026].source_id)
        if revision >= "0003":  # fx-3 was trashed on 2026-01-02, over 30 days ago: emptied on opening
            assert "fx-3" not in {s.id for s in db.plans.list_plans()}
            with pytest.raises(PlanNotFoundError):   # erased, not only hidden: it cannot be restored
                db.plans.restore("fx-3")
        db.plans.save(EXPECTED_FX1, 7)  # the upgraded database takes saves
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA user_version").fetchone()[0] == int(head_revision())
    finally:
        con.close()
    what = "upgraded after a verified backup" if upgraded else "already current, no backup needed"
    report_figure(f"schema_upgrade_from_{revision}: {what}, 2 plans intact, integrity ok, 0 orphan rows")


def test_batch_migration_with_foreign_keys_on_would_have_lost_data(tmp_path):
    """The trap the runner avoids: the same upgrade on a keys-ON connection cascade-deletes children."""
    from alembic import command

    from oases_desktop.core.storage.engine import make_engine
    from oases_desktop.core.storage.schema import alembic_config

    path = _copy_fixture("0002", tmp_path)
    engine = make_engine(f"sqlite:///{path}", foreign_keys=True)
    config = alembic_config(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with engine.connect() as conn:
        steps_left = conn.exec_driver_sql("SELECT count(*) FROM steps").scalar()
    engine.dispose()
    assert steps_left == 0  # SQLite cascaded the copy-and-drop of plans into every step


def test_failure_during_upgrade_leaves_the_old_database_usable(tmp_path, monkeypatch):
    path = _copy_fixture("0001", tmp_path)
    before = _digest(path)
    from alembic.operations import Operations

    real = Operations.batch_alter_table
    calls = []

    def failing_batch(self, table_name, *args, **kwargs):
        calls.append(table_name)
        if table_name == "plans":
            raise OSError(5, "Input/output error (injected)")
        return real(self, table_name, *args, **kwargs)

    monkeypatch.setattr(Operations, "batch_alter_table", failing_batch)
    with pytest.raises(MigrationError) as caught:
        open_database(f"sqlite:///{path}", seed=False)
    assert "left unchanged" in str(caught.value) and caught.value.backup is not None
    assert _digest(path) == before  # revision 0002's tables were rolled back too
    monkeypatch.setattr(Operations, "batch_alter_table", real)
    with open_database(f"sqlite:///{path}", seed=False) as db:  # retry succeeds
        assert db.plans.load("fx-1").plan == EXPECTED_FX1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")
def test_kill_9_during_upgrade_leaves_old_or_new_never_mixed(tmp_path, report_figure):
    rng = random.Random(7)
    import alembic.command  # noqa: F401  (imported before forking, like the scripts below)

    known_revisions()
    timing = tmp_path / "timing"
    timing.mkdir()
    started = time.monotonic()
    open_database(f"sqlite:///{_copy_fixture('0001', timing)}", seed=False).close()
    upgrade_time = time.monotonic() - started  # kills are spread over this span, most land mid-upgrade
    outcomes = {"old": 0, "new": 0}
    mixed = 0
    for round_ in range(15):
        folder = tmp_path / f"r{round_}"
        folder.mkdir()
        path = _copy_fixture("0001", folder)
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.write(write_fd, b"go")
                open_database(f"sqlite:///{path}", seed=False).close()
            finally:
                os._exit(0)
        os.close(write_fd)
        os.read(read_fd, 2)
        os.close(read_fd)
        time.sleep(rng.uniform(0.0, upgrade_time * 1.2))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        con = sqlite3.connect(path)
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
        state = "old" if revision == "0001" and "ref_facts" not in tables else (
            "new" if revision == head_revision() else "mixed")
        if state == "mixed" or not ok:
            mixed += 1
            continue
        outcomes[state] += 1
        with open_database(f"sqlite:///{path}", seed=False) as db:  # usable either way, upgrading if needed
            assert db.plans.load("fx-1").plan == EXPECTED_FX1
    report_figure(f"crash_during_upgrade: 15 kills, {outcomes['old']} left old, {outcomes['new']} finished new, "
                  f"{mixed} mixed or damaged")
    assert mixed == 0


def test_database_from_a_newer_app_is_refused_untouched(tmp_path):
    path = _copy_fixture(head_revision(), tmp_path)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(f"sqlite:///{path}", seed=False)
    assert _digest(path) == before

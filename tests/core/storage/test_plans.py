"""Plan repository: stored plans come back equal, versions guard every save, trash and copies work."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings

from oases_desktop.core.storage import ConflictError, PlanExistsError, PlanNotFoundError, StorageError
from tests.core.storage.plans_factory import full_plan, plans


def test_create_then_load_gives_an_equal_plan_at_version_1(db):
    plan = full_plan()
    plan.targets = {"s2": date(2027, 3, 31), "s4": date(2027, 6, 30)}  # the client's dates (revision 0007)
    stored = db.plans.create(plan)
    loaded = db.plans.load(plan.id)
    assert stored.version == loaded.version == 1
    assert loaded.plan == plan
    assert loaded.plan is not plan


def test_order_of_scenarios_steps_and_links_is_kept(db):
    plan = full_plan()
    plan.scenarios.reverse()
    plan.scenarios[1].steps.reverse()
    plan.scenarios[1].dependencies.reverse()
    db.plans.create(plan)
    assert db.plans.load(plan.id).plan == plan


def test_save_bumps_the_version_and_replaces_children(db):
    plan = full_plan()
    db.plans.create(plan)
    edited = db.plans.load(plan.id).plan
    edited.title = "Renamed"
    base = edited.scenario("base")
    base.steps = [s for s in base.steps if s.id != "s4"]
    base.dependencies = [d for d in base.dependencies if "s4" not in (d.predecessor, d.successor)]
    assert db.plans.save(edited, 1) == 2
    again = db.plans.load(plan.id)
    assert again.version == 2 and again.plan == edited
    assert [s.title for s in db.plans.list_plans()] == ["Renamed"]


def test_second_save_from_the_same_seen_version_is_a_conflict_and_writes_nothing(db):
    plan = full_plan()
    db.plans.create(plan)
    mine, theirs = db.plans.load(plan.id), db.plans.load(plan.id)
    theirs.plan.title = "Theirs"
    db.plans.save(theirs.plan, theirs.version)
    mine.plan.title = "Mine"
    with pytest.raises(ConflictError) as caught:
        db.plans.save(mine.plan, mine.version)
    assert (caught.value.seen_version, caught.value.current_version) == (1, 2)
    assert "changed by someone else" in str(caught.value)
    assert db.plans.load(plan.id).plan.title == "Theirs"
    copy_ = db.plans.save_as_copy(mine.plan)
    assert copy_.plan.id != plan.id and db.plans.load(copy_.plan.id).plan.title == "Mine (copy)"


def test_create_refuses_a_taken_id(db):
    db.plans.create(full_plan())
    with pytest.raises(PlanExistsError):
        db.plans.create(full_plan(title="other"))


def test_dangling_link_is_refused_with_a_message_and_the_stored_plan_is_untouched(db):
    plan = full_plan()
    db.plans.create(plan)
    bad = copy.deepcopy(plan)
    bad.scenario("base").dependencies.append(dataclasses.replace(bad.scenario("base").dependencies[0], successor="ghost"))
    with pytest.raises(StorageError, match="does not exist"):
        db.plans.save(bad, 1)
    assert db.plans.load(plan.id) .version == 1
    assert db.plans.load(plan.id).plan == plan


def test_delete_moves_to_trash_restore_brings_back_purge_erases(db):
    from datetime import UTC, datetime, timedelta

    db.plans.create(full_plan("p1", "One"))
    db.plans.create(full_plan("p2", "Two"))
    db.plans.delete("p1")
    assert [s.id for s in db.plans.list_plans()] == ["p2"]
    with pytest.raises(PlanNotFoundError):
        db.plans.load("p1")
    with pytest.raises(PlanNotFoundError):
        db.plans.save(full_plan("p1"), 1)
    db.plans.restore("p1")
    assert db.plans.load("p1").plan.title == "One"
    db.plans.delete("p1")
    assert db.plans.purge_trash(datetime.now(UTC) + timedelta(days=10)) == 0
    assert db.plans.purge_trash(datetime.now(UTC) + timedelta(days=31)) == 1
    with pytest.raises(PlanNotFoundError):   # purged: nothing left to restore
        db.plans.restore("p1")
    assert db.plans.count() == 1


def test_duplicate_copies_under_a_new_id(db):
    db.plans.create(full_plan())
    dup = db.plans.duplicate("plan-1", "Copy of launch")
    assert dup.version == 1 and dup.plan.title == "Copy of launch"
    loaded = db.plans.load(dup.plan.id).plan
    assert dataclasses.replace(loaded, id="plan-1", title="Oncology launch") == full_plan()
    assert {s.id for s in db.plans.list_plans()} == {"plan-1", dup.plan.id}


def test_missing_plan_is_a_clear_error(db):
    with pytest.raises(PlanNotFoundError, match="nope"):
        db.plans.load("nope")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_any_plan_round_trips_through_the_database(db, plan):
    """Property: plan -> DB -> plan is the identity (fields, order, floats, unicode, dates)."""
    try:
        stored = db.plans.create(plan)
        assert db.plans.load(plan.id).plan == plan
        assert db.plans.save(plan, stored.version) == 2
        assert db.plans.load(plan.id).plan == plan
    finally:
        db.plans.delete(plan.id)
        db.plans.purge_trash(__import__("datetime").datetime(2999, 1, 1, tzinfo=__import__("datetime").UTC))

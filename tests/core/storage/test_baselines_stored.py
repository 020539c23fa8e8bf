"""Baselines in the database: saved with the plan, loaded equal, deleted with it, in order."""

from __future__ import annotations

from datetime import date

from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge.loader import load_library
from oases_desktop.core.tracking.baselines import take_baseline, without_baseline
from tests.shipped import CALENDARS


def test_baselines_round_trip_through_the_database_and_a_delete_is_saved(db):
    library = load_library()
    plan = worked_example("medicine", library)
    for name, day in (("Presented to client", date(2027, 1, 12)), ("Quarterly review", date(2027, 4, 9))):
        plan.baselines.append(take_baseline(plan, name, library, CALENDARS, saved_on=day, runs=100))
    stored = db.plans.create(plan)
    loaded = db.plans.load(plan.id).plan
    assert loaded == plan and [b.name for b in loaded.baselines] == ["Presented to client", "Quarterly review"]
    loaded.baselines = without_baseline(loaded.baselines, "Presented to client")
    db.plans.save(loaded, stored.version)
    assert [b.name for b in db.plans.load(plan.id).plan.baselines] == ["Quarterly review"]

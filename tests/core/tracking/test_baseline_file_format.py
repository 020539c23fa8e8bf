"""Baselines in the plan file: version 2, migrated from version 1, refused by an older reader by its version."""

import json
from datetime import date

import pytest

from oases_desktop.core.errors import PlanError, PlanFileError
from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge.loader import load_library
from oases_desktop.core.planfile import FORMAT_VERSION, load_plan, plan_from_bytes, plan_to_bytes, save_plan
from oases_desktop.core.planfile.io import MIGRATIONS
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.tracking.baselines import take_baseline, with_baseline, without_baseline
from tests.shipped import CALENDARS, LIBRARY


def _version_1_bytes(plan) -> bytes:
    """The plan as the app wrote it before baselines: version 1, no baselines field."""
    document = json.loads(plan_to_bytes(plan))
    assert not document["plan"].pop("baselines")
    document["version"] = 1
    return json.dumps(document, ensure_ascii=False, indent=2).encode()


def _with_baseline():
    library = load_library()
    plan = worked_example("medicine", library)
    plan.baselines.append(take_baseline(plan, "Presented to client", library, CALENDARS,
                                        saved_on=date(2027, 1, 12), runs=200))
    return plan


def test_a_version_1_file_opens_unchanged_with_no_baselines_and_no_progress():
    plan = worked_example("medicine", LIBRARY)
    old = plan_from_bytes(_version_1_bytes(plan))
    assert old == plan and old.baselines == []
    assert not any(s.actual_start or s.actual_finish for sc in old.scenarios for s in sc.steps)
    assert set(MIGRATIONS) == set(range(1, FORMAT_VERSION))  # a migration from every older version


def test_a_file_with_baselines_round_trips(tmp_path):
    plan = _with_baseline()
    save_plan(plan, tmp_path / "p.oases")
    again = load_plan(tmp_path / "p.oases")
    assert again == plan and again.baseline("Presented to client").inputs == plan.scenario()


def test_an_older_reader_refuses_a_file_with_baselines_by_its_format_version_alone():
    data = plan_to_bytes(_with_baseline())
    with pytest.raises(PlanFileError) as refused:
        plan_from_bytes(data, reads_up_to=1)  # the version-1 reader: what the app read before this change
    assert refused.value.field_path == "version"
    assert f"newer version of the app (file format {FORMAT_VERSION}; this app reads up to 1)" in str(refused.value)
    assert "baselines" not in str(refused.value)
    # The same reader opens what it knows: a version-1 file.
    assert plan_from_bytes(_version_1_bytes(worked_example("medicine", LIBRARY)), reads_up_to=1) == worked_example("medicine", LIBRARY)


def test_baseline_records_every_step_with_likely_p50_p80_and_the_key_milestones():
    plan = _with_baseline()
    baseline = plan.baseline("Presented to client")
    schedule = compute_schedule(plan.scenario(), plan.as_of, calendars=CALENDARS)
    assert {d.step_id for d in baseline.dates} == set(schedule.steps)
    for item in baseline.dates:
        assert (item.start, item.finish) == (schedule.steps[item.step_id].start, schedule.steps[item.step_id].finish)
        assert item.p50 <= item.p80
    assert "one_plus.approval" in baseline.key_milestones
    assert baseline.status_date == plan.as_of and baseline.saved_on == date(2027, 1, 12)
    assert {f.key for f in baseline.figures} >= {"oneplus.target_processing", "ethics.typical"}


def test_names_are_unique_and_deleting_one_gives_the_list_back():
    plan = _with_baseline()
    again = take_baseline(plan, "Second", load_library(), CALENDARS, runs=0)
    both = with_baseline(plan.baselines, again)
    assert [b.name for b in both] == ["Presented to client", "Second"]
    assert without_baseline(both, "Second") == plan.baselines
    with pytest.raises(PlanError, match="already has a baseline"):
        take_baseline(plan, "Presented to client", load_library(), CALENDARS, runs=0)
    with pytest.raises(PlanError, match="No baseline named"):
        without_baseline(both, "Third")


@pytest.mark.parametrize("mutate, field", [
    (lambda b: b.update(name=""), "plan.baselines[0].name"),
    (lambda b: b.update(saved_on="1066-10-14"), "plan.baselines[0].saved_on"),
    (lambda b: b.update(colour="red"), "plan.baselines[0].colour"),
])
def test_bad_baselines_are_refused_naming_the_field(mutate, field):
    document = json.loads(plan_to_bytes(_with_baseline()))
    mutate(document["plan"]["baselines"][0])
    with pytest.raises(PlanFileError) as refused:
        plan_from_bytes(json.dumps(document).encode())
    assert refused.value.field_path == field

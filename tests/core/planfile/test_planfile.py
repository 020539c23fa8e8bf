"""The plan file: round trips, and every kind of bad input gets one message naming file and field."""

import json
from datetime import date

import pytest

from oases_desktop.core.domain import (
    Dependency, DependencyType, DurationUnit, Estimate, Lag, Plan, ProductProfile, ReferenceApproval,
    Scenario, Step, StepKind,
)
from oases_desktop.core.errors import PlanFileError
from oases_desktop.core.planfile import FORMAT_VERSION, load_plan, plan_from_bytes, plan_to_bytes, save_plan


def small_plan() -> Plan:
    steps = [
        Step("a", "Dossier", "one_plus", Estimate(20, 40, 80)),
        Step("b", "Evaluation", "one_plus", Estimate(100, 150, 200, DurationUnit.WORKING_DAYS),
             kind=StepKind.REGULATOR_CLOCK, stop_clock=Estimate(10, 30, 60), milestone="hk_approval"),
    ]
    deps = [Dependency("a", "b", DependencyType.FS, Lag(2, DurationUnit.WORKING_DAYS))]
    product = ProductProfile("Examplimab", reference_approvals=[ReferenceApproval("USA", date=date(2025, 6, 1))],
                             designations=["orphan"])
    scenario = Scenario("s1", "1+ route", date(2026, 12, 1), ["one_plus"], steps, deps)
    return Plan("p1", "Plan 港澳藥械通", "Client", product, date(2026, 11, 25), [scenario], "s1")


def document(plan: Plan | None = None) -> dict:
    return json.loads(plan_to_bytes(plan or small_plan()))


def as_bytes(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def test_round_trip_keeps_every_field(tmp_path):
    plan = small_plan()
    path = tmp_path / "p.oases.json"
    save_plan(plan, path)
    assert load_plan(path) == plan


def test_file_is_versioned_and_readable():
    doc = document()
    assert doc["format"] == "oases-plan" and doc["version"] == FORMAT_VERSION == 4
    assert doc["plan"]["scenarios"][0]["steps"][1]["duration"]["unit"] == "working_days"


def test_key_milestones_round_trip_and_a_format_2_file_reads_with_the_default():
    plan = small_plan()
    plan.scenarios[0].key_milestones = ["b", "a"]
    assert plan_from_bytes(plan_to_bytes(plan)).scenarios[0].key_milestones == ["b", "a"]
    old = document()
    old["version"] = 2
    del old["plan"]["scenarios"][0]["key_milestones"]  # what format 2 wrote
    del old["plan"]["targets"]
    assert plan_from_bytes(as_bytes(old)) == small_plan()
    assert small_plan().scenarios[0].key_milestones is None


@pytest.mark.parametrize("keys, field, words", [
    (["b", "zz"], "plan.scenarios[0].key_milestones[1]", "not a step of this scenario"),
    (["b", "b"], "plan.scenarios[0].key_milestones[1]", "listed twice"),
])
def test_key_milestones_that_cannot_be_are_refused_with_their_field(keys, field, words):
    doc = document()
    doc["plan"]["scenarios"][0]["key_milestones"] = keys
    error = _error(as_bytes(doc))
    assert error.field_path == field and words in str(error)


def test_targets_round_trip_and_a_format_3_file_reads_with_none():
    plan = small_plan()
    plan.targets = {"b": date(2029, 3, 31)}
    assert plan_from_bytes(plan_to_bytes(plan)).targets == {"b": date(2029, 3, 31)}
    assert json.loads(plan_to_bytes(plan))["plan"]["targets"] == {"b": "2029-03-31"}
    old = document()
    old["version"] = 3
    del old["plan"]["targets"]  # what format 3 wrote
    assert plan_from_bytes(as_bytes(old)) == small_plan() and small_plan().targets == {}


@pytest.mark.parametrize("targets, field, words", [
    ({"zz": "2029-03-31"}, "plan.targets.zz", "not a step of any scenario"),
    ({"b": "1850-01-01"}, "plan.targets.b", "not a plausible date"),
    ({"b": "31/03/2029"}, "plan.targets.b", "date"),
])
def test_targets_that_cannot_be_are_refused_with_their_field(targets, field, words):
    doc = document()
    doc["plan"]["targets"] = targets
    error = _error(as_bytes(doc))
    assert error.field_path == field and words in str(error)


def _error(data: bytes) -> PlanFileError:
    with pytest.raises(PlanFileError) as info:
        plan_from_bytes(data, "plan.json")
    return info.value


@pytest.mark.parametrize("mutate, field, words", [
    (lambda d: d["plan"].update(as_of="2026-02-30"), "plan.as_of", "date"),
    (lambda d: d["plan"]["scenarios"][0]["steps"][0]["duration"].update(min="20"), "plan.scenarios[0].steps[0].duration.min", "number"),
    (lambda d: d["plan"].pop("client"), "plan.client", "missing field"),
    (lambda d: d["plan"].update(colour="red"), "plan.colour", "unknown field"),
    (lambda d: d["plan"]["scenarios"][0]["steps"].append(dict(d["plan"]["scenarios"][0]["steps"][0])),
     "plan.scenarios[0].steps[2].id", "duplicate step id"),
    (lambda d: d["plan"]["scenarios"][0]["dependencies"][0].update(successor="zz"),
     "plan.scenarios[0].dependencies[0].successor", "does not exist"),
    (lambda d: d["plan"]["scenarios"][0]["dependencies"].append({"predecessor": "b", "successor": "a"}),
     "plan.scenarios[0].dependencies", "cycle"),
    (lambda d: d["plan"]["scenarios"][0]["steps"][0]["duration"].update(min=90), "plan.scenarios[0].steps[0].duration", "min <= likely <= max"),
    (lambda d: d["plan"].update(active_scenario="nope"), "plan.active_scenario", "no scenario"),
    (lambda d: d["plan"]["scenarios"][0]["steps"][0].update(kind="party"), "plan.scenarios[0].steps[0].kind", "input should be"),
    (lambda d: d.update(version=7), "version", "newer version"),
    (lambda d: d.update(format="other"), "format", "not a plan file"),
])
def test_bad_content_names_field_and_problem(mutate, field, words):
    doc = document()
    mutate(doc)
    error = _error(as_bytes(doc))
    assert error.field_path == field
    assert words.lower() in str(error).lower()
    assert str(error).startswith("plan.json at ")


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"\xff\xfe\x00garbage", "utf-8"),
    (b"[" * 100_000, "not valid json"),
    (b'{"format": "oases-plan", "format": "x"}', "duplicate key"),
    (b'{"a": NaN}', "not valid json"),
    (b'{"a": "\\ud800"}', "not valid json"),
    (b'[1, 2]', "top level"),
    (b'{"format": "oases-plan", "version": 1, "plan": {"id": 1e999}}', ""),
])
def test_broken_json_is_rejected_cleanly(data, words):
    assert words in str(_error(data)).lower()


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(PlanFileError, match="no such file"):
        load_plan(tmp_path / "absent.json")
    with pytest.raises(PlanFileError, match="folder"):
        load_plan(tmp_path)


def test_failed_save_keeps_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "p.json"
    save_plan(small_plan(), path)
    before = path.read_bytes()
    import os
    from oases_desktop.core import atomic

    def short_write(fd, data):
        return 0
    monkeypatch.setattr(atomic.os, "write", short_write)
    changed = small_plan()
    changed.title = "changed"
    with pytest.raises(atomic.WriteError, match=str(path)):
        save_plan(changed, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["p.json"]


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d["plan"]["scenarios"][0].update(start_date="9999-12-01"), "plan.scenarios[0].start_date"),
    (lambda d: d["plan"].update(as_of="1066-10-14"), "plan.as_of"),
    (lambda d: d["plan"]["scenarios"][0]["steps"][0].update(actual_finish="2999-01-01"),
     "plan.scenarios[0].steps[0].actual_finish"),
    (lambda d: d["plan"]["product"]["reference_approvals"][0].update(date="0001-01-01"),
     "plan.product.reference_approvals[0].date"),
])
def test_implausible_dates_are_refused_with_the_field(mutate, field):
    doc = document()
    mutate(doc)
    error = _error(as_bytes(doc))
    assert error.field_path == field and "not a plausible date" in str(error)


def test_cycle_message_names_the_steps():
    doc = document()
    doc["plan"]["scenarios"][0]["dependencies"].append({"predecessor": "b", "successor": "a"})
    message = str(_error(as_bytes(doc)))
    assert '"Dossier" (a)' in message and '"Evaluation" (b)' in message

"""MS Project XML: read back by an independent reader (MPXJ), round trips, hostile files refused."""

from __future__ import annotations

import dataclasses
import json
import re
import os
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oases_desktop.core.domain.plan import (
    Calendar, Dependency, DependencyType, DurationUnit, Estimate, Lag, Scenario, Step, StepKind,
)
from oases_desktop.core.errors import PlanFileError
from oases_desktop.core.examples import worked_example
from oases_desktop.core.export.mspdi import mspdi_bytes
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.planfile import load_plan, save_plan
from oases_desktop.core.planfile.mspdi_import import import_mspdi, read_mspdi_bytes
from oases_desktop.core.scheduling.calendars import calendars_for
from oases_desktop.core.scheduling.engine import attach_percentiles, compute_schedule
from oases_desktop.core.scheduling.montecarlo import simulate
from oases_desktop.core.tracking.baselines import take_baseline

ROOT = Path(__file__).resolve().parents[3]
LIBRARY = load_library()
MPXJ_TYPES = {"finish_to_start": "FS", "start_to_start": "SS", "finish_to_finish": "FF", "start_to_finish": "SF"}


def _scheduled(plan, scenario):
    calendars = calendars_for(LIBRARY)
    schedule = compute_schedule(scenario, calendars=calendars)
    return schedule, calendars


def _mpxj(path: Path) -> dict:
    if shutil.which("java") is None:
        if os.environ.get("CI"):
            pytest.fail("no Java runtime: .ci/run installs default-jre-headless for the MPXJ reader")
        pytest.skip("no Java runtime here (Debian: default-jre-headless); MPXJ needs one")
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("mpxj_read.py")), str(path)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_mpxj_reads_the_dates_links_calendars_and_percentiles_the_app_computed(tmp_path):
    plan = worked_example("medicine", LIBRARY)
    # Started in spring 2026, the plan spans the Mainland's make-up working Saturdays of 2026
    # (9 May, 20 Sep and 10 Oct: State Council notice for 2026).
    scenario = dataclasses.replace(plan.scenario(), start_date=date(2026, 4, 1))
    schedule, calendars = _scheduled(plan, scenario)
    schedule = attach_percentiles(schedule, simulate(scenario, 400, 0, calendars=calendars))
    plan.scenarios = [scenario] + plan.scenarios[1:]
    # A baseline from before the DH evaluation grew: its dates fill MS Project's Baseline fields.
    earlier = dataclasses.replace(plan, scenarios=[dataclasses.replace(
        scenario, steps=[dataclasses.replace(s, duration=dataclasses.replace(s.duration, likely=max(s.duration.min, s.duration.likely - 1)))
                         if s.duration.likely else s for s in scenario.steps])] + plan.scenarios[1:])
    baseline = take_baseline(earlier, "Presented to client", LIBRARY, calendars, scenario.id, date(2026, 3, 1), runs=0)
    path = tmp_path / "plan.xml"
    path.write_bytes(mspdi_bytes(plan, scenario, schedule, calendars, LIBRARY, baseline))
    read = _mpxj(path)
    tasks = {t["custom"]["OASES step id"]: t for t in read["tasks"] if not t["summary"]}
    enabled = [s for s in scenario.steps if s.enabled]
    assert set(tasks) == {s.id for s in enabled}
    for step in enabled:
        mine, theirs = schedule.steps[step.id], tasks[step.id]
        assert (theirs["start"][:10], theirs["finish"][:10]) == (mine.start.isoformat(), mine.finish.isoformat()), step.id
    moved = 0
    for step in enabled:
        then = baseline.date_of(step.id)
        assert (tasks[step.id]["baseline_start"][:10], tasks[step.id]["baseline_finish"][:10]) == \
               (then.start.isoformat(), then.finish.isoformat()), step.id
        moved += then.finish != schedule.steps[step.id].finish
    assert moved > 10  # the baseline's dates are its own, not the current schedule's
    uid_to_id = {t["uid"]: t["custom"]["OASES step id"] for t in read["tasks"] if not t["summary"]}
    exported = {(uid_to_id[link["predecessor"]], sid, link["type"], link["lag"])
                for sid, t in tasks.items() for link in t["links"]}
    expected = {(d.predecessor, d.successor, MPXJ_TYPES[d.type.value], float(d.lag.value))
                for d in scenario.dependencies if d.predecessor in tasks and d.successor in tasks}
    assert exported == expected
    # The Hong Kong calendar's holidays in the plan's span, as the app's calendar counts them.
    hk = next(c for c in read["calendars"] if c["name"].startswith("Hong Kong"))
    off = {e["from"][:10] for e in hk["exceptions"] if not e["working"]}
    first, last = schedule.start.toordinal(), schedule.finish.toordinal() + 1
    assert {d.isoformat() for d, _ in calendars.get("HK").holidays_between(first, last)} <= off
    assert "2027-02-08" in off  # the third day of Chinese New Year 2027, a Monday (gazetted list)
    cn = next(c for c in read["calendars"] if c["name"].startswith("Mainland"))
    made_up = {e["from"][:10] for e in cn["exceptions"] if e["working"]}
    assert {"2026-05-09", "2026-09-20", "2026-10-10"} <= made_up
    for m in schedule.milestones:
        theirs = tasks[m.step_id]
        assert theirs["milestone"]
        assert theirs["custom"]["P50 (simulated)"][:10] == m.p50.isoformat()
        assert theirs["custom"]["P80 (simulated)"][:10] == m.p80.isoformat()
    assert "Basis: Ethics approval, typical time: Our Hong Kong Foundation" in tasks["hk_clinical_trial.ethics"]["notes"]


@pytest.mark.parametrize("which", ["medicine", "device"])
def test_export_then_import_gives_the_same_schedule_for_the_worked_examples(which):
    plan = worked_example(which, LIBRARY)
    for scenario in plan.scenarios:
        schedule, calendars = _scheduled(plan, scenario)
        data = mspdi_bytes(plan, scenario, schedule, calendars, LIBRARY)
        new_plan, report = import_mspdi(plan, data, "plan.xml", LIBRARY)
        again = compute_schedule(new_plan.scenarios[-1], calendars=calendars)
        assert report.not_carried == []
        assert {k: (s.start, s.finish) for k, s in again.steps.items()} == \
               {k: (s.start, s.finish) for k, s in schedule.steps.items()}, scenario.id


UNITS = (DurationUnit.WORKING_DAYS, DurationUnit.CALENDAR_DAYS, DurationUnit.WEEKS, DurationUnit.MONTHS)


@st.composite
def scenarios(draw):
    count = draw(st.integers(2, 14))
    steps = []
    for i in range(count):
        if draw(st.integers(0, 5)) == 0:
            steps.append(Step(f"s{i}", f"Milestone {i}", f"r{i % 3}", Estimate.zero(), kind=StepKind.MILESTONE,
                              milestone=f"m{i}"))
            continue
        unit = draw(st.sampled_from(UNITS))
        likely = draw(st.integers(1, 40 if unit in UNITS[:2] else 4))
        calendar = draw(st.sampled_from((Calendar.HK, Calendar.CN)))
        steps.append(Step(f"s{i}", f"Step {i}", f"r{i % 3}", Estimate(likely, likely, likely, unit, calendar)))
    links, seen = [], set()
    for j in range(1, count):
        for i in draw(st.sets(st.integers(0, j - 1), max_size=2)):
            if (i, j) in seen:
                continue
            seen.add((i, j))
            kind = draw(st.sampled_from(list(DependencyType)))
            # MS Project counts a lag on the successor's calendar: so do the plans here (see mspdi.py).
            lag = Lag(draw(st.integers(0, 12)), draw(st.sampled_from(UNITS[:2])), steps[j].duration.calendar) \
                if draw(st.booleans()) else Lag()
            links.append(Dependency(f"s{i}", f"s{j}", kind, lag))
    start = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 700)))
    return Scenario("random", "Random", start, routes=["r0", "r1", "r2"], steps=steps, dependencies=links)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_round_trip_keeps_every_date_of_random_plans(scenario):
    plan = worked_example("medicine", LIBRARY)
    plan.scenarios, plan.active_scenario = [scenario], scenario.id
    schedule, calendars = _scheduled(plan, scenario)
    new_plan, _ = import_mspdi(plan, mspdi_bytes(plan, scenario, schedule, calendars, LIBRARY), "r.xml", LIBRARY)
    again = compute_schedule(new_plan.scenarios[-1], calendars=calendars)
    assert {k: (s.start, s.finish) for k, s in again.steps.items()} == \
           {k: (s.start, s.finish) for k, s in schedule.steps.items()}


def _month_task_behind_a_finish_link():
    """A 1-month task whose finish follows a milestone on Sunday 28 Mar 2027 (finish-to-finish): by hand, it
    cannot start on Sunday 28 Feb, so it starts Monday 1 Mar and ends 31 Mar; as 31 elapsed days it would
    start Friday 26 Feb and end 28 Mar: the unit must survive the round trip, not only the span."""
    def task(step_id, months, low=None, high=None):
        return Step(step_id, f"Task {step_id}", "r0", Estimate(low or months, months, high or months,
                                                              DurationUnit.MONTHS, Calendar.HK))
    steps = [task("s1", 2, 1, 3), Step("s6", "Milestone", "r0", Estimate.zero(), kind=StepKind.MILESTONE,
                                       milestone="m6"), task("s12", 1)]
    links = [Dependency("s1", "s6", DependencyType.FS, Lag(4, DurationUnit.CALENDAR_DAYS, Calendar.HK)),
             Dependency("s6", "s12", DependencyType.FF, Lag())]
    return Scenario("months", "Months", date(2027, 1, 25), routes=["r0"], steps=steps, dependencies=links)


def _round_trip(scenario, edit=lambda data: data):
    plan = worked_example("medicine", LIBRARY)
    plan.scenarios, plan.active_scenario = [scenario], scenario.id
    schedule, calendars = _scheduled(plan, scenario)
    new_plan, _ = import_mspdi(plan, edit(mspdi_bytes(plan, scenario, schedule, calendars, LIBRARY)), "r.xml", LIBRARY)
    imported = new_plan.scenarios[-1]
    return schedule, compute_schedule(imported, calendars=calendars), {s.id: s for s in imported.steps}


def test_a_month_task_keeps_its_unit_and_its_range_through_the_round_trip():
    schedule, again, steps = _round_trip(_month_task_behind_a_finish_link())
    assert (schedule.steps["s6"].finish, schedule.steps["s12"].start, schedule.steps["s12"].finish) == \
        (date(2027, 3, 28), date(2027, 3, 1), date(2027, 3, 31))
    assert (again.steps["s12"].start, again.steps["s12"].finish) == (date(2027, 3, 1), date(2027, 3, 31))
    first = steps["s1"].duration
    assert (first.min, first.likely, first.max, first.unit) == (1, 2, 3, DurationUnit.MONTHS)


def test_a_duration_the_project_office_changed_wins_over_the_carried_one():
    def lengthen(data):   # s12's Duration edited in MS Project: 40 elapsed days
        return re.sub(rb"(<Name>Task s12</Name>.*?<Duration>)PT[^<]*(</Duration>)", rb"\g<1>PT969H0M0S\g<2>",
                      data, flags=re.S)
    _, again, steps = _round_trip(_month_task_behind_a_finish_link(), lengthen)
    assert (steps["s12"].duration.likely, steps["s12"].duration.unit) == (41, DurationUnit.CALENDAR_DAYS)
    assert steps["s1"].duration.unit == DurationUnit.MONTHS


@pytest.mark.parametrize("field", ["", "1 1 1 months", "x 1 1 months HK PT729H0M0S", "3 2 1 months HK PT729H0M0S",
                                   "-1 1 1 months HK PT729H0M0S", "1 1 9e99 months HK PT729H0M0S",
                                   "1 1 1 fortnights HK PT729H0M0S", "1 1 1 months XX PT729H0M0S",
                                   "nan 1 1 months HK PT729H0M0S", "1 1 1 months CN PT729H0M0S"])
def test_a_hostile_carried_duration_is_ignored_for_the_elapsed_days(field):
    def replace_field(data):
        return re.sub(rb"(<FieldID>188743740</FieldID>\s*<Value>)[^<]*(</Value>)",
                      lambda m: m.group(1) + field.encode() + m.group(2), data, count=0)
    _, _, steps = _round_trip(_month_task_behind_a_finish_link(), replace_field)
    assert steps["s12"].duration.unit == DurationUnit.CALENDAR_DAYS     # 31 elapsed days, as before the field


FOREIGN = """<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Title>Client PMO plan</Title><StartDate>2027-01-04T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Project</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>1</UID><ID>1</ID><Name>Regulatory</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>2</UID><ID>2</ID><Name>Dossier</Name><OutlineLevel>2</OutlineLevel><Duration>PT80H0M0S</Duration>
      <DurationFormat>7</DurationFormat><Cost>12000</Cost><ConstraintType>1</ConstraintType></Task>
    <Task><UID>3</UID><ID>3</ID><Name>Submission</Name><OutlineLevel>2</OutlineLevel><Duration>PT0H0M0S</Duration>
      <Milestone>1</Milestone>
      <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><LinkLag>10</LinkLag><LagFormat>19</LagFormat></PredecessorLink>
    </Task>
  </Tasks>
  <Resources><Resource><UID>1</UID><Name>RA lead</Name></Resource></Resources>
  <Assignments><Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID></Assignment></Assignments>
</Project>"""


def test_a_foreign_file_is_read_with_a_report_of_what_is_not_carried():
    new_plan, report = import_mspdi(worked_example("medicine", LIBRARY), FOREIGN.encode(), "pmo.xml", LIBRARY)
    scenario = new_plan.scenarios[-1]
    assert [s.name for s in scenario.steps] == ["Dossier", "Submission"]
    dossier = scenario.steps[0]
    assert (dossier.duration.likely, dossier.duration.unit, dossier.route) == (10, DurationUnit.WORKING_DAYS, "regulatory")
    assert scenario.steps[1].kind == StepKind.MILESTONE and scenario.start_date == date(2027, 1, 4)
    text = "\n".join(report.not_carried)
    assert "1 resources and 1 assignments" in text
    assert "costs of 1 tasks" in text
    assert "as late as possible" in text
    assert "lag in percent" in text


BOMB = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{"&lol%s;" % ("" if i == 1 else i - 1) * 10}">' for i in range(1, 10))
        + ']><Project xmlns="http://schemas.microsoft.com/project"><Title>&lol9;</Title></Project>')


@pytest.mark.parametrize("content, words", [
    (FOREIGN[: len(FOREIGN) // 2], "not well-formed XML"),
    (FOREIGN.replace("http://schemas.microsoft.com/project", "urn:other"), "not an MS Project XML file"),
    (BOMB, "DTD or entities"),
    ("", "not well-formed XML"),
])
def test_hostile_xml_is_refused_with_one_line_naming_the_file_and_nothing_written(tmp_path, content, words):
    work = tmp_path / "work"
    work.mkdir()
    plan_path = work / "plan.oases"
    save_plan(worked_example("medicine", LIBRARY), plan_path)
    before = plan_path.read_bytes()
    xml = work / "bad.xml"
    xml.write_text(content)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "import-mspdi", str(xml), "--into", str(plan_path)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert time.perf_counter() - started < 30
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(xml) in lines[0] and words in lines[0], done.stderr
    assert plan_path.read_bytes() == before
    assert sorted(p.name for p in work.iterdir()) == ["bad.xml", "plan.oases"]


def test_a_file_over_the_limit_and_a_fifo_are_refused_without_reading_them_whole(tmp_path, monkeypatch):
    from oases_desktop.core.planfile import mspdi_import

    big = tmp_path / "big.xml"
    with open(big, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # a sparse 100 MB file
    with pytest.raises(PlanFileError, match="larger than 50 MB"):
        read_mspdi_bytes(big)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.xml"
        os.mkfifo(fifo)
        with pytest.raises(PlanFileError, match="named pipe"):
            read_mspdi_bytes(fifo)
    assert mspdi_import.MAX_XML_BYTES == 50 * 1024 * 1024


def test_cli_export_then_import_adds_a_scenario_with_the_same_dates(tmp_path):
    plan_path, xml = tmp_path / "plan.oases", tmp_path / "plan.xml"
    save_plan(worked_example("medicine", LIBRARY), plan_path)
    run = [sys.executable, str(ROOT / "main.py")]
    done = subprocess.run(run + ["export-mspdi", str(plan_path), "-o", str(xml), "--runs", "0"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    done = subprocess.run(run + ["import-mspdi", str(xml), "--into", str(plan_path)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "scenario 'mspdi_1' added" in done.stdout
    plan = load_plan(plan_path)
    original, imported = plan.scenarios[0], plan.scenarios[-1]
    calendars = calendars_for(LIBRARY)
    first = compute_schedule(original, calendars=calendars)
    second = compute_schedule(imported, calendars=calendars)
    assert {k: (s.start, s.finish) for k, s in second.steps.items()} == \
           {k: (s.start, s.finish) for k, s in first.steps.items()}


def test_lags_another_tool_counts_differently_are_named():
    from oases_desktop.core.export.mspdi import lag_notes

    steps = [Step("a", "Dossier", "r", Estimate(5, 5, 5, DurationUnit.WORKING_DAYS, Calendar.HK)),
             Step("b", "NMPA review", "r", Estimate(5, 5, 5, DurationUnit.WORKING_DAYS, Calendar.CN)),
             Step("c", "Listing", "r", Estimate(5, 5, 5, DurationUnit.WORKING_DAYS, Calendar.HK))]
    deps = [Dependency("a", "b", lag=Lag(3, DurationUnit.WORKING_DAYS, Calendar.HK)),
            Dependency("b", "c", lag=Lag(1, DurationUnit.MONTHS)),
            Dependency("a", "c", lag=Lag(2, DurationUnit.WORKING_DAYS, Calendar.HK))]
    notes = lag_notes(Scenario("s", "S", date(2027, 1, 4), steps=steps, dependencies=deps))
    assert len(notes) == 2
    assert "'Dossier' to 'NMPA review' counts HK working days" in notes[0]
    assert "1 months, written as 30.4 elapsed days" in notes[1]

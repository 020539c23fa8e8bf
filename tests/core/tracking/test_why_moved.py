"""Why it moved: the worked example against a baseline, after the three changes of the issue.

Baseline on 12 Jan 2027; then the DH evaluation is set to 200 working days (advisor), the trial
finishes 30 days late (actual date), and the library's ethics-approval figure is updated and taken
into the plan. `schedule --json` and the PDF's changes page attribute the HK-registration move to
those three causes, in the stated order, and the days add up. Each cause's days are checked
against schedules recomputed here by hand, one change at a time.
"""

import dataclasses
import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge.exchange import export_library
from oases_desktop.core.knowledge.loader import load_library
from oases_desktop.core.knowledge.model import Fact
from oases_desktop.core.planfile import load_plan, save_plan
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.tracking.baselines import take_baseline
from oases_desktop.core.tracking.figures import follow_library
from oases_desktop.core.tracking.moved import why_moved
from tests.shipped import CALENDARS

ROOT = Path(__file__).resolve().parents[3]
REG, TRIAL, DH, ETHICS = "one_plus.approval", "hk_clinical_trial.conduct", "one_plus.evaluation", "hk_clinical_trial.ethics"
NEWER_ETHICS = Fact("ethics.typical", "Ethics approval, typical time", 3.5, "months", date(2027, 3, 1), None,
                    estimate=True, note="Advisor's update after two recent approvals took about 3.5 months.")


def _main(*args, data=None):
    env = dict(os.environ, **({"OASES_DATA_DIR": str(data)} if data else {}))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600, env=env)


def _dh_200(scenario):
    item = scenario.step(DH)
    item.duration = dataclasses.replace(item.duration, likely=200, max=220)


def _changed(plan, baseline, library):
    """The three changes of the issue, applied to the plan; returns the trial's actual finish."""
    scenario = plan.scenario()
    _dh_200(scenario)
    finish = baseline.date_of(TRIAL).finish + timedelta(days=30)
    scenario.step(TRIAL).actual_finish = finish
    plan.as_of = finish  # the status date: the day the trial's read-out came in
    followed, updates = follow_library(scenario, library)
    assert [u.step_id for u in updates] == [ETHICS]
    plan.scenarios[0] = followed
    return finish


def _by_hand(plan0, library, finish):
    """HK registration's likely date after each change in the stated order, recomputed from scratch."""
    s = plan0.scenario()
    dates = [compute_schedule(s, plan0.as_of, calendars=CALENDARS).steps[REG].finish]
    s, _ = follow_library(s, library)                   # 1. library figure
    dates.append(compute_schedule(s, plan0.as_of, calendars=CALENDARS).steps[REG].finish)
    s = dataclasses.replace(s, steps=[dataclasses.replace(x) for x in s.steps])
    _dh_200(s)                                          # 2. duration edited
    dates.append(compute_schedule(s, plan0.as_of, calendars=CALENDARS).steps[REG].finish)
    s.step(TRIAL).actual_finish = finish                # 3. actual dates
    dates.append(compute_schedule(s, plan0.as_of, calendars=CALENDARS).steps[REG].finish)
    dates.append(compute_schedule(s, finish, calendars=CALENDARS).steps[REG].finish)  # 4. status date
    return [(b - a).days for a, b in zip(dates, dates[1:])]


def test_core_attributes_the_hk_registration_move_to_the_three_changes():
    library = load_library()
    newer = library.with_user_facts([NEWER_ETHICS])
    plan = worked_example("medicine", library)
    baseline = take_baseline(plan, "Presented to client", library, CALENDARS, saved_on=date(2027, 1, 12), runs=0)
    expected = _by_hand(plan, newer, baseline.date_of(TRIAL).finish + timedelta(days=30))
    plan.baselines.append(baseline)
    _changed(plan, baseline, newer)
    move = next(m for m in why_moved(plan, baseline, newer, CALENDARS).milestones if m.step_id == REG)
    now = compute_schedule(plan.scenario(), plan.as_of, calendars=CALENDARS).steps[REG].finish
    assert move.variance_days == (now - baseline.date_of(REG).finish).days > 0
    assert [c.days for c in move.causes] == [d for d in expected if d]
    assert len(move.causes) == 3 and sum(c.days for c in move.causes) == move.variance_days
    ethics, dh, trial = (c.text for c in move.causes)
    assert "Ethics approval" in ethics and "library's figure was updated" in ethics and "3.5 months" in ethics
    assert "200 working days instead of 150 working days" in dh and "advisor's estimate" in dh
    assert "Trial conduct" in trial and "actual dates recorded" in trial


@pytest.fixture(scope="module")
def changed_plan_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("moved")
    path, library_file = folder / "plan.oases", folder / "library.json"
    library = load_library()
    newer = library.with_user_facts([NEWER_ETHICS])
    export_library(newer, library_file)
    save_plan(worked_example("medicine", library), path)
    made = _main("baseline", path, "--name", "Presented to client", "--date", "2027-01-12", "--runs", "2000",
                 data=folder / "oases-data")
    assert made.returncode == 0, made.stderr
    plan = load_plan(path)
    _changed(plan, plan.baseline("Presented to client"), newer)
    save_plan(plan, path)
    return path, library_file


def test_schedule_json_gives_baseline_variance_and_causes(changed_plan_file):
    path, library_file = changed_plan_file
    run = _main("schedule", path, "--json", "--baseline", "Presented to client", "--library", library_file,
                "--runs", "2000")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    plan = load_plan(path)
    baseline = plan.baseline("Presented to client")
    reg = next(m for m in out["milestones"] if m["step_id"] == REG)
    assert reg["baseline"]["likely"] == baseline.date_of(REG).finish.isoformat()
    assert reg["baseline"]["p50"] and reg["baseline"]["p80"] >= reg["baseline"]["p50"]
    assert reg["variance_days"] == (date.fromisoformat(reg["likely"]) - baseline.date_of(REG).finish).days
    assert [c["days"] for c in reg["causes"]] and sum(c["days"] for c in reg["causes"]) == reg["variance_days"]
    assert [("Ethics" in c["cause"], "DH evaluation" in c["cause"], "Trial conduct" in c["cause"])
            for c in reg["causes"]] == [(True, False, False), (False, True, False), (False, False, True)]
    assert out["status_date"] == plan.as_of.isoformat()
    assert "library figures updated" in out["baseline"]["replay_order"]
    trial = next(s for s in out["steps"] if s["id"] == TRIAL)
    assert trial["actual_finish"] == plan.scenario().step(TRIAL).actual_finish.isoformat()
    assert "actual_start" not in trial


def test_export_pdf_adds_the_changes_page_in_plain_sentences(changed_plan_file, tmp_path):
    path, library_file = changed_plan_file
    pdf = tmp_path / "report.pdf"
    run = _main("export-pdf", path, "-o", pdf, "--baseline", "Presented to client", "--library", library_file)
    assert run.returncode == 0, run.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    page = text[text.index("Changes since 12 Jan 2027"):]
    page = " ".join(page.split())
    assert "in this order: library figures updated" in page
    reg = page[page.index('Registered under "1+":'):]
    total = int(re.match(r'Registered under "1\+": ([+-]\d+) days', reg).group(1))
    reg = reg[:reg.index("Listed in the HA Drug Formulary")]
    days = [int(d) for d in re.findall(r"• ([+-]\d+) days?:", reg)]
    assert len(days) == 3 and sum(days) == total
    assert "200 working days instead of 150 working days (advisor's estimate)" in reg


def test_unknown_baseline_is_one_line_naming_the_ones_there_are(changed_plan_file):
    path, _ = changed_plan_file
    run = _main("schedule", path, "--baseline", "nope", "--runs", "0")
    assert run.returncode == 2 and "Presented to client" in run.stderr and "Traceback" not in run.stderr

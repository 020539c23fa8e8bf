"""Backward planning, scenario comparison, explanation chains and the schedule command."""

import argparse
import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from oases_desktop.cli import schedule as schedule_cli
from oases_desktop.core.domain import Plan, ProductProfile
from oases_desktop.core.domain.plan import StepKind
from oases_desktop.core.planfile import save_plan
from oases_desktop.core.scheduling.compare import compare_scenarios
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.scheduling.targets import latest_dates
from oases_desktop.core.scheduling.explain import explain_chain

from .builders import MO, WD, link, scenario, step
from .test_montecarlo import rich_plan
from tests.shipped import CALENDARS

QUARTERLY = "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15"


def approval_plan(start=date(2026, 3, 2), sid="std", evaluation=150):
    steps = [step("dossier", 30), step("eval", evaluation, WD, name="PPB evaluation"),
             step("ok", kind=StepKind.MILESTONE, name="HK approval", milestone="hk_approval"),
             step("side", 5, name="Side task"),
             step("dac", 3, MO, kind=StepKind.CADENCE_GATE, cadence=QUARTERLY, name="DAC and listing",
                  milestone="listing")]
    links = [link("dossier", "eval"), link("eval", "ok"), link("ok", "dac"), link("dossier", "side")]
    return scenario(steps, links, start=start, sid=sid)


def test_latest_dates_meet_the_target_and_are_tight():
    plan = approval_plan()
    forecast = compute_schedule(plan, calendars=CALENDARS).steps["ok"].finish
    target = forecast + timedelta(days=40)
    latest = latest_dates(plan, "ok", target, calendars=CALENDARS)
    assert set(latest) == {"dossier", "eval", "ok"}                 # the side task does not lead to approval
    assert latest["ok"].latest_finish == target or latest["ok"].latest_finish <= target
    # Starting every step at its latest start still meets the target...
    pinned = replace(plan, steps=[replace(s, start_no_earlier_than=latest[s.id].latest_start) if s.id in latest else s
                                  for s in plan.steps])
    assert compute_schedule(pinned, calendars=CALENDARS).steps["ok"].finish <= target
    # ...and starting the first step one working day later than that misses it.
    later = replace(plan, steps=[replace(s, start_no_earlier_than=latest["dossier"].latest_start + timedelta(days=1))
                                 if s.id == "dossier" else s for s in plan.steps])
    assert compute_schedule(later, calendars=CALENDARS).steps["ok"].finish > target
    assert latest["dossier"].slack > 0


def test_latest_dates_report_negative_slack_when_already_late():
    plan = approval_plan()
    forecast = compute_schedule(plan, calendars=CALENDARS).steps["ok"].finish
    latest = latest_dates(plan, "ok", forecast - timedelta(days=20), calendars=CALENDARS)
    assert latest["dossier"].slack < 0


@pytest.mark.parametrize("seed", range(4))
def test_latest_dates_on_the_forecast_give_no_negative_slack(seed):
    plan = rich_plan(seed, spread=False, types=("FS", "SS"))
    sched = compute_schedule(plan, calendars=CALENDARS)
    target = max(sched.milestones, key=lambda m: m.likely)
    latest = latest_dates(plan, target.step_id, target.likely, calendars=CALENDARS)
    assert all(v.slack >= 0 for v in latest.values())
    assert latest[target.step_id].latest_finish >= target.likely


def test_compare_scenarios_gives_deltas_against_the_active_one():
    fast, slow = approval_plan(sid="fast", evaluation=100), approval_plan(sid="slow", evaluation=150)
    plan = Plan("p", "T", "C", ProductProfile("X"), date(2026, 1, 1), [fast, slow], "fast")
    result = compare_scenarios(plan, plan.active_scenario, calendars=CALENDARS)
    rows = {row.key: row for row in result.milestones}
    approval = rows["hk_approval"]
    assert approval.deltas["fast"] == 0
    assert approval.deltas["slow"] == (approval.dates["slow"] - approval.dates["fast"]).days > 50
    assert result.schedules["slow"].steps["ok"].finish == approval.dates["slow"]


def test_explanation_chain_walks_back_to_the_start():
    sched = compute_schedule(approval_plan(), calendars=CALENDARS)
    chain = explain_chain(sched, "dac")
    assert [sid for sid, _ in chain] == ["dac", "ok", "eval", "dossier"]
    assert chain[-1][1][0].kind == "start"
    assert any(e.kind == "holiday" for e in chain[2][1])   # 150 HK working days cross public holidays


def _cli(tmp_path, *extra):
    plan = Plan("p", "T", "C", ProductProfile("X"), date(2026, 1, 1), [approval_plan()], "std")
    path = tmp_path / "plan.json"
    save_plan(plan, path)
    parser = argparse.ArgumentParser()
    schedule_cli.add_arguments(parser)
    return schedule_cli.run(parser.parse_args([str(path), *extra]))


def test_schedule_command_prints_json(tmp_path, capsys):
    assert _cli(tmp_path, "--json", "--runs", "300") == 0
    out = json.loads(capsys.readouterr().out)
    expected = compute_schedule(approval_plan(), calendars=CALENDARS)
    milestones = {m["key"]: m for m in out["milestones"]}
    assert milestones["hk_approval"]["likely"] == expected.steps["ok"].finish.isoformat()
    assert milestones["listing"]["p50"] <= milestones["listing"]["p80"] <= milestones["listing"]["p90"]
    assert {s["id"] for s in out["steps"]} == set(expected.steps)


def test_schedule_command_prints_a_table(tmp_path, capsys):
    assert _cli(tmp_path, "--runs", "0") == 0
    out = capsys.readouterr().out
    assert "HK approval" in out and "Milestones:" in out and "P50" not in out


def test_schedule_command_through_main_reports_a_bad_scenario_in_one_line(tmp_path, capsys):
    from oases_desktop.cli.main import main

    plan = Plan("p", "T", "C", ProductProfile("X"), date(2026, 1, 1), [approval_plan()], "std")
    path = tmp_path / "plan.json"
    save_plan(plan, path)
    assert main(["schedule", str(path), "--runs", "50"]) == 0
    assert "HK approval" in capsys.readouterr().out
    assert main(["schedule", str(path), "--scenario", "nope"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "No scenario \"nope\"" in err[0] and "std" in err[0]


def test_compare_scenarios_with_simulation_compares_p80_too():
    fast = approval_plan(sid="fast", evaluation=100)
    slow = approval_plan(sid="slow", evaluation=150)
    for scenario_ in (fast, slow):
        evaluation = scenario_.step("eval")
        evaluation.duration = replace(evaluation.duration, min=evaluation.duration.likely * 0.8,
                                      max=evaluation.duration.likely * 1.5)
    plan = Plan("p", "T", "C", ProductProfile("X"), date(2026, 1, 1), [fast, slow], "fast")
    row = {r.key: r for r in compare_scenarios(plan, plan.active_scenario, runs=500, calendars=CALENDARS).milestones}["hk_approval"]
    assert row.p80_deltas["fast"] == 0
    assert row.p80_deltas["slow"] > 0
    assert row.p80["fast"] >= row.dates["fast"]
    assert compare_scenarios(plan, plan.active_scenario, calendars=CALENDARS).milestones[0].p80 == {}

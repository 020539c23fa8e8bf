"""`main.py schedule FILE`: full step names, the app's default simulation, step-named date errors."""

import json
from datetime import date

import pytest

from oases_desktop.cli.main import main
from oases_desktop.core.domain.plan import Plan, StepKind
from oases_desktop.core.domain.product import ProductKind, ProductProfile
from oases_desktop.core.errors import PlanError
from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.planfile import save_plan
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.scheduling.montecarlo import DEFAULT_RUNS, DEFAULT_SEED, simulate

from .builders import MO, link, scenario, step
from tests.shipped import CALENDARS


def _file(tmp_path, plan):
    path = tmp_path / "plan.oases"
    save_plan(plan, path)
    return path


def _plan(scen):
    return Plan(id="p", title="t", client="c", product=ProductProfile(name="x", kind=ProductKind.DRUG),
                as_of=date(2026, 1, 5), scenarios=[scen], active_scenario=scen.id)


def _names_in_table(text: str) -> list[str]:
    """Step names as printed: a row's name column, then its continuation lines ("    ...")."""
    rows = text.split("Milestones:")[0].splitlines()[1:]
    names: list[str] = []
    for row in rows:
        if row.startswith("    "):
            names[-1] += " " + row.strip()
        elif row[:2] in ("  ", "* "):
            names.append(row[2:].split("  ")[0].strip())
    return names


def test_text_output_shows_every_step_name_in_full(tmp_path, capsys):
    plan = worked_example("medicine", load_library())
    assert main(["schedule", str(_file(tmp_path, plan)), "--runs", "0"]) == 0
    printed = _names_in_table(capsys.readouterr().out)
    steps = [s for s in plan.scenario(plan.active_scenario).steps if s.enabled]
    assert any(len(s.name) > 60 for s in steps)  # some names need more than one line
    # the DAC meeting of Aug 2029 lies beyond HA's published 2025 schedule: its row says so, as the PDF's does
    assert sorted(printed) == sorted(("Estimated: " if s.id == "ha_formulary.dac" else "") + s.name for s in steps)


def test_default_percentiles_are_the_apps(tmp_path, capsys):
    plan = worked_example("medicine", load_library())
    assert main(["schedule", str(_file(tmp_path, plan)), "--json"]) == 0
    printed = {m["step_id"]: m["p80"] for m in json.loads(capsys.readouterr().out)["milestones"]}
    expected = simulate(plan.scenario(plan.active_scenario), DEFAULT_RUNS, DEFAULT_SEED, calendars=CALENDARS)
    assert printed == {sid: expected[sid].p80.isoformat() for sid in printed}


def test_two_approvals_keep_their_own_p80_in_json(tmp_path, capsys):
    steps = [step("quick", 1, MO, low=1, high=2), step("slow", 20, MO, low=18, high=30),
             step("quick_ok", kind=StepKind.MILESTONE, milestone="hk_approval"),
             step("slow_ok", kind=StepKind.MILESTONE, milestone="hk_approval")]
    plan = _plan(scenario(steps, [link("quick", "quick_ok"), link("slow", "slow_ok")]))
    assert main(["schedule", str(_file(tmp_path, plan)), "--json", "--runs", "500"]) == 0
    milestones = {m["step_id"]: m for m in json.loads(capsys.readouterr().out)["milestones"]}
    for m in milestones.values():
        assert m["likely"] <= m["p80"] <= m["p90"], m
    assert milestones["quick_ok"]["p90"] < milestones["slow_ok"]["p50"]


def test_a_date_beyond_the_calendars_names_the_scenario_and_step():
    late = step("late", 1, MO, name="Very long wait", start_no_earlier_than=date(9999, 12, 1))
    scen = scenario([step("a", 10), late], [link("a", "late")], start=date(2150, 1, 5))
    with pytest.raises(PlanError) as caught:
        compute_schedule(scen, calendars=CALENDARS)
    message = str(caught.value)
    assert 'Scenario "Scenario s" (s), step "Very long wait" (late):' in message


def test_schedule_without_runs_does_not_import_numpy_and_with_runs_does(tmp_path):
    """`schedule --runs 0` pays for no simulation library (issue 17); the default run needs it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    path = _file(tmp_path, worked_example("medicine", load_library()))
    root = Path(__file__).resolve().parents[3]
    code = ("import sys; from oases_desktop.cli.main import main; code = main(sys.argv[1:]);"
            "print('numpy' in sys.modules, file=sys.stderr); sys.exit(code)")
    env = dict(os.environ, OASES_DATA_DIR=str(tmp_path / "data"))
    for runs, loaded in (("0", "False"), ("50", "True")):
        out = subprocess.run([sys.executable, "-c", code, "schedule", str(path), "--json", "--runs", runs],
                             cwd=root, env=env, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert out.stderr.strip().splitlines()[-1] == loaded, runs

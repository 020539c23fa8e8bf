"""The headless command line as a user runs it: real processes, exit codes and one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from oases_desktop.core.planfile import FORMAT_VERSION

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ("example", "validate", "routes", "schedule", "export-pdf")


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "example.oases"
    result = run("example", "-o", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_example_then_validate_exits_0(example):
    result = run("validate", str(example))
    assert result.returncode == 0, result.stderr
    assert "valid plan" in result.stdout and "2 scenarios" in result.stdout


def test_device_example_validates(tmp_path):
    path = tmp_path / "device.oases"
    assert run("example", "--which", "device", "-o", str(path)).returncode == 0
    assert run("validate", str(path)).returncode == 0


@pytest.mark.parametrize("damage, words", [
    (lambda text: text[: len(text) // 2], "not valid json"),
    (lambda text: text.replace('"as_of": "2026-11-25"', '"as_of": "2026-02-30"', 1), "plan.as_of"),
    (lambda text: text.replace('"predecessor": "', '"predecessor": "ghost-', 1), "does not exist"),
    (lambda text: text.replace(f'"version": {FORMAT_VERSION}', '"version": 99', 1), "newer version"),
])
def test_damaged_copy_exits_2_with_one_line_naming_the_problem(example, tmp_path, damage, words):
    damaged = tmp_path / "damaged.oases"
    damaged.write_text(damage(example.read_text(encoding="utf-8")), encoding="utf-8")
    for command in ("validate", "schedule", "routes"):
        result = run(command, str(damaged))
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr  # one line, never a traceback
        assert str(damaged) in lines[0] and words in lines[0].lower()


def test_missing_file_exits_2(tmp_path):
    result = run("validate", str(tmp_path / "nope.oases"))
    assert result.returncode == 2 and "no such file" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "usage:" in result.stdout


def test_gui_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0
    assert all(command in result.stdout for command in COMMANDS)


def test_schedule_json_agrees_with_the_plan(example):
    result = run("schedule", str(example), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    text = json.dumps(data)
    assert "hk_approval" in text and "formulary_listing" in text and "first_gba_patient" in text


def test_schedule_json_gives_key_dates_their_drivers_slack_and_the_sitting_buffer(example):
    result = run("schedule", str(example), "--json", "--runs", "200", "--seed", "3")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    keys = {m["step_id"]: m for m in data["key_milestones"]}
    assert list(keys) == ["hk_clinical_trial.readout", "one_plus.approval", "ha_formulary.listed",
                          "gba_connect.first_patient"]
    for m in keys.values():
        assert m["likely"] <= m["p90"] and m["p50"] <= m["p80"] <= m["p90"]
        assert m["driving_steps"][-1] == m["step_id"]
    steps = {s["id"]: s for s in data["steps"]}
    for m in keys.values():  # every driver has slack to its milestone, in both units
        assert all(set(steps[sid]["slack"][m["step_id"]]) == {"working_days", "calendar_days"}
                   for sid in m["driving_steps"])
    assert steps["hk_clinical_trial.conduct"]["slack"]["hk_clinical_trial.readout"] == {
        "working_days": 0, "calendar_days": 0}
    dac = steps["ha_formulary.dac"]
    assert (dac["sitting"], dac["buffer_days"], dac["previous_sitting"], dac["gain_days"]) == (
        "2029-08-03", 70, "2029-05-04", 91)  # by hand: test_keydates_example.test_dac_cadence_buffer_by_hand
    assert "sitting" not in steps["ha_formulary.clinician_application"]


def test_export_pdf_writes_a_pdf(example, tmp_path):
    out = tmp_path / "plan.pdf"
    result = run("export-pdf", str(example), "-o", str(out), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_closed_pipe_is_not_an_error(example):
    proc = subprocess.Popen(f'"{sys.executable}" main.py schedule "{example}" | head -1', shell=True, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate(timeout=120)
    assert out.strip() and "Traceback" not in err


def test_schedule_json_plans_back_from_a_target_given_or_saved_in_the_plan(example, tmp_path):
    result = run("schedule", str(example), "--json", "--runs", "300", "--seed", "3",
                 "--target", "ha_formulary.listed=2029-07-15")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    (target,) = data["targets"]
    assert (target["step_id"], target["target"], target["likely"]) == ("ha_formulary.listed", "2029-07-15", "2029-10-02")
    assert target["margin_days"]["likely"] == -79 and set(target["margin_days"]) == {"likely", "p50", "p80"}
    assert target["margin_working_days"]["likely"] < 0 and target["runs"] == 300 and 0 <= target["probability"] < 0.5
    driving = {s["id"]: s for s in target["driving_steps"]}
    assert list(driving)[-1] == "ha_formulary.listed"
    # By hand in test_targets: the 4 May 2029 meeting, its deadline 9 Feb (the submission reached 8 Feb).
    assert driving["ha_formulary.dac"]["sitting"] == "2029-05-04" == driving["ha_formulary.dac"]["latest_start"]
    assert target["latest_dates"]["ha_formulary.submitted"]["latest_finish"] == "2029-02-08"
    assert target["latest_start_passed"] == [
        {"id": "hk_clinical_trial.feasibility", "latest_start": "2026-11-04", "days_late": 21}]
    # The same target saved in the plan file is used when no --target is given.
    saved = json.loads(example.read_text(encoding="utf-8"))
    saved["plan"]["targets"] = {"ha_formulary.listed": "2029-07-15"}
    path = tmp_path / "targeted.oases"
    path.write_text(json.dumps(saved), encoding="utf-8")
    again = json.loads(run("schedule", str(path), "--json", "--runs", "300", "--seed", "3").stdout)["targets"]
    assert again == data["targets"]
    assert json.loads(run("schedule", str(example), "--json", "--runs", "0").stdout)["targets"] == []
    text = run("schedule", str(path), "--runs", "0").stdout
    assert "15 Jul 2029 is missed on the likely path by 79 days" in text


@pytest.mark.parametrize("target, words", [("nope=2029-01-01", "has no step"), ("ha_formulary.listed", "STEP_ID="),
                                           ("ha_formulary.listed=31/03/2029", "not a date")])
def test_a_target_that_cannot_be_is_refused_in_one_line(example, target, words):
    result = run("schedule", str(example), "--target", target)
    assert result.returncode == 2 and words in result.stderr.strip().splitlines()[-1]

"""Client names never reach a log: plans travel between advisors, logs go to support."""

import logging
import os
import subprocess
import sys
from pathlib import Path

from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library
from oases_desktop.core.planfile import save_plan

CLIENT = "Zyxcorp Confidential Holdings"
PRODUCT = "Qwertimab"
ROOT = Path(__file__).resolve().parents[2]


def secret_plan():
    plan = worked_example("medicine", load_library())
    plan.client = CLIENT
    plan.title = f"{CLIENT}: {PRODUCT} plan"
    plan.product.name = PRODUCT
    return plan


def test_working_on_a_plan_logs_no_client_or_product_name(window, dialogs, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    path = tmp_path / "secret.oases"
    save_plan(secret_plan(), path)
    assert window.files.open_file(str(path), ask=False)
    window.files.export_csv(str(tmp_path / "steps.csv"))
    window.files.export_ical(str(tmp_path / "milestones.ics"))
    window.files._save_file(str(tmp_path / "copy.oases"))
    broken = tmp_path / "broken.oases"
    broken.write_text(path.read_text(encoding="utf-8").replace('"as_of": "2026-11-25"', '"as_of": "2026-13-01"', 1))
    window.files.open_file(str(broken), ask=False)  # a user error: shown, and logged
    assert caplog.records, "nothing was logged: the test would prove nothing"
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert CLIENT not in logged and PRODUCT not in logged


def test_the_app_process_writes_no_client_name_to_its_log_files(tmp_path):
    path = tmp_path / "secret.oases"
    save_plan(secret_plan(), path)
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OASES_DATA_DIR=str(data))
    for args in (["--screenshot", str(tmp_path / "s.png"), str(path)],
                 ["export-pdf", str(path), "-o", str(tmp_path / "p.pdf")],
                 ["schedule", str(path)]):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env, capture_output=True,
                                text=True, timeout=180)
        assert result.returncode == 0, result.stderr
    logs = list(data.rglob("*.log*"))
    assert logs, "the app wrote no log file"
    for log in logs:
        text = log.read_text(encoding="utf-8", errors="replace")
        assert CLIENT not in text and PRODUCT not in text, log

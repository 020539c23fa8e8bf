"""The hostile-file corpus (issue 14) through validate, routes, schedule, export-pdf and the GUI's File > Open.

Figures: files refused by each command but accepted when bad, tracebacks, runs over 20 s, files
written on a refusal, and whether validate accepts exactly what the scheduler accepts. The commands
run in-process (main() with captured output, so the suite stays fast); a sample runs as real
processes without a terminal, so that what a user sees is checked too.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
import unicodedata
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from oases_desktop.cli.main import main
from oases_desktop.core.errors import OasesError
from tests.reliability.hostile_corpus import hostile_corpus

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 20.0
pytestmark = pytest.mark.skipif(os.name == "nt", reason="the corpus has FIFOs, sockets and device links")


def _run(argv: list[str]) -> tuple[int | None, str, str, float, str | None]:
    """(exit status, stdout, stderr, seconds, crash) of main(argv), in a thread so a hang cannot stall the suite."""
    out, err, result = io.StringIO(), io.StringIO(), {}

    def work():
        try:
            with redirect_stdout(out), redirect_stderr(err):
                result["code"] = main(argv)
        except SystemExit as done:  # argparse
            result["code"] = done.code
        except BaseException as error:  # noqa: BLE001 - a crash is what we count
            result["crash"] = f"{type(error).__name__}: {str(error)[:200]}"

    began = time.monotonic()
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(LIMIT * 3)
    seconds = time.monotonic() - began
    if thread.is_alive():
        return None, out.getvalue(), err.getvalue(), seconds, "still running (hang)"
    return result.get("code"), out.getvalue(), err.getvalue(), seconds, result.get("crash")


def _snapshot(folder: Path) -> dict[str, tuple]:
    return {str(p): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def _raw_controls(text: str) -> list[str]:
    """Terminal control characters and bidi overrides printed raw (line ends between lines are fine)."""
    return [ch for ch in text if ch not in "\n" and (unicodedata.category(ch) in ("Cc", "Cf"))]


@pytest.fixture(scope="module")
def library_db(tmp_path_factory):
    from oases_desktop.core.storage import open_database

    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'oases.sqlite'}"
    with open_database(url, auto_backup=False):
        pass
    return url


def test_hostile_corpus_through_every_command(tmp_path, library_db, report_figure):
    folder, outputs = tmp_path / "corpus", tmp_path / "out"
    folder.mkdir()
    outputs.mkdir()
    keep: list = []
    files = list(hostile_corpus(folder, keep))
    before = _snapshot(folder)
    counts = Counter()
    problems: list[str] = []
    mismatched = 0
    for index, (kind, path, bad) in enumerate(files):
        counts["files"] += 1
        out_pdf = outputs / f"{index}.pdf"
        runs = {
            "validate": ["--db", library_db, "validate", str(path)],
            "routes": ["--db", library_db, "routes", str(path)],
            "schedule": ["--db", library_db, "schedule", str(path), "--runs", "50"],
        }
        if not bad:  # a refused file fails at loading, like validate; rendering is the slow part
            runs["export-pdf"] = ["--db", library_db, "export-pdf", str(path), "-o", str(out_pdf)]
        verdicts = {}
        for command, argv in runs.items():
            code, out, err, seconds, crash = _run(argv)
            verdicts[command] = code
            where = f"{command} {path.name} ({kind})"
            if crash or "Traceback" in err or code not in (0, 2):
                counts["tracebacks"] += 1
                problems.append(f"{where}: crash {crash or err[-300:]!r}")
            if seconds > LIMIT:
                counts["over_20s"] += 1
                problems.append(f"{where}: {seconds:.1f} s")
            if code == 0 and bad:
                counts["accepted_but_bad"] += 1
                problems.append(f"{where}: accepted")
            if code == 2 and not bad:
                counts["refused_but_good"] += 1
                problems.append(f"{where}: refused {err.strip()[:300]!r}")
            if code == 2 and str(path) not in err:
                problems.append(f"{where}: the refusal does not name the file: {err.strip()[:300]!r}")
            if _raw_controls(out) or _raw_controls(err):
                counts["raw_control_output"] += 1
                problems.append(f"{where}: printed raw control characters {_raw_controls(out + err)[:5]!r}")
            if command == "export-pdf" and code != 0 and out_pdf.exists():
                counts["written_on_refusal"] += 1
        if not bad:  # the scheduler on every scenario, as validate checks them all
            for scenario in ("base", "fast"):
                code, *_ = _run(["--db", library_db, "schedule", str(path), "--runs", "0", "--scenario", scenario])
                verdicts["schedule"] = verdicts["schedule"] if code == 0 else code
        if (verdicts["validate"] == 0) != (verdicts["schedule"] == 0):
            mismatched += 1
            problems.append(f"validate {verdicts['validate']} but schedule {verdicts['schedule']}: {path.name}")
    written = sorted(set(_snapshot(folder).items()) ^ set(before.items()))
    counts["written_on_refusal"] += len(written)
    written_pdfs = sum(1 for _ in outputs.glob("*.pdf"))
    for sock in keep:
        sock.close()
    report_figure(
        f"hostile_corpus: {counts['files']} files ({sum(1 for f in files if not f[2])} valid with hostile text or "
        f"rules) through validate, routes, schedule, export-pdf: {counts['accepted_but_bad']} accepted but bad, "
        f"{counts['tracebacks']} tracebacks, {counts['over_20s']} runs over 20 s, {counts['written_on_refusal']} "
        f"files written on a refusal, {counts['raw_control_output']} outputs with raw control characters, "
        f"validate and the scheduler disagree on {mismatched}; {written_pdfs} reports written for the valid ones")
    assert problems == [], "\n".join(problems[:40])
    assert counts["files"] >= 400 and mismatched == 0 and written == []


def test_a_sample_of_the_corpus_as_real_processes_without_a_terminal(tmp_path, library_db, report_figure):
    """What a user sees: one line naming the file, status 2, no traceback, within 20 s, stdin not a terminal."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    keep: list = []
    picked, seen = [], set()
    for kind, path, bad in hostile_corpus(folder, keep):
        if bad and kind not in seen and kind != "huge_file":
            seen.add(kind)
            picked.append(path)
    slowest = 0.0
    for path in picked[:12]:
        for argv in (["--db", library_db, "validate", str(path)], ["--db", library_db, "schedule", str(path)],
                     ["--db", library_db, "export-pdf", str(path), "-o", str(tmp_path / "x.pdf")]):
            began = time.monotonic()
            done = subprocess.run([sys.executable, str(ROOT / "main.py"), *argv], capture_output=True, text=True,
                                  timeout=LIMIT, cwd=ROOT, stdin=subprocess.DEVNULL)
            slowest = max(slowest, time.monotonic() - began)
            assert done.returncode == 2 and "Traceback" not in done.stderr, (argv, done.stderr)
            assert str(path) in done.stderr and done.stderr.count("\n") == 1, done.stderr
            assert not (tmp_path / "x.pdf").exists()
    for sock in keep:
        sock.close()
    report_figure(f"hostile_corpus_processes: {len(picked[:12])} classes x 3 commands as processes: exit 2 with one "
                  f"line naming the file, slowest {slowest:.1f} s")


def test_the_corpus_opened_in_the_gui(qtbot, tmp_path, monkeypatch, report_figure):
    """File > Open on every corpus file: bad ones refused with a message, good ones opened, nothing raised."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from oases_desktop.gui.main_window import MainWindow
    from oases_desktop.gui.settings import Settings

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda parent, title, text, *a, **k: shown.append(text)))
    window = MainWindow(settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    folder = tmp_path / "corpus"
    folder.mkdir()
    keep: list = []
    counts, problems = Counter(), []
    try:
        for kind, path, bad in hostile_corpus(folder, keep):
            if kind == "huge_file":
                continue  # 21 MB each: refused by size like the sparse special file, which stays in
            counts["files"] += 1
            shown.clear()
            began = time.monotonic()
            try:
                opened = window.files.open_file(str(path), ask=False)
            except OasesError as error:
                opened, shown[:] = False, [str(error)]
            except Exception as error:  # noqa: BLE001
                counts["tracebacks"] += 1
                problems.append(f"{path.name}: {type(error).__name__}: {error}")
                continue
            if time.monotonic() - began > LIMIT:
                counts["over_20s"] += 1
            if opened and bad:
                counts["accepted_but_bad"] += 1
                problems.append(f"{path.name} ({kind}): opened")
            if not opened and not bad:
                problems.append(f"{path.name} ({kind}): refused {shown[:1]}")
            if any("internal error" in text.lower() for text in shown):
                counts["tracebacks"] += 1
                problems.append(f"{path.name}: internal error {shown[:1]}")
            window.document.undo_stack.setClean()
    finally:
        for sock in keep:
            sock.close()
        window.document.undo_stack.setClean()
        if window.session.autosaver is not None:
            window.session.autosaver.timer.stop()
        window.close()
        window.deleteLater()
    report_figure(f"hostile_corpus_gui: {counts['files']} files opened with File > Open: {counts['accepted_but_bad']} "
                  f"accepted but bad, {counts['tracebacks']} tracebacks, {counts['over_20s']} over 20 s")
    assert problems == [], "\n".join(problems[:40])

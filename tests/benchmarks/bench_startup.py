"""Startup: time to first paint of the app vs a bare QMainWindow, measured in the same run.

Runs the two alternately (A B A B ...) as whole processes and prints the median of each, the
median of the pair ratios, and the app's peak memory. Goal: ratio <= 1.5.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed: {proc.stderr.read().decode(errors='replace')[-2000:]}")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    data_dir = tempfile.mkdtemp(prefix="oases-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OASES_DATA_DIR=data_dir)
    app = [sys.executable, "main.py", "--quit-after-paint"]
    bare = [sys.executable, str(ROOT / "tests" / "benchmarks" / "bare_window.py")]
    timed(app, env)  # warm-up: first run also creates and seeds the database
    timed(bare, env)
    app_walls, bare_walls, ratios, peaks = [], [], [], []
    for _ in range(RUNS):
        a, peak = timed(app, env)
        b, _ = timed(bare, env)
        app_walls.append(a)
        bare_walls.append(b)
        ratios.append(a / b)
        peaks.append(peak)
    print(f"startup_first_paint_app: {statistics.median(app_walls):.3f} s")
    print(f"startup_first_paint_bare_qmainwindow: {statistics.median(bare_walls):.3f} s")
    print(f"startup_first_paint_ratio: {statistics.median(ratios):.2f} x (goal <= 1.5)")
    print(f"startup_peak_memory_app: {max(peaks):.0f} MiB")


if __name__ == "__main__":
    main()

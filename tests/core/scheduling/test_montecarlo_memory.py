"""The simulation keeps only what it reports (issue 14 item 9): memory grows with the links in flight, not with
the plan (the dates themselves are checked run by run against the scalar engine in test_montecarlo_reference.py)."""

from __future__ import annotations

import tracemalloc

import numpy as np

from oases_desktop.core.scheduling import montecarlo
from oases_desktop.core.scheduling.montecarlo import simulate
from tests.benchmarks.bench_schedule import realistic_plan
from tests.shipped import CALENDARS


def test_memory_grows_with_the_links_in_flight_not_with_the_plan():
    steps, runs = 2000, 2000
    plan = realistic_plan(steps, int(steps * 1.9))
    one_array = runs * np.dtype(np.int64).itemsize
    montecarlo._CACHE.clear()   # simulated here, not found in the per-revision cache
    tracemalloc.start()
    try:
        result = simulate(plan, runs=runs, seed=0, calendars=CALENDARS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(result) > 100
    # Keeping every step's start, end and samples took five such arrays a step (80 MB here); now the
    # peak is below one array a step, milestones' kept finishes included.
    assert peak < steps * one_array, f"peak {peak / 2**20:.1f} MiB"

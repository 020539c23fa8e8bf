"""Scheduling speed: recompute (drag path), Monte Carlo, and growth with plan size.

Run: .venv/bin/python tests/benchmarks/bench_schedule.py   (prints `name: value unit` lines)
Goals (issue 4): 500 steps / 1,000 links recompute median <= 20 ms; 10,000 MC runs of 100 steps <= 1 s;
growth from 100 to 2,000 steps close to linear.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from oases_desktop.core.domain.plan import (  # noqa: E402
    Calendar, Dependency, DependencyType, DurationUnit, Estimate, Lag, Scenario, Step, StepKind,
)
from oases_desktop.core.scheduling.engine import compute_schedule  # noqa: E402
from oases_desktop.core.scheduling.montecarlo import simulate  # noqa: E402
from tests.shipped import CALENDARS

UNITS = (DurationUnit.WORKING_DAYS, DurationUnit.CALENDAR_DAYS, DurationUnit.WEEKS, DurationUnit.MONTHS)
TYPES = (DependencyType.FS,) * 6 + (DependencyType.SS, DependencyType.FF, DependencyType.SF)


def realistic_plan(steps: int, links: int, seed: int = 0) -> Scenario:
    """A plan like a large multi-route pathway: mixed units and calendars, clocks, gates, milestones."""
    rng = random.Random(seed)
    out = []
    for i in range(steps):
        unit = rng.choice(UNITS)
        likely = {UNITS[0]: rng.randint(5, 120), UNITS[1]: rng.randint(5, 90), UNITS[2]: rng.randint(1, 8),
                  UNITS[3]: rng.choice([1, 2, 3])}[unit]
        estimate = Estimate(likely * 0.7, likely, likely * 1.6, unit, rng.choice((Calendar.HK, Calendar.CN)))
        kind, stop, cadence = StepKind.TASK, None, None
        roll = rng.random()
        if roll < 0.08:
            kind, estimate = StepKind.MILESTONE, Estimate.zero()
        elif roll < 0.14:
            kind, stop = StepKind.REGULATOR_CLOCK, Estimate(30, 90, 150)
        elif roll < 0.18:
            kind, cadence = StepKind.CADENCE_GATE, "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15"
        out.append(Step(f"s{i}", f"Step {i}", f"route{i % 6}", estimate, kind=kind, stop_clock=stop,
                        cadence=cadence, milestone=f"m{i}" if kind == StepKind.MILESTONE else None))
    pairs = set()
    while len(pairs) < links:
        a = rng.randrange(steps - 1)
        b = rng.randrange(a + 1, min(steps, a + 25))  # mostly local links, like routes
        pairs.add((a, b))
    deps = [Dependency(f"s{a}", f"s{b}", rng.choice(TYPES),
                       Lag(rng.choice([0, 0, 0, 5, 10]), rng.choice(UNITS[:2]), Calendar.HK)) for a, b in sorted(pairs)]
    return Scenario("bench", "Bench", date(2026, 1, 5), steps=out, dependencies=deps)


def textbook_cpm(plan: Scenario) -> int:
    """Reference workload for ratios: a bare forward + backward pass in calendar days, plain dicts.

    It is what any scheduler must at least do, measured in the same process so that a loaded
    machine shows up in both figures and the ratio stays meaningful.
    """
    succ: dict[str, list[tuple[str, int]]] = {s.id: [] for s in plan.steps}
    indeg = dict.fromkeys(succ, 0)
    for dep in plan.dependencies:
        succ[dep.predecessor].append((dep.successor, int(dep.lag.value)))
        indeg[dep.successor] += 1
    duration = {s.id: int(s.duration.likely) for s in plan.steps}
    ready = [sid for sid, n in indeg.items() if n == 0]
    order, early = [], dict.fromkeys(succ, 0)
    while ready:
        sid = ready.pop()
        order.append(sid)
        for nxt, lag in succ[sid]:
            early[nxt] = max(early[nxt], early[sid] + duration[sid] + lag)
            indeg[nxt] -= 1
            if indeg[nxt] == 0:
                ready.append(nxt)
    finish = max(early[s] + duration[s] for s in order)
    late = {}
    for sid in reversed(order):
        late[sid] = min([finish - duration[sid]] + [late[n] - lag - duration[sid] for n, lag in succ[sid]])
    return sum(late[s] - early[s] for s in order)


def median_ms(func, repeats: int, clock=time.perf_counter) -> float:
    """Median milliseconds of `repeats` calls after one warm-up call (caches warm, as in a running app)."""
    func()
    times = []
    for _ in range(repeats):
        began = clock()
        func()
        times.append((clock() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    plan500 = realistic_plan(500, 1000)
    recompute = median_ms(lambda: compute_schedule(plan500, calendars=CALENDARS), 21)
    print(f"recompute_500_steps_1000_links_median: {recompute:.2f} ms")
    print(f"recompute_500_vs_goal_20ms: {recompute / 20:.2f} ratio")
    cpu = median_ms(lambda: compute_schedule(plan500, calendars=CALENDARS), 21, time.process_time)
    print(f"recompute_500_steps_1000_links_cpu_median: {cpu:.2f} ms (CPU time: less sensitive to a busy machine)")
    reference = median_ms(lambda: textbook_cpm(plan500), 21)
    print(f"reference_textbook_cpm_500_steps_median: {reference:.2f} ms")
    print(f"recompute_500_over_textbook_cpm: {recompute / reference:.1f} ratio")
    dates_only = median_ms(lambda: compute_schedule(plan500, explain=False, calendars=CALENDARS), 21)
    print(f"recompute_500_steps_1000_links_dates_only_median: {dates_only:.2f} ms")
    print(f"recompute_dates_only_over_full: {dates_only / recompute:.2f} ratio")

    sizes = {}
    for n in (100, 500, 2000):
        plan = realistic_plan(n, 2 * n, seed=n)
        sizes[n] = median_ms(lambda plan=plan: compute_schedule(plan, calendars=CALENDARS), 11 if n < 2000 else 5)
        print(f"recompute_{n}_steps_median: {sizes[n]:.2f} ms")
        print(f"recompute_{n}_steps_per_step: {sizes[n] / n * 1000:.1f} us")
    print(f"growth_500_over_100: {sizes[500] / sizes[100]:.2f} ratio (linear = 5.00)")
    print(f"growth_2000_over_500: {sizes[2000] / sizes[500]:.2f} ratio (linear = 4.00)")

    plan100 = realistic_plan(100, 200, seed=7)
    seeds = iter(range(1, 100))  # a new seed each call: the same seed would be a cached result (montecarlo._CACHE)
    mc = median_ms(lambda: simulate(plan100, runs=10_000, seed=next(seeds), calendars=CALENDARS), 5)
    print(f"montecarlo_10000_runs_100_steps_median: {mc:.1f} ms")
    print(f"montecarlo_vs_goal_1s: {mc / 1000:.2f} ratio")
    single = median_ms(lambda: compute_schedule(plan100, calendars=CALENDARS), 11)
    print(f"montecarlo_10000_runs_over_one_recompute: {mc / single:.0f} ratio")


if __name__ == "__main__":
    main()

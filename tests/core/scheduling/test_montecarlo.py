"""Monte Carlo: the vectorised pass agrees with the engine, percentiles are ordered and bounded."""

import random
from datetime import date

import pytest

from oases_desktop.core.domain.plan import Calendar, Estimate, StepKind
from oases_desktop.core.errors import PlanError
from oases_desktop.core.scheduling.engine import attach_percentiles, compute_schedule
from oases_desktop.core.scheduling.montecarlo import simulate

from .builders import CD, MO, WD, WK, link, scenario, step
from tests.shipped import CALENDARS

UNITS = (CD, WD, WK, MO)
CALS = (Calendar.HK, Calendar.CN, Calendar.MO)


def rich_plan(seed: int, n: int = 40, spread: bool = True, types=("FS", "FS", "SS", "FF", "SF")):
    """Random plan using every feature: units, calendars, link types, lags, stop-clocks, gates, milestones."""
    rng = random.Random(seed)
    steps = []
    for i in range(n):
        unit = rng.choice(UNITS)
        likely = {CD: rng.randint(1, 60), WD: rng.randint(1, 60), WK: rng.randint(1, 8), MO: rng.choice([1, 2, 3, 1.5])}[unit]
        low, high = (likely * 0.6, likely * 1.8) if spread else (likely, likely)
        kw = {}
        roll = rng.random()
        if roll < 0.1:
            kw["kind"] = StepKind.MILESTONE
        elif roll < 0.2:
            kw.update(kind=StepKind.REGULATOR_CLOCK)
        elif roll < 0.3:
            kw.update(kind=StepKind.CADENCE_GATE, cadence="FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=15")
        s = step(f"s{i}", likely, unit, rng.choice(CALS), low=low, high=high, milestone=f"m{i}", **kw)
        if kw.get("kind") == StepKind.REGULATOR_CLOCK:
            s.stop_clock = Estimate(20, 40, 90) if spread else Estimate(40, 40, 40)
        if rng.random() < 0.05:
            s.start_no_earlier_than = date(2026, rng.randint(2, 9), 1)
        steps.append(s)
    links = set()
    for _ in range(n * 2):
        a, b = sorted(rng.sample(range(n), 2))
        links.add((a, b))
    deps = [link(f"s{a}", f"s{b}", rng.choice(types), rng.choice([0, 0, 3, 10]),
                 rng.choice(UNITS[:3]), rng.choice(CALS)) for a, b in sorted(links)]
    return scenario(steps, deps, start=date(2026, 1, 7))


@pytest.mark.parametrize("seed", range(10))
def test_simulation_without_spread_reproduces_the_engine(seed):
    plan = rich_plan(seed, spread=False)
    sched = compute_schedule(plan, calendars=CALENDARS)
    sims = simulate(plan, runs=3, seed=seed, calendars=CALENDARS)
    for m in sched.milestones:
        assert sims[m.step_id].p50 == sims[m.step_id].p90 == m.likely, m.step_id


@pytest.mark.parametrize("seed", range(6))
def test_percentiles_are_ordered_and_within_the_min_max_paths(seed):
    # Finish-to-finish and start-to-finish links make dates non-monotone in durations (a longer
    # successor starts earlier), so the min/max passes bound the runs only for FS/SS plans.
    plan = rich_plan(50 + seed, types=("FS", "SS"))
    sched = compute_schedule(plan, calendars=CALENDARS)
    sims = simulate(plan, runs=2000, seed=seed, calendars=CALENDARS)
    assert set(sims) == {m.step_id for m in sched.milestones}
    for m in sched.milestones:
        got = sims[m.step_id]
        bounds = sched.steps[m.step_id]
        assert bounds.min_finish <= got.earliest <= got.p50 <= got.p80 <= got.p90 <= got.latest <= bounds.max_finish


def test_seeded_runs_are_reproducible_and_seeds_differ():
    plan = rich_plan(7)
    assert simulate(plan, runs=500, seed=1, calendars=CALENDARS) == simulate(plan, runs=500, seed=1, calendars=CALENDARS)
    a, b = simulate(plan, runs=500, seed=1, calendars=CALENDARS), simulate(plan, runs=500, seed=2, calendars=CALENDARS)
    assert any(a[k].p80 != b[k].p80 for k in a)


def test_triangular_and_pert_on_a_single_step():
    plan = scenario([step("a", 20, low=10, high=60, milestone="done")], start=date(2026, 1, 1))
    pert = simulate(plan, runs=20000, seed=0, calendars=CALENDARS)["done"]
    tri = simulate(plan, runs=20000, seed=0, distribution="triangular", calendars=CALENDARS)["done"]
    # PERT mean = (10 + 4*20 + 60)/6 = 25 days; triangular mean = 30 days; the medians follow the means.
    assert date(2026, 1, 22) <= pert.p50 <= date(2026, 1, 26)
    assert pert.p50 < tri.p50
    with pytest.raises(PlanError):
        simulate(plan, distribution="uniform", calendars=CALENDARS)


def test_attach_percentiles_fills_the_schedule():
    plan = rich_plan(3)
    sched = attach_percentiles(compute_schedule(plan, calendars=CALENDARS), simulate(plan, runs=200, calendars=CALENDARS))
    assert all(m.p50 and m.p80 and m.p90 for m in sched.milestones)


def _two_registrations():
    """Two registration routes in one scenario, each with its own "hk_approval" milestone, far apart."""
    fast = [step("f1", 30, low=20, high=60), step("fast_ok", kind=StepKind.MILESTONE, milestone="hk_approval")]
    slow = [step("s1", 300, low=250, high=400), step("slow_ok", kind=StepKind.MILESTONE, milestone="hk_approval")]
    return scenario(fast + slow, [link("f1", "fast_ok"), link("s1", "slow_ok")], start=date(2026, 1, 5))


def test_milestones_sharing_a_key_keep_their_own_percentiles():
    plan = _two_registrations()
    sched = attach_percentiles(compute_schedule(plan, calendars=CALENDARS), simulate(plan, runs=2000, calendars=CALENDARS))
    by_step = {m.step_id: m for m in sched.milestones}
    for step_id in ("fast_ok", "slow_ok"):
        m = by_step[step_id]
        bounds = sched.steps[step_id]
        # each milestone's percentiles lie within its own min/max path and P80 is not before its likely date
        assert bounds.min_finish <= m.p50 <= m.p80 <= m.p90 <= bounds.max_finish, step_id
        assert m.p80 >= m.likely, step_id
    assert by_step["fast_ok"].p90 < by_step["slow_ok"].p50


def test_a_shared_key_finds_nothing_a_unique_key_finds_its_step():
    plan = _two_registrations()
    plan.steps.append(step("listed", kind=StepKind.MILESTONE, milestone="formulary_listing"))
    plan.dependencies.append(link("slow_ok", "listed"))
    sims = simulate(plan, runs=50, calendars=CALENDARS)
    assert set(sims) == {"fast_ok", "slow_ok", "listed"}
    assert "hk_approval" not in sims and sims.get("hk_approval") is None
    assert sims["formulary_listing"] is sims["listed"]
    assert set(sims.by_key()) == {"formulary_listing"}


def test_one_default_run_count_and_seed():
    from oases_desktop.core.scheduling import montecarlo

    plan = rich_plan(4)
    assert (montecarlo.DEFAULT_RUNS, montecarlo.DEFAULT_SEED) == (10_000, 0)
    assert simulate(plan, calendars=CALENDARS) == simulate(plan, runs=montecarlo.DEFAULT_RUNS, seed=montecarlo.DEFAULT_SEED, calendars=CALENDARS)
    assert next(iter(simulate(plan, calendars=CALENDARS).values())).runs == montecarlo.DEFAULT_RUNS


def test_the_simulation_cache_serves_several_threads():
    """The GUI simulates in background threads while the GUI thread and exports read the same cache:
    a key evicted by one thread between another's look-up and its move to the end raised KeyError."""
    import random
    import sys
    import threading

    from oases_desktop.core.scheduling import montecarlo

    problems: list = []

    def use_the_cache(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(20000):
            key = ("test-only", rng.randrange(montecarlo._CACHE_SIZE + 4))
            try:
                if montecarlo._cached(key) is None:
                    montecarlo._store(key, object())
            except Exception as error:  # noqa: BLE001 - a KeyError was the symptom
                problems.append(repr(error))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=use_the_cache, args=(n,)) for n in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
        montecarlo._CACHE.clear()
    assert problems == []

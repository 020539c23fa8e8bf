"""The vectorised simulation against an independent reference: the scalar engine, run by run.

The reference draws each step's samples in the documented order (step by step in the plan's
order: the duration, then the stop-clock; nothing for milestones, switched-off steps, done or
settled work and estimates without spread), compiles each run's sampled durations with the
engine's own program compiler and dates the run with the scalar forward pass (passes.forward).
The simulation must give the same shown finish day in every run, so the same seed gives the same
dates as before it was vectorised (written against the first implementation, kept as its reference).
"""

import dataclasses
import random
from datetime import date, timedelta

import numpy as np
import pytest

from oases_desktop.core.domain.plan import StepKind
from oases_desktop.core.examples import worked_example
from oases_desktop.core.scheduling import model as model_module
from oases_desktop.core.scheduling.montecarlo import simulate, step_percentiles
from oases_desktop.core.scheduling.passes import forward, settled_steps, shown_finish_day
from tests.shipped import CALENDARS, LIBRARY

from .test_montecarlo import rich_plan


def _draw(rng, estimate, runs, distribution):
    low, mode, high = float(estimate.min), float(estimate.likely), float(estimate.max)
    if high <= low:
        return np.full(runs, low)
    if distribution == "triangular":
        return rng.triangular(low, mode, high, runs)
    alpha, beta = 1 + 4 * (mode - low) / (high - low), 1 + 4 * (high - mode) / (high - low)
    return low + (high - low) * rng.beta(alpha, beta, runs)


def _at(estimate, value):
    return None if estimate is None else dataclasses.replace(estimate, min=value, likely=value, max=value)


def reference_shown(scenario, runs, seed, distribution="pert", today=None):
    """{step id: shown finish ordinal per run} of every enabled step, one scalar forward pass per run."""
    compiled = model_module.compile_scenario(scenario, CALENDARS)
    model = dataclasses.replace(compiled, programs=dict(compiled.programs))  # the compiled one stays as it was
    today_ord = today.toordinal() if today else None
    settled = settled_steps(model) if today_ord is not None else set()
    rng = np.random.default_rng(seed)
    drawn = {}
    for j, step in enumerate(model.steps):
        if step.kind == StepKind.MILESTONE or not step.enabled:
            continue
        fixed = step.done or j in settled
        def sample(estimate):
            return np.full(runs, float(estimate.likely)) if fixed else _draw(rng, estimate, runs, distribution)
        duration = sample(step.duration)
        stop = sample(step.stop_clock) if step.stop_clock is not None else None
        drawn[j] = (duration, stop)
    shown = {s.id: np.zeros(runs, dtype=np.int64) for s in model.steps if s.enabled}
    for r in range(runs):
        programs = []
        for j, step in enumerate(model.steps):
            if j in drawn:
                duration, stop = drawn[j]
                step = dataclasses.replace(step, duration=_at(step.duration, duration[r]),
                                           stop_clock=_at(step.stop_clock, None if stop is None else stop[r]))
            programs.append(model_module._program(step, "likely", CALENDARS))
        model.programs["run"] = programs
        early = forward(model, "run", today_ord)
        for j, step in enumerate(model.steps):
            if step.enabled:
                shown[step.id][r] = shown_finish_day(early[j], programs[j].point)
    return shown


def _with_progress(plan, seed):
    """The plan with a status date and a few actual dates (done, in progress), as a living plan has."""
    rng = random.Random(seed)
    today = plan.start_date + timedelta(days=120)
    early = {s.id: s for s in plan.steps if s.kind != StepKind.MILESTONE}
    for step in rng.sample(sorted(early.values(), key=lambda s: s.id), 3):
        step.actual_start = plan.start_date + timedelta(days=rng.randint(0, 60))
        if rng.random() < 0.5:
            step.actual_finish = step.actual_start + timedelta(days=rng.randint(5, 50))
    return plan, today


def _check(plan, runs, seed, distribution="pert", today=None):
    expected = reference_shown(plan, runs, seed, distribution, today)
    got = simulate(plan, runs, seed, distribution, today, calendars=CALENDARS)
    assert set(got), "the plan has milestones to report"
    for sid in got:
        assert np.array_equal(got.runs_of(sid), expected[sid]), sid
    pcts = step_percentiles(plan, runs, seed, today, calendars=CALENDARS) if distribution == "pert" else {}
    for sid, (p50, p80) in pcts.items():
        want = np.percentile(expected[sid], (50, 80), method="inverted_cdf")
        assert (p50, p80) == tuple(date.fromordinal(int(v)) for v in want), sid


@pytest.mark.parametrize("seed", range(8))
def test_every_run_matches_the_scalar_engine_on_random_plans(seed):
    _check(rich_plan(100 + seed, n=30), runs=60, seed=seed, distribution="triangular" if seed % 4 == 3 else "pert")


@pytest.mark.parametrize("seed", range(4))
def test_every_run_matches_the_scalar_engine_with_progress(seed):
    plan, today = _with_progress(rich_plan(200 + seed, n=30), seed)
    _check(plan, runs=60, seed=seed, today=today)


@pytest.mark.parametrize("which", ["medicine", "device"])
def test_every_run_matches_the_scalar_engine_on_the_worked_examples(which):
    plan = worked_example(which, LIBRARY)
    for scenario in plan.scenarios:
        _check(scenario, runs=150, seed=3, today=plan.as_of)


def test_one_revision_is_simulated_once_and_an_edit_simulates_again(monkeypatch):
    from oases_desktop.core.scheduling import runs as runs_module

    calls = []
    real = runs_module.shown_runs
    monkeypatch.setattr(runs_module, "shown_runs", lambda *a, **k: calls.append(1) or real(*a, **k))
    plan = rich_plan(300, n=20)
    first = simulate(plan, 40, 5, calendars=CALENDARS)
    assert simulate(plan, 40, 5, calendars=CALENDARS) is first and len(calls) == 1
    assert simulate(plan, 40, 6, calendars=CALENDARS) is not first and len(calls) == 2  # another seed
    edited = next(s for s in plan.steps if s.kind != StepKind.MILESTONE)
    edited.duration = dataclasses.replace(edited.duration, max=edited.duration.max + 30)
    again = simulate(plan, 40, 5, calendars=CALENDARS)
    assert len(calls) == 3
    assert all(np.array_equal(again.runs_of(sid), reference_shown(plan, 40, 5)[sid]) for sid in again)


def test_the_schedule_and_its_simulation_compile_the_scenario_once(monkeypatch):
    from oases_desktop.core.scheduling.engine import compute_schedule

    compiled = []
    real = model_module._compile
    monkeypatch.setattr(model_module, "_compile", lambda *a: compiled.append(1) or real(*a))
    plan = rich_plan(301, n=20)
    compute_schedule(plan, calendars=CALENDARS)
    simulate(plan, 30, 1, calendars=CALENDARS)
    assert len(compiled) == 1
    plan.steps[0].enabled = not plan.steps[0].enabled  # an edit in place: compiled again
    compute_schedule(plan, calendars=CALENDARS)
    assert len(compiled) == 2


def test_runs_past_the_calendars_are_refused_naming_the_calendar():
    from oases_desktop.core.domain.plan import Calendar
    from oases_desktop.core.errors import PlanError

    from .builders import WD, scenario, step

    plan = scenario([step("late", 300, WD, Calendar.HK, low=200, high=600, milestone="done")], start=date(2199, 6, 1))
    with pytest.raises(PlanError, match="calendar covers 1970-2200"):
        simulate(plan, 20, 0, calendars=CALENDARS)

"""Progress: the status date, done and in-progress steps, and what the simulation samples."""

import dataclasses
from datetime import date, timedelta

from oases_desktop.core.domain.plan import StepKind
from oases_desktop.core.examples import worked_example
from oases_desktop.core.scheduling.engine import compute_schedule
from oases_desktop.core.scheduling.montecarlo import simulate

from tests.core.scheduling.builders import link, scenario, step
from tests.shipped import CALENDARS, LIBRARY

D = date.fromordinal


def _chain():
    """a (10 d) -> b (10 d) -> m (milestone), from Mon 5 Jan 2026; calendar days, so hand-checkable."""
    return scenario([step("a"), step("b"), step("m", kind=StepKind.MILESTONE, milestone="m")],
                    [link("a", "b"), link("b", "m")])


def test_unfinished_step_past_its_planned_finish_is_moved_past_the_status_date_with_its_successors():
    plain = compute_schedule(_chain(), calendars=CALENDARS)
    assert (plain.steps["a"].start, plain.steps["a"].finish) == (date(2026, 1, 5), date(2026, 1, 14))
    status = date(2026, 2, 2)  # after a's planned finish (14 Jan); a has no actual dates
    moved = compute_schedule(_chain(), status, calendars=CALENDARS)
    # Not started by the status date: a is planned from it, b and the milestone after it (10 + 10 days).
    assert moved.steps["a"].start == status and moved.steps["a"].finish == date(2026, 2, 11)
    assert moved.steps["b"].start == date(2026, 2, 12) and moved.steps["b"].finish == date(2026, 2, 21)
    assert moved.steps["m"].finish == date(2026, 2, 21)
    said = " ".join(e.text for e in moved.steps["a"].explanation)
    assert "Not started by the status date" in said and "not planned before the status date" in said


def test_in_progress_step_is_held_past_the_status_date_and_the_explanation_says_so():
    chain = _chain()
    chain.step("a").actual_start = date(2026, 1, 5)
    status = date(2026, 1, 20)  # a would have finished on 14 Jan
    result = compute_schedule(chain, status, calendars=CALENDARS)
    assert result.steps["a"].start == date(2026, 1, 5) and result.steps["a"].finish == status
    assert result.steps["b"].start == date(2026, 1, 21)
    said = " ".join(e.text for e in result.steps["a"].explanation)
    assert "In progress" in said and "Not finished by the status date" in said


def test_done_steps_keep_their_actual_dates_and_the_work_before_them_its_planned_dates():
    chain = _chain()
    chain.step("b").actual_start, chain.step("b").actual_finish = date(2026, 1, 20), date(2026, 2, 3)
    status = date(2026, 3, 2)
    result = compute_schedule(chain, status, calendars=CALENDARS)
    assert (result.steps["b"].start, result.steps["b"].finish) == (date(2026, 1, 20), date(2026, 2, 3))
    # a has no actual dates but b, which waits on it, has started: a keeps its planned dates.
    assert (result.steps["a"].start, result.steps["a"].finish) == (date(2026, 1, 5), date(2026, 1, 14))
    assert "taken as done on its planned dates" in " ".join(e.text for e in result.steps["a"].explanation)
    # The milestone after b is not done: it cannot be before the status date.
    assert result.steps["m"].finish == status


def test_a_status_date_before_the_plan_changes_nothing():
    plan = worked_example("medicine", LIBRARY)
    plain = compute_schedule(plan.scenario(), calendars=CALENDARS)
    assert plan.as_of < plan.scenario().start_date
    with_status = compute_schedule(plan.scenario(), plan.as_of, calendars=CALENDARS)
    assert {k: (s.start, s.finish) for k, s in plain.steps.items()} == \
        {k: (s.start, s.finish) for k, s in with_status.steps.items()}


def _spread(result, step_id):
    found = result[step_id]
    return (found.p90 - found.p50).days, (found.latest - found.earliest).days


def test_the_simulation_spread_of_a_milestone_shrinks_as_its_predecessors_are_done():
    """Worked example: HK registration's P50-P90 and min-max spread, as the trial chain gets done."""
    plan = worked_example("medicine", LIBRARY)
    scen = plan.scenario()
    planned = compute_schedule(scen, calendars=CALENDARS)
    target = "one_plus.approval"
    spreads = [_spread(simulate(scen, 4000, 0, today=plan.as_of, calendars=CALENDARS), target)]
    done = dataclasses.replace(scen, steps=[dataclasses.replace(s) for s in scen.steps])
    status = None
    for sid in ("hk_clinical_trial.conduct", "one_plus.dossier", "one_plus.submission"):
        item = done.step(sid)
        item.actual_start, item.actual_finish = planned.steps[sid].start, planned.steps[sid].finish
        status = planned.steps[sid].finish + timedelta(days=1)
        spreads.append(_spread(simulate(done, 4000, 0, today=status, calendars=CALENDARS), target))
    for before, after in zip(spreads, spreads[1:]):
        assert after[0] < before[0] and after[1] < before[1], spreads
    # With everything before the DH evaluation done, only the evaluation (100..170 working days,
    # plus its stop-clock) is left to sample: the spread is that of one step.
    evaluation = scen.step("one_plus.evaluation").duration
    assert spreads[-1][1] < (evaluation.max - evaluation.min) * 7 / 5 + 4 * 31, spreads


def test_done_steps_are_not_sampled():
    """A done step's random draws no longer exist: its actual dates are the same in every run."""
    chain = _chain()
    chain.steps[0] = dataclasses.replace(chain.steps[0], duration=dataclasses.replace(chain.steps[0].duration, min=5, max=40))
    chain.step("a").actual_start, chain.step("a").actual_finish = date(2026, 1, 5), date(2026, 1, 30)
    result = simulate(chain, 500, 1, today=date(2026, 2, 1), calendars=CALENDARS)
    assert result["m"].earliest == result["m"].latest == date(2026, 2, 10)


def test_the_timeline_draws_an_in_progress_step_done_up_to_the_status_date():
    from oases_desktop.core.layout.timeline import layout_timeline

    plan = worked_example("medicine", LIBRARY)
    sc = plan.scenario()
    first, trial = sc.steps[0], sc.step("hk_clinical_trial.conduct")
    planned = compute_schedule(sc, plan.as_of, calendars=CALENDARS)
    first.actual_start, first.actual_finish = planned.steps[first.id].start, planned.steps[first.id].finish
    trial.actual_start = planned.steps[trial.id].start
    plan.as_of = trial.actual_start + timedelta(days=60)
    layout = layout_timeline(plan, sc, compute_schedule(sc, plan.as_of, calendars=CALENDARS))
    bars = {b.step_id: b for b in layout.bars}
    assert bars[trial.id].progress_end == (plan.as_of - layout.origin).days + 1  # done through the status date
    assert bars[trial.id].start < bars[trial.id].progress_end < bars[trial.id].end and not bars[trial.id].done
    assert bars[first.id].done and bars[first.id].progress_end is None
    later = next(b for b in layout.bars if b.start > bars[trial.id].end)
    assert later.progress_end is None and not later.done

"""Core plan edits: each applied then undone gives back an equal plan, and each refuses exactly
what the plan-file reader refuses (same problem, same field path)."""

from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oases_desktop.core.domain import Dependency, DependencyType, DurationUnit, Estimate, Lag, Step
from oases_desktop.core.domain import edits
from oases_desktop.core.domain.rules import RuleError, check_plan
from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import load_library

BASE = worked_example("medicine", load_library())
# Client's target dates: one on a step only the first scenario has, one on a step both scenarios share.
BASE.targets = {"one_plus.approval": date(2029, 3, 1), "ha_formulary.listed": date(2029, 12, 31)}

numbers = st.one_of(st.integers(-5, 400), st.floats(-5, 60_000, allow_nan=False), st.sampled_from([float("nan")]))
days = st.one_of(st.none(), st.dates(date(1850, 1, 1), date(2300, 1, 1)))
texts = st.text(max_size=12)


def _steps(plan, scenario_id):
    return [s.id for s in plan.scenario(scenario_id).steps]


@st.composite
def an_edit(draw, plan):
    """(description, a function making the checked edit, the same change as a raw unchecked edit or None)."""
    sid = draw(st.sampled_from([s.id for s in plan.scenarios]))
    ids = _steps(plan, sid)
    kind = draw(st.sampled_from(["plan", "product", "scenario", "step", "likely", "move", "add_step", "remove_step",
                                 "add_link", "remove_link", "edit_link", "add_scenario", "delete_scenario", "route",
                                 "remove_route"]))
    if kind == "plan":
        changes = draw(st.sampled_from([{"title": draw(texts)}, {"as_of": draw(days) or date(2026, 1, 1)}]))
        return kind, lambda p: edits.set_plan_fields(p, **changes), edits.SetFields(("plan",), tuple(changes.items()))
    if kind == "product":
        changes = {"designations": draw(st.lists(st.sampled_from(["orphan", "priority"]), max_size=2)),
                   "hk_registered": draw(st.booleans())}
        return kind, lambda p: edits.set_product_fields(p, **changes), edits.SetFields(("product",), tuple(changes.items()))
    if kind == "scenario":
        changes = draw(st.sampled_from([{"name": draw(texts)}, {"start_date": draw(days) or date(2027, 1, 4)},
                                        {"notes": draw(texts)}]))
        return kind, lambda p: edits.set_scenario_fields(p, sid, **changes), edits.SetFields(("scenario", sid), tuple(changes.items()))
    step_id = draw(st.sampled_from(ids)) if ids else "none"
    if kind == "step":
        unit = draw(st.sampled_from(list(DurationUnit)))
        changes = draw(st.sampled_from([
            {"duration": Estimate(draw(numbers), draw(numbers), draw(numbers), unit)},
            {"name": draw(texts)}, {"notes": draw(texts)}, {"enabled": draw(st.booleans())},
            {"actual_start": draw(days), "actual_finish": draw(days)}, {"fixed_start": draw(days)}]))
        return kind, lambda p: edits.set_step_fields(p, sid, step_id, **changes), edits.SetFields(("step", sid, step_id), tuple(changes.items()))
    if kind == "likely":
        likely = draw(numbers)
        return kind, lambda p: edits.set_likely(p, sid, step_id, likely), None
    if kind == "move":
        start = draw(days)
        return kind, lambda p: edits.move_step(p, sid, step_id, start), edits.SetFields(
            ("step", sid, step_id), (("start_no_earlier_than", start),))
    if kind == "add_step":
        other = draw(st.sampled_from(ids)) if ids else None
        new_id = draw(st.sampled_from([*ids[:3], "extra"]))
        step = Step(new_id, draw(texts), "own_steps", Estimate(draw(numbers), draw(numbers), draw(numbers)))
        links = () if other is None else draw(st.sampled_from([(Dependency(other, new_id),), (Dependency(new_id, other),)]))
        index = draw(st.one_of(st.none(), st.integers(0, len(ids))))
        return kind, lambda p: edits.add_step(p, sid, step, links, index), None
    if kind == "remove_step":
        return kind, lambda p: edits.remove_step(p, sid, step_id), None
    links = plan.scenario(sid).dependencies
    if kind == "add_link":
        other = draw(st.sampled_from(ids)) if ids else "none"
        pair = draw(st.sampled_from([(step_id, other), *[(d.predecessor, d.successor) for d in links[:1]]]))
        dep = Dependency(*pair, draw(st.sampled_from(list(DependencyType))), Lag(draw(st.one_of(st.just(0), numbers))))
        n = len(links)
        return kind, lambda p: edits.add_links(p, sid, [dep]), edits.InsertParts(sid, links=((n, dep),))
    if kind in ("remove_link", "edit_link"):
        pair = draw(st.sampled_from([(d.predecessor, d.successor) for d in links])) if links else ("a", "b")
        if kind == "remove_link":
            return kind, lambda p: edits.remove_link(p, sid, *pair), None
        lag = Lag(draw(numbers), draw(st.sampled_from(list(DurationUnit))))
        return kind, lambda p: edits.edit_link(p, sid, *pair, lag=lag), None
    if kind == "add_scenario":
        name, source = draw(texts), draw(st.sampled_from([None, sid]))
        return kind, lambda p: edits.add_scenario(p, name, source), None
    if kind == "delete_scenario":
        return kind, lambda p: edits.delete_scenario(p, sid), None
    if kind == "remove_route":
        route = draw(st.sampled_from([*plan.scenario(sid).routes, "no_such_route"]))
        return kind, lambda p: edits.remove_route(p, sid, route), None
    new = [Step(f"r{i}", f"Route step {i}", "hk_route", Estimate(1, 2, 3)) for i in range(2)]
    route_links = (Dependency("r0", "r1"), *((Dependency(step_id, "r0"),) if ids else ()))
    return kind, lambda p: edits.add_parts(p, sid, new, route_links, route="hk_route"), None


def test_the_worked_example_keeps_the_rules():
    check_plan(BASE)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_edits_then_their_inverses_in_reverse_give_back_the_plan(data):
    plan = copy.deepcopy(BASE)
    states, undos = [copy.deepcopy(plan)], []
    for _ in range(data.draw(st.integers(1, 5))):
        kind, make, _ = data.draw(an_edit(plan))
        try:
            edit = make(plan)
        except RuleError:
            assert plan == states[-1], f"a refused {kind} edit changed the plan"
            continue
        undo = edit.apply(plan)
        check_plan(plan)  # an accepted edit leaves a plan the file reader accepts
        after = copy.deepcopy(plan)
        redo = undo.apply(plan)
        assert plan == states[-1], f"undoing {kind} did not give back the plan"
        undo = redo.apply(plan)
        assert plan == after, f"redoing {kind} did not give the edited plan again"
        states.append(after)
        undos.append(undo)
    for undo, before in zip(reversed(undos), reversed(states[:-1])):
        undo.apply(plan)
        assert plan == before
    assert plan == BASE


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_an_edit_refuses_exactly_what_the_file_reader_refuses(data):
    plan = copy.deepcopy(BASE)
    kind, make, raw = data.draw(an_edit(plan))
    if raw is None:
        return
    edited = copy.deepcopy(plan)
    raw.apply(edited)          # the same change without the edit's check, as a file would carry it
    try:
        check_plan(edited)
        file_error = None
    except RuleError as error:
        file_error = error
    try:
        make(plan)
        edit_error = None
    except RuleError as error:
        edit_error = error
    assert (edit_error is None) == (file_error is None), (kind, edit_error, file_error)
    if edit_error is not None:
        assert (edit_error.problem, edit_error.field_path) == (file_error.problem, file_error.field_path)


def test_a_refused_duration_names_the_step_and_its_field():
    with pytest.raises(RuleError) as info:
        edits.set_step_fields(BASE, BASE.active_scenario, BASE.scenario().steps[1].id, duration=Estimate(9, 5, 7))
    assert info.value.field_path == "plan.scenarios[0].steps[1].duration"  # the active scenario is the first
    assert "min <= likely <= max (got 9 / 5 / 7)" in info.value.problem


def test_a_new_likely_widens_min_and_max_and_undo_restores_them():
    plan = copy.deepcopy(BASE)
    step = plan.scenario().steps[0]
    old = copy.deepcopy(step.duration)
    undo = edits.set_likely(plan, plan.active_scenario, step.id, old.max + 10).apply(plan)
    assert (step.duration.min, step.duration.likely, step.duration.max) == (old.min, old.max + 10, old.max + 10)
    undo.apply(plan)
    assert plan.scenario().steps[0].duration == old


def test_deleting_the_active_scenario_activates_its_neighbour_and_undo_restores_it():
    plan = copy.deepcopy(BASE)
    first = plan.scenarios[0].id
    edits.add_scenario(plan, "Fast track", first).apply(plan)
    assert plan.active_scenario == "fast-track"
    undo = edits.delete_scenario(plan, "fast-track").apply(plan)
    assert plan.active_scenario == plan.scenarios[-1].id and "fast-track" not in [s.id for s in plan.scenarios]
    undo.apply(plan)
    assert plan.active_scenario == "fast-track"
    with pytest.raises(RuleError, match="at least one scenario"):
        one = copy.deepcopy(BASE)
        one.scenarios = one.scenarios[:1]
        one.active_scenario = one.scenarios[0].id
        edits.delete_scenario(one, one.active_scenario)


def test_values_given_to_an_edit_are_not_shared_with_the_plan():
    plan = copy.deepcopy(BASE)
    designations = ["orphan"]
    edit = edits.set_product_fields(plan, designations=designations)
    designations.append("changed by the caller later")
    edit.apply(plan)
    plan.product.designations.append("changed in the plan later")
    assert edit.changes == (("designations", ["orphan"]),)


def test_start_dates_outside_the_plausible_range_are_refused():
    with pytest.raises(RuleError, match="not a plausible date") as info:
        edits.move_step(BASE, BASE.active_scenario, BASE.scenario().steps[0].id, date(1800, 1, 1) + timedelta(days=1))
    assert info.value.field_path == "plan.scenarios[0].steps[0].start_no_earlier_than"


def test_removing_a_route_takes_its_steps_and_every_link_touching_them_and_undo_restores_the_order():
    plan = copy.deepcopy(BASE)
    scenario = plan.scenario()
    route = next(r for r in scenario.routes
                 if any({d.predecessor, d.successor} & {s.id for s in scenario.steps if s.route == r}
                        and any(s.route != r for s in scenario.steps if s.id in (d.predecessor, d.successor))
                        for d in scenario.dependencies))   # a route linked to another one
    mine = {s.id for s in scenario.steps if s.route == route}
    kept = [s.id for s in scenario.steps if s.route != route]
    undo = edits.remove_route(plan, scenario.id, route).apply(plan)
    assert route not in scenario.routes and [s.id for s in scenario.steps] == kept
    assert not any({d.predecessor, d.successor} & mine for d in scenario.dependencies)
    check_plan(plan)   # what is left still keeps the rules
    undo.apply(plan)
    assert plan == BASE
    with pytest.raises(RuleError, match="no route"):
        edits.remove_route(plan, scenario.id, "no_such_route")


def test_a_removed_step_or_route_leaves_the_chosen_key_milestones_and_undo_puts_it_back():
    plan = copy.deepcopy(BASE)
    scenario = plan.scenario()
    milestones = [s for s in scenario.steps if s.kind.value == "milestone"]
    first, other = milestones[0], next(s for s in milestones if s.route != milestones[0].route)
    edits.set_scenario_fields(plan, scenario.id, key_milestones=[first.id, other.id]).apply(plan)
    undo = edits.remove_step(plan, scenario.id, first.id).apply(plan)
    assert scenario.key_milestones == [other.id]
    check_plan(plan)   # the file reader accepts what the edit left
    undo.apply(plan)
    assert scenario.key_milestones == [first.id, other.id] and first.id in {s.id for s in scenario.steps}
    undo = edits.remove_route(plan, scenario.id, other.route).apply(plan)
    assert scenario.key_milestones == [first.id]
    check_plan(plan)
    undo.apply(plan)
    assert scenario.key_milestones == [first.id, other.id]
    with pytest.raises(RuleError, match="not a step of this scenario") as refused:
        edits.set_scenario_fields(plan, scenario.id, key_milestones=["no_such_step"])
    assert refused.value.field_path == "plan.scenarios[0].key_milestones[0]"


def test_a_removed_step_route_or_scenario_takes_its_target_date_only_when_no_scenario_keeps_the_step():
    from oases_desktop.core.planfile.io import plan_to_bytes

    plan = copy.deepcopy(BASE)
    first, second = (s.id for s in plan.scenarios)
    before = plan_to_bytes(plan)
    undo = edits.remove_step(plan, first, "one_plus.approval").apply(plan)
    assert plan.targets == {"ha_formulary.listed": date(2029, 12, 31)}
    check_plan(plan)   # the file reader accepts what the edit left (a dangling target it refuses)
    undo.apply(plan)
    assert plan_to_bytes(plan) == before   # the target is back, in its place: the file byte for byte
    undo = edits.remove_step(plan, first, "ha_formulary.listed").apply(plan)
    assert plan.targets == BASE.targets   # the other scenario still has the listing: its target stays
    check_plan(plan)
    undo.apply(plan)
    undo = edits.remove_route(plan, second, "ha_formulary").apply(plan)
    assert plan.targets == BASE.targets
    edits.remove_route(plan, first, "ha_formulary").apply(plan)
    assert plan.targets == {"one_plus.approval": date(2029, 3, 1)}
    check_plan(plan)
    plan = copy.deepcopy(BASE)
    undo = edits.delete_scenario(plan, first).apply(plan)
    assert plan.targets == {"ha_formulary.listed": date(2029, 12, 31)}
    check_plan(plan)
    undo.apply(plan)
    assert plan_to_bytes(plan) == before

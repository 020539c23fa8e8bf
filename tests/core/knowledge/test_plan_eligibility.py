"""Plan-aware eligibility: a condition the plan's own steps meet counts from the day the step finishes.

Expected dates are read from the scenario's schedule and the library's date facts, never typed in.
"""

import copy
import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oases_desktop.cli.main import main
from oases_desktop.core.domain import ApprovalStatus, DrugCategory, ReferenceApproval
from oases_desktop.core.domain.plan import Dependency, DurationUnit, Estimate, Plan, Scenario, Step, StepKind
from oases_desktop.core.examples import worked_example
from oases_desktop.core.knowledge import RouteStatus, evaluate_routes, load_library
from oases_desktop.core.knowledge.eligibility import evaluate_route
from oases_desktop.core.knowledge.plan_eligibility import SuppliedCondition, evaluate_plan_routes
from oases_desktop.core.planfile import save_plan
from oases_desktop.core.scheduling.engine import compute_schedule
from tests.core.knowledge.helpers import approval, by_route, condition, drug
from tests.shipped import CALENDARS

LIBRARY = load_library()


def _finish_of(scenario, schedule, *, milestone=None, template=None):
    """The scheduled finish of the one step marked with this milestone key / made from this template."""
    steps = [s for s in scenario.steps if (milestone and s.milestone == milestone) or (template and s.template == template)]
    assert len(steps) == 1, [s.id for s in steps]
    return schedule.steps[steps[0].id].finish


def _verdicts(plan, scenario_id=None, on=None):
    return by_route(evaluate_plan_routes(plan, scenario_id, on, LIBRARY))


def test_worked_example_1plus_formulary_connect_open_on_their_plan_dates():
    plan = worked_example("medicine", LIBRARY)
    before = copy.deepcopy(plan)
    scenario = plan.scenario("one_plus_trial")
    schedule = compute_schedule(scenario, calendars=CALENDARS)
    readout = _finish_of(scenario, schedule, milestone="trial_readout")
    registered = schedule.steps["one_plus.approval"].finish
    assert [m.step_id for m in schedule.milestones if m.key == "hk_approval"] == ["one_plus.approval"]

    verdicts = _verdicts(plan, "one_plus_trial")

    assert by_route(evaluate_routes(plan.product, plan.as_of, LIBRARY))["one_plus"].status == RouteStatus.NOT_ELIGIBLE
    one_plus = verdicts["one_plus"]
    assert (one_plus.status, one_plus.eligible_from) == (RouteStatus.ELIGIBLE_FROM, readout)
    local = condition(one_plus, "one_plus.local_data")
    assert isinstance(local, SuppliedCondition) and local.met is False
    assert (local.step_id, local.supplied_on) == ("hk_clinical_trial.readout", readout)
    assert local.text == (f"Local clinical data: from this plan's step '{scenario.step(local.step_id).name}' "
                          f"on {readout.day} {readout:%b %Y}")
    for route_id in ("ha_formulary", "gba_connect"):
        verdict = verdicts[route_id]
        assert (verdict.status, verdict.eligible_from) == (RouteStatus.ELIGIBLE_FROM, registered), route_id
        assert [c.rule for c in verdict.conditions if isinstance(c, SuppliedCondition)] == [
            "formulary.registered" if route_id == "ha_formulary" else "connect.drug_registered"]
    assert verdicts["standard_two_reference"].status == RouteStatus.NOT_ELIGIBLE  # not a route of this scenario
    assert plan == before  # the plan and its profile are never mutated


def test_standard_scenario_opens_when_the_second_reference_approval_step_finishes():
    plan = worked_example("medicine", LIBRARY)
    scenario = plan.scenario("standard_two_reference")
    schedule = compute_schedule(scenario, calendars=CALENDARS)
    second = _finish_of(scenario, schedule, template="standard_two_reference/reference_approvals")
    registered = _finish_of(scenario, schedule, milestone="hk_approval")

    verdicts = _verdicts(plan, "standard_two_reference")

    standard = verdicts["standard_two_reference"]
    assert (standard.status, standard.eligible_from) == (RouteStatus.ELIGIBLE_FROM, second)
    supplied = condition(standard, "standard.two_reference_approvals")
    assert isinstance(supplied, SuppliedCondition) and supplied.step_id == "standard_two_reference.reference_approvals"
    countries = LIBRARY.lookup("reference_countries")
    held = {countries.find(a.country).id for a in plan.product.reference_approvals}
    others = [e.name for e in countries.entries if e.id not in held]
    shown = " ".join(c.text for c in standard.conditions) + " ".join(standard.warnings)
    assert not [name for name in others if name in shown]  # stand-in countries never show
    assert verdicts["ha_formulary"].eligible_from == registered
    assert verdicts["one_plus"].status == RouteStatus.NOT_ELIGIBLE  # no trial in this scenario


def test_disabled_supplying_step_leaves_the_route_not_eligible_and_closes_what_follows():
    plan = worked_example("medicine", LIBRARY)
    scenario = plan.scenario()
    scenario.steps = [replace(s, enabled=False) if s.milestone == "trial_readout" else s for s in scenario.steps]

    verdicts = _verdicts(plan)

    one_plus = verdicts["one_plus"]
    assert one_plus.status == RouteStatus.NOT_ELIGIBLE and one_plus.eligible_from is None
    local = condition(one_plus, "one_plus.local_data")
    assert local.met is False and not isinstance(local, SuppliedCondition)
    # the formulary's registration would come from a "1+" approval the product cannot get
    formulary = verdicts["ha_formulary"]
    assert formulary.status == RouteStatus.NOT_ELIGIBLE
    assert any("not eligible for the route it belongs to" in w and "1+" in w for w in formulary.warnings)


def test_a_step_already_finished_on_the_evaluation_date_makes_the_route_eligible():
    plan = worked_example("medicine", LIBRARY)
    schedule = compute_schedule(plan.scenario(), calendars=CALENDARS)
    readout = _finish_of(plan.scenario(), schedule, milestone="trial_readout")

    one_plus = _verdicts(plan, on=readout + timedelta(days=1))["one_plus"]

    assert (one_plus.status, one_plus.eligible_from) == (RouteStatus.ELIGIBLE, None)
    local = condition(one_plus, "one_plus.local_data")
    assert local.met is True and "since" in local.text
    day_before = _verdicts(plan, on=readout - timedelta(days=1))["one_plus"]
    assert (day_before.status, day_before.eligible_from) == (RouteStatus.ELIGIBLE_FROM, readout)


def test_device_connect_opens_when_public_hospital_use_starts():
    plan = worked_example("device", LIBRARY)
    scenario = plan.scenario()
    in_use = _finish_of(scenario, compute_schedule(scenario, calendars=CALENDARS), milestone="hk_public_hospital_use")

    connect = _verdicts(plan)["gba_connect"]

    assert (connect.status, connect.eligible_from) == (RouteStatus.ELIGIBLE_FROM, in_use)
    assert isinstance(condition(connect, "connect.device_public_use"), SuppliedCondition)


@pytest.mark.parametrize("which", ["medicine", "device"])
def test_routes_open_on_the_profile_alone_are_left_as_they_are(which):
    plan = worked_example(which, LIBRARY)
    for scenario in plan.scenarios:
        alone = by_route(evaluate_routes(plan.product, plan.as_of, LIBRARY))
        with_plan = _verdicts(plan, scenario.id)
        assert alone.keys() == with_plan.keys()
        for route_id, verdict in alone.items():
            if verdict.status != RouteStatus.NOT_ELIGIBLE:
                assert with_plan[route_id] == verdict, route_id


# --- date gates: rules are applied on the day the plan meets the condition -------------------------------

def _trial_plan(profile, as_of, days_to_readout, projected=False):
    """A plan whose only steps are a trial of `days_to_readout` days and its read-out milestone."""
    conduct = Step(id="trial", name="Trial conduct", route="hk_clinical_trial",
                   duration=Estimate(days_to_readout, days_to_readout, days_to_readout, DurationUnit.CALENDAR_DAYS))
    readout = Step(id="readout", name="Trial read-out", route="hk_clinical_trial", duration=Estimate.zero(),
                   kind=StepKind.MILESTONE, milestone="trial_readout", projected=projected)
    scenario = Scenario(id="s", name="Trial", start_date=as_of, routes=["hk_clinical_trial", "one_plus"],
                        steps=[conduct, readout], dependencies=[Dependency("trial", "readout")])
    return Plan(id="p", title="Gate test", client="Test", product=profile, as_of=as_of, scenarios=[scenario],
                active_scenario="s")


def _non_life_threatening():
    return drug(designations=["orphan"], reference_approvals=[approval("USA", date(2023, 1, 10))])


def _readout(plan):
    return _finish_of(plan.scenario(), compute_schedule(plan.scenario(), calendars=CALENDARS), milestone="trial_readout")


def test_extended_scope_gate_after_the_readout_holds_the_route_until_it_opens():
    gate = LIBRARY.latest("oneplus.extended_scope_from").as_date
    as_of = gate - timedelta(days=240)
    plan = _trial_plan(_non_life_threatening(), as_of, 60)
    assert as_of < _readout(plan) < gate  # the data arrive before the scope covers this product

    one_plus = _verdicts(plan)["one_plus"]

    assert (one_plus.status, one_plus.eligible_from) == (RouteStatus.ELIGIBLE_FROM, gate)
    assert condition(one_plus, "one_plus.scope_extended").met is False  # judged on the read-out day


def test_extended_scope_gate_before_the_readout_is_judged_open_on_the_readout_day():
    gate = LIBRARY.latest("oneplus.extended_scope_from").as_date
    as_of = gate - timedelta(days=30)
    plan = _trial_plan(_non_life_threatening(), as_of, 90)
    readout = _readout(plan)
    assert as_of < gate < readout

    one_plus = _verdicts(plan)["one_plus"]

    assert (one_plus.status, one_plus.eligible_from) == (RouteStatus.ELIGIBLE_FROM, readout)
    scope = condition(one_plus, "one_plus.scope_extended")
    assert scope.met is True and "since" in scope.text


def test_judged_before_1plus_started_the_route_opens_with_the_plan_and_the_start_gate_is_met():
    plan = worked_example("medicine", LIBRARY)
    start = LIBRARY.latest("oneplus.start").as_date
    readout = _readout(plan)

    one_plus = _verdicts(plan, on=start - timedelta(days=1))["one_plus"]

    assert (one_plus.status, one_plus.eligible_from) == (RouteStatus.ELIGIBLE_FROM, readout)
    assert condition(one_plus, "one_plus.start").met is True  # judged on the read-out day, after the start


def test_original_scope_product_is_not_held_by_the_extension_gate():
    gate = LIBRARY.latest("oneplus.extended_scope_from").as_date
    profile = replace(_non_life_threatening(), life_threatening_or_debilitating=True)
    plan = _trial_plan(profile, gate - timedelta(days=240), 60)
    readout = _readout(plan)
    assert readout < gate

    one_plus = _verdicts(plan)["one_plus"]

    assert (one_plus.status, one_plus.eligible_from) == (RouteStatus.ELIGIBLE_FROM, readout)


def test_a_projected_supplying_step_makes_the_route_projected():
    plan = _trial_plan(replace(_non_life_threatening(), life_threatening_or_debilitating=True),
                       date(2026, 11, 25), 120, projected=True)

    one_plus = _verdicts(plan)["one_plus"]

    assert (one_plus.status, one_plus.eligible_from) == (RouteStatus.PROJECTED, _readout(plan))


def test_other_missing_conditions_keep_the_route_not_eligible_but_name_the_plan_step():
    profile = replace(_non_life_threatening(), designations=[])  # no prominent clinical benefit
    plan = _trial_plan(profile, date(2026, 11, 25), 120)

    one_plus = _verdicts(plan)["one_plus"]

    assert one_plus.status == RouteStatus.NOT_ELIGIBLE
    assert condition(one_plus, "one_plus.prominent_clinical_benefit").met is False
    assert isinstance(condition(one_plus, "one_plus.local_data"), SuppliedCondition)


# --- command line --------------------------------------------------------------------------------------

def test_routes_command_counts_the_plan_by_default(tmp_path, capsys):
    plan = worked_example("medicine", LIBRARY)
    path = tmp_path / "medicine.json"
    save_plan(plan, path)
    readout = _readout(plan)
    second = _finish_of(plan.scenario("standard_two_reference"), compute_schedule(plan.scenario("standard_two_reference"), calendars=CALENDARS),
                        template="standard_two_reference/reference_approvals")

    assert main(["routes", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    one_plus = next(r for r in document["routes"] if r["route_id"] == "one_plus")
    assert (document["basis"], document["scenario"]) == ("plan", "one_plus_trial")
    assert (one_plus["status"], one_plus["eligible_from"]) == ("eligible_from", readout.isoformat())
    local = next(c for c in one_plus["conditions"] if c["rule"] == "one_plus.local_data")
    assert local["supplied_by"] == {"step_id": "hk_clinical_trial.readout",
                                    "step_name": plan.scenario().step("hk_clinical_trial.readout").name,
                                    "date": readout.isoformat()}

    assert main(["routes", str(path), "--json", "--scenario", "standard_two_reference"]) == 0
    standard = next(r for r in json.loads(capsys.readouterr().out)["routes"] if r["route_id"] == "standard_two_reference")
    assert standard["eligible_from"] == second.isoformat()

    assert main(["routes", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"ELIGIBLE FROM {readout.isoformat()}" in out
    assert "[in plan] Local clinical data: from this plan's step" in out

    assert main(["routes", str(path), "--json", "--profile-only"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["basis"] == "profile"
    assert next(r for r in document["routes"] if r["route_id"] == "one_plus")["status"] == "not_eligible"


def test_routes_command_unknown_scenario_is_one_line_error(tmp_path, capsys):
    path = tmp_path / "medicine.json"
    save_plan(worked_example("medicine", LIBRARY), path)
    assert main(["routes", str(path), "--scenario", "nope"]) == 2
    assert "one_plus_trial" in capsys.readouterr().err


# --- the PDF summary -----------------------------------------------------------------------------------

def test_pdf_summary_says_when_the_plan_opens_each_route_and_which_step_does_it():
    from oases_desktop.core.export.report import build_report
    from oases_desktop.core.export.style import fmt_date

    plan = worked_example("medicine", LIBRARY)
    scenario = plan.scenario()
    schedule = compute_schedule(scenario, calendars=CALENDARS)
    readout = _finish_of(scenario, schedule, milestone="trial_readout")
    registered = _finish_of(scenario, schedule, milestone="hk_approval")

    report = build_report(plan, scenario, {scenario.id: schedule}, plan.as_of, LIBRARY)

    routes = {r.route_id: r for r in report.routes}
    assert routes["one_plus"].status == f"eligible from {fmt_date(readout)}"
    assert routes["ha_formulary"].status == routes["gba_connect"].status == f"eligible from {fmt_date(registered)}"
    planned = [line for line in routes["one_plus"].reasons if line.startswith("Planned: ")]
    assert planned == [f"Planned: {condition(_verdicts(plan)['one_plus'], 'one_plus.local_data').text}"]
    assert not any(line.startswith("To meet") for r in report.routes for line in r.reasons)


# --- property: the plan-aware verdict agrees with the rules judged on the day it names -------------------

_days = st.dates(min_value=date(2022, 1, 1), max_value=date(2031, 12, 31))
_drugs = st.builds(
    drug,
    drug_category=st.sampled_from(list(DrugCategory)),
    life_threatening_or_debilitating=st.booleans(),
    designations=st.lists(st.sampled_from(["orphan", "breakthrough", "PRIME"]), max_size=2),
    reference_approvals=st.lists(st.builds(ReferenceApproval, country=st.sampled_from(["USA", "Japan", "Singapore", "EU"]),
                                           status=st.sampled_from(list(ApprovalStatus)), date=st.one_of(st.none(), _days)),
                                 max_size=2),
    asian_clinical_data=st.just(False),
    hk_registered=st.booleans(),
)


OPEN = (RouteStatus.ELIGIBLE, RouteStatus.TO_CHECK)  # to check: every condition met or an open point


@settings(max_examples=150, deadline=None)
@given(profile=_drugs, as_of=_days, days_to_readout=st.integers(1, 900))
def test_plan_verdict_for_1plus_matches_the_rules_on_the_day_it_names(profile, as_of, days_to_readout):
    plan = _trial_plan(profile, as_of, days_to_readout)
    readout = _readout(plan)
    alone = evaluate_route("one_plus", profile, as_of, LIBRARY)
    verdict = _verdicts(plan)["one_plus"]
    if alone.status != RouteStatus.NOT_ELIGIBLE:
        assert verdict == alone
        return
    with_data = replace(profile, local_clinical_data=True)
    if verdict.status == RouteStatus.NOT_ELIGIBLE:
        assert evaluate_route("one_plus", with_data, max(as_of, readout), LIBRARY).status == RouteStatus.NOT_ELIGIBLE
    elif verdict.status == RouteStatus.ELIGIBLE_FROM:
        opens = verdict.eligible_from
        assert opens >= readout and opens > as_of
        assert evaluate_route("one_plus", with_data, opens, LIBRARY).status in OPEN
        if opens > readout:  # held by a date gate: still closed the day before
            day_before = opens - timedelta(days=1)
            assert evaluate_route("one_plus", with_data, day_before, LIBRARY).status not in OPEN
    elif verdict.status in OPEN:  # the read-out is on the day judged
        assert readout <= as_of and evaluate_route("one_plus", with_data, as_of, LIBRARY).status == verdict.status
    else:
        assert verdict.status == RouteStatus.PROJECTED and verdict.eligible_from >= readout


def test_a_done_supplying_step_counts_from_its_actual_finish():
    plan = worked_example("medicine", LIBRARY)
    scenario = plan.scenario()
    finished = plan.as_of - timedelta(days=10)
    scenario.steps = [replace(s, actual_start=finished, actual_finish=finished) if s.milestone == "trial_readout" else s
                      for s in scenario.steps]

    one_plus = _verdicts(plan)["one_plus"]

    assert (one_plus.status, one_plus.eligible_from) == (RouteStatus.ELIGIBLE, None)
    local = condition(one_plus, "one_plus.local_data")
    assert local.met is True and local.supplied_on == finished


def test_another_scenarios_schedule_is_refused():
    plan = worked_example("medicine", LIBRARY)
    other = compute_schedule(plan.scenario("standard_two_reference"), calendars=CALENDARS)
    with pytest.raises(ValueError, match="standard_two_reference"):
        evaluate_plan_routes(plan, "one_plus_trial", None, LIBRARY, other)


def test_a_registration_scheduled_before_the_route_opens_is_flagged():
    plan = worked_example("medicine", LIBRARY)
    scenario = plan.scenario()
    assert not [w for v in _verdicts(plan).values() for w in v.warnings if "before the product can take" in w]
    # drop the links from the trial read-out to "1+": the schedule no longer waits for the local data
    scenario.dependencies = [d for d in scenario.dependencies
                             if not (d.predecessor == "hk_clinical_trial.readout" and d.successor.startswith("one_plus."))]
    schedule = compute_schedule(scenario, calendars=CALENDARS)
    registered, readout = schedule.steps["one_plus.approval"].finish, schedule.steps["hk_clinical_trial.readout"].finish
    assert registered < readout

    one_plus = _verdicts(plan)["one_plus"]

    assert one_plus.eligible_from == readout
    assert any(w.startswith("This plan's step 'Registered under \"1+\"'") for w in one_plus.warnings)
